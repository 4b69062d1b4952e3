// The one error the engine raises for a plan, dataset or range it cannot honour. Its message is
// written for the user who sent the plan, so callers pass it on unchanged.
export class PlanError extends Error {
  override readonly name = 'PlanError';
}
