import { describe, expect, it } from 'vitest';
import { affineScatter } from './affine-scatter.js';
import { Permutation } from './permutation.js';
import { datasetKeys, recordKey } from './random.js';

describe('bijections of the index', () => {
  it.each([1, 2, 7, 1000, 65_537, 100_003])('permutes [0, %i) onto itself', (size) => {
    const permutation = new Permutation(size, 12345);
    const seen = new Uint8Array(size);
    for (let index = 0; index < size; index++) seen[permutation.apply(index)]! += 1;
    expect(seen.every((count) => count === 1)).toBe(true);
  });

  it.each([1, 2, 7, 1000, 65_537])('inverts its permutation of [0, %i)', (size) => {
    const permutation = new Permutation(size, 777);
    for (let index = 0; index < size; index++) expect(permutation.invert(permutation.apply(index))).toBe(index);
  });

  it.each([1, 10, 9973, 10_000])('scatters [0, %i) onto itself', (size) => {
    const scatter = affineScatter(size, 987654);
    expect(new Set(Array.from({ length: size }, (_, index) => scatter(index))).size).toBe(size);
  });

  it('gives distinct records distinct keys', () => {
    const keys = datasetKeys(42, 'orders');
    const seen = new Set<number>();
    for (let index = 0; index < 200_000; index++) seen.add(recordKey(keys, index));
    expect(seen.size).toBe(200_000);
  });
});
