import { DEFAULT_DATASET_SIZE, DEFAULT_REALITY, MAX_SCHEMA_DATASETS, type SqlDialectName } from '../../../../libs/api/src/request-limits.js';
import { Distribution, type Dataset, type Field, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { SIBLING_RANKED_TYPES } from '../../../../libs/catalogue/src/sibling-ranked-types.js';
import { looksLikePerson } from '../builtin/assembly/person-words.js';
import { GENERAL_DOMAIN, kindNamed } from '../builtin/knowledge/domain-registry.js';
import { plural } from '../builtin/prompt/inflection.js';
import { readPrompt } from '../builtin/prompt/prompt-reader.js';
import { PayloadViolation } from '../rules/payload-violation.js';
import type { PlanningRequest } from '../rules/planning-request.js';
import { rangeProblems } from '../rules/range-rules.js';
import { SCHEMA_PLANNER } from '../rules/given-plan.js';
import { columnField } from './column-field.js';
import { readDdl } from './ddl-reader.js';
import type { SchemaForeignKey, SchemaTable } from './schema-model.js';
import { snakeName } from './snake-name.js';
import { orderTables } from './table-order.js';
import { tableSizes } from './table-sizes.js';


export interface SchemaRequest {
  readonly schema: string;
  readonly dialect?: SqlDialectName;
  readonly datasetSizes: Readonly<Record<string, number>>;
}

// A plan from SQL DDL: every table a dataset, in dependency order, with its columns in order,
// their types, keys, references and checks; value generators from the column names, the SQL
// types and the prompt's words. What the schema says that the plan cannot is in its warnings.
export function planFromSchema(request: PlanningRequest, schema: SchemaRequest): Plan {
  const { issues, suggestions } = rangeProblems({ datasetSize: request.datasetSize, reality: request.reality });
  if (issues.length > 0) throw new PayloadViolation(issues, suggestions);
  const { model } = readDdl(schema.schema, schema.dialect);
  const count = model.tables.length;
  if (count > MAX_SCHEMA_DATASETS) {
    throw new PayloadViolation([`The schema creates ${count} tables; a request holds at most ${MAX_SCHEMA_DATASETS} datasets`], ['Send the tables you need in one request, and the others in another']);
  }
  if (request.datasets !== undefined && request.datasets !== count) {
    throw new PayloadViolation([`The schema creates ${count} tables but datasets=${request.datasets}`], [`Leave datasets out, or set it to ${count}`]);
  }
  const find = (name: string) => model.tables.find((table) => table.name === name) ?? model.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  const warnings = [...model.warnings];
  const order = orderTables(model.tables, find);
  const isBroken = (table: SchemaTable, key: SchemaForeignKey) => order.broken.some((entry) => entry.table === table && entry.key === key);
  const parentsOf = (table: SchemaTable) => table.foreignKeys.flatMap((key) => (isBroken(table, key) ? [] : (find(key.table) ?? [])));
  const sizes = tableSizes(order.tables, parentsOf, request.datasetSize ?? DEFAULT_DATASET_SIZE, schema.datasetSizes);
  const prompt = request.prompt.trim();
  const domain = prompt === '' ? GENERAL_DOMAIN : readPrompt(prompt).domain;
  const datasets = order.tables.map((table) => {
    const broken = new Set(order.broken.filter((entry) => entry.table === table).map((entry) => entry.key));
    return datasetOf(table, sizes.get(table)!, broken, find, domain, warnings);
  });
  capJunctionSizes(datasets, warnings);
  countChildren(datasets);
  for (const { table, key } of order.broken) {
    const closing = cycleUpdates(table, key, datasets, find, warnings);
    if (closing !== undefined) {
      datasets.push(closing);
      warnings.push(
        `Tables ${table.name} and ${key.table} reference each other in a cycle: ${table.name}.${key.columns.join(', ')} is null in its INSERTs so the tables load one after the other, ` +
          `and dataset ${closing.name} sets it afterwards (UPDATE statements in SQL)`,
      );
    } else {
      warnings.push(
        `Tables ${table.name} and ${key.table} reference each other in a cycle: ${table.name}.${key.columns.join(', ')} is left null in every record so the tables can be loaded one after the other; set it with an UPDATE after loading`,
      );
    }
  }
  return {
    datasets,
    seed: request.seed,
    realityLevel: request.reality ?? DEFAULT_REALITY,
    warnings,
    prompt: request.prompt,
    planner: SCHEMA_PLANNER,
    locale: '',
    domain: prompt === '' ? '' : domain.name,
  };
}

function datasetOf(
  table: SchemaTable,
  size: number,
  broken: ReadonlySet<SchemaForeignKey>,
  find: (name: string) => SchemaTable | undefined,
  domain: typeof GENERAL_DOMAIN,
  warnings: string[],
): Dataset {
  const noun = snakeName(table.name);
  const kind = kindNamed(plural(noun), domain);
  const context = { kind, person: kind?.person ?? looksLikePerson(plural(noun)) };
  const fields = table.columns.map((column) => {
    const key = table.foreignKeys.find((candidate) => candidate.columns.includes(column.name));
    const field = columnField(column, table, context, warnings);
    if (key === undefined) return field;
    if (broken.has(key)) return { ...field, nullable: true, nullRate: 1, unique: false };
    return referenceField(field, table, key, column.name, find, warnings);
  });
  const compositeKeys = [
    ...(table.primaryKey.length > 1 ? [{ fields: table.primaryKey, primaryKey: true }] : []),
    ...table.uniqueKeys.map((fields) => ({ fields, primaryKey: false })),
  ];
  return { name: table.name, size, fields, description: `Rows of table ${table.name}`, compositeKeys, updates: '' };
}

// A column of a foreign key takes its values from the referenced table's key. A key of several
// columns gives them one group, so they take their values from the same referenced record.
function referenceField(field: Field, table: SchemaTable, key: SchemaForeignKey, column: string, find: (name: string) => SchemaTable | undefined, warnings: string[]): Field {
  const target = find(key.table);
  if (target === undefined) {
    warnings.push(`Table ${table.name}: column ${column} references table ${key.table}, which the schema does not create; its values are generated without it, so load with that key's check off or add the table`);
    return field;
  }
  const position = key.columns.indexOf(column);
  const referenced = key.referencedColumns[position] ?? target.primaryKey[position] ?? '';
  if (referenced === '') {
    warnings.push(`Table ${table.name}: column ${column} references ${target.name}, which has no primary key; name the referenced column in REFERENCES`);
    return field;
  }
  const group = key.columns.length > 1 ? key.name || `${table.name}_${key.columns.join('_')}_fkey` : '';
  return {
    ...field,
    generator: 'reference',
    foreignKey: { dataset: target.name, field: target.columns.find((candidate) => candidate.name.toLowerCase() === referenced.toLowerCase())?.name ?? referenced, distribution: Distribution.DISTRIBUTION_UNIFORM, group },
    enumValues: [],
    numericRange: undefined,
    dateRange: undefined,
    unique: field.unique,
    nullRate: field.nullable ? Math.min(field.nullRate, 0.1) : 0,
  };
}

// The dataset closing a cycle: one record per record of `table`, setting the broken key's
// column to a record of the table it references, found by `table`'s primary key. Made for a
// key of one column into a table with a primary key of one column.
function cycleUpdates(
  table: SchemaTable,
  key: SchemaForeignKey,
  datasets: readonly Dataset[],
  find: (name: string) => SchemaTable | undefined,
  warnings: string[],
): Dataset | undefined {
  const updated = datasets.find((dataset) => dataset.name === table.name);
  const column = updated?.fields.find((field) => field.name === key.columns[0]);
  const primaryKey = updated?.fields.find((field) => field.name === table.primaryKey[0]);
  if (key.columns.length !== 1 || table.primaryKey.length !== 1 || column === undefined || primaryKey === undefined) return undefined;
  const setting = referenceField({ ...column, nullRate: 0 }, table, key, column.name, find, warnings);
  if (setting.foreignKey === undefined) return undefined;
  const naming: Field = {
    ...primaryKey,
    generator: 'reference',
    foreignKey: { dataset: updated!.name, field: primaryKey.name, distribution: Distribution.DISTRIBUTION_UNIFORM, group: '' },
    unique: true,
    primaryKey: false,
    defaultSql: '',
  };
  return {
    name: `${table.name}_${column.name}_update`,
    size: updated!.size,
    fields: [setting, naming],
    description: `Sets ${table.name}.${column.name} once ${key.table} is loaded`,
    compositeKeys: [],
    updates: updated!.name,
  };
}

// A junction table's key pairs stay unique, so it cannot hold more rows than there are pairs
// of the records it joins.
function capJunctionSizes(datasets: Dataset[], warnings: string[]): void {
  for (const dataset of datasets) {
    for (const key of dataset.compositeKeys) {
      const parents = key.fields.map((name) => dataset.fields.find((field) => field.name === name)?.foreignKey);
      if (parents.some((parent) => parent === undefined || parent.dataset === dataset.name)) continue;
      const pairs = parents.reduce((product, parent) => product * (datasets.find((candidate) => candidate.name === parent!.dataset)?.size ?? 1), 1);
      if (dataset.size <= pairs) continue;
      warnings.push(`Dataset ${dataset.name} holds at most ${pairs} records: its key (${key.fields.join(', ')}) has no more distinct combinations`);
      dataset.size = pairs;
    }
  }
}

// A key pairing references with a value of its own (job_history's (employee_id, start_date),
// rental's (rental_date, inventory_id, customer_id)) is unique when the records sharing a
// parent differ in that value: its first reference is given a count of children, 0 to twice
// the mean the sizes give, and the engine ranks the siblings.
function countChildren(datasets: Dataset[]): void {
  for (const dataset of datasets) {
    for (const key of dataset.compositeKeys) {
      const fields = key.fields.map((name) => dataset.fields.find((field) => field.name === name)!);
      if (fields.some((field) => field.unique)) continue;
      if (fields.some((field) => field.foreignKey?.children !== undefined)) continue;
      if (!fields.some((field) => field.foreignKey === undefined && SIBLING_RANKED_TYPES.has(field.type))) continue;
      const reference = fields.find((field) => field.foreignKey !== undefined && field.foreignKey.group === '' && field.foreignKey.dataset !== dataset.name && field.nullRate === 0);
      const parents = datasets.find((candidate) => candidate.name === reference?.foreignKey!.dataset)?.size ?? 0;
      if (reference === undefined || parents === 0) continue;
      reference.foreignKey!.children = { min: 0, max: Math.max(1, Math.ceil((2 * dataset.size) / parents)) };
    }
  }
}
