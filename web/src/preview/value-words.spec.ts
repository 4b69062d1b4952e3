import { describe, expect, it } from 'vitest';
import { recordInWords, valueInWords } from './value-words';

describe('valueInWords', () => {
  it('tells null and empty text apart from the words they could be mistaken for', () => {
    expect(valueInWords(null)).toBe('null (no value)');
    expect(valueInWords('null')).toBe('“null”');
    expect(valueInWords('')).toBe('empty text');
  });

  it('quotes text so stray spaces show, and leaves numbers and booleans bare', () => {
    expect(valueInWords('  Ann ')).toBe('“  Ann ”');
    expect(valueInWords(12.5)).toBe('12.5');
    expect(valueInWords(false)).toBe('false');
  });

  it('cuts long text short', () => {
    const quoted = valueInWords('x'.repeat(500));
    expect(quoted.length).toBeLessThan(200);
    expect(quoted.endsWith('…”')).toBe(true);
  });
});

describe('recordInWords', () => {
  it('names each column with its value, in the order given', () => {
    expect(recordInWords({ name: 'Ann', id: 3, email: null }, ['id', 'name', 'email'])).toBe('id 3, name “Ann”, email null (no value)');
  });
});
