// Φ(x), the standard normal distribution function, by Marsaglia's Taylor series ("Evaluating
// the Normal Distribution", 2004): absolute error near 1e-15, which a base rate checked to
// 1e-9 needs and the usual 1e-7 approximations do not give.
export function normalCdf(x: number): number {
  if (x < -9) return 0;
  if (x > 9) return 1;
  let sum = x;
  let term = x;
  let previous = 0;
  for (let odd = 3; sum !== previous; odd += 2) {
    previous = sum;
    term *= (x * x) / odd;
    sum += term;
  }
  return 0.5 + sum * Math.exp(-0.5 * x * x - 0.918_938_533_204_672_8);
}
