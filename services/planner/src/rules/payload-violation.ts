// A request the API refuses as a whole, carrying the document's `issues` and `suggestions`
// so the gateway can answer `400 {"error": "Invalid request payload", ...}` unchanged.
export class PayloadViolation extends Error {
  constructor(
    readonly issues: string[],
    readonly suggestions: string[],
  ) {
    super(`Invalid request payload: ${issues.join('; ')}`);
    this.name = 'PayloadViolation';
  }
}
