import { describe, expect, it } from 'vitest';
import { DefectDraws } from './defect-draws.js';
import { booleanAsText, numberAsText, uuidInOtherFormat } from './format-variants.js';

// Validation counts a typed value in another format as a type mismatch, whatever the output
// format, so no variant may be the canonical text of its type.
const CANONICAL_NUMBER = /^-?\d+(\.\d+)?$/;
const draws = Array.from({ length: 64 }, (_, key) => new DefectDraws(7).start(key));

describe('format variants of typed values', () => {
  it.each(['5', '-5', '12.5', '999.99', '0.07', '1234', '1234.5', '-98765.4321', '1000000'])('never write %s as a canonical number', (digits) => {
    for (const draw of draws) expect(numberAsText(digits, draw)).not.toMatch(CANONICAL_NUMBER);
  });

  it('keep the value readable the way a locale writes it', () => {
    const forms = new Set(draws.map((draw) => numberAsText('1234.5', draw)));
    expect(forms).toEqual(new Set(['1,234.5', '1.234,5']));
    expect(new Set(draws.map((draw) => numberAsText('12', draw)))).toEqual(new Set(['12,00']));
  });

  it('never spell a boolean true, false, 1 or 0', () => {
    for (const draw of draws) expect(['true', 'false', '1', '0']).not.toContain(booleanAsText(draw.below(2) === 1, draw));
  });

  it('change even a UUID of digits only', () => {
    const digits = '12345678-1234-4234-8234-123456789012';
    for (const draw of draws) expect(uuidInOtherFormat(digits, draw)).not.toBe(digits);
  });
});
