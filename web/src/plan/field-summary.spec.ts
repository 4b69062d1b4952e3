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

  it('says which date a date is never before, of its own record or through a reference', () => {
    const date = { name: 'order_date', type: 'date', generator: 'date.date' };
    expect(constraintTexts({ ...date, date_range: { not_before: 'customer_id.signup_date' } })).toEqual(['not before customer_id → signup_date']);
    expect(constraintTexts({ ...date, date_range: { not_before: 'start_date', min_days_after: 1 } })).toEqual(['at least 1 day after start_date']);
  });

  it('says when a value is there', () => {
    const fee = { name: 'late_fee', type: 'decimal', generator: 'number.decimal' };
    expect(constraintTexts({ ...fee, only_when: { field: 'status', operator: 'one_of', values: ['shipped', 'delivered', 'returned'] } })).toEqual([
      'only when status is shipped, delivered or returned',
    ]);
    expect(constraintTexts({ ...fee, only_when: { field: 'status', operator: 'none_of', values: ['cancelled'] } })).toEqual(['unless status is cancelled']);
    expect(constraintTexts({ ...fee, only_when: { field: 'returned_on', operator: 'after', other_field: 'due_date' } })).toEqual(['only when returned_on is after due_date']);
    expect(constraintTexts({ ...fee, only_when: { field: 'is_member', operator: 'is_true' } })).toEqual(['only when is_member is true']);
    expect(constraintTexts({ ...fee, only_when: { field: 'returned_on', operator: 'is_null' } })).toEqual(['only when returned_on is empty']);
    expect(constraintTexts({ ...fee, only_when: { field: 'days_late', operator: 'at_least', values: ['1'] } })).toEqual(['only when days_late is at least 1']);
    expect(constraintTexts({ ...fee, only_when: { field: 'amount', operator: 'below', values: ['20.5'] } })).toEqual(['only when amount is below 20.5']);
  });

  it("puts a label's lifts beside its probability", () => {
    const fraud = { name: 'is_fraud', type: 'boolean', generator: 'boolean', true_probability: 0.004 };
    const lifts = [
      { when: { field: 'is_international', operator: 'is_true' }, factor: 6 },
      { when: { field: 'amount', operator: 'at_least', values: ['500'] }, factor: 3 },
      { when: { field: 'channel', operator: 'none_of', values: ['web'] }, factor: 0.5 },
    ];
    expect(constraintTexts({ ...fraud, lifts })).toEqual(['0.4% true; ×6 when is_international is true, ×3 when amount is at least 500, ×0.5 when channel is not web']);
    expect(constraintTexts({ ...fraud, true_probability: undefined, lifts: lifts.slice(0, 1) })).toEqual(['50% true; ×6 when is_international is true']);
    expect(constraintTexts(fraud)).toEqual(['0.4% true']);
  });

  it('names what a count or sum of children reads', () => {
    const total = { name: 'total', type: 'decimal', generator: 'aggregate' };
    expect(constraintTexts({ ...total, aggregate: { dataset: 'order_lines', operator: 'count' } })).toEqual(['count of order_lines']);
    expect(constraintTexts({ ...total, aggregate: { dataset: 'order_lines', foreign_key_field: 'order_id', operator: 'sum', field: 'line_total' } })).toEqual([
      'sum of order_lines.line_total',
    ]);
  });

  it('writes an age as counted from a birth date, not as an operator between operands', () => {
    const age = { name: 'age', type: 'integer', generator: 'formula' };
    expect(constraintTexts({ ...age, formula: { operator: 'age', operands: ['birth_date'] } })).toEqual(['age from birth_date (on 2025-01-01)']);
    expect(constraintTexts({ ...age, formula: { operator: 'age', operands: ['birth_date'], as_of: '2030-06-30' } })).toEqual(['age from birth_date (on 2030-06-30)']);
    expect(constraintTexts({ ...age, formula: { operator: 'age', operands: ['birth_date', 'visit_date'] } })).toEqual(['age from birth_date (on visit_date)']);
  });
});
