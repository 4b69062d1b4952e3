import { Permutation } from './permutation.js';

// A cheap keyed bijection of [0, size): index × a + b (mod size) with a coprime to size. It
// spreads neighbouring indexes apart, enough to scatter the busiest records of a skewed
// pick; unique values, which should look random, use Permutation instead.
export function affineScatter(size: number, key: number): (index: number) => number {
  // Beyond 2^26 the product could exceed 2^53 and lose exactness.
  if (size > 67_108_864) {
    const permutation = new Permutation(size, key);
    return (index) => permutation.apply(index);
  }
  let multiplier = (Math.floor(size * 0.6180339887) + (key % 1024)) | 1;
  while (greatestCommonDivisor(multiplier, size) !== 1) multiplier += 2;
  const offset = key % size;
  return (index) => (index * multiplier + offset) % size;
}

function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
