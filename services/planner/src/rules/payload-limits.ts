// The limits and defaults of the public API document ("Rate Limits", "Request Parameters").
export const MIN_DATASETS = 1;
export const MAX_DATASETS = 5;
export const DEFAULT_DATASETS = 2;

export const MIN_DATASET_SIZE = 1;
export const MAX_DATASET_SIZE = 5_000_000;
export const DEFAULT_DATASET_SIZE = 1000;

export const MAX_TOTAL_RECORDS = 5_000_000;

export const MIN_REALITY = 0;
export const MAX_REALITY = 10;
export const DEFAULT_REALITY = 3;

export function maxSizePerDataset(datasets: number): number {
  return Math.floor(MAX_TOTAL_RECORDS / datasets);
}
