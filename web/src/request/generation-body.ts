import type { GenerationBody } from '../../../libs/client/src/generation-body';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { typedSeed, type RequestSettings } from './request-settings';

// The JSON bodies the page sends, built in one place so the preview, the job and the snippets
// offered to copy are the same request.

// The records each dataset's preview shows.
export const PREVIEW_RECORDS = 20;

// POST /api/plan: the prompt and the sizes to plan for.
export function planBody(settings: RequestSettings): GenerationBody {
  return {
    prompt: settings.prompt,
    datasets: settings.datasets,
    dataset_size: settings.datasetSize,
    reality: settings.reality,
    ...seedAndKey(settings),
  };
}

// POST /api/jobs: the edited plan, whose own sizes count (so no `datasets` or `dataset_size`
// beside it), in the chosen format.
export function jobBody(settings: RequestSettings, plan: PlanJson): GenerationBody {
  return {
    plan,
    reality: settings.reality,
    output_format: settings.format,
    ...(settings.format === 'sql' ? { sql_dialect: settings.sqlDialect } : {}),
    ...(settings.compression === 'gzip' ? { compression: settings.compression } : {}),
    ...seedAndKey(settings, plan),
  };
}

// POST /api/generate for the preview: the first records of the same plan, seed and level, as
// JSON with the defect manifest.
export function previewBody(settings: RequestSettings, plan: PlanJson): GenerationBody {
  return {
    plan,
    reality: settings.reality,
    output_format: 'json',
    include_defects: true,
    preview_records: PREVIEW_RECORDS,
    ...seedAndKey(settings, plan),
  };
}

function seedAndKey(settings: RequestSettings, plan?: PlanJson): Pick<GenerationBody, 'seed' | 'api_key'> {
  const seed = typedSeed(settings) ?? plan?.seed;
  return {
    ...(seed === undefined ? {} : { seed }),
    ...(settings.apiKey.trim() === '' ? {} : { api_key: settings.apiKey.trim() }),
  };
}
