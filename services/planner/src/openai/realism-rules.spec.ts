import { describe, expect, it } from 'vitest';
import { AggregateOperator, ConditionOperator, FormulaOperator, LogicalType, type Field, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { field } from '../../../../test/support/fake-openai-server.js';
import { assemblePlan } from './plan-assembly.js';
import { readPlanDraft } from './plan-draft-reader.js';

type DraftDataset = { name: string; fields: Record<string, unknown>[] };

function assemble(datasets: DraftDataset[]): Plan {
  const draft = readPlanDraft(JSON.stringify({ domain: 'e-commerce', datasets: datasets.map((dataset) => ({ description: '', ...dataset })) }));
  return assemblePlan(draft, { prompt: 'a prompt', seed: 7 });
}

function fieldOf(plan: Plan, path: string): Field {
  const [datasetName, fieldName] = path.split('.');
  const found = plan.datasets.find((dataset) => dataset.name === datasetName)?.fields.find((candidate) => candidate.name === fieldName);
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

const id = field({ name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true });
const dates = (rules: Record<string, unknown>) => ({ start: '2023-01-01', end: '2024-12-31', after_field: null, max_days_after: null, ...rules });
const CUSTOMERS: DraftDataset = {
  name: 'customers',
  fields: [
    id,
    field({ name: 'signup_date', type: 'date', generator: 'date.date', date_range: dates({}) }),
    field({ name: 'birth_date', type: 'date', generator: 'person.birth_date' }),
    field({ name: 'age', type: 'integer', generator: 'formula', formula: { operator: 'age', operands: ['birth_date'], as_of: '2024-06-30' } }),
    field({ name: 'item_total', type: 'decimal', generator: 'aggregate', aggregate: { dataset: 'orders', foreign_key_field: null, operator: 'sum', field: 'amount' } }),
  ],
};

function orders(...extra: Record<string, unknown>[]): DraftDataset {
  return {
    name: 'orders',
    fields: [
      id,
      field({ name: 'customer_id', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id', children: { min: 0, max: 3 } } }),
      field({ name: 'status', generator: 'enum', enum_values: [{ value: 'pending', weight: null }, { value: 'shipped', weight: null }, { value: 'cancelled', weight: null }] }),
      field({ name: 'is_member', type: 'boolean', generator: 'boolean' }),
      field({ name: 'amount', type: 'decimal', generator: 'number.decimal', numeric_range: { min: 1, max: 100, distribution: null }, scale: 2 }),
      ...extra,
    ],
  };
}

describe('realism rules of the model', () => {
  it('keeps rules that name what the plan has', () => {
    const plan = assemble([
      CUSTOMERS,
      orders(
        field({ name: 'ordered_on', type: 'date', generator: 'date.date', date_range: dates({ not_before: 'Customer ID.signup_date', min_days_after: 1 }) }),
        field({ name: 'shipped_at', type: 'timestamp', generator: 'date.timestamp', date_range: dates({}), only_when: { field: 'status', operator: 'one_of', values: ['shipped'], other_field: null } }),
        field({ name: 'discount', type: 'decimal', generator: 'number.decimal', only_when: { field: 'is_member', operator: 'is_true', values: [], other_field: null } }),
      ),
    ]);
    expect(plan.warnings).toEqual([]);
    expect(fieldOf(plan, 'orders.ordered_on').dateRange).toMatchObject({ notBefore: 'customer_id.signup_date', minDaysAfter: 1 });
    expect(fieldOf(plan, 'orders.shipped_at')).toMatchObject({ nullable: true, onlyWhen: { field: 'status', operator: ConditionOperator.CONDITION_OPERATOR_ONE_OF, values: ['shipped'] } });
    expect(fieldOf(plan, 'orders.discount')).toMatchObject({ nullable: false, onlyWhen: { operator: ConditionOperator.CONDITION_OPERATOR_IS_TRUE } });
    expect(fieldOf(plan, 'orders.customer_id').foreignKey).toMatchObject({ children: { min: 0, max: 3 } });
    expect(fieldOf(plan, 'customers.age')).toMatchObject({ generator: 'formula', type: LogicalType.LOGICAL_TYPE_INTEGER, formula: { operator: FormulaOperator.FORMULA_OPERATOR_AGE, operands: ['birth_date'], asOf: '2024-06-30' } });
    expect(fieldOf(plan, 'customers.item_total')).toMatchObject({
      generator: 'aggregate',
      type: LogicalType.LOGICAL_TYPE_DECIMAL,
      scale: 2,
      aggregate: { dataset: 'orders', foreignKeyField: 'customer_id', operator: AggregateOperator.AGGREGATE_OPERATOR_SUM, field: 'amount' },
    });
  });

  it('drops rules that name what the plan lacks, each with a warning', () => {
    const plan = assemble([
      CUSTOMERS,
      orders(
        field({ name: 'ordered_on', type: 'date', generator: 'date.date', date_range: dates({ not_before: 'status.signup_date' }) }),
        field({ name: 'shipped_at', type: 'timestamp', generator: 'date.timestamp', date_range: dates({}), only_when: { field: 'status', operator: 'one_of', values: ['sent'], other_field: null } }),
        field({ name: 'discount', type: 'decimal', generator: 'number.decimal', only_when: { field: 'status', operator: 'is_true', values: [], other_field: null } }),
        field({ name: 'fee', type: 'decimal', generator: 'number.decimal', only_when: { field: 'status', operator: 'whenever', values: [], other_field: null } }),
      ),
    ]);
    expect(plan.warnings).toEqual([
      'Field orders.fee: its only_when operator "whenever" is not one the plan knows; dropped the condition',
      'Field orders.ordered_on: not_before "status.signup_date" names no other date of the record nor a date of a record it references; dropped the rule',
      'Field orders.shipped_at: its only_when lists no enum value of status; dropped the condition',
      'Field orders.discount: its only_when tests status, which is not a boolean, for true or false; dropped the condition',
    ]);
    expect(fieldOf(plan, 'orders.ordered_on').dateRange?.notBefore).toBe('');
    expect(fieldOf(plan, 'orders.shipped_at').onlyWhen).toBeUndefined();
  });

  it('keeps only enum values of the tested field', () => {
    const plan = assemble([CUSTOMERS, orders(field({ name: 'cancelled_at', type: 'timestamp', generator: 'date.timestamp', date_range: dates({}), only_when: { field: 'status', operator: 'one_of', values: ['cancelled', 'voided'], other_field: null } }))]);
    expect(fieldOf(plan, 'orders.cancelled_at').onlyWhen?.values).toEqual(['cancelled']);
    expect(plan.warnings).toEqual(['Field orders.cancelled_at: its only_when lists values that status never takes; kept cancelled']);
  });

  it('drops an aggregate over children whose number per parent is not fixed, and a count of children no equal sizes can hold', () => {
    const loose = orders();
    loose.fields[1] = field({ name: 'customer_id', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id', children: { min: 2, max: 5 } } });
    const plan = assemble([CUSTOMERS, loose]);
    expect(plan.warnings).toEqual([
      'Field orders.customer_id: 2-5 records per referenced record cannot average one, as equal dataset sizes make it; dropped the count of children',
      'Field customers.item_total: its aggregate needs orders.customer_id to say how many children each record has (foreign_key.children); dropped the aggregate',
    ]);
    expect(fieldOf(plan, 'customers.item_total')).toMatchObject({ generator: 'number.decimal', aggregate: undefined });
  });
});
