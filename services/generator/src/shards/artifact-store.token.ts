// The injection token of the ArtifactStore WriteShard writes to, opened from ARTIFACT_STORE.
export const ARTIFACT_STORE = Symbol('ARTIFACT_STORE');
