// The MIME type a job's file is served with, from its name: the coordinator records it on the
// file, and the gateway's download route, which knows only the key, finds the same.
const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.gz', 'application/gzip'],
  ['.json', 'application/json'],
  ['.ndjson', 'application/x-ndjson'],
  ['.csv', 'text/csv'],
  ['.sql', 'application/sql'],
  ['.parquet', 'application/vnd.apache.parquet'],
]);

export function contentTypeForFileName(name: string): string {
  const extension = /\.[a-z]+$/.exec(name.toLowerCase())?.[0];
  return (extension && CONTENT_TYPES.get(extension)) ?? 'application/octet-stream';
}
