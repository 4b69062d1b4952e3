import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Content, OutputFormat, SqlDialect } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { atLevel, generate, shopPlan } from '../../../../test/engine/plans.js';

// What a seed produces is a promise to users: the same plan and seed give the same bytes
// across releases. A change to these hashes (an upgrade of @faker-js/faker, a new draw order)
// must be deliberate, and announced.
const GOLDEN: Record<string, string> = {
  json: 'cf8c048525c53dbdb9ed4842819f4fab27d90ead316774de20d2761295c3c702',
  ndjson: '0e80f8d4bd8ae90607d95054f20d5360afca5639b6e6ff75de59c1595e193bd2',
  csv: '6535120728c4219d93e21e802a11810d1b8d610c31593c59a9c4c607fb21ae96',
  'sql-postgres': '22150f096db78061b7a45ecd160028fd21f715c228449d55139053fad75de9b9',
  'sql-mysql': 'bcf4134263ac543e241a82418856700094b3c34d17c5645a7cadd2443bd792d2',
  'sql-sqlite': '23e0f659ecc19c8945c3bd3752c4d13f4fe4cae3c1af91afa70bcdec31bf598a',
};

const FORMATS = {
  json: { format: OutputFormat.OUTPUT_FORMAT_JSON },
  ndjson: { format: OutputFormat.OUTPUT_FORMAT_NDJSON },
  csv: { format: OutputFormat.OUTPUT_FORMAT_CSV },
  'sql-postgres': { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_POSTGRES },
  'sql-mysql': { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_MYSQL },
  'sql-sqlite': { format: OutputFormat.OUTPUT_FORMAT_SQL, sqlDialect: SqlDialect.SQL_DIALECT_SQLITE },
};

// The same promise for messy output: the same seed and level give the same defects.
const GOLDEN_LEVEL_10: Record<string, string> = {
  json: 'c5f0887d2fea8564337481b763f4de30308739328261133eee3a069e639c09d1',
  ndjson: 'a3b3953024f1b6d307bf5d5d9dd6fffc17b8aca7b2e5f60fcd3b5fdfd1e2e4a0',
  csv: '1b78f3b80ba8f13d41edbe2eb64b05e0b7f49e533b58a8da558eadc148eef1b8',
  'sql-postgres': 'a36f52508d9258b78bf554d534b2fd6409bfa43dec59d3942d3732675e4508db',
  'sql-mysql': '7d52a0ef0e6fefa37344e4172cc61c504d1fef3aaba315be5e58e0d3d8fe9595',
  'sql-sqlite': 'bacaa79cd49c25c662985bdc56a7b78a5c0d16b9f945b5f9d4fc9d961da6faa0',
  manifest: '7ff2cab3df6f1e607e3b33067320af7e36f62c41a7fd0eb006b4c7e4d12a96a4',
};

const MESSY_FORMATS = { ...FORMATS, manifest: { content: Content.CONTENT_DEFECT_MANIFEST } };

describe('golden output', () => {
  const shop = shopPlan({ customers: 60, products: 25, orders: 90 }, 2024);
  it.each(Object.entries(FORMATS))('keeps the %s bytes of a fixed plan and seed', (name, options) => {
    const hash = createHash('sha256');
    for (const dataset of shop.datasets) hash.update(generate(shop, dataset.name, options));
    expect(hash.digest('hex')).toBe(GOLDEN[name]);
  });

  const messy = atLevel(shopPlan({ customers: 300, products: 80, orders: 400 }, 2024), 10);
  it.each(Object.entries(MESSY_FORMATS))('keeps the %s bytes of a fixed plan and seed at level 10', (name, options) => {
    const hash = createHash('sha256');
    for (const dataset of messy.datasets) hash.update(generate(messy, dataset.name, options));
    expect(hash.digest('hex')).toBe(GOLDEN_LEVEL_10[name]);
  });
});
