import type { Field } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import type { Token } from './byte-sink.js';
import type { FieldWriter } from '../fields/field-context.js';
import { draw, DRAW_RANGE, mix32 } from './random.js';

// Nulls of a nullable field at its null_rate, from a stream of their own so that the values
// of non-null records do not change with the rate. Fields that are never null keep their
// writer untouched, at no cost.
export function withNulls(write: FieldWriter, field: Field, index: number, stream: number, nullToken: Token): FieldWriter {
  if (!field.nullable || field.nullRate === 0) return write;
  const threshold = field.nullRate * DRAW_RANGE;
  const nullStream = mix32(stream ^ 0x3c6ef372);
  return (record, sink) => {
    if (draw(record.key, nullStream, 0) < threshold) {
      record.nulls[index] = 1;
      sink.bytes(nullToken);
      return;
    }
    record.nulls[index] = 0;
    write(record, sink);
  };
}
