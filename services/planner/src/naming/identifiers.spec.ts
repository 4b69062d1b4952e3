import { describe, expect, it } from 'vitest';
import { IdentifierSet, sanitiseIdentifier } from './identifiers.js';

describe('sanitiseIdentifier', () => {
  it.each([
    ['OrderItems', 'order_items'],
    ['order items', 'order_items'],
    ['HTTPRequests', 'http_requests'],
    ['Réservations', 'reservations'],
    ["customer's orders", 'customers_orders'],
    ['"; DROP TABLE users; --', 'drop_table_users'],
    ['3d_models', 'dataset_3d_models'],
    ['???', 'dataset'],
    ['x'.repeat(80), 'x'.repeat(63)],
  ])('makes %j the dataset name %j', (raw, safe) => {
    expect(sanitiseIdentifier(raw, 'dataset')).toBe(safe);
  });

  // The SQL encoder quotes every identifier, so a reserved word loads as it is named.
  it.each(['order', 'user', 'group', 'key', 'select', 'table'])('keeps the reserved word %j as a dataset and a field name', (word) => {
    expect(sanitiseIdentifier(word, 'dataset')).toBe(word);
    expect(sanitiseIdentifier(word.toUpperCase(), 'field')).toBe(word);
  });

  it('puts the role before names that no quoting makes loadable', () => {
    expect(sanitiseIdentifier('sqlite_master', 'dataset')).toBe('dataset_sqlite_master');
    expect(sanitiseIdentifier('sqlite_version', 'field')).toBe('sqlite_version');
    expect(sanitiseIdentifier('xmin', 'field')).toBe('field_xmin');
    expect(sanitiseIdentifier('CTID', 'field')).toBe('field_ctid');
    expect(sanitiseIdentifier('xmin', 'dataset')).toBe('xmin');
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
