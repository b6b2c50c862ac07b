// Sign-in throttling policy (pure). Failures are counted per account and per client address in
// a sliding window; the counts come from the database so every app instance agrees.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface FailureCounts {
  account: number;
  address: number;
}

export function isSignInBlocked(counts: FailureCounts): boolean {
  return counts.account >= MAX_FAILURES_PER_ACCOUNT || counts.address >= MAX_FAILURES_PER_ADDRESS;
}

export function accountKey(email: string): string {
  return `email:${normaliseEmail(email)}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
