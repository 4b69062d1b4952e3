import { describe, expect, it } from 'vitest';
import type { DatasetJson, PlanJson } from '../../../libs/client/src/plan-types';
import { dependencyLayers, layoutDiagram, planRelations, relationText } from './relations-layout';

function dataset(name: string, references: string[] = []): DatasetJson {
  return {
    name,
    size: 10,
    fields: [
      { name: 'id', type: 'integer', generator: 'id.sequence', primary_key: true, unique: true },
      ...references.map((target) => ({ name: `${target}_id`, type: 'integer', generator: 'reference', foreign_key: { dataset: target, field: 'id' } })),
      { name: 'note', type: 'string', generator: 'text.word' },
    ],
  };
}

function plan(...datasets: DatasetJson[]): PlanJson {
  return { seed: 1, warnings: [], datasets };
}

const SHOP = plan(dataset('customers'), dataset('products'), dataset('orders', ['customers']), dataset('order_items', ['orders', 'products']));

describe('relations', () => {
  it('lists every foreign key in words', () => {
    expect(planRelations(SHOP).map(relationText)).toEqual([
      'orders.customers_id references customers.id',
      'order_items.orders_id references orders.id',
      'order_items.products_id references products.id',
    ]);
  });
});

describe('dependencyLayers', () => {
  it('puts a dataset one layer after the deepest dataset it references', () => {
    expect([...dependencyLayers(SHOP)]).toEqual([
      ['customers', 0],
      ['products', 0],
      ['orders', 1],
      ['order_items', 2],
    ]);
  });

  it('lays out self references, cycles and missing targets without looping', () => {
    const odd = plan(dataset('a', ['a', 'b']), dataset('b', ['a']), dataset('c', ['missing']));
    const layers = dependencyLayers(odd);
    expect(layers.get('c')).toBe(0);
    expect([...layers.values()].every((layer) => Number.isInteger(layer) && layer >= 0)).toBe(true);
  });
});

describe('layoutDiagram', () => {
  it('places layers left to right across, referenced datasets first', () => {
    const layout = layoutDiagram(SHOP, 'across');
    const x = (name: string) => layout.boxes.find((box) => box.dataset === name)!.x;
    expect(x('customers')).toBe(x('products'));
    expect(x('orders')).toBeGreaterThan(x('customers'));
    expect(x('order_items')).toBeGreaterThan(x('orders'));
    expect(layout.arrows).toHaveLength(3);
    expect(layout.width).toBeGreaterThan(x('order_items'));
  });

  it('stacks layers top to bottom down, and stays narrow', () => {
    const layout = layoutDiagram(SHOP, 'down');
    const y = (name: string) => layout.boxes.find((box) => box.dataset === name)!.y;
    expect(y('customers')).toBe(y('products'));
    expect(y('orders')).toBeGreaterThan(y('customers'));
    expect(y('order_items')).toBeGreaterThan(y('orders'));
    expect(layout.width).toBeLessThan(layoutDiagram(SHOP, 'across').width);
  });

  it('shows key and reference columns in a box, not the others', () => {
    const box = layoutDiagram(SHOP, 'across').boxes.find((candidate) => candidate.dataset === 'order_items')!;
    expect(box.rows.map((row) => [row.field, row.kind])).toEqual([
      ['id', 'key'],
      ['orders_id', 'reference'],
      ['products_id', 'reference'],
    ]);
  });

  it('keeps boxes of one layer from overlapping', () => {
    const [customers, products] = layoutDiagram(SHOP, 'across').boxes;
    expect(products!.y).toBeGreaterThanOrEqual(customers!.y + customers!.height);
  });
});
