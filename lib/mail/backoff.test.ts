import { describe, expect, it } from "vitest";
import { retryDelay } from "./backoff";

describe("retryDelay", () => {
  const policy = { baseMs: 1000, maxMs: 5000, maxAttempts: 5 };
  it("doubles from the base, capped", () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, policy))).toEqual([1000, 2000, 4000, 5000]);
  });
  it("gives up after the last attempt", () => {
    expect(retryDelay(5, policy)).toBeNull();
    expect(retryDelay(9, policy)).toBeNull();
  });
  it("by default retries for hours, not forever", () => {
    const delays: number[] = [];
    for (let n = 1; retryDelay(n) !== null; n++) delays.push(retryDelay(n)!);
    expect(delays.length).toBe(7);
    expect(delays.reduce((a, b) => a + b, 0)).toBeGreaterThan(60 * 60_000);
  });
});
