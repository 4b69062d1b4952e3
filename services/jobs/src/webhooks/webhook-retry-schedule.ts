// When a failed try is tried again: the delay doubles each time from a base (20 s by default:
// tries at 0, 20 s, 1 min, 2 min 20 s, 5 min and 10 min 20 s), so a receiver that is down for
// a deploy gets the event soon after and one down for longer is not hammered. A tenth either
// way of jitter keeps the deliveries of many jobs that ended together from arriving together.
const JITTER = 0.1;

export interface RetrySchedule {
  readonly baseMs: number;
  readonly maxAttempts: number;
}

// After try `attempt` (1 for the first) failed: the wait before the next, or undefined when
// it was the last.
export function retryDelayMs(attempt: number, schedule: RetrySchedule, random: () => number = Math.random): number | undefined {
  if (attempt >= schedule.maxAttempts) return undefined;
  const delay = schedule.baseMs * 2 ** (attempt - 1);
  return Math.round(delay * (1 + JITTER * (2 * random() - 1)));
}
