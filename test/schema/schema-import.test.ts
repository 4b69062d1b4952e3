import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Plan } from '../../libs/proto/src/nest/datagen/v1/plan.js';
import { PayloadViolation } from '../../services/planner/src/rules/payload-violation.js';
import { readDdl } from '../../services/planner/src/schema/ddl-reader.js';
import { planFromSchema } from '../../services/planner/src/schema/schema-planner.js';
import { OutputFormat } from '../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { generate, records } from '../engine/plans.js';
import type { SchemaModel, SchemaTable } from '../../services/planner/src/schema/schema-model.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.sql`, import.meta.url), 'utf8');

function plan(schema: string, options: { datasetSize?: number; datasetSizes?: Record<string, number>; prompt?: string } = {}): Plan {
  return planFromSchema({ prompt: options.prompt ?? '', datasetSize: options.datasetSize, seed: 7 }, { schema, datasetSizes: options.datasetSizes ?? {} });
}

function refusal(action: () => unknown): PayloadViolation {
  try {
    action();
  } catch (error) {
    if (error instanceof PayloadViolation) return error;
    throw error;
  }
  throw new Error('expected a PayloadViolation');
}

const table = (model: SchemaModel, name: string): SchemaTable => model.tables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())!;
const dataset = (planned: Plan, name: string): Dataset => planned.datasets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())!;
const columnCounts = (model: SchemaModel) => Object.fromEntries(model.tables.map((entry) => [entry.name.toLowerCase().replace(/_/g, ''), entry.columns.length]));
const keyCount = (model: SchemaModel) => model.tables.reduce((sum, entry) => sum + entry.foreignKeys.length, 0);

describe('Chinook (music store) in PostgreSQL, MySQL and SQLite', () => {
  const CHINOOK_COLUMNS = { album: 3, artist: 2, customer: 13, employee: 15, genre: 2, invoice: 9, invoiceline: 5, mediatype: 2, playlist: 2, playlisttrack: 2, track: 9 };

  for (const [file, dialect] of [['chinook-postgres', 'postgres'], ['chinook-mysql', 'mysql'], ['chinook-sqlite', 'sqlite']] as const) {
    it(`${file}: every table, column and constraint is kept`, () => {
      const { model, dialect: detected } = readDdl(fixture(file), undefined);
      expect(detected).toBe(dialect);
      expect(columnCounts(model)).toEqual(CHINOOK_COLUMNS);
      expect(keyCount(model)).toBe(11);
      const junction = model.tables.find((entry) => /^playlist_?track$/i.test(entry.name))!;
      expect(junction.primaryKey.map((name) => name.toLowerCase().replace('_', ''))).toEqual(['playlistid', 'trackid']);
      const employee = table(model, 'employee');
      const reportsTo = employee.foreignKeys.find((key) => /reports_?to/i.test(key.columns[0]!))!;
      expect(reportsTo.table.toLowerCase()).toBe('employee');
      const title = table(model, 'album').columns[1]!;
      expect([title.length, title.notNull]).toEqual([160, true]);
      const price = table(model, 'track').columns.find((column) => /unit_?price/i.test(column.name))!;
      expect([price.typeName, price.length, price.scale]).toEqual(['NUMERIC', 10, 2]);
    });

    it(`${file}: plans every table in dependency order with keys, references and fitting generators`, () => {
      const planned = plan(fixture(file), { datasetSize: 2000 });
      expect(planned.planner).toBe('schema');
      const names = planned.datasets.map((entry) => entry.name.toLowerCase().replace(/_/g, ''));
      expect(names).toHaveLength(11);
      for (const entry of planned.datasets) {
        for (const field of entry.fields) {
          if (field.foreignKey && field.foreignKey.dataset !== entry.name) expect(names.indexOf(field.foreignKey.dataset.toLowerCase().replace(/_/g, ''))).toBeLessThan(names.indexOf(entry.name.toLowerCase().replace(/_/g, '')));
        }
      }
      expect(Math.max(...planned.datasets.map((entry) => entry.size))).toBe(2000);
      const junction = planned.datasets.find((entry) => /^playlist_?track$/i.test(entry.name))!;
      expect(junction.compositeKeys).toEqual([{ fields: junction.fields.map((field) => field.name), primaryKey: true }]);
      expect(junction.fields.map((field) => field.generator)).toEqual(['reference', 'reference']);
      const employee = dataset(planned, 'employee');
      const byName = (name: RegExp) => employee.fields.find((field) => name.test(field.name))!;
      expect(byName(/reports_?to/i).foreignKey?.dataset).toBe(employee.name);
      expect(byName(/reports_?to/i).nullable).toBe(true);
      expect(byName(/employee_?id/i)).toMatchObject({ generator: 'id.sequence', primaryKey: true, unique: true });
      expect(byName(/^email$/i).generator).toBe('person.email');
      expect(byName(/first_?name/i)).toMatchObject({ generator: 'person.first_name', maxLength: 20 });
      expect(byName(/hire_?date/i).generator).toBe('date.timestamp');
      const price = dataset(planned, 'track').fields.find((field) => /unit_?price/i.test(field.name))!;
      expect(price).toMatchObject({ generator: 'commerce.price', precision: 10, scale: 2, nullable: false });
    });
  }
});

describe('Sakila (film rental) in PostgreSQL, MySQL and SQLite', () => {
  for (const [file, tables] of [['sakila-postgres', 15], ['sakila-mysql', 16], ['sakila-sqlite', 16]] as const) {
    it(`${file}: every table, column and constraint is kept`, () => {
      const { model } = readDdl(fixture(file), undefined);
      expect(model.tables).toHaveLength(tables);
      expect(table(model, 'film_actor').primaryKey).toEqual(['actor_id', 'film_id']);
      expect(table(model, 'film_category').primaryKey).toEqual(['film_id', 'category_id']);
      expect(table(model, 'rental').uniqueKeys).toEqual([['rental_date', 'inventory_id', 'customer_id']]);
      // The SQLite port indexes store.manager_staff_id without UNIQUE.
      expect(table(model, 'store').columns.find((column) => column.name === 'manager_staff_id')?.unique).toBe(file !== 'sakila-sqlite');
      const film = table(model, 'film');
      expect(film.foreignKeys.map((key) => [key.columns.join(), key.table])).toEqual(
        expect.arrayContaining([['language_id', 'language'], ['original_language_id', 'language']]),
      );
      const rentalRate = film.columns.find((column) => column.name === 'rental_rate')!;
      expect([rentalRate.length, rentalRate.scale, rentalRate.defaultSql]).toEqual([4, 2, '4.99']);
      if (file !== 'sakila-sqlite') {
        expect(film.columns.find((column) => column.name === 'rating')?.enumValues).toEqual(['G', 'PG', 'PG-13', 'R', 'NC-17']);
      }
      expect(model.warnings.join('\n')).toMatch(/not imported/i);
    });

    it(`${file}: the store ↔ staff cycle through NOT NULL keys is refused with the cycle named`, () => {
      const error = refusal(() => plan(fixture(file)));
      expect(error.issues[0]).toMatch(/cycle through NOT NULL columns \(.*store\.manager_staff_id → staff.*staff\.store_id → store|staff\.store_id → store.*store\.manager_staff_id → staff/);
      expect(error.suggestions[0]).toMatch(/nullable/);
    });
  }

  it('with store.manager_staff_id nullable, the cycle is broken there and said so', () => {
    const schema = fixture('sakila-postgres').replace('manager_staff_id integer NOT NULL', 'manager_staff_id integer');
    const planned = plan(schema, { datasetSize: 10_000 });
    expect(planned.datasets).toHaveLength(16);
    const manager = dataset(planned, 'store').fields.find((field) => field.name === 'manager_staff_id')!;
    expect(manager).toMatchObject({ nullable: true, nullRate: 1, foreignKey: undefined });
    expect(planned.warnings).toContainEqual(expect.stringMatching(/store\.manager_staff_id is null in its INSERTs .* dataset store_manager_staff_id_update sets it afterwards/));
    const rating = dataset(planned, 'film').fields.find((field) => field.name === 'rating')!;
    expect(rating).toMatchObject({ generator: 'enum', sqlType: 'mpaa_rating', defaultSql: "'G'::mpaa_rating" });
    const filmActor = dataset(planned, 'film_actor');
    expect(filmActor.compositeKeys).toEqual([{ fields: ['actor_id', 'film_id'], primaryKey: true }]);
    const rental = dataset(planned, 'rental');
    expect(rental.compositeKeys).toEqual([{ fields: ['rental_date', 'inventory_id', 'customer_id'], primaryKey: false }]);
    expect([rental.size, dataset(planned, 'payment').size]).toEqual([1000, 10_000]);
    expect(dataset(planned, 'film').fields.find((field) => field.name === 'film_id')?.generator).toBe('id.sequence');
    expect(planned.warnings).toContainEqual(expect.stringMatching(/special_features has type text\[\], which no generator makes/));
    expect(planned.warnings).toContainEqual(expect.stringMatching(/CREATE FUNCTION|TRIGGER/));
  });
});

describe('HR (employees, managers, departments, jobs) in PostgreSQL', () => {
  it('keeps the self-reference, the composite key, the checks and the unique index; breaks the nullable cycle', () => {
    const { model } = readDdl(fixture('hr-postgres'), undefined);
    expect(columnCounts(model)).toEqual({ regions: 2, countries: 3, locations: 6, departments: 4, jobs: 4, employees: 11, jobhistory: 5 });
    expect(table(model, 'job_history').primaryKey).toEqual(['employee_id', 'start_date']);
    expect(table(model, 'departments').foreignKeys.map((key) => key.name)).toContain('dept_mgr_fk');
    const planned = plan(fixture('hr-postgres'), { datasetSize: 1000, prompt: 'HR system' });
    expect(planned.datasets.map((entry) => entry.name)).toEqual(['regions', 'countries', 'locations', 'departments', 'jobs', 'employees', 'job_history', 'departments_manager_id_update']);
    const employees = dataset(planned, 'employees');
    const field = (name: string) => employees.fields.find((candidate) => candidate.name === name)!;
    expect(field('manager_id').foreignKey).toMatchObject({ dataset: 'employees', field: 'employee_id' });
    expect(field('salary').numericRange!.min).toBeGreaterThan(0);
    expect(field('salary').numericRange!.max).toBeLessThanOrEqual(999_999.99);
    expect(field('commission_pct').numericRange!.max).toBeLessThan(1);
    expect(field('email')).toMatchObject({ generator: 'person.email', unique: true, maxLength: 25 });
    expect(dataset(planned, 'jobs').fields.find((candidate) => candidate.name === 'job_title')).toMatchObject({ unique: true });
    expect(dataset(planned, 'departments').fields.find((candidate) => candidate.name === 'manager_id')).toMatchObject({ nullRate: 1, foreignKey: undefined });
    expect(planned.warnings).toContainEqual(expect.stringMatching(/departments and employees reference each other in a cycle/));
    // CHECK (end_date > start_date): the end follows the start by at least a day.
    const history = dataset(planned, 'job_history');
    const column = (name: string) => history.fields.find((candidate) => candidate.name === name)!;
    expect(column('end_date').dateRange).toMatchObject({ afterField: 'start_date', minDaysAfter: 1 });
    expect(planned.warnings.join('\n')).not.toMatch(/jhist_date_interval/);
    // The key (employee_id, start_date): each employee has 0 to twice the mean of rows, and
    // the engine keeps one employee's start dates apart.
    const employeeCount = dataset(planned, 'employees').size;
    expect(column('employee_id').foreignKey!.children).toEqual({ min: 0, max: Math.ceil((2 * history.size) / employeeCount) });
  });
});

describe('generated values fit their columns', () => {
  const schemas = {
    'chinook-postgres': fixture('chinook-postgres'),
    'chinook-mysql': fixture('chinook-mysql'),
    'sakila-postgres, manager nullable': fixture('sakila-postgres').replace('manager_staff_id integer NOT NULL', 'manager_staff_id integer'),
    'hr-postgres': fixture('hr-postgres'),
  };
  it.each(Object.keys(schemas))('%s: no text longer than its column, at 2,000 records', (name) => {
    // At level 0: defects (stray spaces) may make a value longer than its column on purpose.
    const planned = { ...plan(schemas[name as keyof typeof schemas], { datasetSize: 2_000 }), realityLevel: 0 };
    const tooLong: string[] = [];
    for (const planDataset of planned.datasets) {
      const rows = records(planned, planDataset.name);
      for (const field of planDataset.fields.filter((candidate) => candidate.maxLength > 0)) {
        const longest = rows.map((row) => row[field.name]).find((value) => typeof value === 'string' && value.length > field.maxLength);
        if (longest !== undefined) tooLong.push(`${planDataset.name}.${field.name} (${field.generator}, max ${field.maxLength}): ${JSON.stringify(longest)}`);
      }
    }
    expect(tooLong).toEqual([]);
  });
});

describe('schema rules', () => {
  it('reads CHECK IN lists, BETWEEN, composite foreign keys and unique indexes', () => {
    const planned = plan(`
      CREATE TABLE shipments (
        carrier varchar(10) NOT NULL,
        tracking_no integer NOT NULL,
        PRIMARY KEY (carrier, tracking_no)
      );
      CREATE TABLE events (
        id bigserial PRIMARY KEY,
        carrier varchar(10) NOT NULL,
        tracking_no integer NOT NULL,
        status text NOT NULL CHECK (status IN ('created', 'moving', 'delivered')),
        weight_kg numeric(6,1) CHECK (weight_kg BETWEEN 0.5 AND 70),
        happened_on date CHECK (happened_on >= '2024-01-01'),
        CONSTRAINT events_shipment_fk FOREIGN KEY (carrier, tracking_no) REFERENCES shipments (carrier, tracking_no)
      );
      CREATE UNIQUE INDEX events_pair ON events (carrier, happened_on);`);
    const events = dataset(planned, 'events');
    const field = (name: string) => events.fields.find((candidate) => candidate.name === name)!;
    expect(field('status').enumValues.map((entry) => entry.value)).toEqual(['created', 'moving', 'delivered']);
    expect(field('weight_kg').numericRange!.min).toBeGreaterThanOrEqual(0.5);
    expect(field('weight_kg').numericRange!.max).toBeLessThanOrEqual(70);
    expect(field('weight_kg')).toMatchObject({ scale: 1, precision: 6 });
    expect(field('happened_on').dateRange?.start).toBe('2024-01-01');
    expect(field('carrier').foreignKey).toMatchObject({ dataset: 'shipments', field: 'carrier', group: 'events_shipment_fk' });
    expect(field('tracking_no').foreignKey).toMatchObject({ dataset: 'shipments', field: 'tracking_no', group: 'events_shipment_fk' });
    expect(events.compositeKeys).toEqual([{ fields: ['carrier', 'happened_on'], primaryKey: false }]);
    expect(field('id').generator).toBe('id.sequence');
  });

  it('refuses a statement it cannot read, naming its line', () => {
    const error = refusal(() => plan('CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE b (\n  id int,\n  name varchar(10) NOT NULL DEFAULT,\n);'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^schema line 5: cannot read "CREATE TABLE b/);
    expect(refusal(() => plan('CREATE TABLE a (id int);\nCRATE TABLE b (id int);')).issues[0]).toMatch(/^schema line 2: "CRATE TABLE b" is not a DDL statement/);
  });

  it('refuses a cycle through NOT NULL keys, and breaks one through a nullable key', () => {
    const cycle = (nullable: string) => `CREATE TABLE a (id int PRIMARY KEY, b_id int ${nullable} REFERENCES b (id)); CREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a (id));`;
    expect(refusal(() => plan(cycle('NOT NULL'))).issues[0]).toMatch(/cycle through NOT NULL columns/);
    const broken = plan(cycle(''));
    expect(broken.datasets.map((entry) => entry.name)).toEqual(['a', 'b', 'a_b_id_update']);
    // The cycle is closed by a dataset setting a.b_id on every record of a, named by a.id.
    const closing = broken.datasets[2]!;
    expect(closing).toMatchObject({ updates: 'a', size: broken.datasets[0]!.size });
    expect(closing.fields.map((field) => [field.name, field.foreignKey?.dataset, field.unique])).toEqual([
      ['b_id', 'b', false],
      ['id', 'a', true],
    ]);
    const statements = generate(broken, 'a_b_id_update', { format: OutputFormat.OUTPUT_FORMAT_SQL }).toString().trim().split('\n');
    expect(statements).toHaveLength(closing.size);
    for (const statement of statements) expect(statement).toMatch(/^UPDATE "a" SET "b_id" = (\d+|NULL) WHERE "id" = \d+;$/);
    expect(new Set(statements.map((statement) => statement.split('WHERE')[1])).size).toBe(closing.size);
  });

  it('sizes referenced tables from their children, honours dataset_sizes and the 5,000,000 total', () => {
    const schema = 'CREATE TABLE c (id int PRIMARY KEY); CREATE TABLE o (id int PRIMARY KEY, c_id int NOT NULL REFERENCES c (id)); CREATE TABLE l (id int PRIMARY KEY, o_id int NOT NULL REFERENCES o (id));';
    expect(plan(schema, { datasetSize: 100_000 }).datasets.map((entry) => [entry.name, entry.size])).toEqual([['c', 1000], ['o', 10_000], ['l', 100_000]]);
    expect(plan(schema, { datasetSize: 100_000, datasetSizes: { o: 50_000 } }).datasets.map((entry) => entry.size)).toEqual([5000, 50_000, 100_000]);
    expect(refusal(() => plan(schema, { datasetSizes: { orders: 5 } })).issues).toEqual(['dataset_sizes names "orders", which is not a table of the schema']);
    const over = refusal(() => plan(schema, { datasetSize: 4_600_000 }));
    expect(over.issues).toEqual(["The schema's 3 datasets total 5,106,000 records, over the limit of 5,000,000 records per request"]);
  });

  it('allows up to 100 tables and refuses more', () => {
    const tables = (count: number) => Array.from({ length: count }, (_, index) => `CREATE TABLE t${index} (id int PRIMARY KEY);`).join('\n');
    expect(plan(tables(100), { datasetSize: 10 }).datasets).toHaveLength(100);
    expect(refusal(() => plan(tables(101), { datasetSize: 10 })).issues).toEqual(['The schema creates 101 tables; a request holds at most 100 datasets']);
  });
});
