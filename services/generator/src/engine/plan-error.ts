// The one error the engine raises for a plan, dataset or range it cannot honour. Its messages
// are written for the user who sent the plan, so callers pass them on unchanged. A plan is
// checked whole: one PlanError lists every problem found, so one round trip fixes them all.
export class PlanError extends Error {
  override readonly name = 'PlanError';
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join(' '));
    this.problems = list;
  }

  // The problems of `error` when it is a PlanError; anything else is not the plan's fault.
  static problemsOf(error: unknown): readonly string[] {
    if (error instanceof PlanError) return error.problems;
    throw error;
  }
}
