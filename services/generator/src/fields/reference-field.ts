import { Distribution } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { affineScatter } from '../engine/affine-scatter.js';
import { encode } from '../engine/byte-sink.js';
import { Permutation } from '../engine/permutation.js';
import { below, draw, gaussian, unit } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import type { FieldContext, FieldValue, FieldWriter, ReferenceTarget } from './field-context.js';

// A foreign key: picks an index of the referenced dataset from this record's draws, then
// derives that record's key from the referenced dataset's own generator. The referenced
// dataset is never stored, and every value is a key that exists. Fields of one foreign key
// group pick the same record; the references of a key made of references pick their tuple
// jointly (see JointKey); a self-reference picks an earlier record.
export function referenceField(context: FieldContext): FieldValue {
  const foreignKey = context.field.foreignKey;
  if (foreignKey === undefined) context.fail('the reference generator needs a foreign_key.');
  const target = context.dataset.reference(foreignKey, context);
  const shared = context.dataset.sharedPick(context, target.size);
  const stream = shared?.stream ?? context.stream;
  const distribution = shared?.distribution ?? foreignKey.distribution;
  const references = target.groupKey === undefined ? { table: target.dataset, column: target.field } : undefined;
  const column = { maxLength: target.maxLength, references };
  if (target.self) return { kind: target.kind, scale: target.scale, write: selfReference(context, target, stream, distribution), column, target };
  const pick = shared?.pick ?? indexPicker(context, stream, target.size, distribution, shared?.unique ?? context.unique);
  const position = context.index;
  return {
    kind: target.kind,
    scale: target.scale,
    write: (record, sink) => {
      const index = pick(record);
      record.picked[position] = index;
      target.writeKey(index, sink);
    },
    column,
    target,
  };
}

// Writes an earlier record's key, or null for a root of the hierarchy: record 0 always, the
// others at the field's null_rate (see withNulls). Skewed picks favour the first records, the
// top of the hierarchy, which then have the most records under them.
function selfReference(context: FieldContext, target: ReferenceTarget, stream: number, distribution: Distribution): FieldWriter {
  if (!context.field.nullable) context.fail('a self-reference must be nullable: the first record, like every root of the hierarchy, references no one.');
  if (context.unique) context.fail('a self-reference cannot be unique: several records share a parent, and the first record has none.');
  const pick = earlierPicker(stream, distribution);
  const position = context.index;
  const nullToken = encode(context.syntax.nullToken);
  return (record, sink) => {
    if (record.index === 0) {
      record.nulls[position] = 1;
      sink.bytes(nullToken);
      return;
    }
    record.nulls[position] = 0;
    target.writeKey(pick(record), sink);
  };
}

// An index of [0, record.index), for a record past the first.
function earlierPicker(stream: number, distribution: Distribution): (record: RecordContext) => number {
  const spread = spreadPicker(stream, distribution);
  return (record) => spread(record, record.index);
}

// Skewed picks are scattered by a bijection, so the busiest customers are not simply the
// first ones.
function indexPicker(context: FieldContext, stream: number, size: number, distribution: Distribution, unique: boolean): (record: RecordContext) => number {
  if (unique) {
    if (context.dataset.size > size) context.fail(`${context.dataset.size} unique references do not fit in ${size} referenced records.`);
    const permutation = new Permutation(size, stream);
    return (record) => permutation.apply(record.index);
  }
  const spread = spreadPicker(stream, distribution);
  if (!skewed(distribution)) return (record) => spread(record, size);
  const scatter = affineScatter(size, stream);
  return (record) => scatter(spread(record, size));
}

function skewed(distribution: Distribution): boolean {
  return distribution === Distribution.DISTRIBUTION_ZIPF || distribution === Distribution.DISTRIBUTION_NORMAL || distribution === Distribution.DISTRIBUTION_LOG_NORMAL;
}

// An index of [0, span) from the record's draws, spread by the distribution: zipf and
// log-normal crowd the first indexes, normal the middle ones; anything else is uniform.
function spreadPicker(stream: number, distribution: Distribution): (record: RecordContext, span: number) => number {
  switch (distribution) {
    case Distribution.DISTRIBUTION_ZIPF:
      return (record, span) => Math.min(span - 1, Math.floor(Math.exp(unit(draw(record.key, stream, 0)) * Math.log(span + 1))) - 1);
    case Distribution.DISTRIBUTION_NORMAL:
    case Distribution.DISTRIBUTION_LOG_NORMAL: {
      const lognormal = distribution === Distribution.DISTRIBUTION_LOG_NORMAL;
      return (record, span) => {
        const deviate = gaussian(record.key, stream, 0);
        const position = lognormal ? Math.exp(deviate * 0.75) / 8 : 0.5 + deviate / 6;
        return Math.min(span - 1, Math.max(0, Math.floor(position * span)));
      };
    }
    default:
      return (record, span) => below(record.key, stream, 0, span);
  }
}
