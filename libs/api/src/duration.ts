// Durations in settings: a number of seconds, or a number with a unit (ms, s, m, h, d):
// "86400", "24h", "90m", "500ms".
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(text: string, name: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!match) throw new Error(`${name} must be a duration such as 3600, 90m, 24h or 500ms, got "${text}"`);
  const ms = Number(match[1]) * UNIT_MS[match[2] ?? 's']!;
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`${name} must be longer than zero, got "${text}"`);
  return Math.round(ms);
}
