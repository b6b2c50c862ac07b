// When a message that could not be sent is tried again: doubling from `baseMs` up to `maxMs`, and
// given up after `maxAttempts` (then the sender sees it failed and why).
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseMs: 30_000, maxMs: 60 * 60_000, maxAttempts: 8 };

/** After failed attempt number `attempts` (1 = the first): the delay before the next, or null to
 * give up. */
export function retryDelay(attempts: number, policy: RetryPolicy = defaultRetryPolicy): number | null {
  if (attempts >= policy.maxAttempts) return null;
  return Math.min(policy.baseMs * 2 ** (attempts - 1), policy.maxMs);
}
