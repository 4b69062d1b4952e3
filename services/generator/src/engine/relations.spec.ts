import { describe, expect, it } from 'vitest';
import { Distribution, LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { dataset, field, plan, records, shopPlan } from '../../../../test/engine/plans.js';

const shop = shopPlan({ customers: 2000, products: 300, orders: 5000 }, 7);

function column(rows: Record<string, unknown>[], name: string): unknown[] {
  return rows.map((row) => row[name]);
}

describe('keys and relations', () => {
  it('keeps every unique and primary key column unique', () => {
    for (const candidate of shop.datasets) {
      const rows = records(shop, candidate.name);
      for (const unique of candidate.fields.filter((column) => column.unique || column.primaryKey)) {
        const values = column(rows, unique.name);
        expect(new Set(values).size, `${candidate.name}.${unique.name}`).toBe(values.length);
      }
    }
  });

  it('references only keys that exist in the fully generated parent', () => {
    const customerIds = new Set(column(records(shop, 'customers'), 'id'));
    const skus = new Set(column(records(shop, 'products'), 'sku'));
    const orders = records(shop, 'order');
    for (const order of orders) {
      expect(customerIds.has(order.customer_id)).toBe(true);
      expect(skus.has(order.product_sku)).toBe(true);
    }
  });

  it('lets a few customers place many orders under a Zipf distribution', () => {
    const counts = new Map<unknown, number>();
    for (const id of column(records(shop, 'order'), 'customer_id')) counts.set(id, (counts.get(id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const topTenth = sorted.slice(0, 200).reduce((sum, count) => sum + count, 0);
    expect(topTenth / 5000).toBeGreaterThan(0.5);
    expect(counts.has(1) && counts.get(1) === sorted[0]).toBe(false);
  });

  it('spreads uniform references over the whole parent', () => {
    const skus = new Set(column(records(shop, 'order'), 'product_sku'));
    expect(skus.size).toBeGreaterThan(280);
  });

  it('makes unique references one-to-one and unique numbers, dates and enums from the index', () => {
    const oneToOne = plan([
      dataset('users', 50, [field('id', 'id.uuid', { primaryKey: true })]),
      dataset('profiles', 50, [
        field('user_id', 'reference', { primaryKey: true, foreignKey: { dataset: 'users', field: '', distribution: Distribution.DISTRIBUTION_UNSPECIFIED, group: '' } }),
        field('lucky', 'number.integer', { unique: true, numericRange: { min: 10, max: 60, distribution: Distribution.DISTRIBUTION_ZIPF, mean: 0, stddev: 0 } }),
        field('day', 'date.date', { unique: true, dateRange: { start: '2024-01-01', end: '2024-02-29', afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' } }),
        field('tier', 'enum', { unique: true, type: LogicalType.LOGICAL_TYPE_STRING, enumValues: Array.from({ length: 50 }, (_, index) => ({ value: `t${index}`, weight: 1 })) }),
        field('nickname', 'person.first_name', { unique: true }),
      ]),
    ]);
    const users = new Set(column(records(oneToOne, 'users'), 'id'));
    const profiles = records(oneToOne, 'profiles');
    for (const name of ['user_id', 'lucky', 'day', 'tier', 'nickname']) expect(new Set(column(profiles, name)).size, name).toBe(50);
    for (const profile of profiles) expect(users.has(profile.user_id)).toBe(true);
  });

  it('keeps a composite primary key unique as a tuple', () => {
    const junction = plan([
      dataset('orders', 30, [field('id', 'id.sequence', { primaryKey: true })]),
      dataset('products', 30, [field('id', 'id.sequence', { primaryKey: true })]),
      dataset('order_items', 30, [
        field('order_id', 'reference', { primaryKey: true, foreignKey: { dataset: 'orders', field: 'id', distribution: Distribution.DISTRIBUTION_UNIFORM, group: '' } }),
        field('product_id', 'reference', { primaryKey: true, foreignKey: { dataset: 'products', field: 'id', distribution: Distribution.DISTRIBUTION_UNIFORM, group: '' } }),
      ]),
    ]);
    const pairs = records(junction, 'order_items').map((row) => `${row.order_id}/${row.product_id}`);
    expect(new Set(pairs).size).toBe(30);
  });
});
