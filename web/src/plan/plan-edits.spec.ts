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
