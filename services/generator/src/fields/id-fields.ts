import { Permutation } from '../engine/permutation.js';
import { mix32 } from '../engine/random.js';
import type { FieldContext, FieldValue } from './field-context.js';

export function sequenceField(context: FieldContext): FieldValue {
  const index = context.index;
  return {
    kind: 'integer',
    scale: 0,
    keySpace: Number.MAX_SAFE_INTEGER,
    write: (record, sink) => {
      const value = record.index + 1;
      record.numbers[index] = value;
      sink.integer(value);
    },
  };
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(word: number): string {
  return HEX[word >>> 24]! + HEX[(word >>> 16) & 255] + HEX[(word >>> 8) & 255] + HEX[word & 255];
}

// Version 4 layout. The first 32 bits are a bijection of the index's low word and the last
// 32 bits hold its high word mixed, so two records never share a UUID.
export function uuidField(context: FieldContext): FieldValue {
  const stream = context.stream;
  const value = context.stringValue(context.plainWriter((record) => {
    const low = record.index >>> 0;
    const first = mix32(low ^ stream);
    const second = mix32(first + 0x68e31da4);
    const third = mix32(second ^ 0x1b56c4e9);
    const high = (record.index - low) / 4294967296;
    const fourth = mix32(third + 0x2f3c5a91) ^ high;
    const middle = hex32(second);
    const version = hex32(((third & 0x3fffffff) | 0x80000000) >>> 0);
    return hex32(first) + '-' + middle.slice(0, 4) + '-4' + middle.slice(5) + '-' + version.slice(0, 4) + '-' + version.slice(4) + hex32(fourth >>> 0);
  }), 'uuid');
  return { ...value, keySpace: 4294967296 };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS_AND_DIGITS = LETTERS + '0123456789';

// "ORD-004711": a prefix from the dataset name and zero-padded digits read from a
// permutation of the index. A column too narrow for that (char(2) country codes) takes
// letters, or letters and digits, filling its max_length: "QX", "B7".
export function codeField(context: FieldContext): FieldValue {
  const letters = context.dataset.name.toUpperCase().replace(/[^A-Z]/g, '');
  const prefix = (letters || 'ID').slice(0, 3) + '-';
  const width = Math.max(6, String(context.dataset.size).length);
  const maxLength = context.field.maxLength;
  if (maxLength > 0 && prefix.length + width > maxLength) return narrowCode(context, maxLength);
  const space = 10 ** width;
  const permutation = new Permutation(space, context.stream);
  const value = context.stringValue(context.plainWriter((record) => prefix + String(space + permutation.apply(record.index)).slice(1)));
  return { ...value, keySpace: space };
}

function narrowCode(context: FieldContext, length: number): FieldValue {
  const size = context.dataset.size;
  const alphabet = LETTERS.length ** length >= size ? LETTERS : LETTERS_AND_DIGITS;
  const space = Math.min(alphabet.length ** length, Number.MAX_SAFE_INTEGER);
  if (space < size) context.fail(`max_length ${length} holds ${space} codes, fewer than the ${size} records.`);
  const permutation = new Permutation(space, context.stream);
  const value = context.stringValue(
    context.plainWriter((record) => {
      let rest = permutation.apply(record.index);
      let code = '';
      for (let position = 0; position < length; position++) {
        code = alphabet[rest % alphabet.length]! + code;
        rest = Math.floor(rest / alphabet.length);
      }
      return code;
    }),
  );
  return { ...value, keySpace: space };
}
