import type { EnumValueJson, FieldJson } from '../../../libs/client/src/plan-types';

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
  if (field.null_rate) texts.push(`${percent(field.null_rate)} empty`);
  else if (field.nullable) texts.push('may be empty');
  if (field.true_probability) texts.push(`${percent(field.true_probability)} true`);
  if (field.scale) texts.push(`${field.scale} decimal${field.scale === 1 ? '' : 's'}`);
  if (field.max_length) texts.push(`at most ${field.max_length} characters`);
  if (field.formula) texts.push(`= ${field.formula.operands.join(FORMULA_SIGNS[field.formula.operator] ?? ` ${field.formula.operator} `)}`);
  return texts;
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
