// The model answered, but nothing usable can be made of the answer. Its message is written by
// us for the user (never copied from the model or the API), so it may be shown as is.
export class UnusablePlanError extends Error {
  override readonly name = 'UnusablePlanError';
}
