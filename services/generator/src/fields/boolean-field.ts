import { Permutation } from '../engine/permutation.js';
import { draw, DRAW_RANGE } from '../engine/random.js';
import { encode } from '../engine/byte-sink.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { liftedProbability } from './lifted-probability.js';

// True is left in record.numbers as 1, false as 0, for the conditions that test it.
export function booleanField(context: FieldContext): FieldValue {
  const trueToken = encode(context.syntax.trueToken);
  const falseToken = encode(context.syntax.falseToken);
  if (context.unique) {
    if (context.field.lifts.length > 0) context.fail('a unique boolean takes each value once, so it has no probability for lifts to change.');
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
  const probability = context.field.trueProbability || 0.5;
  const stream = context.stream;
  const index = context.index;
  if (context.field.lifts.length > 0) {
    // The same single draw as without lifts, against the record's own threshold: a record no
    // lift holds for is the same as it would be without them.
    const chance = liftedProbability(context, probability);
    return {
      kind: 'boolean',
      scale: 0,
      write: (record, sink) => {
        const truth = draw(record.key, stream, 0) < chance(record) * DRAW_RANGE;
        record.numbers[index] = truth ? 1 : 0;
        sink.bytes(truth ? trueToken : falseToken);
      },
    };
  }
  const threshold = probability * DRAW_RANGE;
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
