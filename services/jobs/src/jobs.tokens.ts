// Injection tokens of the coordinator's stores, opened once at start-up from the config.
export const JOB_STORE = Symbol('JOB_STORE');
export const ARTIFACT_STORE = Symbol('ARTIFACT_STORE');
