import { describe, expect, it } from 'vitest';
import type { DefectEntry, RecordJson } from '../../../libs/client/src/api-types';
import { cleanRecords } from './clean-records';

const messy: RecordJson[] = [
  { id: 1, name: 'Ann', email: 'ann@example.com' },
  { id: 2, name: 'Bbo', email: null },
  { id: 1, name: 'Ann', email: 'ann@example.com' },
  { id: 4, name: '  Dee', email: '' },
];

const defects: DefectEntry[] = [
  { index: 1, column: 'name', kind: 'typo', clean: 'Bob' },
  { index: 1, column: 'email', kind: 'null', clean: 'bob@example.com' },
  { index: 2, column: null, kind: 'duplicate_row', clean: { id: 3, name: 'Cy', email: 'cy@example.com' } },
  { index: 3, column: 'name', kind: 'whitespace', clean: 'Dee' },
  { index: 3, column: 'email', kind: 'empty_string', clean: 'dee@example.com' },
];

describe('cleanRecords', () => {
  it('puts every clean value back in its cell and each clean record in its row', () => {
    expect(cleanRecords(messy, defects)).toEqual([
      { id: 1, name: 'Ann', email: 'ann@example.com' },
      { id: 2, name: 'Bob', email: 'bob@example.com' },
      { id: 3, name: 'Cy', email: 'cy@example.com' },
      { id: 4, name: 'Dee', email: 'dee@example.com' },
    ]);
  });

  it('keeps the columns in their order', () => {
    expect(Object.keys(cleanRecords(messy, defects)[1]!)).toEqual(['id', 'name', 'email']);
  });

  it('leaves the records it was given as they were', () => {
    const before = structuredClone(messy);
    cleanRecords(messy, defects);
    expect(messy).toEqual(before);
  });

  it('returns records without defects unchanged', () => {
    const clean = cleanRecords(messy, []);
    expect(clean).toEqual(messy);
    expect(clean[0]).toBe(messy[0]);
  });

  it('puts a clean null or empty value back as it is', () => {
    const records: RecordJson[] = [{ note: 'x' }, { note: 'ZZZ' }];
    const entries: DefectEntry[] = [
      { index: 0, column: 'note', kind: 'typo', clean: '' },
      { index: 1, column: 'note', kind: 'case', clean: null },
    ];
    expect(cleanRecords(records, entries)).toEqual([{ note: '' }, { note: null }]);
  });

  it('skips defects of records beyond the ones shown', () => {
    expect(cleanRecords(messy.slice(0, 2), defects)).toEqual([
      { id: 1, name: 'Ann', email: 'ann@example.com' },
      { id: 2, name: 'Bob', email: 'bob@example.com' },
    ]);
  });
});
