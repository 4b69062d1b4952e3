import { describe, expect, it } from 'vitest';
import { IdentifierSet, sanitiseIdentifier } from './identifiers.js';

describe('sanitiseIdentifier', () => {
  it.each([
    ['OrderItems', 'order_items'],
    ['order items', 'order_items'],
    ['HTTPRequests', 'http_requests'],
    ['Réservations', 'reservations'],
    ['"; DROP TABLE users; --', 'drop_table_users'],
    ['3d_models', 'dataset_3d_models'],
    ['group', 'group_dataset'],
    ['???', 'dataset'],
    ['x'.repeat(80), 'x'.repeat(63)],
  ])('makes %j a safe dataset name', (raw, safe) => {
    expect(sanitiseIdentifier(raw, 'dataset')).toBe(safe);
  });
});

describe('IdentifierSet', () => {
  it('suffixes repeated names within the length limit', () => {
    const names = new IdentifierSet(['taken']);
    expect([names.claim('taken'), names.claim('taken'), names.claim('x'.repeat(63)), names.claim('x'.repeat(63))]).toEqual([
      'taken_2',
      'taken_3',
      'x'.repeat(63),
      `${'x'.repeat(61)}_2`,
    ]);
  });
});
