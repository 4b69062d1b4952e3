import type { AggregateJson, ConditionJson, DateRangeJson, EnumValueJson, FieldJson, LiftJson } from '../../../libs/client/src/plan-types';
import { notBeforeParts } from './not-before';
import { DEFAULT_AGE_AS_OF } from '../../../libs/plan/src/age-as-of';

// A column's key, reference and constraints in short words for the plan table.

export function keyText(field: FieldJson): string {
  if (field.primary_key) return 'Primary key';
  if (field.unique) return 'Unique';
  return '';
}

export function referenceText(field: FieldJson): string {
  const key = field.foreign_key;
  if (!key) return '';
  const spread = key.children ? `${key.children.min ?? 0}-${key.children.max ?? 0} each` : key.distribution ? distributionText(key.distribution) : '';
  return `→ ${key.dataset}.${key.field}${spread ? ` (${spread})` : ''}`;
}

const FORMULA_SIGNS: Readonly<Record<string, string>> = { product: ' × ', sum: ' + ', difference: ' − ' };

export function constraintTexts(field: FieldJson): string[] {
  const texts: string[] = [];
  if (field.enum_values?.length) texts.push(`one of ${enumText(field.enum_values)}`);
  const range = field.numeric_range;
  if (range) {
    const bounds = range.min !== undefined && range.max !== undefined ? `${range.min} to ${range.max}` : range.min !== undefined ? `at least ${range.min}` : range.max !== undefined ? `at most ${range.max}` : '';
    const shape = [
      range.distribution && distributionText(range.distribution),
      range.mean !== undefined && `mean ${range.mean}`,
      range.stddev !== undefined && `deviation ${range.stddev}`,
    ].filter(Boolean);
    texts.push([bounds, ...shape].filter(Boolean).join(', '));
  }
  const dates = field.date_range;
  if (dates?.start || dates?.end) texts.push(`${dates.start ?? '…'} to ${dates.end ?? '…'}`);
  if (dates?.after_field) texts.push(`after ${dates.after_field}${dates.max_days_after ? ` by up to ${dates.max_days_after} days` : ''}`);
  if (dates?.not_before) texts.push(notBeforeText(dates));
  if (field.only_when) texts.push(conditionText(field.only_when));
  if (field.aggregate) texts.push(aggregateText(field.aggregate));
  if (field.null_rate) texts.push(`${percent(field.null_rate)} empty`);
  else if (field.nullable) texts.push('may be empty');
  if (field.lifts?.length) texts.push(liftedText(field.true_probability, field.lifts));
  else if (field.true_probability) texts.push(`${percent(field.true_probability)} true`);
  if (field.scale) texts.push(`${field.scale} decimal${field.scale === 1 ? '' : 's'}`);
  if (field.max_length) texts.push(`at most ${field.max_length} characters`);
  if (field.formula) texts.push(formulaText(field.formula));
  return texts;
}

// "not before customer_id → signup_date": the date of the record the reference points to, as
// the plan table shows references.
function notBeforeText(dates: DateRangeJson): string {
  const { reference, date } = notBeforeParts(dates.not_before ?? '');
  const other = reference === undefined ? date : `${reference} → ${date}`;
  const days = dates.min_days_after ?? 0;
  return days > 0 ? `at least ${days} day${days === 1 ? '' : 's'} after ${other}` : `not before ${other}`;
}

// "only when status is shipped or delivered", "only when returned_on is after due_date".
function conditionText(condition: ConditionJson): string {
  if (condition.operator === 'none_of') return `unless ${condition.field} is ${alternatives(condition.values ?? [])}`;
  return `only when ${holdsText(condition)}`;
}

// "0.4% true; ×6 when is_international is true, ×3 when amount is at least 500". Without a
// probability of its own a boolean is true half the time.
function liftedText(probability: number | undefined, lifts: readonly LiftJson[]): string {
  return `${percent(probability || 0.5)} true; ${lifts.map((lift) => `×${lift.factor} when ${holdsText(lift.when)}`).join(', ')}`;
}

// What holds where the condition does: "status is shipped or delivered", "amount is at least 500".
function holdsText(condition: ConditionJson): string {
  const tested = condition.field;
  const values = alternatives(condition.values ?? []);
  const other = condition.other_field ?? '…';
  switch (condition.operator) {
    case 'one_of':
      return `${tested} is ${values}`;
    case 'none_of':
      return `${tested} is not ${values}`;
    case 'is_true':
      return `${tested} is true`;
    case 'is_false':
      return `${tested} is false`;
    case 'is_set':
      return `${tested} is set`;
    case 'is_null':
      return `${tested} is empty`;
    case 'after':
      return `${tested} is after ${other}`;
    case 'not_after':
      return `${tested} is not after ${other}`;
    case 'at_least':
      return `${tested} is at least ${values}`;
    case 'below':
      return `${tested} is below ${values}`;
    default:
      return `${tested} ${condition.operator.replace(/_/g, ' ')}`;
  }
}

// "shipped, delivered or returned".
function alternatives(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : (values[0] ?? '…');
}

// "count of order_lines", "sum of order_lines.line_total".
function aggregateText(aggregate: AggregateJson): string {
  return `${aggregate.operator} of ${aggregate.dataset}${aggregate.field ? `.${aggregate.field}` : ''}`;
}

function formulaText(formula: NonNullable<FieldJson['formula']>): string {
  if (formula.operator !== 'age') return `= ${formula.operands.join(FORMULA_SIGNS[formula.operator] ?? ` ${formula.operator} `)}`;
  const [birthDate, onDate] = formula.operands;
  return `age from ${birthDate ?? '…'} (on ${onDate ?? formula.as_of ?? DEFAULT_AGE_AS_OF})`;
}

// "bronze 50%, silver 30%": each value's share of the weights (a missing weight counts 1).
export function enumText(values: readonly EnumValueJson[]): string {
  const total = values.reduce((sum, entry) => sum + weightOf(entry), 0);
  return values.map((entry) => (values.length > 1 && total > 0 ? `${entry.value} ${percent(weightOf(entry) / total)}` : entry.value)).join(', ');
}

export function weightOf(entry: EnumValueJson): number {
  return entry.weight || 1;
}

export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function distributionText(distribution: string): string {
  return distribution.replace(/_/g, '-');
}
