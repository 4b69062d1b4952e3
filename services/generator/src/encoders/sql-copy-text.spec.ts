import { describe, expect, it } from 'vitest';
import { COPY_TEXT_GROWTH, writeCopyText } from './sql-copy-text.js';

function copyText(rows: string): string {
  const bytes = Buffer.from(rows);
  const out = Buffer.alloc(bytes.length * COPY_TEXT_GROWTH);
  return out.toString('utf8', 0, writeCopyText(bytes, bytes.length, out, 0));
}

describe('COPY text from SQL literals', () => {
  it('unquotes text and writes NULL, TRUE and FALSE as COPY reads them', () => {
    expect(copyText("'a'\tNULL\tTRUE\tFALSE\t12.50\t-3\t''\n")).toBe('a\t\\N\ttrue\tfalse\t12.50\t-3\t\n');
  });

  it("escapes what COPY's text format cannot hold raw, and only that", () => {
    expect(copyText("'O''Brien \\ \"q\", c'\t'line\nbreak\r\ttab'\n")).toBe('O\'Brien \\\\ "q", c\tline\\nbreak\\r\\ttab\n');
    expect(copyText("'NULL'\t'TRUE'\t'\\N'\t'\\.'\n")).toBe('NULL\tTRUE\t\\\\N\t\\\\.\n');
  });

  it('keeps multi-byte characters whole', () => {
    expect(copyText("'ünïcödé ✓ 🚀'\n")).toBe('ünïcödé ✓ 🚀\n');
  });

  it('stays within its growth bound for the worst case', () => {
    const worst = "'" + '\\'.repeat(100) + "'";
    expect(Buffer.byteLength(copyText(worst))).toBeLessThanOrEqual(Buffer.byteLength(worst) * COPY_TEXT_GROWTH);
  });
});
