import type { GeneratorEntry, ValueKind } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { AggregateOperator, FormulaOperator, LogicalType, type Condition, type Field, type Formula } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { chooseGenerator } from './generator-choice.js';
import { cleanText, quoted } from './draft-text.js';
import { dateRange, decimalScale, enumChoices, fraction, isDateType, isoDate, numericRange, textLength } from './field-constraints.js';
import { sanitiseIdentifier } from '../naming/identifiers.js';
import type { ConditionDraft, FieldDraft } from './plan-draft.js';
import { CONDITION_OPERATORS } from './plan-draft-schema.js';
import { LOGICAL_TYPE_BY_KIND, newField } from '../../../../libs/plan/src/field-defaults.js';


const NUMERIC_TYPES: ReadonlySet<LogicalType> = new Set([LogicalType.LOGICAL_TYPE_INTEGER, LogicalType.LOGICAL_TYPE_DECIMAL, LogicalType.LOGICAL_TYPE_FLOAT]);
// The generator can only make distinct values of these kinds (by suffixing the record number).
const UNIQUE_KINDS: ReadonlySet<ValueKind> = new Set(['string', 'text', 'uuid']);
const DEFAULT_SCALE: Readonly<Record<string, number>> = { 'number.decimal': 2, 'commerce.price': 2, formula: 2 };
const OPERATOR_BY_NAME: Readonly<Record<string, FormulaOperator>> = {
  product: FormulaOperator.FORMULA_OPERATOR_PRODUCT,
  sum: FormulaOperator.FORMULA_OPERATOR_SUM,
  difference: FormulaOperator.FORMULA_OPERATOR_DIFFERENCE,
};
const AGGREGATE_BY_NAME: Readonly<Record<string, AggregateOperator>> = {
  count: AggregateOperator.AGGREGATE_OPERATOR_COUNT,
  sum: AggregateOperator.AGGREGATE_OPERATOR_SUM,
};
const DEFAULT_NULL_RATE = 0.1;

// What the model said a foreign key points at, and how many children each parent has.
export interface DraftReference {
  readonly dataset: string;
  readonly field: string;
  readonly children: { readonly min: number; readonly max: number } | null;
}

// A field and, for a foreign key, the model's raw target, resolved once all datasets are known.
export interface ShapedField {
  readonly field: Field;
  readonly reference?: DraftReference;
}

// Turns one field of the model's draft into a plan field, or undefined (with a warning) when
// no catalogue generator fits. `earlier` are the dataset's fields already shaped: formulas
// and following dates may only use those, because the generator computes fields in order.
export function shapeField(draft: FieldDraft, name: string, earlier: readonly Field[], where: string, warnings: string[]): ShapedField | undefined {
  const shaped = shapeValues(draft, name, earlier, where, warnings);
  return shaped && { ...shaped, field: withRules(shaped.field, draft, where, warnings) };
}

function shapeValues(draft: FieldDraft, name: string, earlier: readonly Field[], where: string, warnings: string[]): ShapedField | undefined {
  if (draft.foreignKey !== null || draft.generator === 'reference') {
    const field = { ...keyless(draft, name), generator: 'reference', type: LogicalType.LOGICAL_TYPE_INTEGER };
    return { field, reference: draft.foreignKey ?? { dataset: '', field: '', children: null } };
  }
  const choices = enumChoices(draft);
  if (choices.length > 0) {
    return { field: { ...keyless(draft, name), generator: 'enum', type: LogicalType.LOGICAL_TYPE_STRING, enumValues: choices } };
  }
  if (draft.formula?.operator === 'age') {
    const age = ageFormula(draft, earlier);
    if (age) return { field: { ...keyless(draft, name), generator: 'formula', type: LogicalType.LOGICAL_TYPE_INTEGER, formula: age } };
    warnings.push(`${where}: its age formula does not name an earlier birth date (and date) of the dataset; generated it as a plain value`);
  } else if (draft.formula !== null || draft.generator === 'formula') {
    const formula = usableFormula(draft, earlier);
    if (formula) return { field: { ...keyless(draft, name), generator: 'formula', type: LogicalType.LOGICAL_TYPE_DECIMAL, formula, scale: decimalScale(draft.scale, DEFAULT_SCALE.formula!) } };
    warnings.push(`${where}: its formula does not name earlier numeric fields of the dataset; generated it as a plain value`);
  }
  const choice = chooseGenerator(draft.generator, name, draft.type);
  if (!choice) {
    warnings.push(`${where}: no generator in the catalogue fits generator ${quoted(draft.generator)} and type ${quoted(draft.type)}; dropped the field`);
    return undefined;
  }
  const { entry, guessed } = choice;
  if (draft.generator === 'enum') {
    warnings.push(`${where}: no enum values were given; used ${entry.name}`);
  } else if (guessed && draft.generator !== 'formula' && !(draft.generator === 'aggregate' && draft.aggregate !== null)) {
    warnings.push(`${where}: generator ${quoted(draft.generator)} is not in the catalogue; used ${entry.name}`);
  }
  return { field: plainField(draft, name, entry, earlier) };
}

function plainField(draft: FieldDraft, name: string, entry: GeneratorEntry, earlier: readonly Field[]): Field {
  const base = keyless(draft, name);
  const unique = (draft.unique || draft.primaryKey) && UNIQUE_KINDS.has(entry.kind);
  const type = LOGICAL_TYPE_BY_KIND[entry.kind];
  return {
    ...base,
    generator: entry.name,
    type,
    unique,
    primaryKey: draft.primaryKey,
    nullable: base.nullable && !draft.primaryKey,
    nullRate: draft.primaryKey ? 0 : base.nullRate,
    numericRange: NUMERIC_TYPES.has(type) ? numericRange(draft) : undefined,
    dateRange: entry.kind === 'date' || entry.kind === 'timestamp' ? dateRange(draft, earlier) : undefined,
    trueProbability: entry.kind === 'boolean' ? fraction(draft.trueProbability, 0) : 0,
    scale: entry.kind === 'decimal' ? decimalScale(draft.scale, DEFAULT_SCALE[entry.name] ?? 0) : 0,
    maxLength: entry.kind === 'string' || entry.kind === 'text' ? textLength(draft.maxLength, unique) : 0,
  };
}

// What every field shares before its generator is known: never a key, never unique.
function keyless(draft: FieldDraft, name: string): Field {
  return newField(name, '', {
    nullable: draft.nullable,
    nullRate: draft.nullable ? fraction(draft.nullRate, DEFAULT_NULL_RATE) : 0,
    description: cleanText(draft.description, 200),
  });
}

function usableFormula(draft: FieldDraft, earlier: readonly Field[]): Formula | undefined {
  const formula = draft.formula;
  const operator = formula === null ? undefined : OPERATOR_BY_NAME[formula.operator];
  if (formula === null || operator === undefined || formula.operands.length === 0) return undefined;
  const operands = formula.operands.map((operand) => earlier.find((field) => field.name === sanitiseIdentifier(operand, 'field')));
  if (operands.some((field) => !field || !NUMERIC_TYPES.has(field.type) || field.generator === 'reference')) return undefined;
  return { operator, operands: operands.map((field) => field!.name), asOf: '' };
}

// An age counts whole years from a birth date to a later date of the record, or to as_of.
function ageFormula(draft: FieldDraft, earlier: readonly Field[]): Formula | undefined {
  const formula = draft.formula;
  if (formula === null || formula.operands.length === 0 || formula.operands.length > 2) return undefined;
  const operands = formula.operands.map((operand) => earlier.find((field) => field.name === sanitiseIdentifier(operand, 'field')));
  if (operands.some((field) => !field || !isDateType(field.type))) return undefined;
  return { operator: FormulaOperator.FORMULA_OPERATOR_AGE, operands: operands.map((field) => field!.name), asOf: operands.length === 1 ? isoDate(formula.asOf) : '' };
}

// The model's condition, lifts and aggregate in the plan's vocabulary, names made safe; whether
// they name fields and datasets that exist is checked once the whole plan is known.
function withRules(field: Field, draft: FieldDraft, where: string, warnings: string[]): Field {
  const rules: Partial<Field> = {};
  if (draft.onlyWhen !== null) {
    const onlyWhen = planCondition(draft.onlyWhen);
    if (onlyWhen === undefined) warnings.push(`${where}: its only_when operator ${quoted(draft.onlyWhen.operator)} is not one the plan knows; dropped the condition`);
    else rules.onlyWhen = onlyWhen;
  }
  rules.lifts = draft.lifts.flatMap(({ when, factor }) => {
    const condition = planCondition(when);
    if (condition !== undefined) return [{ when: condition, factor }];
    warnings.push(`${where}: its lift when ${when.field} ${quoted(when.operator)} has an operator the plan does not know; dropped the lift`);
    return [];
  });
  const aggregate = draft.aggregate;
  if (aggregate !== null) {
    const operator = AGGREGATE_BY_NAME[aggregate.operator];
    if (operator === undefined) warnings.push(`${where}: its aggregate operator ${quoted(aggregate.operator)} is not one the plan knows; dropped the aggregate`);
    else
      rules.aggregate = {
        dataset: sanitiseIdentifier(aggregate.dataset, 'dataset'),
        foreignKeyField: aggregate.foreignKeyField === null ? '' : sanitiseIdentifier(aggregate.foreignKeyField, 'field'),
        operator,
        field: aggregate.field === null ? '' : sanitiseIdentifier(aggregate.field, 'field'),
      };
  }
  return { ...field, ...rules };
}

function planCondition(condition: ConditionDraft): Condition | undefined {
  const operator = CONDITION_OPERATORS.value(condition.operator);
  if (operator === undefined) return undefined;
  return {
    field: sanitiseIdentifier(condition.field, 'field'),
    operator,
    values: condition.values.map((value) => cleanText(value, 200)),
    otherField: condition.otherField === null ? '' : sanitiseIdentifier(condition.otherField, 'field'),
  };
}
