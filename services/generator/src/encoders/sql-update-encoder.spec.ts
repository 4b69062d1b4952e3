import { describe, expect, it } from 'vitest';
import { OutputFormat } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { Distribution, LogicalType, type Dataset } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { dataset, field, generate, plan } from '../../../../test/engine/plans.js';

const reference = (target: string, column: string, group = '', unique = false) => ({
  type: LogicalType.LOGICAL_TYPE_INTEGER,
  unique,
  foreignKey: { dataset: target, field: column, distribution: Distribution.DISTRIBUTION_UNIFORM, group },
});

describe('SQL for a dataset that updates another', () => {
  it('names the updated row by a reference of one field, or by every field of a foreign key group', () => {
    const seats: Dataset = {
      ...dataset('seats', 6, [field('row_no', 'id.sequence', { primaryKey: true }), field('seat_no', 'id.sequence', { primaryKey: true }), field('holder', 'person.full_name')]),
      compositeKeys: [{ fields: ['row_no', 'seat_no'], primaryKey: true }],
    };
    const single = dataset('people', 4, [field('id', 'id.sequence', { primaryKey: true }), field('seat_note', 'text.word')]);
    const fixes = (name: string, fields: Dataset['fields'], updates: string): Dataset => ({ ...dataset(name, 4, fields), updates });
    const planned = plan([
      seats,
      single,
      fixes('people_update', [field('seat_note', 'text.word'), field('id', 'reference', reference('people', 'id', '', true))], 'people'),
      fixes('seats_update', [field('holder', 'person.full_name'), field('row_no', 'reference', reference('seats', 'row_no', 'seat', true)), field('seat_no', 'reference', reference('seats', 'seat_no', 'seat'))], 'seats'),
    ]);
    const sql = (name: string) => generate({ ...planned, realityLevel: 0 }, name, { format: OutputFormat.OUTPUT_FORMAT_SQL }).toString().trim().split('\n');
    for (const statement of sql('people_update')) expect(statement).toMatch(/^UPDATE "people" SET "seat_note" = '(?:[^']|'')+' WHERE "id" = \d+;$/);
    const grouped = sql('seats_update');
    expect(grouped).toHaveLength(4);
    for (const statement of grouped) expect(statement).toMatch(/^UPDATE "seats" SET "holder" = '(?:[^']|'')+' WHERE "row_no" = \d+ AND "seat_no" = \d+;$/);
  });
});
