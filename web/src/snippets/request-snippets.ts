import type { PlanJson } from '../../../libs/client/src/plan-types';
import type { GenerationBody } from '../../../libs/client/src/generation-body';
import { jobBody } from '../request/generation-body';
import type { RequestSettings } from '../request/request-settings';

// The job the page would start, written out for a terminal or a script. Each snippet sends the
// body `jobBody` builds, so what a person copies is exactly what the button sends. The plan
// needs no OpenAI key, so `api_key` is left out; an API token is only ever named as the
// DATAGEN_TOKEN environment variable, never written out.

export interface RequestSnippets {
  curl: string;
  python: string;
  cli: string;
}

export const TOKEN_VARIABLE = 'DATAGEN_TOKEN';
export const CLI_OUTPUT_FOLDER = './datagen-output';

export function requestSnippets(settings: RequestSettings, plan: PlanJson, origin: string): RequestSnippets {
  const body = snippetBody(jobBody(settings, plan));
  const withToken = settings.token.trim() !== '';
  return { curl: curlSnippet(body, origin, withToken), python: pythonSnippet(body, origin, withToken), cli: cliSnippet(body, origin, withToken) };
}

// The body as JSON carries it (unset options gone), without the key, the short settings
// before the long plan so they are read first.
export function snippetBody(body: GenerationBody): JsonObject {
  const { plan, api_key: _key, ...settings } = body;
  return JSON.parse(JSON.stringify({ ...settings, plan })) as JsonObject;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

const TOKEN_NOTE = `# The server asks for an API token: put yours in ${TOKEN_VARIABLE} first (export ${TOKEN_VARIABLE}=...).`;

export function curlSnippet(body: JsonObject, origin: string, withToken: boolean): string {
  const auth = withToken ? `  -H "Authorization: Bearer $${TOKEN_VARIABLE}" \\\n` : '';
  const authFlag = withToken ? ` -H "Authorization: Bearer $${TOKEN_VARIABLE}"` : '';
  return [
    ...(withToken ? [TOKEN_NOTE] : []),
    `curl -X POST ${shellWord(`${origin}/api/jobs`)} \\`,
    `  -H "Content-Type: application/json" \\`,
    `${auth}  -d @- <<'EOF'`,
    JSON.stringify(body, null, 2),
    'EOF',
    '# The answer names the job\'s status_url. Follow it until "status" is completed, failed or',
    '# cancelled; when completed, result.download_links has a link to each file:',
    `# curl${authFlag} <status_url>`,
    `# or watch it change: curl -N${authFlag} <status_url>/events`,
  ].join('\n');
}

export function cliSnippet(body: JsonObject, origin: string, withToken: boolean): string {
  const options = [
    `--plan plan.json`,
    `--reality ${String(body.reality)}`,
    `--format ${String(body.output_format)}`,
    ...('sql_dialect' in body ? [`--sql-dialect ${String(body.sql_dialect)}`] : []),
    ...('compression' in body ? [`--compression ${String(body.compression)}`] : []),
    `--seed ${String(body.seed)}`,
  ];
  return [
    ...(withToken ? [TOKEN_NOTE] : []),
    `cat > plan.json <<'EOF'`,
    JSON.stringify(body.plan, null, 2),
    'EOF',
    `datagen generate --server ${shellWord(origin)} \\`,
    `  ${options.join(' ')} \\`,
    `  --out ${CLI_OUTPUT_FOLDER}`,
  ].join('\n');
}

// Why each top-level setting is there, as comments beside it in the Python.
const PYTHON_COMMENTS: Readonly<Record<string, string>> = {
  reality: 'messiness: 0 is clean, 10 is very messy',
  output_format: 'one file per dataset',
  sql_dialect: 'the SQL the files are written in',
  compression: 'each file is a .gz',
  seed: 'the same plan and seed give the same bytes',
  plan: 'the datasets, fields and relations checked on the page',
};

export function pythonSnippet(body: JsonObject, origin: string, withToken: boolean): string {
  const headers = withToken
    ? `headers = {"Content-Type": "application/json", "Authorization": f"Bearer {os.environ['${TOKEN_VARIABLE}']}"}`
    : 'headers = {"Content-Type": "application/json"}';
  return `import os
import time

import requests

# API configuration${withToken ? `: your API token is read from ${TOKEN_VARIABLE}` : ''}
url = ${pythonLiteral(`${origin}/api/jobs`)}
${headers}

# Request payload
${pythonData(body)}

# Start the job
response = requests.post(url, headers=headers, json=data)
if response.status_code != 202:
    print(f"Error: {response.status_code}")
    print(response.json())
    raise SystemExit(1)
job = response.json()
status_url = job["status_url"]
print(f"Job {job['job_id']}: {job['status']}")

# Follow it every 2 seconds until it ends
while job["status"] not in ("completed", "failed", "cancelled"):
    time.sleep(2)
    job = requests.get(status_url, headers=headers).json()
    progress = job["progress"]
    print(f"{job['status']}: {progress['records_done']:,} of {progress['records_total']:,} records")

if job["status"] != "completed":
    print(f"Job {job['status']}")
    print(job.get("error"))
    raise SystemExit(1)

# Download each file (the links are signed, so they need no token)
for name, link in job["result"]["download_links"].items():
    folder = os.path.dirname(name)  # Parquet: a folder of part files per dataset
    if folder:
        os.makedirs(folder, exist_ok=True)
    with requests.get(link, stream=True) as download:
        download.raise_for_status()
        with open(name, "wb") as f:
            for chunk in download.iter_content(chunk_size=1024 * 1024):
                f.write(chunk)
    print(f"Saved {name} ({os.path.getsize(name):,} bytes)")

print(f"Total records generated: {job['result']['metadata']['total_records']:,}")
`;
}

// `data = {...}` with a comment beside each top-level setting.
function pythonData(body: JsonObject): string {
  const entries = Object.entries(body);
  const lines = entries.map(([key, value], index) => {
    const entry = `    ${pythonLiteral(key)}: ${pythonLiteral(value, 1)}${index < entries.length - 1 ? ',' : ''}`;
    const comment = PYTHON_COMMENTS[key];
    if (comment === undefined) return entry;
    // Beside a one-line value; above a long one, where it would otherwise trail its last line.
    return entry.includes('\n') ? `    # ${comment}\n${entry}` : `${entry}  # ${comment}`;
  });
  return entries.length === 0 ? 'data = {}' : ['data = {', ...lines, '}'].join('\n');
}

// A JSON value as a Python expression that evaluates to the same value, indented by four
// spaces a level like the API document's example.
export function pythonLiteral(value: JsonValue, depth = 0): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return pythonString(value);
  const inner = '    '.repeat(depth + 1);
  const outer = '    '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${pythonLiteral(item, depth + 1)}`).join(',\n')}\n${outer}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${pythonString(key)}: ${pythonLiteral(item, depth + 1)}`).join(',\n')}\n${outer}}`;
}

// A double-quoted Python string. Printable characters stay as they are (Python source is
// UTF-8); anything that could end the line or be invisible is escaped.
function pythonString(text: string): string {
  let quoted = '"';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (character === '\\' || character === '"') quoted += `\\${character}`;
    else if (character === '\n') quoted += '\\n';
    else if (character === '\r') quoted += '\\r';
    else if (character === '\t') quoted += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) quoted += `\\x${hex(code, 2)}`;
    else if (code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) quoted += `\\u${hex(code, 4)}`;
    else quoted += character;
  }
  return `${quoted}"`;
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

// A word bash reads back as `text`: left bare when it holds only characters bash gives no
// meaning, else single-quoted.
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
