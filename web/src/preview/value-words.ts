import type { RecordJson } from '../../../libs/client/src/api-types';

// The longest value a tooltip quotes whole; longer ones end in "…".
const MAX_QUOTED = 160;

// A value as a sentence names it: null and empty text in words, text in quotes so stray
// spaces show, numbers and booleans as they are.
export function valueInWords(value: unknown): string {
  if (value === null || value === undefined) return 'null (no value)';
  if (value === '') return 'empty text';
  if (typeof value === 'string') return `“${shortened(value)}”`;
  if (typeof value === 'object') return shortened(JSON.stringify(value));
  return String(value);
}

// A whole record, column by column, for a duplicated row's clean record.
export function recordInWords(record: RecordJson, columns: readonly string[]): string {
  return shortened(columns.map((column) => `${column} ${valueInWords(record[column])}`).join(', '), MAX_QUOTED * 2);
}

function shortened(text: string, limit = MAX_QUOTED): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
