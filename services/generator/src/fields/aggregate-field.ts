import { AggregateOperator, LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { floatText, powerOfTen } from './decimal-text.js';
import { below } from '../engine/random.js';
import type { ByteSink } from '../engine/byte-sink.js';
import type { RecordContext } from '../engine/record-context.js';
import type { FieldContext, FieldValue } from './field-context.js';

// The records of a later dataset that reference one record, as an aggregate reads them: linked
// once every dataset of the plan is compiled, as the children are compiled after their parents.
export interface ChildRecords {
  count(parent: number): number;
  // The index of the parent's child of rank `rank`, 0 .. count(parent) - 1.
  child(parent: number, rank: number): number;
  // For SUM: the summed field of child `index` in whole units of `scale`, NaN when null.
  value(index: number): number;
  readonly scale: number;
}

// A parent's count or total of its children (orders.item_count, orders.total over
// order_items.line_total), exact in any shard: the children per parent are allocated up
// front (ChildAllocation), so a parent finds its children's indexes without a lookup table
// and computes their values from (seed, dataset, index) like any record. Its rule breaker is a
// count off by one or a total off by up to a tenth.
export function aggregateField(context: FieldContext): FieldValue {
  const aggregate = context.field.aggregate;
  if (aggregate === undefined) context.fail('the aggregate generator needs an aggregate (dataset, operator COUNT or SUM, field).');
  if (context.unique) context.fail('an aggregate cannot be guaranteed unique.');
  const sum = aggregate.operator === AggregateOperator.AGGREGATE_OPERATOR_SUM;
  if (!sum && aggregate.operator !== AggregateOperator.AGGREGATE_OPERATOR_COUNT) context.fail('aggregate.operator must be COUNT or SUM.');
  const children = context.dataset.children(aggregate, context);
  const type = context.field.type;
  const kind = !sum || type === LogicalType.LOGICAL_TYPE_INTEGER ? 'integer' : type === LogicalType.LOGICAL_TYPE_FLOAT ? 'float' : 'decimal';
  const scale = kind === 'integer' ? 0 : context.field.scale > 0 ? context.field.scale : 2;
  if (scale > 15) context.fail(`scale ${scale} is outside the supported 15 digits.`);
  const index = context.index;
  const power = powerOfTen(scale);
  const total = (record: RecordContext): number => {
    const source = children();
    const parent = record.index;
    const count = source.count(parent);
    if (!sum) return count;
    let units = 0;
    for (let rank = 0; rank < count; rank++) {
      // A child whose summed field is null adds nothing, as SQL's SUM skips nulls.
      const value = source.value(source.child(parent, rank));
      if (!Number.isNaN(value)) units += value;
    }
    // Half away from zero, as formulas round.
    const rescaled = units * 10 ** (scale - source.scale);
    return Math.sign(rescaled) * Math.round(Math.abs(rescaled));
  };
  const write = (units: number, sink: ByteSink) => {
    if (kind === 'float') sink.text(floatText(units, scale));
    else if (scale === 0) sink.integer(units);
    else sink.decimal(units, scale, power);
  };
  const stream = context.stream;
  return {
    kind,
    scale,
    write: (record, sink) => {
      const units = total(record);
      record.numbers[index] = units;
      write(units, sink);
    },
    breakRule: (record, sink) => {
      const units = record.numbers[index]!;
      const off = 1 + below(record.key, stream, 1, Math.max(1, Math.floor(Math.abs(units) / 10)));
      write(units >= off && below(record.key, stream, 2, 2) === 0 ? units - off : units + off, sink);
      return true;
    },
  };
}
