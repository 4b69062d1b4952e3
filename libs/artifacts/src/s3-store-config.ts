import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { bool, cleanEnv, num, str, url } from 'envalid';

// Read once, when a process opens an s3:// ARTIFACT_STORE; a bad value stops it with a clear
// message. Credentials left unset come from the SDK's default chain (profile, SSO, instance or
// pod role), so a deployment on AWS needs none of these.
export function loadS3ClientConfig(environment: NodeJS.ProcessEnv): S3ClientConfig {
  const env = cleanEnv(environment, {
    AWS_REGION: str({ default: 'us-east-1', desc: 'Region of the artifact bucket.' }),
    AWS_ACCESS_KEY_ID: str({ default: undefined, desc: 'Access key of the artifact bucket; unset: the SDK default credential chain.' }),
    AWS_SECRET_ACCESS_KEY: str({ default: undefined, desc: 'Secret key paired with AWS_ACCESS_KEY_ID.' }),
    AWS_SESSION_TOKEN: str({ default: undefined, desc: 'Session token of temporary credentials, with AWS_ACCESS_KEY_ID.' }),
    S3_ENDPOINT: url({
      default: undefined,
      desc: 'Endpoint of an S3-compatible store instead of AWS, e.g. http://127.0.0.1:9000 (MinIO) or http://127.0.0.1:4569; implies path-style addressing.',
    }),
    S3_FORCE_PATH_STYLE: bool({ default: false, desc: 'Address buckets as http://endpoint/bucket/key rather than as bucket.endpoint.' }),
    AWS_MAX_ATTEMPTS: num({ default: 3, desc: 'Attempts of one S3 request, the first included, before the store counts as unreachable.' }),
    S3_CONNECT_TIMEOUT_MS: num({ default: 10_000, desc: 'How long to wait for a connection to the S3 endpoint before an attempt fails.' }),
  });
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  return {
    region: env.AWS_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_ENDPOINT !== undefined || env.S3_FORCE_PATH_STYLE,
    // Given explicitly so the environment handed in, not only process.env, is what counts.
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN } : undefined,
    maxAttempts: env.AWS_MAX_ATTEMPTS,
    requestHandler: { connectionTimeout: env.S3_CONNECT_TIMEOUT_MS },
  };
}
