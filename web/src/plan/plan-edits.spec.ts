import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../libs/client/src/api-types';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import {
  addField,
  fieldDependents,
  nameProblem,
  referenceTargets,
  removeField,
  renameDataset,
  renameField,
  setDatasetSize,
  setDateRange,
  setEnumValues,
  setGenerator,
  setNullable,
  setNullRate,
  setNumericRange,
  setReference,
} from './plan-edits';

const CATALOGUE: Catalogue = {
  generators: [
    { name: 'id.sequence', kind: 'integer', description: 'Record number.' },
    { name: 'id.uuid', kind: 'uuid', description: 'UUID.' },
    { name: 'text.word', kind: 'string', description: 'One word.' },
    { name: 'number.decimal', kind: 'decimal', description: 'Decimal.' },
    { name: 'enum', kind: 'string', description: 'One of the values.' },
    { name: 'reference', kind: 'integer', description: 'A foreign key.' },
    { name: 'formula', kind: 'decimal', description: 'Computed.' },
  ],
  field_types: ['string', 'text', 'integer', 'decimal', 'float', 'boolean', 'date', 'timestamp', 'uuid'],
  distributions: ['uniform', 'normal', 'log_normal', 'zipf'],
  defect_kinds: [],
};

function samplePlan(): PlanJson {
  return {
    seed: 42,
    reality_level: 3,
    planner: 'builtin',
    warnings: [],
    datasets: [
      {
        name: 'customers',
        size: 100,
        fields: [
          { name: 'id', type: 'uuid', generator: 'id.uuid', primary_key: true, unique: true },
          { name: 'email', type: 'string', generator: 'text.word', nullable: true, null_rate: 0.1 },
        ],
      },
      {
        name: 'orders',
        size: 300,
        fields: [
          { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true },
          { name: 'customer_id', type: 'uuid', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id', distribution: 'zipf' } },
          { name: 'order_date', type: 'date', generator: 'date.date', date_range: { start: '2024-01-01', end: '2024-12-31' } },
          { name: 'ship_date', type: 'date', generator: 'date.date', date_range: { after_field: 'order_date', max_days_after: 10 } },
          { name: 'quantity', type: 'integer', generator: 'number.integer', numeric_range: { min: 1, max: 5 } },
          { name: 'unit_price', type: 'decimal', generator: 'number.decimal', numeric_range: { min: 0, max: 10 }, scale: 2 },
          { name: 'total', type: 'decimal', generator: 'formula', formula: { operator: 'product', operands: ['quantity', 'unit_price'] } },
          { name: 'status', type: 'string', generator: 'enum', enum_values: [{ value: 'open', weight: 3 }, { value: 'closed' }] },
        ],
      },
    ],
  };
}

// A plan stating realism rules: dates after the customer's sign-up, values only where a
// condition holds, an age from a birth date, and a customer's count and total of its orders.
function rulesPlan(): PlanJson {
  return {
    seed: 7,
    warnings: [],
    datasets: [
      {
        name: 'customers',
        size: 100,
        fields: [
          { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true },
          { name: 'code', type: 'string', generator: 'text.word', unique: true },
          { name: 'signup_date', type: 'date', generator: 'date.date' },
          { name: 'birth_date', type: 'date', generator: 'person.birth_date' },
          { name: 'age', type: 'integer', generator: 'formula', formula: { operator: 'age', operands: ['birth_date'] } },
          { name: 'status', type: 'string', generator: 'enum', enum_values: [{ value: 'active' }, { value: 'closed' }] },
          { name: 'order_count', type: 'integer', generator: 'aggregate', aggregate: { dataset: 'orders', operator: 'count' } },
          { name: 'total_spent', type: 'decimal', generator: 'aggregate', aggregate: { dataset: 'orders', foreign_key_field: 'customer_id', operator: 'sum', field: 'amount' } },
        ],
      },
      {
        name: 'orders',
        size: 300,
        fields: [
          { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true },
          { name: 'customer_id', type: 'integer', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id', children: { min: 1, max: 5 } } },
          { name: 'order_date', type: 'date', generator: 'date.date', date_range: { start: '2024-01-01', not_before: 'customer_id.signup_date' } },
          { name: 'reviewed_on', type: 'date', generator: 'date.date', date_range: { not_before: 'order_date' } },
          { name: 'amount', type: 'decimal', generator: 'number.decimal' },
          { name: 'status', type: 'string', generator: 'enum', enum_values: [{ value: 'placed' }, { value: 'shipped' }] },
          { name: 'shipped_at', type: 'timestamp', generator: 'date.timestamp', nullable: true, only_when: { field: 'status', operator: 'one_of', values: ['shipped'] } },
          { name: 'due_date', type: 'date', generator: 'date.date' },
          { name: 'returned_on', type: 'date', generator: 'date.date' },
          { name: 'late_fee', type: 'decimal', generator: 'number.decimal', only_when: { field: 'returned_on', operator: 'after', other_field: 'due_date' } },
        ],
      },
    ],
  };
}

// Employees whose hire date is never before their manager's: a rule through a reference to
// the same dataset.
function managersPlan(): PlanJson {
  return {
    seed: 7,
    warnings: [],
    datasets: [
      {
        name: 'employees',
        size: 50,
        fields: [
          { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true },
          { name: 'manager_id', type: 'integer', generator: 'reference', nullable: true, foreign_key: { dataset: 'employees', field: 'id' } },
          { name: 'hire_date', type: 'date', generator: 'date.date', date_range: { not_before: 'manager_id.hire_date' } },
        ],
      },
    ],
  };
}

// Payments whose fraud label is likelier abroad and for large amounts.
function labelsPlan(): PlanJson {
  return {
    seed: 7,
    warnings: [],
    datasets: [
      {
        name: 'payments',
        size: 1000,
        fields: [
          { name: 'amount', type: 'decimal', generator: 'number.decimal' },
          { name: 'is_international', type: 'boolean', generator: 'boolean' },
          {
            name: 'is_fraud',
            type: 'boolean',
            generator: 'boolean',
            true_probability: 0.004,
            lifts: [
              { when: { field: 'is_international', operator: 'is_true' }, factor: 6 },
              { when: { field: 'amount', operator: 'at_least', values: ['500'] }, factor: 3 },
              { when: { field: 'amount', operator: 'below', values: ['1'] }, factor: 2 },
            ],
          },
        ],
      },
    ],
  };
}

const field = (plan: PlanJson, dataset: string, name: string) => plan.datasets.find((d) => d.name === dataset)!.fields.find((f) => f.name === name);

describe('names', () => {
  it('refuses empty, padded and taken names', () => {
    expect(nameProblem('', [])).toMatch(/empty/);
    expect(nameProblem(' id', [])).toMatch(/space/);
    expect(nameProblem('id', ['id'])).toMatch(/taken/);
    expect(nameProblem('buyer', ['id'])).toBeUndefined();
  });
});

describe('renameDataset', () => {
  it('renames the dataset and every foreign key to it', () => {
    const plan = renameDataset(samplePlan(), 'customers', 'buyers');
    expect(plan.datasets.map((d) => d.name)).toEqual(['buyers', 'orders']);
    expect(field(plan, 'orders', 'customer_id')!.foreign_key).toEqual({ dataset: 'buyers', field: 'id', distribution: 'zipf' });
  });

  it('renames the children an aggregate reads', () => {
    const plan = renameDataset(rulesPlan(), 'orders', 'purchases');
    expect(field(plan, 'customers', 'order_count')!.aggregate).toEqual({ dataset: 'purchases', operator: 'count' });
    expect(field(plan, 'customers', 'total_spent')!.aggregate!.dataset).toBe('purchases');
  });

  it('leaves the plan it was given alone', () => {
    const original = samplePlan();
    renameDataset(original, 'customers', 'buyers');
    expect(original).toEqual(samplePlan());
  });
});

describe('renameField', () => {
  it('renames a key and the foreign keys that reference it, not same-named columns elsewhere', () => {
    const plan = renameField(samplePlan(), 'customers', 'id', 'customer_key');
    expect(field(plan, 'customers', 'customer_key')!.primary_key).toBe(true);
    expect(field(plan, 'orders', 'customer_id')!.foreign_key!.field).toBe('customer_key');
    expect(field(plan, 'orders', 'id')).toBeDefined();
  });

  it('renames the date a column follows and formula operands of the same record', () => {
    let plan = renameField(samplePlan(), 'orders', 'order_date', 'placed_on');
    expect(field(plan, 'orders', 'ship_date')!.date_range).toEqual({ after_field: 'placed_on', max_days_after: 10 });
    plan = renameField(plan, 'orders', 'quantity', 'count');
    expect(field(plan, 'orders', 'total')!.formula!.operands).toEqual(['count', 'unit_price']);
  });

  it('renames the date a column is never before, of its own record or through a reference', () => {
    let plan = renameField(rulesPlan(), 'orders', 'order_date', 'placed_on');
    expect(field(plan, 'orders', 'reviewed_on')!.date_range).toEqual({ not_before: 'placed_on' });
    plan = renameField(plan, 'orders', 'customer_id', 'buyer_id');
    expect(field(plan, 'orders', 'placed_on')!.date_range).toEqual({ start: '2024-01-01', not_before: 'buyer_id.signup_date' });
    plan = renameField(plan, 'customers', 'signup_date', 'joined_on');
    expect(field(plan, 'orders', 'placed_on')!.date_range!.not_before).toBe('buyer_id.joined_on');
  });

  it('renames the referenced date in the dataset the reference points to, itself included', () => {
    const plan = renameField(managersPlan(), 'employees', 'hire_date', 'started_on');
    expect(field(plan, 'employees', 'started_on')!.date_range).toEqual({ not_before: 'manager_id.started_on' });
    expect(renameField(rulesPlan(), 'orders', 'signup_date', 'x')).toEqual(rulesPlan());
  });

  it('renames the fields a condition tests, not same-named columns of other datasets', () => {
    let plan = renameField(rulesPlan(), 'customers', 'status', 'state');
    expect(field(plan, 'orders', 'shipped_at')!.only_when!.field).toBe('status');
    plan = renameField(plan, 'orders', 'status', 'order_status');
    expect(field(plan, 'orders', 'shipped_at')!.only_when).toEqual({ field: 'order_status', operator: 'one_of', values: ['shipped'] });
    plan = renameField(plan, 'orders', 'due_date', 'due_on');
    plan = renameField(plan, 'orders', 'returned_on', 'back_on');
    expect(field(plan, 'orders', 'late_fee')!.only_when).toEqual({ field: 'back_on', operator: 'after', other_field: 'due_on' });
  });

  it("renames the columns a label's lifts test, in every lift that tests them", () => {
    let plan = renameField(labelsPlan(), 'payments', 'amount', 'total');
    plan = renameField(plan, 'payments', 'is_international', 'abroad');
    expect(field(plan, 'payments', 'is_fraud')!.lifts).toEqual([
      { when: { field: 'abroad', operator: 'is_true' }, factor: 6 },
      { when: { field: 'total', operator: 'at_least', values: ['500'] }, factor: 3 },
      { when: { field: 'total', operator: 'below', values: ['1'] }, factor: 2 },
    ]);
  });

  it('renames the columns of the children an aggregate reads, and the birth date of an age', () => {
    let plan = renameField(rulesPlan(), 'orders', 'amount', 'net_amount');
    plan = renameField(plan, 'orders', 'customer_id', 'buyer_id');
    expect(field(plan, 'customers', 'total_spent')!.aggregate).toEqual({ dataset: 'orders', foreign_key_field: 'buyer_id', operator: 'sum', field: 'net_amount' });
    expect(field(plan, 'customers', 'order_count')!.aggregate).toEqual({ dataset: 'orders', operator: 'count' });
    plan = renameField(plan, 'customers', 'birth_date', 'born_on');
    expect(field(plan, 'customers', 'age')!.formula).toEqual({ operator: 'age', operands: ['born_on'] });
  });
});

describe('removeField', () => {
  it('removes a column nothing uses', () => {
    const edit = removeField(samplePlan(), 'orders', 'status');
    expect(edit.ok && edit.plan.datasets[1]!.fields.map((f) => f.name)).not.toContain('status');
  });

  it('refuses a column something refers to, saying what', () => {
    expect(fieldDependents(samplePlan(), 'customers', 'id')).toEqual(['orders.customer_id refers to it']);
    const key = removeField(samplePlan(), 'customers', 'id');
    expect(key.ok).toBe(false);
    expect(!key.ok && key.reason).toMatch(/orders\.customer_id refers to it/);
    expect(removeField(samplePlan(), 'orders', 'order_date').ok).toBe(false);
    expect(removeField(samplePlan(), 'orders', 'unit_price').ok).toBe(false);
  });

  it('refuses a column a realism rule uses, saying which rule', () => {
    const plan = rulesPlan();
    expect(fieldDependents(plan, 'customers', 'signup_date')).toEqual(['orders.order_date is never before it']);
    expect(fieldDependents(plan, 'orders', 'order_date')).toEqual(['orders.reviewed_on is never before it']);
    expect(fieldDependents(plan, 'orders', 'customer_id')).toEqual([
      'customers.order_count counts orders by it',
      'customers.total_spent sums orders by it',
      'orders.order_date is never before the signup_date it refers to',
    ]);
    expect(fieldDependents(plan, 'orders', 'amount')).toEqual(['customers.total_spent sums it']);
    expect(fieldDependents(plan, 'orders', 'status')).toEqual(['orders.shipped_at depends on it']);
    expect(fieldDependents(plan, 'orders', 'due_date')).toEqual(['orders.late_fee depends on it']);
    expect(fieldDependents(plan, 'customers', 'birth_date')).toEqual(['customers.age is computed from it']);
    expect(fieldDependents(plan, 'customers', 'status')).toEqual([]);
    expect(fieldDependents(managersPlan(), 'employees', 'hire_date')).toEqual([]);
    expect(fieldDependents(managersPlan(), 'employees', 'manager_id')).toEqual(['employees.hire_date is never before the hire_date it refers to']);
    const edit = removeField(plan, 'customers', 'signup_date');
    expect(!edit.ok && edit.reason).toMatch(/orders\.order_date is never before it/);
  });

  it('refuses a column a lift tests, saying which label leans on it', () => {
    expect(fieldDependents(labelsPlan(), 'payments', 'amount')).toEqual(['payments.is_fraud has a lift that tests it']);
    const edit = removeField(labelsPlan(), 'payments', 'is_international');
    expect(!edit.ok && edit.reason).toMatch(/payments\.is_fraud has a lift that tests it/);
    expect(removeField(labelsPlan(), 'payments', 'is_fraud').ok).toBe(true);
  });

  it('refuses the last column of a dataset', () => {
    const plan = samplePlan();
    plan.datasets[0]!.fields = [plan.datasets[0]!.fields[1]!];
    expect(removeField(plan, 'customers', 'email').ok).toBe(false);
  });
});

describe('addField', () => {
  it('adds a plain text column with a free name', () => {
    const first = addField(samplePlan(), 'customers');
    expect(first.name).toBe('new_column');
    expect(field(first.plan, 'customers', 'new_column')).toEqual({ name: 'new_column', type: 'string', generator: 'text.word' });
    const second = addField(first.plan, 'customers');
    expect(second.name).toBe('new_column_2');
  });
});

describe('setGenerator', () => {
  it('takes the type from the catalogue', () => {
    const plan = setGenerator(samplePlan(), 'customers', 'email', 'number.decimal', CATALOGUE);
    expect(field(plan, 'customers', 'email')).toMatchObject({ generator: 'number.decimal', type: 'decimal' });
  });

  it('keeps the type when no catalogue is known', () => {
    const plan = setGenerator(samplePlan(), 'customers', 'email', 'number.decimal', null);
    expect(field(plan, 'customers', 'email')).toMatchObject({ generator: 'number.decimal', type: 'string' });
  });

  it('drops the foreign key when a column stops being a reference', () => {
    const plan = setGenerator(samplePlan(), 'orders', 'customer_id', 'text.word', CATALOGUE);
    expect(field(plan, 'orders', 'customer_id')).toEqual({ name: 'customer_id', type: 'string', generator: 'text.word' });
  });

  it('makes a reference to the first key it may reference, typed as that key', () => {
    const plan = setGenerator(samplePlan(), 'orders', 'status', 'reference', CATALOGUE);
    expect(field(plan, 'orders', 'status')).toMatchObject({ generator: 'reference', type: 'uuid', foreign_key: { dataset: 'customers', field: 'id' } });
  });

  it('drops enum values when a column stops being an enum', () => {
    const plan = setGenerator(samplePlan(), 'orders', 'status', 'text.word', CATALOGUE);
    expect(field(plan, 'orders', 'status')).toEqual({ name: 'status', type: 'string', generator: 'text.word' });
  });

  it('drops the aggregate when a column stops counting or summing its children', () => {
    const plan = setGenerator(rulesPlan(), 'customers', 'order_count', 'number.decimal', CATALOGUE);
    expect(field(plan, 'customers', 'order_count')).toEqual({ name: 'order_count', type: 'decimal', generator: 'number.decimal' });
    expect(fieldDependents(plan, 'orders', 'customer_id')).not.toContain('customers.order_count counts orders by it');
  });

  it('keeps the conditions and dates a column follows, which belong to no generator', () => {
    let plan = setGenerator(rulesPlan(), 'orders', 'shipped_at', 'text.word', CATALOGUE);
    expect(field(plan, 'orders', 'shipped_at')!.only_when).toEqual({ field: 'status', operator: 'one_of', values: ['shipped'] });
    plan = setGenerator(plan, 'orders', 'order_date', 'text.word', CATALOGUE);
    expect(field(plan, 'orders', 'order_date')!.date_range).toEqual({ start: '2024-01-01', not_before: 'customer_id.signup_date' });
  });

  it('drops the lifts when a column stops being a boolean, so they no longer hold the columns they test', () => {
    const plan = setGenerator(labelsPlan(), 'payments', 'is_fraud', 'text.word', CATALOGUE);
    expect(field(plan, 'payments', 'is_fraud')).not.toHaveProperty('lifts');
    expect(fieldDependents(plan, 'payments', 'amount')).toEqual([]);
  });

  it('starts an enum with one value', () => {
    const plan = setGenerator(samplePlan(), 'customers', 'email', 'enum', CATALOGUE);
    expect(field(plan, 'customers', 'email')!.enum_values).toEqual([{ value: 'value_1' }]);
  });
});

describe('references', () => {
  it('offers single primary keys and unique columns of earlier datasets only', () => {
    expect(referenceTargets(samplePlan(), 'orders')).toEqual([{ dataset: 'customers', field: 'id' }]);
    expect(referenceTargets(samplePlan(), 'customers')).toEqual([]);
  });

  it('keeps how many children each record has while the referenced dataset stays the same', () => {
    const plan = setReference(rulesPlan(), 'orders', 'customer_id', { dataset: 'customers', field: 'code' });
    expect(field(plan, 'orders', 'customer_id')).toMatchObject({ type: 'string', foreign_key: { dataset: 'customers', field: 'code', children: { min: 1, max: 5 } } });
  });

  it('points a column at a key, keeping no stale distribution', () => {
    const plan = setReference(samplePlan(), 'orders', 'status', { dataset: 'customers', field: 'id' });
    expect(field(plan, 'orders', 'status')).toMatchObject({ generator: 'reference', type: 'uuid', foreign_key: { dataset: 'customers', field: 'id' } });
  });
});

describe('constraints', () => {
  it('writes enum weights only when they are set', () => {
    const plan = setEnumValues(samplePlan(), 'orders', 'status', [{ value: 'a', weight: 0 }, { value: 'b', weight: 2 }]);
    expect(field(plan, 'orders', 'status')!.enum_values).toEqual([{ value: 'a' }, { value: 'b', weight: 2 }]);
  });

  it('keeps a zero bound and leaves out an empty range', () => {
    let plan = setNumericRange(samplePlan(), 'orders', 'quantity', { min: 0 });
    expect(field(plan, 'orders', 'quantity')!.numeric_range).toEqual({ min: 0, max: 5 });
    plan = setNumericRange(plan, 'orders', 'quantity', { min: undefined, max: undefined });
    expect(field(plan, 'orders', 'quantity')).not.toHaveProperty('numeric_range');
  });

  it('leaves out an emptied date range', () => {
    const plan = setDateRange(samplePlan(), 'orders', 'order_date', { start: undefined, end: undefined });
    expect(field(plan, 'orders', 'order_date')).not.toHaveProperty('date_range');
  });

  it('keeps the date a column is never before when its range is emptied', () => {
    const plan = setDateRange(rulesPlan(), 'orders', 'order_date', { start: undefined });
    expect(field(plan, 'orders', 'order_date')!.date_range).toEqual({ not_before: 'customer_id.signup_date' });
  });

  it('makes a column with nulls nullable and one that is not nullable free of nulls', () => {
    let plan = setNullRate(samplePlan(), 'orders', 'status', 0.25);
    expect(field(plan, 'orders', 'status')).toMatchObject({ nullable: true, null_rate: 0.25 });
    plan = setNullable(plan, 'orders', 'status', false);
    expect(field(plan, 'orders', 'status')).not.toHaveProperty('nullable');
    expect(field(plan, 'orders', 'status')).not.toHaveProperty('null_rate');
    plan = setNullRate(samplePlan(), 'customers', 'email', 0);
    expect(field(plan, 'customers', 'email')).toMatchObject({ nullable: true });
    expect(field(plan, 'customers', 'email')).not.toHaveProperty('null_rate');
  });

  it('sets the records of one dataset', () => {
    expect(setDatasetSize(samplePlan(), 'orders', 50).datasets.map((d) => d.size)).toEqual([100, 50]);
  });
});
