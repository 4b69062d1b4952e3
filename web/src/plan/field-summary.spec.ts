import { describe, expect, it } from 'vitest';
import { constraintTexts, enumText, keyText, referenceText } from './field-summary';

describe('field summary', () => {
  it('names keys and references', () => {
    expect(keyText({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true })).toBe('Primary key');
    expect(referenceText({ name: 'c', type: 'integer', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id', distribution: 'log_normal' } })).toBe(
      '→ customers.id (log-normal)',
    );
  });

  it('gives enum values their share of the weights', () => {
    expect(enumText([{ value: 'open', weight: 3 }, { value: 'closed' }])).toBe('open 75%, closed 25%');
  });

  it('sums up ranges, nulls and formulas in short words', () => {
    expect(
      constraintTexts({
        name: 'total',
        type: 'decimal',
        generator: 'formula',
        numeric_range: { min: 0, max: 10, distribution: 'normal' },
        null_rate: 0.05,
        nullable: true,
        scale: 2,
        formula: { operator: 'product', operands: ['quantity', 'unit_price'] },
      }),
    ).toEqual(['0 to 10, normal', '5% empty', '2 decimals', '= quantity × unit_price']);
  });
});
