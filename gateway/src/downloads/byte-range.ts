import type { Request } from 'express';
import type { ByteRange } from '../../../libs/artifacts/src/artifact-store.js';

export type RangeChoice = { readonly kind: 'whole' } | { readonly kind: 'part'; readonly range: ByteRange } | { readonly kind: 'unsatisfiable' };

const WHOLE: RangeChoice = { kind: 'whole' };

// Which bytes of a file of `size` bytes a GET asks for (RFC 9110 §14). One range is served
// as 206; a malformed Range header, several ranges, or an If-Range that does not name this
// file's current ETag get the whole file, as the RFC allows; a range wholly past the end is
// unsatisfiable (416).
export function requestedRange(request: Request, size: number, etag: string): RangeChoice {
  const ifRange = request.headers['if-range'];
  if (ifRange !== undefined && ifRange !== etag) return WHOLE;
  const ranges = request.range(size, { combine: true });
  if (ranges === undefined || ranges === -2) return WHOLE;
  if (ranges === -1) return { kind: 'unsatisfiable' };
  if (ranges.type !== 'bytes' || ranges.length !== 1) return WHOLE;
  return { kind: 'part', range: { start: ranges[0].start, end: ranges[0].end } };
}
