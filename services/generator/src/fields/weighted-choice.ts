import { unit } from '../engine/random.js';

// Picks an index by relative weight from one 32-bit draw: binary search over cumulative
// weights, or a plain multiply when all weights are equal.
export class WeightedChoice {
  private readonly cumulative: Float64Array;
  private readonly equal: boolean;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((weight, index) => {
      total += weight;
      this.cumulative[index] = total;
    });
    this.cumulative.forEach((sum, index) => (this.cumulative[index] = sum / total));
    this.equal = weights.every((weight) => weight === weights[0]);
  }

  pick(word: number): number {
    const point = unit(word);
    const cumulative = this.cumulative;
    if (this.equal) return Math.floor(point * cumulative.length);
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! > point) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
