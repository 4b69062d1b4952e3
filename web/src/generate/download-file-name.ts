// The name a job's file is saved under. download_links names files by dataset ("orders",
// "orders.defects", "orders/part-00000.parquet"); the link itself ends with the stored file's
// name and extension ("orders.csv.gz"), whether the gateway signed it or S3 presigned it. A
// Parquet part keeps its dataset folder in the name, since a saved file cannot sit in one.
export function downloadFileName(key: string, url: string): string {
  const stored = decodeURIComponent(new URL(url, 'http://page.invalid').pathname.split('/').pop() ?? '');
  const folder = key.includes('/') ? `${key.slice(0, key.lastIndexOf('/'))}-` : '';
  const name = stored === '' ? key.replaceAll('/', '-') : stored;
  return name.startsWith(folder) ? name : `${folder}${name}`;
}
