import { Permutation } from '../engine/permutation.js';
import { below } from '../engine/random.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { vocabulary } from './vocabulary.js';

export function productNameField(context: FieldContext): FieldValue {
  const { productAdjectives, productMaterials, products } = vocabulary();
  return context.stringValue(context.wordsWriter([productAdjectives, productMaterials, products]));
}

export function categoryField(context: FieldContext): FieldValue {
  const departments = vocabulary().departments;
  const stream = context.stream;
  return context.stringValue(context.pickWriter(departments, (record) => below(record.key, stream, 0, departments.length)));
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SKU_NUMBERS = 100_000;
const SKU_SPACE = 26 ** 3 * SKU_NUMBERS;

// "KQX-04719": three letters and five digits read from a permutation of the index, so every
// record has its own SKU.
export function skuField(context: FieldContext): FieldValue {
  if (context.dataset.size > SKU_SPACE) context.fail(`at most ${SKU_SPACE} distinct SKUs exist.`);
  const permutation = new Permutation(SKU_SPACE, context.stream);
  const sku = context.stringValue(context.plainWriter((record) => {
    const value = permutation.apply(record.index);
    let letters = Math.floor(value / SKU_NUMBERS);
    const number = String(SKU_NUMBERS + (value - letters * SKU_NUMBERS)).slice(1);
    let code = '';
    for (let position = 0; position < 3; position++) {
      code = LETTERS[letters % 26] + code;
      letters = Math.floor(letters / 26);
    }
    return code + '-' + number;
  }));
  return { ...sku, keySpace: SKU_SPACE };
}
