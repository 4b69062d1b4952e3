import { DEFAULT_AGE_AS_OF } from '../../../../libs/plan/src/age-as-of.js';
import { FormulaOperator, LogicalType } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { floatText, powerOfTen } from './decimal-text.js';
import { encode } from '../engine/byte-sink.js';
import { below } from '../engine/random.js';
import type { RecordContext } from '../engine/record-context.js';
import { parseIsoDate, SECONDS_PER_DAY, yearsBetween } from './calendar.js';
import type { FieldContext, FieldValue } from './field-context.js';

interface Operand {
  readonly index: number;
  readonly scale: number;
}

// A value computed from the record's own numbers (total = quantity × unit_price), in exact
// integer units, rounded half away from zero to the field's scale. Operands are compiled
// before this field, so their values are already in the record.
export function formulaField(context: FieldContext): FieldValue {
  const formula = context.field.formula;
  if (formula === undefined || formula.operator === FormulaOperator.FORMULA_OPERATOR_UNSPECIFIED) {
    context.fail('a formula field needs a formula with an operator (PRODUCT, SUM, DIFFERENCE or AGE).');
  }
  if (context.unique) context.fail('a computed value cannot be guaranteed unique.');
  if (formula.operator === FormulaOperator.FORMULA_OPERATOR_AGE) return ageField(context, formula.operands, formula.asOf);
  const minimum = formula.operator === FormulaOperator.FORMULA_OPERATOR_DIFFERENCE ? 2 : 1;
  if (formula.operands.length < minimum) context.fail(`the formula needs at least ${minimum} operand(s).`);
  const operands: Operand[] = formula.operands.map((name) => {
    const operand = context.dataset.compiled(name);
    if (operand === undefined) context.fail(`formula operand "${name}" is not a field of the dataset.`);
    const kind = operand.value.kind;
    if (kind !== 'integer' && kind !== 'decimal' && kind !== 'float') context.fail(`formula operand "${name}" is not numeric.`);
    return { index: operand.index, scale: operand.value.scale };
  });
  const product = formula.operator === FormulaOperator.FORMULA_OPERATOR_PRODUCT;
  const sourceScale = product
    ? operands.reduce((sum, operand) => sum + operand.scale, 0)
    : Math.max(...operands.map((operand) => operand.scale));
  const kind = context.field.type === LogicalType.LOGICAL_TYPE_INTEGER ? 'integer' : context.field.type === LogicalType.LOGICAL_TYPE_FLOAT ? 'float' : 'decimal';
  const scale = kind === 'integer' ? 0 : context.field.scale > 0 ? context.field.scale : Math.max(...operands.map((operand) => operand.scale));
  if (scale > 15 || sourceScale - scale > 15) context.fail(`scale ${scale} is outside the supported 15 digits.`);
  const compute = product ? productOf(operands) : sumOf(operands, sourceScale, formula.operator === FormulaOperator.FORMULA_OPERATOR_DIFFERENCE);
  const rescale = rescaler(sourceScale, scale);
  const index = context.index;
  const nullToken = encode(context.syntax.nullToken);
  const power = powerOfTen(scale);
  return {
    kind,
    scale,
    write: (record, sink) => {
      for (const operand of operands) {
        if (record.nulls[operand.index] === 1) {
          record.nulls[index] = 1;
          sink.bytes(nullToken);
          return;
        }
      }
      record.nulls[index] = 0;
      const units = rescale(compute(record.numbers));
      record.numbers[index] = units;
      if (kind === 'float') sink.text(floatText(units, scale));
      else if (scale === 0) sink.integer(units);
      else sink.decimal(units, scale, power);
    },
  };
}

function productOf(operands: readonly Operand[]): (numbers: Float64Array) => number {
  return (numbers) => {
    let units = 1;
    for (const operand of operands) units *= numbers[operand.index]!;
    return units;
  };
}

function sumOf(operands: readonly Operand[], scale: number, difference: boolean): (numbers: Float64Array) => number {
  const factors = operands.map((operand) => powerOfTen(scale - operand.scale));
  return (numbers) => {
    let units = numbers[operands[0]!.index]! * factors[0]!;
    for (let position = 1; position < operands.length; position++) {
      const term = numbers[operands[position]!.index]! * factors[position]!;
      units = difference ? units - term : units + term;
    }
    return units;
  };
}

// Exact while the units stay below 2^53, which covers money at any realistic size.
function rescaler(from: number, to: number): (units: number) => number {
  if (from === to) return (units) => units;
  if (from < to) {
    const factor = powerOfTen(to - from);
    return (units) => units * factor;
  }
  const divisor = powerOfTen(from - to);
  const half = divisor / 2;
  return (units) => (units < 0 ? -Math.floor((half - units) / divisor) : Math.floor((units + half) / divisor));
}

// Whole years from a birth date to another date of the record, or to as_of: an age that agrees
// with the birth date. Its rule breaker is an age off by one to three years.
function ageField(context: FieldContext, operands: readonly string[], asOf: string): FieldValue {
  if (operands.length < 1 || operands.length > 2) context.fail('an AGE formula takes a birth date, and optionally the date the age is counted on.');
  if (operands.length === 2 && asOf !== '') context.fail('an AGE formula counts the age on its second operand or on as_of, not both.');
  const [birth, at] = operands.map((name) => {
    const operand = context.dataset.compiled(name);
    if (operand === undefined) context.fail(`formula operand "${name}" is not a field of the dataset.`);
    const kind = operand.value.kind;
    if (kind !== 'date' && kind !== 'timestamp') context.fail(`formula operand "${name}" is not a date or timestamp, which AGE counts years between.`);
    const index = operand.index;
    return kind === 'date' ? (record: RecordContext) => record.numbers[index]! : (record: RecordContext) => Math.floor(record.numbers[index]! / SECONDS_PER_DAY);
  }) as [(record: RecordContext) => number, ((record: RecordContext) => number) | undefined];
  const asOfText = asOf || DEFAULT_AGE_AS_OF;
  const asOfDay = parseIsoDate(asOfText);
  if (asOfDay === undefined) context.fail(`formula.as_of "${asOfText}" is not a date (YYYY-MM-DD).`);
  const countedOn = at ?? (() => asOfDay);
  const positions = operands.map((name) => context.dataset.compiled(name)!.index);
  const index = context.index;
  const nullToken = encode(context.syntax.nullToken);
  const stream = context.stream;
  const isNull = (record: RecordContext) => positions.some((position) => record.nulls[position] === 1);
  return {
    kind: 'integer',
    scale: 0,
    write: (record, sink) => {
      if (isNull(record)) {
        record.nulls[index] = 1;
        sink.bytes(nullToken);
        return;
      }
      record.nulls[index] = 0;
      const age = yearsBetween(birth(record), countedOn(record));
      record.numbers[index] = age;
      sink.integer(age);
    },
    breakRule: (record, sink) => {
      if (isNull(record)) return false;
      const age = yearsBetween(birth(record), countedOn(record));
      const off = 1 + below(record.key, stream, 1, 3);
      sink.integer(age > off && below(record.key, stream, 2, 2) === 0 ? age - off : age + off);
      return true;
    },
  };
}
