import { formatCount } from '../../../../libs/api/src/count-format.js';
import { maxSizePerDataset } from '../../../../libs/api/src/request-limits.js';

// The document's per-dataset limit: the total of a request stays within 5,000,000 records.
export function sizeLimitIssue(datasets: number, datasetSize: number): string | undefined {
  const max = maxSizePerDataset(datasets);
  if (datasetSize <= max) return undefined;
  return `Dataset size ${formatCount(datasetSize)} exceeds limit. With ${datasets} datasets, max size per dataset is ${formatCount(max)}`;
}
