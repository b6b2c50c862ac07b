// Sign-in throttling policy (pure). Failures are counted in a sliding window, in the database so
// every app instance agrees, under three keys:
// - the account from one address: 5 wrong passwords stop that address guessing that account. The
//   owner, elsewhere, is not locked out by someone else's guesses (a plain per-account lock let
//   anyone lock any account for 15 minutes with five requests);
// - the address: 20 failures stop one address spraying many accounts;
// - the account from anywhere: 50 failures stop a guesser spread over many addresses. Only such a
//   distributed attack can delay the owner, and only while it lasts.
// The address is the one our servers vouch for (scripts/support/forwarded.mjs, TRUSTED_PROXY_HOPS).
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const MAX_FAILURES_PER_ACCOUNT = 50;

export interface FailureCounts {
  pair: number;
  address: number;
  account: number;
}

export function isSignInBlocked(counts: FailureCounts): boolean {
  return (
    counts.pair >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ||
    counts.address >= MAX_FAILURES_PER_ADDRESS ||
    counts.account >= MAX_FAILURES_PER_ACCOUNT
  );
}

export function accountKey(email: string): string {
  return `email:${normaliseEmail(email)}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}

export function pairKey(email: string, address: string): string {
  return `pair:${normaliseEmail(email)}|${address}`;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
