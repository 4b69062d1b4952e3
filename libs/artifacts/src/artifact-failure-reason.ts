import type { ArtifactFailure } from './artifact-store.js';

// How an ArtifactStoreError crosses gRPC: as the ErrorInfo reason of a FAILED_PRECONDITION,
// never as UNAVAILABLE, which is what a dead generator looks like and is retried elsewhere.
// The coordinator reads the failure back to end the job with the store's own message.
const REASONS: Readonly<Record<ArtifactFailure, string>> = {
  full: 'ARTIFACT_STORE_FULL',
  unreachable: 'ARTIFACT_STORE_UNREACHABLE',
  missing: 'ARTIFACT_STORE_MISSING',
  short: 'ARTIFACT_STORE_SHORT',
  refused: 'ARTIFACT_STORE_REFUSED',
};

// The short error users see when a job ends on the store, wherever the failure was met (a
// generator writing a shard, the coordinator finishing a file).
export function artifactFailureTitle(failure: ArtifactFailure): string {
  return failure === 'full' ? 'Artifact store full' : 'Artifact store failed';
}

export function artifactFailureReason(failure: ArtifactFailure): string {
  return REASONS[failure];
}

// The failure a reason names; undefined for any other reason.
export function artifactFailureOfReason(reason: string | undefined): ArtifactFailure | undefined {
  return (Object.keys(REASONS) as ArtifactFailure[]).find((failure) => REASONS[failure] === reason);
}
