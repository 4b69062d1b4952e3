import { Content, Embedding, OutputFormat, SqlDialect, type BatchChecks, type SqlOptions } from '../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { AggregateOperator, Distribution, FormulaOperator, LogicalType, type Dataset, type Field, type Plan } from '../../libs/proto/src/nest/datagen/v1/plan.js';
import { openRecordStream } from '../../services/generator/src/engine/record-stream.js';
import { newField } from '../../libs/plan/src/field-defaults.js';
import { compileAll } from '../../services/generator/src/engine/plan-compiler.js';
import { PlanError } from '../../services/generator/src/engine/plan-error.js';
import { readPlan } from '../../services/generator/src/engine/plan-reader.js';
import { JSON_SYNTAX } from '../../services/generator/src/encoders/value-syntax.js';

// Plans shared by the engine's unit tests and the database tests.

export const field = newField;

export function dataset(name: string, size: number, fields: Field[]): Dataset {
  return { name, size, fields, description: '', compositeKeys: [], updates: '' };
}

export function plan(datasets: Dataset[], seed = 42, locale = ''): Plan {
  return { datasets, seed, realityLevel: 0, warnings: [], prompt: '', planner: 'user', domain: '', locale };
}

const id = (name = 'id') => field(name, 'id.sequence', { primaryKey: true, type: LogicalType.LOGICAL_TYPE_INTEGER });

export const TRICKY_STATUS = [
  { value: 'pending', weight: 5 },
  { value: 'shipped', weight: 3 },
  { value: "O'Brien \\ \"quoted\", comma", weight: 1 },
  { value: 'ünïcödé ✓ 🚀\nnew line', weight: 1 },
];

// customers, products and a table named "order" referencing both, with every kind of value.
export function shopPlan(sizes: { customers: number; products: number; orders: number }, seed = 42): Plan {
  return plan(
    [
      dataset('customers', sizes.customers, [
        id(),
        field('customer_code', 'id.code', { unique: true }),
        field('first_name', 'person.first_name'),
        field('last_name', 'person.last_name'),
        field('email', 'person.email', { unique: true }),
        field('username', 'person.username', { unique: true }),
        field('phone', 'person.phone', { nullable: true, nullRate: 0.2 }),
        field('birth_date', 'person.birth_date'),
        field('street', 'address.street'),
        field('city', 'address.city'),
        field('state', 'address.state'),
        field('zip', 'address.zip'),
        field('country', 'address.country'),
        field('latitude', 'address.latitude'),
        field('longitude', 'address.longitude'),
        field('vip', 'boolean', { trueProbability: 0.1 }),
        field('signed_up_at', 'date.timestamp', { dateRange: { start: '2021-01-01', end: '2024-12-31', afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: '' } }),
        field('external_id', 'id.uuid', { unique: true }),
      ]),
      dataset('products', sizes.products, [
        field('sku', 'commerce.sku', { primaryKey: true }),
        field('name', 'commerce.product_name'),
        field('category', 'commerce.category'),
        field('price', 'commerce.price', { scale: 2, numericRange: { min: 1, max: 500, distribution: Distribution.DISTRIBUTION_LOG_NORMAL, mean: 0, stddev: 0 } }),
        field('description', 'text.paragraph', { nullable: true, nullRate: 0.3 }),
        field('rating', 'enum', { type: LogicalType.LOGICAL_TYPE_INTEGER, enumValues: [1, 2, 3, 4, 5].map((value) => ({ value: String(value), weight: value })) }),
      ]),
      dataset('order', sizes.orders, [
        field('id', 'id.uuid', { primaryKey: true }),
        field('number', 'id.code', { unique: true }),
        field('customer_id', 'reference', { foreignKey: { dataset: 'customers', field: 'id', distribution: Distribution.DISTRIBUTION_ZIPF, group: '' } }),
        field('product_sku', 'reference', { foreignKey: { dataset: 'products', field: 'sku', distribution: Distribution.DISTRIBUTION_UNIFORM, group: '' } }),
        field('customer_name', 'person.full_name'),
        field('email', 'person.email'),
        field('quantity', 'number.integer', { type: LogicalType.LOGICAL_TYPE_INTEGER, numericRange: { min: 1, max: 12, distribution: Distribution.DISTRIBUTION_ZIPF, mean: 0, stddev: 0 } }),
        field('unit_price', 'commerce.price', { scale: 2, numericRange: { min: 0.5, max: 999.99, distribution: Distribution.DISTRIBUTION_NORMAL, mean: 80, stddev: 60 } }),
        field('total', 'formula', { type: LogicalType.LOGICAL_TYPE_DECIMAL, scale: 2, formula: { operator: FormulaOperator.FORMULA_OPERATOR_PRODUCT, operands: ['quantity', 'unit_price'], asOf: '' } }),
        field('order_date', 'date.date'),
        field('shipped_at', 'date.timestamp', { nullable: true, nullRate: 0.1, dateRange: { start: '', end: '', afterField: 'order_date', maxDaysAfter: 10, minDaysAfter: 0, notBefore: '' } }),
        field('status', 'enum', { enumValues: TRICKY_STATUS }),
        field('note', 'text.sentence', { nullable: true, nullRate: 0.5, maxLength: 40 }),
      ]),
    ],
    seed,
  );
}

export interface GenerateOptions {
  format?: OutputFormat;
  sqlDialect?: SqlDialect;
  embedding?: Embedding;
  offset?: number;
  count?: number;
  batchSize?: number;
  content?: Content;
  defectRates?: Record<string, number>;
  outputEnd?: number;
  sqlOptions?: SqlOptions;
}

// Runs one range through the engine and concatenates its batches.
export function generate(plan: Plan, dataset: string, options: GenerateOptions = {}): Buffer {
  return run(plan, dataset, options).data;
}

// One range through the engine: its bytes, and its defect counts and checks summed over batches.
export function run(plan: Plan, dataset: string, options: GenerateOptions = {}): { data: Buffer; defects: Record<string, number>; checks: BatchChecks } {
  const batches: Buffer[] = [];
  const defects: Record<string, number> = {};
  const checks: BatchChecks = { values: 0, typeMismatches: 0, duplicateKeys: 0, references: 0, orphanReferences: 0, requiredValues: 0, missingValues: 0, failingRecords: 0 };
  const stream = openRecordStream({
    plan,
    dataset,
    offset: options.offset ?? 0,
    count: options.count ?? 0,
    format: options.format ?? OutputFormat.OUTPUT_FORMAT_JSON,
    sqlDialect: options.sqlDialect ?? SqlDialect.SQL_DIALECT_UNSPECIFIED,
    embedding: options.embedding ?? Embedding.EMBEDDING_UNSPECIFIED,
    batchSize: options.batchSize ?? 0,
    content: options.content ?? Content.CONTENT_RECORDS,
    defectRates: options.defectRates,
    outputEnd: options.outputEnd,
    sqlOptions: options.sqlOptions,
  });
  for (let next = stream.next(); !next.done; next = stream.next()) {
    batches.push(Buffer.from(next.value.data));
    for (const [kind, count] of Object.entries(next.value.defectCounts)) defects[kind] = (defects[kind] ?? 0) + count;
    for (const check of Object.keys(checks) as (keyof BatchChecks)[]) checks[check] += next.value.checks[check];
  }
  return { data: Buffer.concat(batches), defects, checks };
}

export interface ManifestEntry {
  index: number;
  column: string | null;
  kind: string;
  clean: unknown;
}

export function manifest(plan: Plan, dataset: string, options: GenerateOptions = {}): ManifestEntry[] {
  const text = generate(plan, dataset, { ...options, content: Content.CONTENT_DEFECT_MANIFEST }).toString();
  return text === '' ? [] : text.trimEnd().split('\n').map((line) => JSON.parse(line) as ManifestEntry);
}

// What the engine finds wrong with a plan, in its words; empty when it compiles.
export function problems(source: Plan): readonly string[] {
  try {
    compileAll(readPlan(source), JSON_SYNTAX);
    return [];
  } catch (error) {
    return PlanError.problemsOf(error);
  }
}

export function atLevel(source: Plan, realityLevel: number): Plan {
  return { ...source, realityLevel };
}

export function records(plan: Plan, dataset: string): Record<string, unknown>[] {
  return JSON.parse(generate(plan, dataset).toString()) as Record<string, unknown>[];
}

// One field per catalogue generator (reference, formula and enum with what they need), so
// every generator is exercised in every format.
export function cataloguePlan(size: number, names: readonly string[]): Plan {
  const fields = names.map((name) => {
    const column = name.replace(/\W/g, '_');
    switch (name) {
      case 'reference':
        return field(column, name, { foreignKey: { dataset: 'parents', field: 'code', distribution: Distribution.DISTRIBUTION_LOG_NORMAL, group: '' } });
      case 'formula':
        return field(column, name, { formula: { operator: FormulaOperator.FORMULA_OPERATOR_DIFFERENCE, operands: ['number_decimal', 'number_integer'], asOf: '' } });
      case 'aggregate':
        return field(column, name, { aggregate: { dataset: 'children', foreignKeyField: '', operator: AggregateOperator.AGGREGATE_OPERATOR_COUNT, field: '' } });
      case 'enum':
        return field(column, name, { enumValues: TRICKY_STATUS });
      case 'date.timestamp':
        // A rule, which a messy level breaks now and then.
        return field(column, name, names.includes('date.date') ? { dateRange: { start: '', end: '', afterField: '', maxDaysAfter: 0, minDaysAfter: 0, notBefore: 'date_date' } } : {});
      case 'id.sequence':
        return field(column, name, { primaryKey: true });
      default:
        return field(column, name);
    }
  });
  // An aggregate counts the records of a dataset after the catalogue that reference it.
  const children = names.includes('aggregate')
    ? [dataset('children', size * 3, [field('parent', 'reference', { foreignKey: { dataset: 'catalogue', field: '', distribution: Distribution.DISTRIBUTION_UNIFORM, group: '', children: { min: 0, max: 6 } } })])]
    : [];
  return plan([dataset('parents', 40, [field('code', 'id.code', { primaryKey: true })]), dataset('catalogue', size, fields), ...children]);
}
