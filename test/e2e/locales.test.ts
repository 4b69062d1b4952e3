import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import { LOCALES } from '../../libs/api/src/locales.js';
import { fakerDefinitions } from '../../services/generator/src/fields/locale-vocabulary.js';
import { postJson } from '../support/post-json.js';
import { startTestStack } from '../support/start-test-stack.js';

interface PlanJson {
  locale?: string;
  datasets: { name: string; fields: { name: string; generator: string }[] }[];
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const post = (path: string, body: unknown) => postJson(stack.url, path, body);

// Faker's names for the locale, by sex or not, and the country our addresses name.
function fakerNames(locale: string): { first: Set<string>; last: Set<string> } {
  const person = fakerDefinitions(locale).person!;
  const all = (lists: { generic?: string[]; female?: string[]; male?: string[] }) => new Set([...(lists.generic ?? []), ...(lists.female ?? []), ...(lists.male ?? [])]);
  return { first: all(person.first_name!), last: all(person.last_name!) };
}

describe.each([
  { prompt: 'A German online shop with customers and orders', locale: 'de', language: 'German', country: 'Deutschland' },
  { prompt: 'French bakery with customers and orders', locale: 'fr', language: 'French', country: 'France' },
  { prompt: 'Japanese hotel with guests and bookings', locale: 'ja', language: 'Japanese', country: '日本' },
])('a $language prompt', ({ prompt, locale, language, country }) => {
  it(`plans in ${locale}, says so in metadata.warnings, and writes names and places of ${locale}`, async () => {
    const { status, json } = await post('/api/generate', { prompt, datasets: 2, dataset_size: 150, reality: 0, seed: 15 });
    expect(status).toBe(200);
    const metadata = json.metadata as { warnings: string[] };
    expect(metadata.warnings).toContain(`Read the prompt as ${language}: names, addresses and phone numbers are ${locale}; send locale to choose another.`);
    const { json: planned } = await post('/api/plan', { prompt, datasets: 2, dataset_size: 150, reality: 0, seed: 15 });
    const plan = planned.plan as PlanJson;
    expect(plan.locale).toBe(locale);
    const names = fakerNames(locale);
    const datasets = json.datasets as Record<string, { content: Record<string, unknown>[] }>;
    let checked = 0;
    for (const dataset of plan.datasets) {
      for (const record of datasets[dataset.name]!.content) {
        for (const field of dataset.fields) {
          const value = record[field.name];
          if (typeof value !== 'string') continue;
          checked++;
          if (field.generator === 'person.first_name') expect(names.first).toContain(value);
          else if (field.generator === 'person.last_name') expect(names.last).toContain(value);
          else if (field.generator === 'person.full_name') {
            const [given, family] = locale === 'ja' ? value.split(' ').reverse() : value.split(' ');
            expect(names.first).toContain(given);
            expect(names.last).toContain(family);
          } else if (field.generator === 'address.country') {
            // With an address, the address's country; alone (a guest's nationality), any country named in the locale's language.
            const addressed = dataset.fields.some((other) => other.generator.startsWith('address.') && other.generator !== 'address.country');
            if (addressed) expect(value).toBe(country);
            else expect(fakerDefinitions(locale).location!.country).toContain(value);
          }
          else if (field.generator === 'person.email' || field.generator === 'person.username') expect(value).toMatch(/^[\x21-\x7e]+$/);
          else checked--;
        }
      }
    }
    // Names at least, in every record of the people's dataset.
    expect(checked).toBeGreaterThanOrEqual(150);
  });
});

describe('the locale field', () => {
  it('wins over the prompt, without a warning, and the plan carries it into generation', async () => {
    const { json } = await post('/api/plan', { prompt: 'A German online shop with customers', datasets: 1, dataset_size: 20, reality: 0, locale: 'fr' });
    const plan = json.plan as PlanJson;
    expect(plan.locale).toBe('fr');
    expect(JSON.stringify(json)).not.toMatch(/Read the prompt as/);
    const generated = await post('/api/generate', { plan, seed: 3 });
    expect(generated.status).toBe(200);
    const names = fakerNames('fr');
    const people = Object.values(generated.json.datasets as Record<string, { content: Record<string, unknown>[] }>)[0]!.content;
    const nameField = plan.datasets[0]!.fields.find((field) => field.generator === 'person.first_name' || field.generator === 'person.full_name')!;
    for (const record of people) expect(names.first).toContain(String(record[nameField.name]).split(' ')[0]);
  });

  it.each(['/api/generate', '/api/plan', '/api/jobs'])('is refused on %s when Faker has no addresses for it, in the documented shape', async (path) => {
    const { status, json } = await post(path, { prompt: 'customers', locale: 'de_DE' });
    expect(status).toBe(400);
    expect(json).toEqual({
      error: 'Invalid request payload',
      issues: [`locale must be one of ${LOCALES.map((locale) => `"${locale}"`).join(', ')}`],
      suggestions: ['Did you mean de?'],
    });
  });

  it('is documented at /api/docs with the accepted locales', async () => {
    const document = (await (await fetch(`${stack.url}/api/docs-json`)).json()) as { components: { schemas: Record<string, { properties: Record<string, { enum?: string[]; default?: string }> }> } };
    for (const schema of ['GenerateRequestDto', 'JobRequestDto']) {
      expect(document.components.schemas[schema]!.properties.locale).toMatchObject({ enum: [...LOCALES], default: 'en_US' });
    }
  });
});
