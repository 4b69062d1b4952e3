import { Permutation } from '../engine/permutation.js';
import { draw, DRAW_RANGE } from '../engine/random.js';
import { encode } from '../engine/byte-sink.js';
import type { FieldContext, FieldValue } from './field-context.js';

// True is left in record.numbers as 1, false as 0, for the conditions that test it.
export function booleanField(context: FieldContext): FieldValue {
  const trueToken = encode(context.syntax.trueToken);
  const falseToken = encode(context.syntax.falseToken);
  if (context.unique) {
    if (context.dataset.size > 2) context.fail(`${context.dataset.size} records cannot hold unique booleans.`);
    const permutation = new Permutation(2, context.stream);
    const index = context.index;
    return {
      kind: 'boolean',
      scale: 0,
      write: (record, sink) => {
        const truth = permutation.apply(record.index);
        record.numbers[index] = truth;
        sink.bytes(truth === 1 ? trueToken : falseToken);
      },
    };
  }
  const threshold = (context.field.trueProbability || 0.5) * DRAW_RANGE;
  const stream = context.stream;
  const index = context.index;
  return {
    kind: 'boolean',
    scale: 0,
    write: (record, sink) => {
      const truth = draw(record.key, stream, 0) < threshold;
      record.numbers[index] = truth ? 1 : 0;
      sink.bytes(truth ? trueToken : falseToken);
    },
  };
}
