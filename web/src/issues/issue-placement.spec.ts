import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { issueTarget } from './issue-placement';

const PLAN: PlanJson = {
  seed: 1,
  warnings: [],
  datasets: [
    { name: 'customers', size: 10, fields: [{ name: 'id', type: 'integer', generator: 'id.sequence' }, { name: 'email', type: 'string', generator: 'person.email' }] },
    { name: 'orders', size: 10, fields: [{ name: 'id', type: 'integer', generator: 'id.sequence' }, { name: 'customer_id', type: 'integer', generator: 'reference' }] },
  ],
};

describe('issueTarget', () => {
  it('places an issue by the plan path the gateway names', () => {
    expect(issueTarget('plan.datasets[1].fields[1].generator must be a string', PLAN)).toEqual({ kind: 'field', dataset: 'orders', field: 'customer_id' });
    expect(issueTarget('plan.datasets[0].size must be a number', PLAN)).toEqual({ kind: 'dataset', dataset: 'customers' });
  });

  it('places an issue by the field or dataset the generator and planner name', () => {
    expect(issueTarget('Field "customers.email": PostgreSQL keeps the column name "email"; rename it.', PLAN)).toEqual({ kind: 'field', dataset: 'customers', field: 'email' });
    expect(issueTarget('Dataset orders has size 0; it must be a whole number from 1 to 5,000,000', PLAN)).toEqual({ kind: 'dataset', dataset: 'orders' });
  });

  it('places request parameters, and leaves what names nothing known general', () => {
    expect(issueTarget('Prompt is empty', PLAN)).toEqual({ kind: 'parameter', name: 'prompt' });
    expect(issueTarget('Dataset size 3,000,000 exceeds limit. With 2 datasets, max size per dataset is 2,500,000', null)).toEqual({ kind: 'parameter', name: 'dataset_size' });
    expect(issueTarget('reality must be an integer from 0 to 10', null)).toEqual({ kind: 'parameter', name: 'reality' });
    expect(issueTarget('Field "shop.total": unknown generator', PLAN)).toEqual({ kind: 'general' });
  });
});
