import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { jobBody } from '../request/generation-body';
import { DEFAULT_SETTINGS, type RequestSettings } from '../request/request-settings';
import { pythonLiteral, requestSnippets, shellWord } from './request-snippets';

const ORIGIN = 'http://127.0.0.1:3000';
const API_KEY = 'sk-proj-very-secret-openai-key';
const TOKEN = 'token-that-must-stay-private';

const PLAN: PlanJson = {
  seed: 42,
  reality_level: 4,
  planner: 'builtin',
  prompt: 'Shop with "customers" and orders\nand a back\\slash',
  warnings: [],
  datasets: [
    {
      name: 'customers',
      size: 100,
      fields: [
        { name: 'id', type: 'uuid', generator: 'uuid', primary_key: true },
        { name: 'vip', type: 'boolean', generator: 'boolean', true_probability: 0.1, nullable: false },
        { name: 'tier', type: 'string', generator: 'enum', enum_values: [{ value: "O'Brien", weight: 2 }, { value: 'EOF' }] },
      ],
    },
    {
      name: 'orders',
      size: 250,
      description: 'Tabs\tand unicode: café ✓',
      fields: [
        { name: 'id', type: 'integer', generator: 'sequence', primary_key: true },
        { name: 'customer_id', type: 'uuid', generator: 'reference', foreign_key: { dataset: 'customers', field: 'id' } },
        { name: 'total', type: 'decimal', generator: 'decimal', numeric_range: { min: 0.5, max: 1e6 }, scale: 2 },
      ],
    },
  ],
};

const SETTINGS: RequestSettings = { ...DEFAULT_SETTINGS, reality: 7, format: 'csv', compression: 'gzip', seed: '42' };

// The text a bash heredoc started on `opening` passes to its command.
function heredoc(text: string, opening: string): string {
  const start = text.indexOf(`${opening}\n`);
  const end = text.indexOf('\nEOF\n', start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start + opening.length + 1, end);
}

describe('request snippets', () => {
  it('sends in cURL the body the button sends, without the OpenAI key', () => {
    const { curl } = requestSnippets({ ...SETTINGS, apiKey: API_KEY }, PLAN, ORIGIN);
    const { api_key: _key, ...expected } = jobBody({ ...SETTINGS, apiKey: API_KEY }, PLAN);
    expect(JSON.parse(heredoc(curl, `-d @- <<'EOF'`))).toEqual(expected);
    expect(curl).toMatch(/^curl -X POST http:\/\/127\.0\.0\.1:3000\/api\/jobs \\\n {2}-H "Content-Type: application\/json" \\\n {2}-d @- <<'EOF'\n\{\n {2}"/);
    expect(curl).toContain('# curl <status_url>');
  });

  it('keeps the SQL dialect, the compression and the seed exactly as the job body has them', () => {
    const settings: RequestSettings = { ...SETTINGS, format: 'sql', sqlDialect: 'mysql', compression: 'none', seed: '' };
    const { curl, cli } = requestSnippets(settings, PLAN, ORIGIN);
    expect(JSON.parse(heredoc(curl, `-d @- <<'EOF'`))).toEqual(jobBody(settings, PLAN));
    expect(cli).toContain('--plan plan.json --reality 7 --format sql --sql-dialect mysql --seed 42');
    expect(cli).not.toContain('--compression');
  });

  it('names the API token only as $DATAGEN_TOKEN, and only when one is set', () => {
    const withToken = requestSnippets({ ...SETTINGS, token: TOKEN }, PLAN, ORIGIN);
    expect(withToken.curl).toContain(`-H "Authorization: Bearer $DATAGEN_TOKEN"`);
    expect(withToken.python).toContain(`"Authorization": f"Bearer {os.environ['DATAGEN_TOKEN']}"`);
    expect(withToken.cli).toContain('DATAGEN_TOKEN');
    const without = requestSnippets(SETTINGS, PLAN, ORIGIN);
    for (const snippet of Object.values(without)) expect(snippet).not.toContain('Authorization');
  });

  it('never writes out the OpenAI key or the API token', () => {
    const snippets = requestSnippets({ ...SETTINGS, apiKey: API_KEY, token: TOKEN }, PLAN, ORIGIN);
    for (const snippet of Object.values(snippets)) {
      expect(snippet).not.toContain(API_KEY);
      expect(snippet).not.toContain(TOKEN);
      expect(snippet).not.toContain('api_key');
    }
  });

  it('writes the plan for the CLI to plan.json and passes every setting as a flag', () => {
    const { cli } = requestSnippets(SETTINGS, PLAN, ORIGIN);
    expect(JSON.parse(heredoc(cli, `cat > plan.json <<'EOF'`))).toEqual(PLAN);
    expect(cli).toContain(`datagen generate --server ${ORIGIN} \\\n  --plan plan.json --reality 7 --format csv --compression gzip --seed 42 \\\n  --out ./datagen-output`);
  });

  it('creates the job in Python with the payload as a literal, then polls and downloads', () => {
    const { python } = requestSnippets(SETTINGS, PLAN, ORIGIN);
    expect(python).toContain('url = "http://127.0.0.1:3000/api/jobs"');
    expect(python).toContain('    "reality": 7,  # messiness: 0 is clean, 10 is very messy\n');
    expect(python).toContain('    # the datasets, fields and relations checked on the page\n    "plan": {\n        "seed": 42,\n');
    expect(python).toContain('                    "primary_key": True\n');
    expect(python).toContain('response = requests.post(url, headers=headers, json=data)');
    expect(python).toContain('time.sleep(2)');
    expect(python).toContain('job["result"]["download_links"].items()');
  });
});

describe('pythonLiteral', () => {
  it('writes booleans, null and numbers as Python does', () => {
    expect(pythonLiteral(true)).toBe('True');
    expect(pythonLiteral(false)).toBe('False');
    expect(pythonLiteral(null)).toBe('None');
    expect(pythonLiteral(0.25)).toBe('0.25');
    expect(pythonLiteral(1e21)).toBe('1e+21');
  });

  it('escapes quotes, backslashes and characters that would break the line', () => {
    expect(pythonLiteral('say "hi" to O\'Brien')).toBe('"say \\"hi\\" to O\'Brien"');
    expect(pythonLiteral('C:\\temp\nnext\ttab\r\u0000')).toBe('"C:\\\\temp\\nnext\\ttab\\r\\x00"');
    expect(pythonLiteral('line\u2028separator')).toBe('"line\\u2028separator"');
    expect(pythonLiteral('café ✓ 😀')).toBe('"café ✓ 😀"');
  });

  it('indents nested objects and lists four spaces a level', () => {
    expect(pythonLiteral({ a: { b: [1, { c: null }], d: [] }, e: {} })).toBe(
      ['{', '    "a": {', '        "b": [', '            1,', '            {', '                "c": None', '            }', '        ],', '        "d": []', '    },', '    "e": {}', '}'].join('\n'),
    );
  });
});

describe('shellWord', () => {
  it('leaves a plain address bare and single-quotes anything else', () => {
    expect(shellWord('https://datagen.example.com:8443/api/jobs')).toBe('https://datagen.example.com:8443/api/jobs');
    expect(shellWord("http://host/it's $HOME")).toBe(`'http://host/it'\\''s $HOME'`);
  });
});
