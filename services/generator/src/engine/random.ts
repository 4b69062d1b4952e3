// Counter-based randomness. Every draw is a pure function of (record key, stream, counter), so
// any record can be produced alone, in any order, on any pod, without seeding a generator.

const GOLDEN = 0x9e3779b9;
const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;
// Draws have 31 bits: they stay small integers in V8 (no boxed doubles, no garbage).
export const DRAW_RANGE = 2147483648;

export interface DatasetKeys {
  readonly a: number;
  readonly b: number;
  // Root of every stream of the dataset (fields, entities, nulls).
  readonly base: number;
}

// The murmur3 finaliser: a bijection on 32-bit words with full avalanche.
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

export function datasetKeys(seed: number, datasetName: string): DatasetKeys {
  const low = seed >>> 0;
  const high = (seed - low) / TWO_POW_32;
  const name = hashText(datasetName);
  const a = mix32(mix32(low ^ name) ^ high);
  const b = mix32((a + GOLDEN) ^ name);
  return { a, b, base: mix32(b ^ 0x5bd1e995) };
}

export function streamKey(keys: DatasetKeys, label: string | number): number {
  const salt = typeof label === 'number' ? mix32(Math.imul(label + 1, GOLDEN)) : hashText(label);
  return mix32(keys.base ^ salt);
}

// A chain of bijections of the index: two records of one dataset never share a key, so they
// never share every draw (no accidental duplicate rows, even at millions of records).
export function recordKey(keys: DatasetKeys, index: number): number {
  const low = index >>> 0;
  const high = (index - low) / TWO_POW_32;
  return mix32((mix32(low ^ keys.a) + keys.b) ^ high);
}

export function draw(record: number, stream: number, counter: number): number {
  return mix32(((record ^ stream) + Math.imul(counter + 1, GOLDEN)) | 0) >>> 1;
}

// Uniform in [0, 1) from one draw.
export function unit(word: number): number {
  return word / DRAW_RANGE;
}

// Uniform in [0, 1) with 53 bits (26 + 27 from two draws), for ranges wider than a draw.
function unit53(first: number, second: number): number {
  return ((first >>> 5) * 134217728 + (second >>> 4)) / TWO_POW_53;
}

// Uniform integer in [0, n) for n up to 2^53.
export function below(record: number, stream: number, counter: number, n: number): number {
  const first = draw(record, stream, counter);
  if (n <= DRAW_RANGE) return Math.floor(unit(first) * n);
  return Math.floor(unit53(first, draw(record, stream, counter + 1)) * n);
}

// A standard normal deviate (Box-Muller) from draws `counter` and `counter + 1`.
export function gaussian(record: number, stream: number, counter: number): number {
  const radius = (draw(record, stream, counter) + 1) / (DRAW_RANGE + 1);
  const angle = unit(draw(record, stream, counter + 1));
  return Math.sqrt(-2 * Math.log(radius)) * Math.cos(2 * Math.PI * angle);
}
