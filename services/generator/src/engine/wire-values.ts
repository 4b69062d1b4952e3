import { PlanError } from './plan-error.js';

// Values as @grpc/proto-loader hands them over: int64 may be a number, a decimal string or a
// Long; enums a number or their name; unset fields null. Everything is checked here once.

export function safeInteger(value: unknown, what: string): number {
  if (value == null) return 0;
  const number = typeof value === 'number' ? value : Number(String(value));
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new PlanError(`${what} must be a whole number between 0 and ${Number.MAX_SAFE_INTEGER}, got ${String(value)}.`);
  }
  return number;
}

export function finiteNumber(value: unknown, what: string): number {
  if (value == null) return 0;
  const number = typeof value === 'number' ? value : Number(String(value));
  if (!Number.isFinite(number)) throw new PlanError(`${what} must be a finite number, got ${String(value)}.`);
  return number;
}

export function fraction(value: unknown, what: string): number {
  const number = finiteNumber(value, what);
  if (number < 0 || number > 1) throw new PlanError(`${what} must be between 0 and 1, got ${number}.`);
  return number;
}

export function enumValue<E extends Record<string, string | number>>(value: unknown, values: E, what: string): E[keyof E] {
  if (value == null) return 0 as E[keyof E];
  const resolved = typeof value === 'string' ? values[value] : value;
  if (typeof resolved !== 'number' || resolved < 0 || values[resolved] === undefined) {
    throw new PlanError(`${what} has an unknown value ${String(value)}.`);
  }
  return resolved as E[keyof E];
}

export function text(value: unknown): string {
  return value == null ? '' : String(value);
}

export function list<T>(value: readonly T[] | null | undefined): readonly T[] {
  return value ?? [];
}
