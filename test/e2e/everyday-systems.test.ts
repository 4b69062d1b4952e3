import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../scripts/local-stack.js';
import type { PlanJson } from '../../libs/client/src/plan-types.js';
import { DOMAINS, GENERAL_DOMAIN } from '../../services/planner/src/builtin/knowledge/domain-registry.js';
import { checkPlanRules, type JsonRecord, type RuleReport } from '../support/plan-rules.js';
import { postJson } from '../support/post-json.js';
import { startTestStack } from '../support/start-test-stack.js';

// Every system the builtin planner completes on its own ("a ride-sharing app", "a dental
// practice") must give data a user can load: planned through the real stack from a prompt that
// names only the system, generated clean, every reference resolving, every record whole and
// every rule the plan states kept. A kind added to the domain files with a generator the engine
// lacks, or a core whose datasets cannot be ordered, fails here rather than in a user's hands.

const SYSTEMS: readonly string[] = DOMAINS.filter((domain) => domain !== GENERAL_DOMAIN).flatMap((domain) => [
  domain.keywords[0],
  ...(domain.scenarios ?? []).map((scenario) => scenario.keywords[0]),
]);

const REQUEST = { dataset_size: 400, reality: 0, seed: 20261202 };

interface Envelope {
  datasets: Record<string, { content: JsonRecord[] }>;
  metadata: { validation: { validation_score: number } };
}

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('the usual datasets of every system the builtin planner knows', () => {
  it.each(SYSTEMS)('"test data for a %s app" plans related datasets that generate whole and keep their rules', async (system) => {
    const prompt = `test data for a ${system} app`;
    const planned = await postJson(stack.url, '/api/plan', { ...REQUEST, prompt });
    expect(planned.status, JSON.stringify(planned.json).slice(0, 500)).toBe(200);
    const plan = planned.json.plan as PlanJson;
    expect(plan.datasets.length, `datasets for "${prompt}"`).toBeGreaterThanOrEqual(2);
    const names = plan.datasets.map((dataset) => dataset.name);
    const linked = plan.datasets.filter((dataset) => dataset.fields.some((field) => field.foreign_key !== undefined && names.includes(field.foreign_key.dataset)));
    expect(linked.length, `datasets referencing another in "${prompt}" (${names.join(', ')})`).toBeGreaterThanOrEqual(1);

    const generated = await postJson(stack.url, '/api/generate', { ...REQUEST, plan, output_format: 'json' });
    expect(generated.status, JSON.stringify(generated.json).slice(0, 500)).toBe(200);
    const envelope = generated.json as unknown as Envelope;
    expect(envelope.metadata.validation.validation_score).toBe(10);
    const records = Object.fromEntries(Object.entries(envelope.datasets).map(([name, dataset]) => [name, dataset.content]));
    for (const name of names) expect(records[name]?.length, `records of ${name}`).toBeGreaterThan(0);
    const broken = checkPlanRules(plan, records).filter((report) => report.violations > 0);
    expect(broken, 'broken rules').toEqual([] as RuleReport[]);
  });
});
