import { InvalidArgumentError } from 'commander';

// A commander argument parser for a whole number of at least `min`; the server checks the
// upper limits, so they have one home.
export function wholeNumber(min: number): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
      throw new InvalidArgumentError(`Expected a whole number of at least ${min}.`);
    }
    return value;
  };
}
