import { PayloadViolation } from '../rules/payload-violation.js';

// A schema the API refuses: the document's 400 "Invalid request payload", naming the line.
export function ddlFailure(line: number, problem: string, suggestion: string): PayloadViolation {
  return new PayloadViolation([`schema line ${line}: ${problem}`], [suggestion]);
}
