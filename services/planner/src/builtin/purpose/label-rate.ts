// A lift as the rate arithmetic sees it: the share of records its condition holds in, and
// its factor.
export interface WeighedLift {
  readonly probability: number;
  readonly factor: number;
}

// Halving the interval this often pins the base to the last bit of a double.
const BISECTIONS = 80;

// The share of records whose label is true when each record's chance is `base` times the
// factors of the lifts that hold, capped at 1, the lifts' conditions holding independently
// (they test different fields, drawn independently). Without the cap this is
// base × Π(1 + p_i (f_i − 1)); every combination of conditions is weighed so that the cap
// counts where it bites.
export function overallRate(base: number, lifts: readonly WeighedLift[]): number {
  let rate = 0;
  for (let combination = 0; combination < 2 ** lifts.length; combination++) {
    let share = 1;
    let chance = base;
    lifts.forEach((lift, index) => {
      const holds = (combination >> index) % 2 === 1;
      share *= holds ? lift.probability : 1 - lift.probability;
      if (holds) chance *= lift.factor;
    });
    rate += share * Math.min(1, chance);
  }
  return rate;
}

// The base probability that makes the overall rate `target`: 1 when even that falls short.
export function baseFor(target: number, lifts: readonly WeighedLift[]): number {
  if (overallRate(1, lifts) <= target) return 1;
  let low = 0;
  let high = 1;
  for (let step = 0; step < BISECTIONS; step++) {
    const middle = (low + high) / 2;
    if (overallRate(middle, lifts) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
