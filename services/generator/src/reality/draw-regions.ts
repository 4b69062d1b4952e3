import { DRAW_RANGE } from '../engine/random.js';

export interface DrawShare {
  // The share of draws that receive the kind, and the width of the region it owns.
  readonly rate: number;
  readonly reach: number;
}

export interface DrawRegion {
  readonly start: number;
  // Draws in [start, end) receive the kind.
  readonly end: number;
}

// Lays kinds out side by side over one draw [0, DRAW_RANGE): each owns a fixed region as wide
// as its reach and takes the first `rate` of it, so raising a rate only adds draws. A draw
// picks one kind at most: when the reaches add up to more than the whole draw (rates a request
// set), regions are as wide as the rates, and rates adding up to more than 1 are scaled down
// in proportion.
export function drawRegions(shares: readonly DrawShare[]): DrawRegion[] {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  let rates = shares.map((share) => share.rate);
  let widths = shares.map((share) => share.reach);
  if (sum(widths) > 1) {
    const total = sum(rates);
    if (total > 1) rates = rates.map((rate) => rate / total);
    widths = rates;
  }
  let reach = 0;
  return shares.map((_, position) => {
    const start = Math.round(reach * DRAW_RANGE);
    reach += widths[position]!;
    return { start, end: start + Math.round(rates[position]! * DRAW_RANGE) };
  });
}
