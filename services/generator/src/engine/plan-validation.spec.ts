import { describe, expect, it } from 'vitest';
import { OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { Distribution, FormulaOperator, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { dataset, field, generate, plan, shopPlan } from '../../../../test/engine/plans.js';
import { PlanError } from './record-stream.js';

const id = field('id', 'id.sequence', { primaryKey: true });
const customers = dataset('customers', 10, [id]);
const reference = (target: string, column = 'id') => ({ foreignKey: { dataset: target, field: column, distribution: Distribution.DISTRIBUTION_UNIFORM, group: '' } });

function refusal(broken: Plan, name: string, options: Parameters<typeof generate>[2] = {}): string {
  try {
    generate(broken, name, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return (error as Error).message;
  }
  throw new Error('the plan was accepted');
}

describe('plan validation', () => {
  it.each([
    ['an unknown dataset', plan([customers]), 'nope', /no dataset "nope"/],
    ['an unknown generator', plan([dataset('a', 1, [field('x', 'person.shoe_size')])]), 'a', /"person.shoe_size" is not a generator/],
    ['a reference to a missing dataset', plan([dataset('orders', 1, [field('c', 'reference', reference('ghosts'))])]), 'orders', /"ghosts" is not a dataset/],
    ['a reference to a later dataset', plan([dataset('orders', 1, [field('c', 'reference', reference('customers'))]), customers]), 'orders', /must come before/],
    ['a reference to a missing field', plan([customers, dataset('orders', 1, [field('c', 'reference', reference('customers', 'code'))])]), 'orders', /no field "code"/],
    ['a reference to a non-unique field', plan([dataset('customers', 3, [id, field('name', 'person.first_name')]), dataset('orders', 1, [field('c', 'reference', reference('customers', 'name'))])]), 'orders', /neither a primary key nor unique/],
    ['a reference into an empty dataset', plan([dataset('customers', 0, [id]), dataset('orders', 1, [field('c', 'reference', reference('customers'))])]), 'orders', /is empty/],
    ['a seed beyond 2^53-1', { ...plan([customers]), seed: 2 ** 53 }, 'customers', /seed must be a whole number/],
    ['a reality level above 10', { ...plan([customers]), realityLevel: 11 }, 'customers', /reality level must be between 0 and 10/],
    ['an inverted numeric range', plan([dataset('a', 1, [field('n', 'number.integer', { numericRange: { min: 5, max: 1, distribution: 0, mean: 0, stddev: 0 } })])]), 'a', /above numeric_range.max/],
    ['an impossible date', plan([dataset('a', 1, [field('d', 'date.date', { dateRange: { start: '2024-02-30', end: '', afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' } })])]), 'a', /not a date/],
    ['a formula over text', plan([dataset('a', 1, [field('n', 'person.first_name'), field('t', 'formula', { formula: { operator: FormulaOperator.FORMULA_OPERATOR_SUM, operands: ['n'], asOf: '' } })])]), 'a', /not numeric/],
    ['fields that depend on each other', plan([dataset('a', 1, [field('x', 'formula', { formula: { operator: FormulaOperator.FORMULA_OPERATOR_SUM, operands: ['y'], asOf: '' } }), field('y', 'formula', { formula: { operator: FormulaOperator.FORMULA_OPERATOR_SUM, operands: ['x'], asOf: '' } })])]), 'a', /cycle/],
    ['more unique values than the range holds', plan([dataset('a', 20, [field('n', 'number.integer', { unique: true, numericRange: { min: 1, max: 10, distribution: 0, mean: 0, stddev: 0 } })])]), 'a', /do not fit/],
    ['an enum without values', plan([dataset('a', 1, [field('e', 'enum')])]), 'a', /at least one value/],
    ['two fields with one name', plan([dataset('a', 1, [id, id])]), 'a', /two fields named "id"/],
  ])('refuses %s', (_case, broken, name, message) => {
    expect(refusal(broken, name)).toMatch(message);
  });

  it('refuses ranges past the end of the dataset', () => {
    const small = plan([customers]);
    expect(refusal(small, 'customers', { offset: 11 })).toMatch(/past the end/);
    expect(refusal(small, 'customers', { offset: 5, count: 6 })).toMatch(/past the end/);
    expect(generate(small, 'customers', { offset: 10, format: OutputFormat.OUTPUT_FORMAT_CSV }).length).toBe(0);
  });

  it('refuses defect rates of unknown kinds or outside 0..1', () => {
    const small = plan([customers]);
    expect(refusal(small, 'customers', { defectRates: { nul: 0.2 } })).toMatch(/Unknown defect kind "nul"/);
    expect(refusal(small, 'customers', { defectRates: { typo: 1.5 } })).toMatch(/defect_rates.typo must be a number from 0 to 1/);
    expect(refusal(small, 'customers', { defectRates: { typo: Number.NaN } })).toMatch(/defect_rates.typo/);
  });

  it('refuses, for SQL of a dialect, the names no quoting loads in it, with the plan\'s other problems', () => {
    const awkward = plan([
      dataset('sqlite_stats', 2, [id, field('xmin', 'number.integer'), field('n'.repeat(65), 'person.first_name')]),
      dataset('b', 1, [field('x', 'person.shoe_size')]),
    ]);
    const sql = (sqlDialect: SqlDialect) => ({ format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect });
    const problems = (sqlDialect: SqlDialect) => {
      try {
        generate(awkward, 'sqlite_stats', sql(sqlDialect));
      } catch (error) {
        return (error as PlanError).problems;
      }
      throw new Error('the plan was accepted');
    };
    expect(problems(SqlDialect.SQL_DIALECT_POSTGRES)).toEqual([
      'Field "sqlite_stats.xmin": PostgreSQL keeps the column name "xmin" for a system column, quoted or not; rename it.',
      expect.stringMatching(/"person.shoe_size" is not a generator/),
    ]);
    expect(problems(SqlDialect.SQL_DIALECT_SQLITE)[0]).toBe('Dataset "sqlite_stats": SQLite keeps the tables named "sqlite_…" for itself; rename it.');
    expect(problems(SqlDialect.SQL_DIALECT_MYSQL)[0]).toMatch(/^Field "sqlite_stats.n{65}": MySQL and MariaDB take names of at most 64 characters/);
    const loadable = plan([dataset('sqlite_stats', 2, [id, field('xmin', 'number.integer')])]);
    expect(generate(loadable, 'sqlite_stats', { format: OutputFormat.OUTPUT_FORMAT_CSV }).toString()).toMatch(/^id,xmin\r?\n/);
  });

  it('validates every dataset of the plan, not only the requested one', () => {
    const broken = shopPlan({ customers: 1, products: 1, orders: 1 });
    broken.datasets[2]!.fields[0]!.generator = 'id.nope';
    expect(refusal(broken, 'customers')).toMatch(/"id.nope"/);
  });
});
