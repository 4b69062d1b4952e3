import { mix32 } from './random.js';

// A keyed bijection of [0, size). Unique columns come from permuting the index, never from
// retrying until a value is unseen. A balanced Feistel network on the smallest even bit width
// covering the size, cycle-walking back into range (at most ~4 steps on average).
export class Permutation {
  private readonly radix: number;
  private readonly mask: number;
  private readonly rounds: readonly number[];

  constructor(
    readonly size: number,
    key: number,
  ) {
    let halfBits = 1;
    while (4 ** halfBits < size) halfBits++;
    this.radix = 2 ** halfBits;
    this.mask = this.radix - 1;
    this.rounds = [1, 2, 3, 4].map((round) => mix32(key + Math.imul(round, 0x9e3779b9)));
  }

  apply(index: number): number {
    let value = index;
    do value = this.shuffle(value);
    while (value >= this.size);
    return value;
  }

  // The index `apply` maps to `value`: the rounds run backwards, walking back into range.
  invert(value: number): number {
    let index = value;
    do index = this.unshuffle(index);
    while (index >= this.size);
    return index;
  }

  private unshuffle(value: number): number {
    let left = Math.floor(value / this.radix);
    let right = value - left * this.radix;
    for (let round = this.rounds.length - 1; round >= 0; round--) {
      const previous = right ^ (mix32(left ^ this.rounds[round]!) & this.mask);
      right = left;
      left = previous;
    }
    return left * this.radix + right;
  }

  private shuffle(value: number): number {
    let left = Math.floor(value / this.radix);
    let right = value - left * this.radix;
    for (const round of this.rounds) {
      const next = left ^ (mix32(right ^ round) & this.mask);
      left = right;
      right = next;
    }
    return left * this.radix + right;
  }
}
