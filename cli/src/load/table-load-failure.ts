import { CliFailure } from '../cli-failure.js';
import { EXIT } from '../exit-codes.js';

// A table the database refused, naming the row by its line in the table's CSV (line 1 is the
// header) when the database says which.
export class TableLoadFailure extends CliFailure {
  constructor(
    readonly table: string,
    readonly line: number | undefined,
    reason: string,
  ) {
    super(`table ${table}${line === undefined ? '' : `, line ${line} of its CSV`}: ${reason.replace(/\s+/g, ' ').trim()}`, EXIT.DATABASE);
  }
}

// The database's refusal as it stands, when it is not one of a row.
export function databaseFailure(what: string, error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new CliFailure(`${what}: ${reason.replace(/\s+/g, ' ').trim()}`, EXIT.DATABASE);
}
