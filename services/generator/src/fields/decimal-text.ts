const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, exponent) => 10 ** exponent);

export function powerOfTen(exponent: number): number {
  return POWERS_OF_TEN[exponent]!;
}

// The shortest text of the binary float nearest the units, as JSON writes numbers.
export function floatText(units: number, scale: number): string {
  return String(units / POWERS_OF_TEN[scale]!);
}
