import { jobSuite } from './jobs-suite.js';

// The embedded default `npm start` runs with: jobs in SQLite, files in a local folder (the
// test stack's own temporary one).
jobSuite('SQLite and a local folder (the embedded default)', async () => ({ env: {}, close: async () => undefined }));
