import { resolve } from 'node:path';
import type { ArtifactStore } from './artifact-store.js';
import { FileArtifactStore } from './file-artifact-store.js';
import { S3ArtifactStore } from './s3-artifact-store.js';

// ARTIFACT_STORE: "file:<path>" (a local folder, relative to the working directory) or
// "s3://bucket/prefix" (any S3-compatible store; credentials, region and endpoint from the
// usual AWS_* variables and S3_ENDPOINT, read by S3ArtifactStore).
export function openArtifactStore(location: string, env: NodeJS.ProcessEnv = process.env): ArtifactStore {
  if (location.startsWith('file:')) {
    const path = location.slice('file:'.length);
    if (path === '') throw new Error('ARTIFACT_STORE file: needs a folder, e.g. file:./data');
    return new FileArtifactStore(resolve(path));
  }
  if (location.startsWith('s3://')) return S3ArtifactStore.fromUrl(new URL(location), env);
  throw new Error(`ARTIFACT_STORE must be file:<path> or s3://bucket/prefix, got "${location}"`);
}
