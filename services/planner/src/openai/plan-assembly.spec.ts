import { describe, expect, it } from 'vitest';
import { LogicalType, type Dataset, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { field } from '../../../../test/support/fake-openai-server.js';
import { PayloadViolation } from '../rules/payload-violation.js';
import { assemblePlan } from './plan-assembly.js';
import { readPlanDraft } from './plan-draft-reader.js';

type DraftDataset = { name: string; description?: string; fields: Record<string, unknown>[] };

function assemble(datasets: DraftDataset[], request: { datasets?: number; datasetSize?: number } = {}): Plan {
  const draft = readPlanDraft(JSON.stringify({ domain: ' E-Commerce ', datasets: datasets.map((dataset) => ({ description: '', ...dataset })) }));
  return assemblePlan(draft, { prompt: 'a prompt', seed: 7, ...request });
}

const id = field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true });

function dataset(plan: Plan, name: string): Dataset {
  const found = plan.datasets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no dataset ${name} in ${plan.datasets.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

describe('assemblePlan', () => {
  it('makes names lower snake case, keeps them distinct and keeps reserved words for the encoder to quote', () => {
    const plan = assemble([
      { name: 'Customer Accounts', fields: [id, field({ name: 'firstName' }), field({ name: 'First Name' }), field({ name: '2nd Address' }), field({ name: 'order' }), field({ name: 'xmin' })] },
      { name: 'customer-accounts', fields: [id, field({ name: 'Café Notes!' }), field({ name: '  ' })] },
    ]);
    expect(plan.datasets.map((candidate) => candidate.name)).toEqual(['customer_accounts', 'customer_accounts_2']);
    expect(plan.datasets[0]!.fields.map((candidate) => candidate.name)).toEqual(['id', 'first_name', 'first_name_2', 'field_2nd_address', 'order', 'field_xmin']);
    expect(plan.datasets[1]!.fields.map((candidate) => candidate.name)).toEqual(['id', 'cafe_notes', 'field']);
    expect(plan.domain).toBe('e-commerce');
  });

  it('maps generators outside the catalogue by their name, the field name or the type, with a warning', () => {
    const plan = assemble([
      {
        name: 'people',
        fields: [
          id,
          field({ name: 'contact', generator: 'internet.email' }),
          field({ name: 'home_city', generator: 'faker.location.city' }),
          field({ name: 'nickname', type: 'string', generator: 'person.nickname' }),
          field({ name: 'joined', type: 'timestamp', generator: 'date.recent' }),
          field({ name: 'given', generator: 'person.firstName' }),
          field({ name: 'mystery', type: 'blob', generator: 'magic' }),
        ],
      },
    ]);
    const generators = Object.fromEntries(dataset(plan, 'people').fields.map((candidate) => [candidate.name, candidate.generator]));
    expect(generators).toEqual({
      id: 'id.sequence',
      contact: 'person.email',
      home_city: 'address.city',
      nickname: 'text.word',
      joined: 'date.timestamp',
      given: 'person.first_name',
    });
    expect(plan.warnings).toContain('Field people.mystery: no generator in the catalogue fits generator "magic" and type "blob"; dropped the field');
    expect(plan.warnings).toContain('Field people.contact: generator "internet.email" is not in the catalogue; used person.email');
    expect(plan.warnings.some((warning) => warning.includes('people.given'))).toBe(false);
  });

  it('gives every dataset exactly one primary key, first', () => {
    const plan = assemble([
      { name: 'a', fields: [field({ name: 'label' })] },
      { name: 'b', fields: [field({ name: 'label' }), field({ name: 'code', generator: 'id.code', primary_key: true }), field({ name: 'uuid', generator: 'id.uuid', primary_key: true })] },
      { name: 'c', fields: [field({ name: 'email', generator: 'person.email', primary_key: true }), field({ name: 'id', type: 'integer', generator: 'number.integer' })] },
    ]);
    const keys = plan.datasets.map((candidate) => candidate.fields.filter((one) => one.primaryKey).map((one) => [one.name, one.generator]));
    expect(keys).toEqual([[['id', 'id.sequence']], [['code', 'id.code']], [['id', 'id.sequence']]]);
    expect(plan.datasets.map((candidate) => candidate.fields[0]!.primaryKey)).toEqual([true, true, true]);
    expect(dataset(plan, 'c').fields.map((one) => one.name)).toEqual(['id', 'email']);
    expect(dataset(plan, 'c').fields[1]).toMatchObject({ unique: true, primaryKey: false });
    expect(plan.warnings).toContain('Dataset b: kept code as the one primary key of code, uuid');
  });

  it('points foreign keys at primary keys of earlier datasets, reordering datasets when needed', () => {
    const plan = assemble([
      {
        name: 'orders',
        fields: [id, field({ name: 'customer_id', generator: 'reference', foreign_key: { dataset: 'Customers', field: 'email' } }), field({ name: 'product_id', generator: 'reference' })],
      },
      { name: 'customers', fields: [field({ name: 'id', type: 'uuid', generator: 'id.uuid', primary_key: true })] },
      { name: 'products', fields: [id] },
    ]);
    expect(plan.datasets.map((candidate) => candidate.name)).toEqual(['customers', 'products', 'orders']);
    const [customerId, productId] = dataset(plan, 'orders').fields.slice(1);
    expect(customerId).toMatchObject({ generator: 'reference', type: LogicalType.LOGICAL_TYPE_UUID, foreignKey: { dataset: 'customers', field: 'id' } });
    expect(productId).toMatchObject({ generator: 'reference', type: LogicalType.LOGICAL_TYPE_INTEGER, foreignKey: { dataset: 'products', field: 'id' } });
  });

  it('drops references to unknown datasets, to their own dataset and those closing a cycle, with warnings', () => {
    const plan = assemble([
      {
        name: 'employees',
        fields: [
          id,
          field({ name: 'manager_id', foreign_key: { dataset: 'employees', field: 'id' } }),
          field({ name: 'desk_id', foreign_key: { dataset: 'desks', field: 'id' } }),
          field({ name: 'team_id', foreign_key: { dataset: 'teams', field: 'id' } }),
        ],
      },
      { name: 'teams', fields: [id, field({ name: 'lead_id', foreign_key: { dataset: 'employees', field: 'id' } })] },
    ]);
    expect(dataset(plan, 'employees').fields.map((one) => one.name)).toEqual(['id']);
    expect(plan.datasets.map((candidate) => candidate.name)).toEqual(['employees', 'teams']);
    expect(dataset(plan, 'teams').fields[1]).toMatchObject({ foreignKey: { dataset: 'employees' } });
    expect(plan.warnings).toEqual([
      'Field employees.manager_id: it referenced its own dataset, which generated data cannot do; dropped the field',
      'Field employees.desk_id: it referenced dataset "desks", which is not in the plan; dropped the field',
      'Field employees.team_id: its reference to teams closed a cycle between datasets; dropped the field',
    ]);
  });

  it('keeps constraints within what the generator accepts', () => {
    const plan = assemble([
      {
        name: 'items',
        fields: [
          id,
          field({ name: 'price', type: 'decimal', generator: 'number.decimal', numeric_range: { min: 500, max: 5, distribution: 'pareto' }, scale: 40 }),
          field({ name: 'made_on', type: 'date', generator: 'date.date', date_range: { start: '2024-02-30', end: '2024-03-01', after_field: null, max_days_after: null } }),
          field({ name: 'sold_on', type: 'date', generator: 'date.date', date_range: { start: null, end: null, after_field: 'Made On', max_days_after: -3 } }),
          field({ name: 'active', type: 'boolean', generator: 'boolean', true_probability: 3, nullable: true, null_rate: -1 }),
          field({ name: 'size', enum_values: [{ value: ' S ', weight: 0 }, { value: 'S', weight: 2 }, { value: 'M', weight: 2 }] }),
          field({ name: 'total', formula: { operator: 'product', operands: ['price', 'missing'] } }),
        ],
      },
    ]);
    const [, price, madeOn, soldOn, active, size, total] = dataset(plan, 'items').fields;
    expect(price).toMatchObject({ numericRange: { min: 5, max: 500 }, scale: 10 });
    expect(madeOn!.dateRange).toBeUndefined();
    expect(soldOn!.dateRange).toEqual({ start: '', end: '', afterField: 'made_on', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' });
    expect(active).toMatchObject({ trueProbability: 1, nullable: true, nullRate: 0 });
    expect(size).toMatchObject({ generator: 'enum', enumValues: [{ value: 'S', weight: 1 }, { value: 'M', weight: 2 }] });
    expect(total!.generator).toBe('text.word');
    expect(plan.warnings).toContain('Field items.total: its formula does not name earlier numeric fields of the dataset; generated it as a plain value');
  });

  it('takes the sizes, reality and seed from the request, not from the model', () => {
    const plan = assemble([{ name: 'a', fields: [id] }], { datasetSize: 1234 });
    expect(plan).toMatchObject({ seed: 7, realityLevel: 3, planner: 'openai', datasets: [{ name: 'a', size: 1234 }] });
  });

  it('refuses, as the document says, a request whose entities do not fit the limits', () => {
    const six = Array.from({ length: 6 }, (_, index) => ({ name: `entity_${index + 1}s`, fields: [id] }));
    expect(() => assemble(six)).toThrow(PayloadViolation);
  });
});
