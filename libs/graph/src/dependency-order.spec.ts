import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './dependency-order.js';

function orderOf(graph: Record<string, string[]>) {
  return dependencyOrder(Object.keys(graph), (item) => graph[item] ?? []);
}

describe('dependencyOrder', () => {
  it('keeps the given order when nothing depends on anything', () => {
    expect(orderOf({ c: [], a: [], b: [] })).toEqual({ order: ['c', 'a', 'b'], broken: [], cycles: [] });
  });

  it('moves an item after its dependencies and leaves the others in place', () => {
    expect(orderOf({ orders: ['customers', 'products'], reviews: ['orders'], products: [], customers: [] }).order).toEqual(['products', 'customers', 'orders', 'reviews']);
  });

  it('takes the first ready item at every step, not the dependencies of the first item', () => {
    expect(orderOf({ total: ['price'], name: [], price: [] }).order).toEqual(['name', 'price', 'total']);
  });

  it('lets dependencies outside the items hold nothing back', () => {
    expect(orderOf({ a: ['missing'], b: [] })).toEqual({ order: ['a', 'b'], broken: [], cycles: [] });
  });

  it('breaks a cycle at the first waiting item and reports the link and the cycle', () => {
    expect(orderOf({ users: ['posts'], posts: ['users'], tags: [] })).toEqual({
      order: ['tags', 'users', 'posts'],
      broken: [['users', 'posts']],
      cycles: [['users', 'posts', 'users']],
    });
  });

  it('reports an item behind a cycle with the cycle it waits on', () => {
    const { order, broken, cycles } = orderOf({ x: ['a'], a: ['b'], b: ['a'] });
    expect(order).toEqual(['x', 'a', 'b']);
    expect(broken).toEqual([['x', 'a'], ['a', 'b']]);
    expect(cycles).toEqual([['a', 'b', 'a'], ['a', 'b', 'a']]);
  });

  it('reports an item that depends on itself', () => {
    expect(orderOf({ a: ['a'] })).toEqual({ order: ['a'], broken: [['a', 'a']], cycles: [['a', 'a']] });
  });

  it('orders any kind of item by identity', () => {
    const fields = [{ name: 'total' }, { name: 'quantity' }];
    const { order } = dependencyOrder(fields, (field) => (field === fields[0] ? [fields[1]!] : []));
    expect(order).toEqual([fields[1], fields[0]]);
  });
});
