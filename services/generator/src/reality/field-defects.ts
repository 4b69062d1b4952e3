import type { ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import type { RecordContext } from '../engine/record-context.js';
import type { DefectDraws } from './defect-draws.js';
import { kindCode, type FieldDefectKind } from './defect-kinds.js';
import { booleanAsText, dateInOtherFormat, numberAsText, phoneInOtherFormat, uuidInOtherFormat } from './format-variants.js';
import { dateOutlier, numericOutlier } from './outliers.js';
import type { RealityRates } from './reality-rates.js';
import { garbled, padded, recased } from './text-defects.js';
import { misspelt } from './typo.js';
import { NULL_VALUE, textValue, type CleanLiteral, type WrittenValue } from './written-value.js';

// Turns a clean value into its defective form, or undefined when this value cannot take the
// defect (no letter to mistype); the value is then written clean and nothing is labelled. The
// record is there for defects that read its other values (a broken rule).
export type Breaker = (clean: CleanLiteral, draws: DefectDraws, record: RecordContext) => WrittenValue | undefined;

export interface FieldDefect {
  readonly kind: FieldDefectKind;
  // The kind's position in DEFECT_KINDS.
  readonly code: number;
  // The share of values it breaks, and the width of its region of the defect draw (see
  // RealityRates.reach).
  readonly rate: number;
  readonly reach: number;
  readonly breaks: Breaker;
  // The defective value is not of the field's planned type: a number, boolean, date,
  // timestamp or UUID written as text in another format, never its canonical form. Text
  // fields never mismatch: a typo or mojibake is wrong text, not a wrong type; an outlier or
  // orphan is of the right type.
  readonly mismatch: boolean;
}

// What a field is, as far as defects go. Keys (primary keys and referenced fields) are never
// given any: they are not described here.
export interface DefectTarget {
  readonly kind: ValueKind;
  readonly generator: string;
  // Set for a foreign key whose referenced key can be extended past the referenced records:
  // writes a key no record of the referenced dataset has.
  readonly orphan?: (draws: DefectDraws) => WrittenValue;
  readonly reference: boolean;
  // Set for a field under a rule of the plan: the value that breaks it for the record.
  readonly breakRule?: (record: RecordContext) => WrittenValue | undefined;
}

const onText =
  (change: (text: string, draws: DefectDraws) => string | undefined): Breaker =>
  (clean, draws) => {
    const value = clean.value;
    if (value.type !== 'text' || value.text === '') return undefined;
    const changed = change(value.text, draws);
    return changed === undefined ? undefined : textValue(changed);
  };

const onType =
  (type: WrittenValue['type'], change: (text: string, draws: DefectDraws) => WrittenValue): Breaker =>
  (clean, draws) => {
    const value = clean.value;
    return value.type === type ? change(value.text, draws) : undefined;
  };

const toNull: Breaker = () => NULL_VALUE;
const EMPTY = textValue('');
// Only given to text fields, whose clean value, once known not null, is a text literal.
const toEmpty: Breaker = (clean) => (clean.blank ? undefined : EMPTY);

const numberAsTextBreaker = onType('number', (digits, draws) => textValue(numberAsText(digits, draws)));
const numericOutlierBreaker = onType('number', (digits, draws) => ({ type: 'number', text: numericOutlier(digits, draws) }));
const booleanAsTextBreaker = onType('boolean', (text, draws) => textValue(booleanAsText(text === 'true', draws)));

// The defects a field can receive at the highest level, with their rates at this one (zero
// for those that start at a higher level, and for all of them below level 3 unless the
// request sets them).
export function fieldDefects(target: DefectTarget, rates: RealityRates): FieldDefect[] {
  const defects: FieldDefect[] = [];
  const add = (kind: FieldDefectKind, breaks: Breaker, mismatch = false) => {
    const typedFormat = mismatch && !rates.textInTypedColumns;
    defects.push({ kind, code: kindCode(kind), rate: typedFormat ? 0 : rates.rate(kind), reach: rates.reach(kind), breaks, mismatch });
  };
  add('null', toNull);
  if (target.reference) {
    const orphan = target.orphan;
    if (orphan !== undefined) add('orphan_reference', (_clean, draws) => orphan(draws));
    return defects;
  }
  switch (target.kind) {
    case 'string':
    case 'text':
      add('empty_string', toEmpty);
      add('whitespace', onText(padded));
      add('case', onText(recased));
      add('typo', onText(misspelt));
      add('encoding_glitch', onText(garbled));
      if (target.generator === 'person.phone') add('format_variant', onText(phoneInOtherFormat));
      break;
    case 'integer':
    case 'decimal':
    case 'float':
      add('format_variant', numberAsTextBreaker, true);
      add('outlier', numericOutlierBreaker);
      break;
    case 'boolean':
      add('format_variant', booleanAsTextBreaker, true);
      break;
    case 'date':
    case 'timestamp':
      add('format_variant', onText(dateInOtherFormat), true);
      add('outlier', onText(dateOutlier));
      break;
    case 'uuid':
      add('format_variant', onText(uuidInOtherFormat), true);
      break;
  }
  // Last, so the other kinds' regions of the draw are those of a field without a rule.
  const breakRule = target.breakRule;
  if (breakRule !== undefined) add('broken_rule', (_clean, _draws, record) => breakRule(record));
  return defects;
}
