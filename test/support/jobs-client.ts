import { createHash } from 'node:crypto';

// A REST client of /api/jobs, as a user's script would write it from the README.

export interface JobBody {
  job_id: string;
  status: 'queued' | 'planning' | 'running' | 'completed' | 'failed' | 'cancelled';
  created_at: string;
  updated_at: string;
  progress: { records_done: number; records_total: number; datasets: Record<string, { records_done: number; records_total: number }> };
  result?: {
    success: boolean;
    message: string;
    datasets: Record<string, { format: string; size: number; columns: string[] }>;
    metadata: Record<string, unknown> & { total_records: number; seed: number };
    download_links: Record<string, string>;
  };
  error?: { error: string; detail?: string; issues?: string[] };
  webhook?: { url: string; deliveries: { event: string; attempt: number; status_code: number; delivered: boolean }[] };
}

const ENDED = new Set(['completed', 'failed', 'cancelled']);

export class JobsClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  create(body: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}/api/jobs`, { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) });
  }

  async start(body: unknown): Promise<string> {
    const response = await this.create(body);
    const text = await response.text();
    if (response.status !== 202) throw new Error(`POST /api/jobs answered ${response.status}: ${text}`);
    return (JSON.parse(text) as { job_id: string }).job_id;
  }

  get(id: string): Promise<Response> {
    return fetch(`${this.baseUrl}/api/jobs/${encodeURIComponent(id)}`, { headers: this.headers() });
  }

  async job(id: string): Promise<JobBody> {
    const response = await this.get(id);
    if (response.status !== 200) throw new Error(`GET /api/jobs/${id} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as JobBody;
  }

  cancel(id: string): Promise<Response> {
    return fetch(`${this.baseUrl}/api/jobs/${encodeURIComponent(id)}`, { method: 'DELETE', headers: this.headers() });
  }

  // Polls until the job ends (or `until` holds), as a client following status_url would,
  // asking again after a 503 (a coordinator being replaced).
  async waitFor(id: string, until: (job: JobBody) => boolean = (job) => ENDED.has(job.status), timeoutMs = 120_000): Promise<JobBody> {
    const giveUpAt = Date.now() + timeoutMs;
    for (;;) {
      const response = await this.get(id);
      if (response.status === 503 && Date.now() < giveUpAt) {
        await response.body?.cancel();
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      if (response.status !== 200) throw new Error(`GET /api/jobs/${id} answered ${response.status}: ${await response.text()}`);
      const job = (await response.json()) as JobBody;
      if (until(job)) return job;
      if (ENDED.has(job.status)) throw new Error(`job ${id} ended ${job.status} first: ${JSON.stringify(job.error ?? {})}`);
      if (Date.now() > giveUpAt) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

// Every file of a completed job, downloaded whole through its link.
export async function downloadAll(job: JobBody): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const [name, url] of Object.entries(job.result!.download_links)) {
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`download of ${name} answered ${response.status}: ${await response.text()}`);
    const body = Buffer.from(await response.arrayBuffer());
    if (Number(response.headers.get('content-length')) !== body.length) throw new Error(`download of ${name}: Content-Length disagrees with the body`);
    files.set(name, body);
  }
  return files;
}

// The hash hashResponse() takes of /api/generate's JSON envelope up to its metadata, rebuilt
// from a job's JSON files: equal only when every file equals its dataset's content.
export function envelopeHashOf(job: JobBody, files: ReadonlyMap<string, Buffer>): string {
  const result = job.result!;
  const names = Object.keys(result.datasets);
  const hash = createHash('sha256');
  hash.update(`{"success":true,"message":${JSON.stringify(`Successfully generated ${names.length} dataset(s)`)},"datasets":{`);
  names.forEach((name, index) => {
    const { format, size, columns } = result.datasets[name]!;
    const head = JSON.stringify({ format, size, columns });
    hash.update(`${index === 0 ? '' : ','}${JSON.stringify(name)}:${head.slice(0, -1)},"content":`);
    hash.update(files.get(name)!);
    hash.update('}');
  });
  return hash.digest('hex');
}
