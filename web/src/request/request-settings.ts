import {
  DEFAULT_COMPRESSION,
  DEFAULT_DATASET_SIZE,
  DEFAULT_DATASETS,
  DEFAULT_REALITY,
  DEFAULT_SQL_DIALECT,
  type CompressionName,
  type JobOutputFormatName,
  type SqlDialectName,
} from '../../../libs/api/src/request-limits';

// What a person sets in "Describe". The OpenAI key and the API token live here, in memory
// only: never in storage, cookies or the address bar.
export interface RequestSettings {
  prompt: string;
  datasets: number;
  datasetSize: number;
  reality: number;
  format: JobOutputFormatName;
  sqlDialect: SqlDialectName;
  compression: CompressionName;
  // As typed; empty lets the server pick one, which the plan then reports.
  seed: string;
  apiKey: string;
  token: string;
}

export const DEFAULT_SETTINGS: RequestSettings = {
  prompt: '',
  datasets: DEFAULT_DATASETS,
  datasetSize: DEFAULT_DATASET_SIZE,
  reality: DEFAULT_REALITY,
  format: 'json',
  sqlDialect: DEFAULT_SQL_DIALECT,
  compression: DEFAULT_COMPRESSION,
  seed: '',
  apiKey: '',
  token: '',
};

// The seed as a number when one is typed; the server reports an invalid one in its own words.
export function typedSeed(settings: RequestSettings): number | undefined {
  const text = settings.seed.trim();
  return text === '' ? undefined : Number(text);
}
