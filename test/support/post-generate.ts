// POST /api/generate with a JSON body, uncompressed: the tests that use it compare bytes and
// watch generators, so gzip's CPU would only blur them.
export function postGenerate(baseUrl: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`${baseUrl}/api/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'identity' },
    body: JSON.stringify(body),
    signal,
  });
}
