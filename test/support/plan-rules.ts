import type { DatasetJson, FieldJson, PlanJson } from '../../libs/client/src/plan-types.js';
import { DEFAULT_AGE_AS_OF } from '../../libs/plan/src/age-as-of.js';

// The realism rules a plan states, checked against generated records alone: each date's
// not_before (in its record or in the record its reference points to) and after_field, each
// field's only_when, each aggregate recomputed from the children, each AGE formula recomputed
// from the birth date. Records are the parsed JSON output, dataset by dataset. Nothing here
// trusts the generator's own bookkeeping.

export type JsonRecord = Readonly<Record<string, unknown>>;
export type RecordsByDataset = Readonly<Record<string, readonly JsonRecord[]>>;

export interface RuleReport {
  // "orders.order_date not_before customer_id.signup_date", "loans.late_fee only_when returned_date after due_date".
  readonly rule: string;
  // Records the rule could be tested on (a rule says nothing where the values it compares are null).
  readonly checked: number;
  readonly violations: number;
  readonly examples: readonly string[];
}

const MAX_EXAMPLES = 3;
const DAY_MS = 86_400_000;
const NUMBERS = new Set(['integer', 'decimal', 'float']);

export function checkPlanRules(plan: PlanJson, records: RecordsByDataset): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const dataset of plan.datasets) {
    const rows = records[dataset.name] ?? [];
    for (const field of dataset.fields) {
      const range = field.date_range;
      if (range?.not_before) reports.push(notBeforeRule(dataset, field, range.not_before, range.min_days_after ?? 0, rows, records));
      if (range?.after_field) reports.push(afterFieldRule(dataset, field, range.after_field, rows));
      if (field.only_when) reports.push(onlyWhenRule(dataset, field, rows));
      if (field.aggregate) reports.push(aggregateRule(plan, dataset, field, rows, records));
      if (field.formula?.operator === 'age') reports.push(ageRule(dataset, field, rows));
    }
  }
  return reports;
}

// Tallies one rule over the records it could be tested on; a record that says nothing about
// the rule is neither passed nor failed.
class Tally {
  private checked = 0;
  private violations = 0;
  private readonly examples: string[] = [];

  constructor(readonly rule: string) {}

  // Counts one tested record, failed when `violation` says why.
  record(violation: string | undefined): void {
    this.checked++;
    if (violation === undefined) return;
    this.violations++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push(violation);
  }

  report(): RuleReport {
    return { rule: this.rule, checked: this.checked, violations: this.violations, examples: this.examples };
  }
}

function notBeforeRule(dataset: DatasetJson, field: FieldJson, notBefore: string, minDays: number, rows: readonly JsonRecord[], records: RecordsByDataset): RuleReport {
  const tally = new Tally(`${dataset.name}.${field.name} not_before ${notBefore}${minDays > 0 ? ` + ${minDays} days` : ''}`);
  const earliestOf = earliestReader(dataset, notBefore, records, tally.rule);
  for (const row of rows) {
    const [value, earliest] = [row[field.name], earliestOf(row)];
    if (!isPresent(value) || !isPresent(earliest)) continue;
    const gap = daysBetween(String(earliest), String(value));
    tally.record(gap >= minDays ? undefined : `${describe(dataset, row)}: ${field.name} ${String(value)} is before ${notBefore} ${String(earliest)}`);
  }
  return tally.report();
}

// The date a record's value may not precede: a field of its own ("signup_date"), or of the
// record its reference points to, found by its key ("customer_id.signup_date").
function earliestReader(dataset: DatasetJson, notBefore: string, records: RecordsByDataset, rule: string): (row: JsonRecord) => unknown {
  const [first, second] = notBefore.split('.') as [string, string | undefined];
  if (second === undefined) return (row) => row[first];
  const foreignKey = dataset.fields.find((candidate) => candidate.name === first)?.foreign_key;
  if (foreignKey === undefined) throw new Error(`${rule}: ${first} is not a reference of ${dataset.name}`);
  const parents = indexBy(records[foreignKey.dataset] ?? [], foreignKey.field);
  return (row) => parents.get(String(row[first]))?.[second];
}

function afterFieldRule(dataset: DatasetJson, field: FieldJson, anchorName: string, rows: readonly JsonRecord[]): RuleReport {
  const range = field.date_range!;
  const [min, max] = [range.min_days_after ?? 0, range.max_days_after ?? 0];
  const tally = new Tally(`${dataset.name}.${field.name} after_field ${anchorName} (${min}-${max > 0 ? max : '∞'} days)`);
  for (const row of rows) {
    const [value, anchor] = [row[field.name], row[anchorName]];
    if (!isPresent(value) || !isPresent(anchor)) continue;
    const gap = daysBetween(String(anchor), String(value));
    // The upper bound counts calendar days: a timestamp drawn on the last allowed day may be
    // later in that day than its anchor was.
    const dayGap = daysBetween(dayOf(String(anchor)), dayOf(String(value)));
    const fits = gap >= min && (max === 0 || dayGap <= max);
    tally.record(fits ? undefined : `${describe(dataset, row)}: ${field.name} ${String(value)} is not ${min}-${max} days after ${anchorName} ${String(anchor)}`);
  }
  return tally.report();
}

function onlyWhenRule(dataset: DatasetJson, field: FieldJson, rows: readonly JsonRecord[]): RuleReport {
  const condition = field.only_when!;
  const said = [condition.field, condition.operator, ...(condition.values?.length ? [condition.values.join(',')] : []), ...(condition.other_field ? [condition.other_field] : [])].join(' ');
  const tally = new Tally(`${dataset.name}.${field.name} only_when ${said}`);
  const anchor = field.date_range?.after_field;
  for (const row of rows) {
    const holds = evaluate(condition.operator, row[condition.field], condition.values ?? [], condition.other_field === undefined ? undefined : row[condition.other_field]);
    if (holds === undefined) continue;
    const value = row[field.name];
    const empty = isEmpty(field, value);
    if (!holds) {
      tally.record(empty ? undefined : `${describe(dataset, row)}: ${field.name} is ${String(value)} though ${said} does not hold (${condition.field} ${String(row[condition.field])})`);
      continue;
    }
    // Where the condition holds a null is data when the field draws nulls of its own, or when
    // it follows a date the record does not have.
    const excused = (field.null_rate ?? 0) > 0 || (anchor !== undefined && !isPresent(row[anchor]));
    if (value !== null && value !== undefined) tally.record(undefined);
    else if (!excused) tally.record(`${describe(dataset, row)}: ${field.name} is null though ${said} holds`);
  }
  return tally.report();
}

function aggregateRule(plan: PlanJson, dataset: DatasetJson, field: FieldJson, rows: readonly JsonRecord[], records: RecordsByDataset): RuleReport {
  const aggregate = field.aggregate!;
  const tally = new Tally(`${dataset.name}.${field.name} ${aggregate.operator}${aggregate.field ? ` ${aggregate.field}` : ''} of ${aggregate.dataset}`);
  const children = plan.datasets.find((candidate) => candidate.name === aggregate.dataset);
  const reference = children?.fields.find((candidate) => (aggregate.foreign_key_field ? candidate.name === aggregate.foreign_key_field : candidate.foreign_key?.dataset === dataset.name));
  if (children === undefined || reference?.foreign_key === undefined) throw new Error(`${tally.rule}: ${aggregate.dataset} has no reference to ${dataset.name}`);
  const scale = aggregate.operator === 'count' ? 0 : (field.scale ?? 0);
  const units = new Map<string, number>();
  for (const child of records[children.name] ?? []) {
    const parent = child[reference.name];
    if (!isPresent(parent)) continue;
    const amount = aggregate.operator === 'count' ? 1 : toUnits(child[aggregate.field ?? ''], scale);
    units.set(String(parent), (units.get(String(parent)) ?? 0) + amount);
  }
  const key = reference.foreign_key.field;
  for (const row of rows) {
    const value = row[field.name];
    const expected = units.get(String(row[key])) ?? 0;
    tally.record(isPresent(value) && toUnits(value, scale) === expected ? undefined : `${describe(dataset, row)}: ${field.name} is ${String(value)}, its ${aggregate.dataset} make ${expected / 10 ** scale}`);
  }
  return tally.report();
}

function ageRule(dataset: DatasetJson, field: FieldJson, rows: readonly JsonRecord[]): RuleReport {
  const [birthName, onName] = field.formula!.operands;
  const asOf = field.formula!.as_of || DEFAULT_AGE_AS_OF;
  const tally = new Tally(`${dataset.name}.${field.name} age(${birthName}${onName === undefined ? ` as of ${asOf}` : `, ${onName}`})`);
  for (const row of rows) {
    const birth = row[birthName!];
    const on = onName === undefined ? asOf : row[onName];
    if (!isPresent(birth) || !isPresent(on)) continue;
    const expected = wholeYears(dayOf(String(birth)), dayOf(String(on)));
    tally.record(Number(row[field.name]) === expected ? undefined : `${describe(dataset, row)}: ${field.name} is ${String(row[field.name])}, born ${String(birth)} makes ${expected} on ${String(on)}`);
  }
  return tally.report();
}

// True or false, or undefined when the enum or flag tested is itself null (no defect at
// level 0 makes it so, and the plan does not say what a missing status means).
function evaluate(operator: string, tested: unknown, values: readonly string[], other: unknown): boolean | undefined {
  switch (operator) {
    case 'one_of':
      return isPresent(tested) ? values.includes(String(tested)) : undefined;
    case 'none_of':
      return isPresent(tested) ? !values.includes(String(tested)) : undefined;
    case 'is_true':
      return isPresent(tested) ? tested === true : undefined;
    case 'is_false':
      return isPresent(tested) ? tested === false : undefined;
    case 'is_set':
      return isPresent(tested);
    case 'is_null':
      return !isPresent(tested);
    case 'after':
      return isPresent(tested) && isPresent(other) && compare(tested, other) > 0;
    case 'not_after':
      return isPresent(tested) && isPresent(other) && compare(tested, other) <= 0;
    case 'at_least':
      return isPresent(tested) && Number(tested) >= Number(values[0]);
    case 'below':
      return isPresent(tested) && Number(tested) < Number(values[0]);
    default:
      throw new Error(`unknown condition operator ${operator}`);
  }
}

// Numbers compare as numbers; dates and timestamps by day when one of them is a date.
function compare(left: unknown, right: unknown): number {
  if (typeof left === 'number' || typeof right === 'number') return Number(left) - Number(right);
  return daysBetween(String(right), String(left));
}

// Where the condition fails: null for a nullable field, else 0 for a number and false for a flag.
function isEmpty(field: FieldJson, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (field.nullable === true) return false;
  if (NUMBERS.has(field.type)) return Number(value) === 0;
  return field.type === 'boolean' && value === false;
}

// Days from `from` to `to`, fractional for two timestamps, whole (by calendar day) when
// either is a date.
function daysBetween(from: string, to: string): number {
  if (isDay(from) || isDay(to)) return (Date.parse(dayOf(to)) - Date.parse(dayOf(from))) / DAY_MS;
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}

function wholeYears(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  const beforeBirthday = om! < bm! || (om === bm && od! < bd!);
  return oy! - by! - (beforeBirthday ? 1 : 0);
}

function toUnits(value: unknown, scale: number): number {
  return isPresent(value) ? Math.round(Number(value) * 10 ** scale) : 0;
}

function indexBy(rows: readonly JsonRecord[], key: string): Map<string, JsonRecord> {
  return new Map(rows.map((row) => [String(row[key]), row]));
}

function isPresent(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '';
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

function dayOf(text: string): string {
  return text.slice(0, 10);
}

function describe(dataset: DatasetJson, row: JsonRecord): string {
  const key = dataset.fields.find((field) => field.primary_key)?.name;
  return key === undefined ? dataset.name : `${dataset.name} ${key}=${String(row[key])}`;
}
