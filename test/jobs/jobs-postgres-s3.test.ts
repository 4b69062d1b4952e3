import { postgresServerForTests } from '../support/databases.js';
import { startTestS3Server } from '../support/s3-server.js';
import { jobSuite } from './jobs-suite.js';

// The stores for many coordinator replicas: jobs in the PostgreSQL server (a database of the
// run's own), files in an S3-compatible server this test starts on 127.0.0.1.
const postgres = postgresServerForTests();

jobSuite(
  'PostgreSQL and an S3-compatible server',
  async () => {
    const database = await postgres.createDatabase('jobs_e2e');
    const s3 = await startTestS3Server();
    return {
      env: { ...s3.env, JOB_STORE: database.url, ARTIFACT_STORE: `s3://${s3.bucket}/datagen` },
      close: async () => {
        await s3.close();
        await database.drop();
      },
    };
  },
  postgres.skip,
);
