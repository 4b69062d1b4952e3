import type { CompletedJob } from '../jobs/run-job.js';
import { checkedDownload } from '../jobs/checked-download.js';
import type { ProgressDisplay, ProgressItem } from '../progress/progress-display.js';
import type { DatabaseLoader } from './database-loader.js';
import type { RowUpdate } from './row-updates.js';

export interface LoadedTable {
  table: string;
  rows: number;
  seconds: number;
}

// Streams each dataset's CSV from its download link into its table, in the plan's order
// (parents before children), without touching the disk. In one transaction, or with
// `perTable` one per table; a failure rolls back what its transaction loaded.
// Datasets in `updates` set columns of tables loaded before them rather than fill tables.
export async function loadTables(
  loader: DatabaseLoader,
  job: CompletedJob,
  updates: ReadonlyMap<string, RowUpdate>,
  perTable: boolean,
  display: ProgressDisplay,
  signal: AbortSignal,
): Promise<LoadedTable[]> {
  const tables = Object.entries(job.result.datasets);
  const progress: ProgressItem[] = tables.map(([name, dataset]) => ({ name, done: 0, total: dataset.size }));
  const loaded: LoadedTable[] = [];
  const inTransaction = async (work: () => Promise<void>) => {
    await loader.begin();
    try {
      await work();
      await loader.commit();
    } catch (error) {
      await loader.rollback().catch(() => undefined);
      throw error;
    }
  };
  const loadOne = async (index: number) => {
    const [table, dataset] = tables[index]!;
    const link = job.result.download_links[table];
    if (link === undefined) throw new Error(`The job has no file for ${table}`);
    const started = performance.now();
    const download = await checkedDownload(table, link, signal);
    const rows = await loader.load({
      table,
      columns: dataset.columns,
      body: download.body,
      updates: updates.get(table),
      onRows: (done) => {
        progress[index]!.done = Math.min(done, dataset.size);
        display.update(progress);
      },
    });
    progress[index]!.done = rows;
    display.update(progress);
    loaded.push({ table, rows, seconds: (performance.now() - started) / 1000 });
  };
  try {
    if (perTable) for (let index = 0; index < tables.length; index++) await inTransaction(() => loadOne(index));
    else await inTransaction(async () => {
      for (let index = 0; index < tables.length; index++) await loadOne(index);
    });
  } finally {
    display.stop();
  }
  return loaded;
}
