import { describe, expect, it } from 'vitest';
import { artifactFailureOfReason, artifactFailureReason } from './artifact-failure-reason.js';
import type { ArtifactFailure } from './artifact-store.js';

describe('artifact failure reasons', () => {
  it('names each failure with its own reason and reads it back', () => {
    const failures: ArtifactFailure[] = ['full', 'unreachable', 'missing', 'short', 'refused'];
    expect(failures.map(artifactFailureReason)).toEqual([
      'ARTIFACT_STORE_FULL',
      'ARTIFACT_STORE_UNREACHABLE',
      'ARTIFACT_STORE_MISSING',
      'ARTIFACT_STORE_SHORT',
      'ARTIFACT_STORE_REFUSED',
    ]);
    for (const failure of failures) expect(artifactFailureOfReason(artifactFailureReason(failure))).toBe(failure);
  });

  it('reads no failure from another reason', () => {
    expect(artifactFailureOfReason('INVALID_PLAN')).toBeUndefined();
    expect(artifactFailureOfReason(undefined)).toBeUndefined();
  });
});
