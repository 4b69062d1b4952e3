import { describe, expect, it } from 'vitest';
import { GOOD_PLAN_DRAFT } from '../../../../test/support/fake-openai-server.js';
import { readPlanDraft } from './plan-draft-reader.js';
import { UnusablePlanError } from './unusable-plan.js';

describe('readPlanDraft', () => {
  it('reads an answer that fills the schema', () => {
    const draft = readPlanDraft(JSON.stringify(GOOD_PLAN_DRAFT));
    expect(draft.datasets.map((dataset) => dataset.name)).toEqual(['customers', 'orders']);
    expect(draft.datasets[1]!.fields[1]).toMatchObject({ name: 'customer_id', foreignKey: { dataset: 'customers', field: 'id' } });
  });

  it('treats properties the schema allows to be null as null when a lenient server leaves them out', () => {
    const draft = readPlanDraft('{"datasets": [{"name": "users", "fields": [{"name": "email", "extra": 1}]}]}');
    expect(draft.domain).toBe('');
    expect(draft.datasets[0]!.fields[0]).toMatchObject({ name: 'email', generator: '', nullRate: null, foreignKey: null, enumValues: [] });
  });

  it('reads JSON inside a Markdown fence', () => {
    expect(readPlanDraft('```json\n{"datasets": [{"name": "users", "fields": []}]}\n```').datasets[0]!.name).toBe('users');
  });

  it('reads numeric enum values as text', () => {
    const draft = readPlanDraft('{"datasets": [{"name": "reviews", "fields": [{"name": "rating", "enum_values": [{"value": 5, "weight": null}]}]}]}');
    expect(draft.datasets[0]!.fields[0]!.enumValues).toEqual([{ value: '5', weight: null }]);
  });

  it('reads lifts, and takes a field without them as having none', () => {
    const draft = readPlanDraft(
      '{"datasets": [{"name": "t", "fields": [{"name": "amount"}, {"name": "is_fraud", "lifts": [{"when": {"field": "amount", "operator": "at_least", "values": [500]}, "factor": 3}]}]}]}',
    );
    expect(draft.datasets[0]!.fields.map((field) => field.lifts)).toEqual([[], [{ when: { field: 'amount', operator: 'at_least', values: ['500'], otherField: null }, factor: 3 }]]);
  });

  it.each([
    ['not JSON', 'customers, orders', 'the answer is not valid JSON'],
    ['an array', '[]', 'the plan must be an object'],
    ['a nameless dataset', '{"datasets": [{"fields": []}]}', 'datasets[0].name must be a string'],
    ['a wrongly typed flag', '{"datasets": [{"name": "a", "fields": [{"name": "b", "unique": "yes"}]}]}', 'datasets[0].fields[0].unique must be true or false'],
    ['an infinite bound', '{"datasets": [{"name": "a", "fields": [{"name": "b", "numeric_range": {"min": 1, "max": "many"}}]}]}', 'datasets[0].fields[0].numeric_range.max must be a finite number'],
    ['a lift without a factor', '{"datasets": [{"name": "a", "fields": [{"name": "b", "lifts": [{"when": {"field": "c", "operator": "is_true"}}]}]}]}', 'datasets[0].fields[0].lifts[0].factor must be a finite number'],
  ])('refuses %s, naming where', (_case, answer, message) => {
    expect(() => readPlanDraft(answer)).toThrow(new UnusablePlanError(message));
  });
});
