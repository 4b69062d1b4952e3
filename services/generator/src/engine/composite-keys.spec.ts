import { describe, expect, it } from 'vitest';
import { OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { Distribution, LogicalType, type CompositeKey, type Dataset, type Field, type Plan } from '../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { atLevel, dataset, field, generate, plan, records, run } from '../../../../test/engine/plans.js';
import { PlanError } from './plan-error.js';

const id = () => field('id', 'id.sequence', { primaryKey: true, type: LogicalType.LOGICAL_TYPE_INTEGER });
const reference = (target: string, column = 'id', group = '', distribution = Distribution.DISTRIBUTION_UNIFORM) => ({
  foreignKey: { dataset: target, field: column, distribution, group },
});
const keyed = (name: string, size: number, fields: Field[], compositeKeys: CompositeKey[]): Dataset => ({ ...dataset(name, size, fields), compositeKeys });

// actors and films, the junction film_actor keyed by its two references, and credits naming a
// row of film_actor through a foreign key of two fields.
function filmPlan(sizes: { actors: number; films: number; filmActors: number; credits?: number }, seed = 5): Plan {
  return plan(
    [
      dataset('actors', sizes.actors, [id(), field('name', 'person.full_name')]),
      dataset('films', sizes.films, [field('title', 'commerce.product_name'), field('film_code', 'id.code', { primaryKey: true })]),
      keyed(
        'film_actor',
        sizes.filmActors,
        [field('actor_id', 'reference', reference('actors')), field('film_id', 'reference', reference('films', 'film_code', '', Distribution.DISTRIBUTION_ZIPF)), field('billing', 'number.integer')],
        [{ fields: ['actor_id', 'film_id'], primaryKey: true }],
      ),
      dataset('credits', sizes.credits ?? 0, [
        id(),
        field('film', 'reference', reference('film_actor', 'film_id', 'role')),
        field('actor', 'reference', reference('film_actor', 'actor_id', 'role')),
        field('line', 'text.sentence'),
      ]),
    ],
    seed,
  );
}

const pairsOf = (rows: Record<string, unknown>[], first: string, second: string) => rows.map((row) => `${row[first]}|${row[second]}`);

describe('composite keys', () => {
  it.each([
    { actors: 7, films: 5, filmActors: 35 },
    { actors: 3, films: 4, filmActors: 1 },
    { actors: 200, films: 1000, filmActors: 5462 },
    { actors: 1, films: 3000, filmActors: 3000 },
    { actors: 60, films: 40, filmActors: 2399 },
  ])('draws the pairs of a junction table without repeats, each a real reference: $actors actors × $films films, $filmActors rows', (sizes) => {
    const films = filmPlan(sizes);
    const actorIds = new Set(records(films, 'actors').map((row) => row.id));
    const filmCodes = new Set(records(films, 'films').map((row) => row.film_code));
    const rows = records(films, 'film_actor');
    expect(rows).toHaveLength(sizes.filmActors);
    expect(new Set(pairsOf(rows, 'actor_id', 'film_id')).size).toBe(sizes.filmActors);
    for (const row of rows) {
      expect(actorIds.has(row.actor_id)).toBe(true);
      expect(filmCodes.has(row.film_id)).toBe(true);
    }
    if (sizes.filmActors === sizes.actors * sizes.films) expect(new Set(rows.map((row) => row.film_id)).size).toBe(sizes.films);
  });

  it('spreads a junction over its references rather than walking one of them', () => {
    const rows = records(filmPlan({ actors: 200, films: 1000, filmActors: 5462 }), 'film_actor');
    expect(new Set(rows.map((row) => row.actor_id)).size).toBeGreaterThan(190);
    expect(new Set(rows.map((row) => row.film_id)).size).toBeGreaterThan(900);
  });

  it.each([
    [OutputFormat.OUTPUT_FORMAT_JSON, [0, 777, 1000, 4096, 5462]],
    [OutputFormat.OUTPUT_FORMAT_SQL, [0, 1, 500, 2500, 5000, 5462]],
    [OutputFormat.OUTPUT_FORMAT_CSV, [0, 2731, 5462]],
  ])('writes the same bytes of a junction table whatever the shards (format %s)', (format, edges) => {
    const films = filmPlan({ actors: 200, films: 1000, filmActors: 5462 });
    const options = { format, sqlDialect: SqlDialect.SQL_DIALECT_MYSQL };
    const whole = generate(films, 'film_actor', options);
    const shards = edges.slice(1).map((end, index) => generate(films, 'film_actor', { ...options, offset: edges[index]!, count: end - edges[index]!, outputEnd: 5462, batchSize: 333 }));
    expect(Buffer.concat(shards).equals(whole)).toBe(true);
  });

  it('takes every field of a foreign key group from one referenced record, a real composite key tuple', () => {
    const films = filmPlan({ actors: 50, films: 80, filmActors: 900, credits: 4000 });
    const junction = new Set(pairsOf(records(films, 'film_actor'), 'actor_id', 'film_id'));
    const credits = records(films, 'credits');
    for (const credit of credits) expect(junction.has(`${credit.actor}|${credit.film}`)).toBe(true);
    expect(new Set(pairsOf(credits, 'actor', 'film')).size).toBeGreaterThan(700);
  });

  it('treats several fields marked primary_key as one composite primary key', () => {
    const flagged = plan([
      dataset('orders', 40, [id()]),
      dataset('products', 25, [id()]),
      dataset('order_items', 1000, [
        field('order_id', 'reference', { primaryKey: true, ...reference('orders') }),
        field('product_id', 'reference', { primaryKey: true, ...reference('products') }),
        field('quantity', 'number.integer'),
      ]),
    ]);
    expect(new Set(pairsOf(records(flagged, 'order_items'), 'order_id', 'product_id')).size).toBe(1000);
    const sql = generate(flagged, 'order_items', { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES }).toString();
    expect(sql).toContain('PRIMARY KEY ("order_id", "product_id")');
  });

  it('keeps a key unique through a field unique by itself', () => {
    const versions = plan([
      keyed('documents', 300, [field('code', 'id.code'), field('version', 'number.integer', { numericRange: { min: 1, max: 3, distribution: 0, mean: 0, stddev: 0 } })], [
        { fields: ['code', 'version'], primaryKey: false },
      ]),
    ]);
    expect(new Set(pairsOf(records(versions, 'documents'), 'code', 'version')).size).toBe(300);
  });

  it('declares composite keys and foreign keys in every dialect, in the referenced key order', () => {
    const films = filmPlan({ actors: 20, films: 30, filmActors: 100, credits: 10 });
    const quoted = { [SqlDialect.SQL_DIALECT_POSTGRES]: '"', [SqlDialect.SQL_DIALECT_MYSQL]: '`', [SqlDialect.SQL_DIALECT_SQLITE]: '"' };
    for (const [dialect, q] of Object.entries(quoted)) {
      const sql = (name: string) => generate(films, name, { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: Number(dialect) }).toString();
      const names = (...columns: string[]) => columns.map((column) => q + column + q).join(', ');
      expect(sql('film_actor')).toContain(`  PRIMARY KEY (${names('actor_id', 'film_id')})`);
      expect(sql('credits')).toContain(`  FOREIGN KEY (${names('actor', 'film')}) REFERENCES ${q}film_actor${q} (${names('actor_id', 'film_id')})`);
      expect(sql('credits')).not.toContain(`FOREIGN KEY (${names('film')})`);
    }
  });

  it('leaves key fields clean at level 10 and counts each grouped reference once', () => {
    const films = atLevel(filmPlan({ actors: 20, films: 30, filmActors: 400, credits: 1000 }), 10);
    const junction = records(films, 'film_actor');
    expect(new Set(pairsOf(junction, 'actor_id', 'film_id')).size).toBe(400);
    const tuples = new Set(pairsOf(junction, 'actor_id', 'film_id'));
    for (const credit of records(films, 'credits')) expect(tuples.has(`${credit.actor}|${credit.film}`)).toBe(true);
    const { checks } = run(films, 'credits');
    expect(checks.references).toBe(1000);
    expect(checks.orphanReferences).toBe(0);
  });

  it('nulls the fields of a group together', () => {
    const films = filmPlan({ actors: 20, films: 30, filmActors: 100 });
    const credits = dataset('credits', 2000, [
      field('film', 'reference', { nullable: true, nullRate: 0.3, ...reference('film_actor', 'film_id', 'role') }),
      field('actor', 'reference', { nullable: true, nullRate: 0.3, ...reference('film_actor', 'actor_id', 'role') }),
    ]);
    const nullable = { ...films, datasets: [...films.datasets.slice(0, 3), credits] };
    const rows = records(nullable, 'credits');
    for (const row of rows) expect(row.film === null).toBe(row.actor === null);
    const { checks } = run(nullable, 'credits');
    expect(checks.references).toBe(rows.filter((row) => row.film !== null).length);
  });

  it.each([
    [
      'a junction with more records than pairs',
      filmPlan({ actors: 3, films: 4, filmActors: 13 }),
      'film_actor',
      /has 13 records, but its key \(actor_id, film_id\) has only 12 distinct tuples/,
    ],
    [
      'a key nothing keeps unique',
      plan([keyed('a', 5, [field('x', 'person.first_name'), field('y', 'number.integer')], [{ fields: ['x', 'y'], primaryKey: true }])]),
      'a',
      /nothing keeps the key \(x, y\) unique: mark one of its fields unique/,
    ],
    [
      'a key naming a field the dataset lacks',
      plan([keyed('a', 5, [id(), field('y', 'number.integer')], [{ fields: ['id', 'z'], primaryKey: false }])]),
      'a',
      /names "z", which is not a field/,
    ],
    [
      'two primary keys',
      plan([keyed('a', 5, [id(), field('y', 'id.uuid')], [{ fields: ['y', 'id'], primaryKey: true }, { fields: ['id', 'y'], primaryKey: true }])]),
      'a',
      /2 composite keys marked primary_key/,
    ],
    [
      'a group naming no key of its dataset',
      plan([
        dataset('actors', 5, [id(), field('name', 'person.full_name', { unique: true })]),
        dataset('roles', 5, [field('a', 'reference', reference('actors', 'id', 'g')), field('b', 'reference', reference('actors', 'name', 'g'))]),
      ]),
      'roles',
      /group "g" \(a, b\) reference \(id, name\), which is not a key of "actors"/,
    ],
    [
      'a group over two datasets',
      plan([
        dataset('actors', 5, [id()]),
        dataset('films', 5, [id()]),
        dataset('roles', 5, [field('a', 'reference', reference('actors', 'id', 'g')), field('b', 'reference', reference('films', 'id', 'g'))]),
      ]),
      'roles',
      /reference different datasets/,
    ],
  ])('refuses %s', (_case, broken, name, message) => {
    let problem: unknown;
    try {
      generate(broken, name);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(PlanError);
    expect((problem as Error).message).toMatch(message);
  });
});
