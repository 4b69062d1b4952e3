import { describe, expect, it } from 'vitest';
import { OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { Distribution, LogicalType, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { atLevel, dataset, field, generate, plan, records } from '../../../../test/engine/plans.js';
import { PlanError } from './plan-error.js';

const managerOf = (distribution: Distribution, options: Partial<Parameters<typeof field>[2]> = {}) =>
  field('manager_id', 'reference', {
    nullable: true,
    nullRate: 0.05,
    foreignKey: { dataset: 'employees', field: 'id', distribution, group: '' },
    ...options,
  });

function employees(size: number, distribution: Distribution, key = field('id', 'id.sequence', { primaryKey: true, type: LogicalType.LOGICAL_TYPE_INTEGER })): Plan {
  return plan([dataset('employees', size, [field('name', 'person.full_name'), managerOf(distribution), key, field('email', 'person.email')])], 11);
}

describe('self-references', () => {
  it.each([
    ['uniform', Distribution.DISTRIBUTION_UNIFORM],
    ['Zipf', Distribution.DISTRIBUTION_ZIPF],
    ['normal', Distribution.DISTRIBUTION_NORMAL],
    ['log-normal', Distribution.DISTRIBUTION_LOG_NORMAL],
  ])('make a %s hierarchy: roots at the null_rate, every other manager an earlier record', (_name, distribution) => {
    const rows = records(employees(3000, distribution), 'employees');
    expect(rows[0]!.manager_id).toBeNull();
    const roots = rows.filter((row) => row.manager_id === null).length;
    expect(roots).toBeGreaterThan(3000 * 0.03);
    expect(roots).toBeLessThan(3000 * 0.08);
    const position = new Map(rows.map((row, index) => [row.id, index]));
    rows.forEach((row, index) => {
      if (row.manager_id === null) return;
      const manager = position.get(row.manager_id);
      expect(manager, `record ${index}`).toBeDefined();
      expect(manager!).toBeLessThan(index);
    });
  });

  it('puts the most reports under the first records with a Zipf distribution', () => {
    const rows = records(employees(3000, Distribution.DISTRIBUTION_ZIPF), 'employees');
    const reports = rows.filter((row) => row.manager_id === 1 || row.manager_id === 2).length;
    expect(reports).toBeGreaterThan(200);
  });

  it('references a key that is not the index, such as a UUID, and keeps the other fields of the record', () => {
    const uuids = employees(800, Distribution.DISTRIBUTION_UNIFORM, field('id', 'id.uuid', { primaryKey: true }));
    const rows = records(uuids, 'employees');
    const earlier = new Set<unknown>();
    for (const row of rows) {
      if (row.manager_id !== null) expect(earlier.has(row.manager_id)).toBe(true);
      earlier.add(row.id);
    }
    // The manager's key is written on a record of its own: the person of the row stays its own.
    const alone = plan([dataset('employees', 800, [field('name', 'person.full_name'), field('manager_id', 'boolean'), field('id', 'id.uuid', { primaryKey: true }), field('email', 'person.email')])], 11);
    expect(records(alone, 'employees').map((row) => [row.name, row.email])).toEqual(rows.map((row) => [row.name, row.email]));
  });

  it('gives the same bytes whatever the shards', () => {
    const hierarchy = employees(1500, Distribution.DISTRIBUTION_ZIPF);
    const options = { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES };
    const whole = generate(hierarchy, 'employees', options);
    const edges = [0, 1, 499, 500, 1234, 1500];
    const shards = edges.slice(1).map((end, index) => generate(hierarchy, 'employees', { ...options, offset: edges[index]!, count: end - edges[index]!, outputEnd: 1500 }));
    expect(Buffer.concat(shards).equals(whole)).toBe(true);
    expect(whole.toString()).toContain('FOREIGN KEY ("manager_id") REFERENCES "employees" ("id")');
  });

  it('keeps the hierarchy valid at level 7, whose defects never break a reference', () => {
    const rows = records(atLevel(employees(2000, Distribution.DISTRIBUTION_UNIFORM), 7), 'employees');
    const ids = new Set(rows.map((row) => row.id));
    expect(ids.size).toBe(2000);
    for (const row of rows) if (row.manager_id !== null) expect(ids.has(row.manager_id)).toBe(true);
  });

  it.each([
    ['is not nullable', { nullable: false, nullRate: 0 }, /"employees.manager_id".*self-reference must be nullable/],
    ['is unique', { unique: true }, /self-reference cannot be unique/],
  ])('is refused when it %s', (_case, options, message) => {
    const broken = plan([dataset('employees', 10, [field('id', 'id.sequence', { primaryKey: true }), managerOf(Distribution.DISTRIBUTION_UNIFORM, options)])]);
    expect(() => generate(broken, 'employees')).toThrow(PlanError);
    expect(() => generate(broken, 'employees')).toThrow(message);
  });

  it('is refused when the key it references reads the reference itself', () => {
    const broken = plan([
      dataset('employees', 10, [
        field('id', 'formula', { primaryKey: true, formula: { operator: 1, operands: ['manager_id'], asOf: '' } }),
        managerOf(Distribution.DISTRIBUTION_UNIFORM),
      ]),
    ]);
    expect(() => generate(broken, 'employees')).toThrow(/cycle/);
  });
});
