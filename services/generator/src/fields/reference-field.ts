import { Distribution } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { affineScatter } from '../engine/affine-scatter.js';
import { Permutation } from '../engine/permutation.js';
import { below, draw, gaussian, unit } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import type { FieldContext, FieldValue } from './field-context.js';

// A foreign key: picks an index of the referenced dataset from this record's draws, then
// derives that record's key from the referenced dataset's own generator. The referenced
// dataset is never stored, and every value is a key that exists.
export function referenceField(context: FieldContext): FieldValue {
  const foreignKey = context.field.foreignKey;
  if (foreignKey === undefined) context.fail('the reference generator needs a foreign_key.');
  const target = context.dataset.reference(foreignKey, context);
  const pick = indexPicker(context, target.size, foreignKey.distribution);
  return {
    kind: target.kind,
    scale: target.scale,
    write: (record, sink) => target.writeKey(pick(record), sink),
    column: { maxLength: target.maxLength, references: { table: target.dataset, column: target.field } },
    target,
  };
}

// Skewed picks are scattered by a bijection, so the busiest customers are not simply the
// first ones.
function indexPicker(context: FieldContext, size: number, distribution: Distribution): (record: RecordContext) => number {
  const stream = context.stream;
  if (context.unique) {
    if (context.dataset.size > size) context.fail(`${context.dataset.size} unique references do not fit in ${size} referenced records.`);
    const permutation = new Permutation(size, stream);
    return (record) => permutation.apply(record.index);
  }
  const scatter = affineScatter(size, stream);
  switch (distribution) {
    case Distribution.DISTRIBUTION_ZIPF: {
      const logSpan = Math.log(size + 1);
      return (record) => scatter(Math.min(size - 1, Math.floor(Math.exp(unit(draw(record.key, stream, 0)) * logSpan)) - 1));
    }
    case Distribution.DISTRIBUTION_NORMAL:
    case Distribution.DISTRIBUTION_LOG_NORMAL: {
      const lognormal = distribution === Distribution.DISTRIBUTION_LOG_NORMAL;
      return (record) => {
        const deviate = gaussian(record.key, stream, 0);
        const position = lognormal ? Math.exp(deviate * 0.75) / 8 : 0.5 + deviate / 6;
        return scatter(Math.min(size - 1, Math.max(0, Math.floor(position * size))));
      };
    }
    default:
      return (record) => below(record.key, stream, 0, size);
  }
}
