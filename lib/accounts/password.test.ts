import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import {
  accountKey,
  isSignInBlocked,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  MAX_FAILURES_PER_ADDRESS,
  pairKey,
} from "./rate-limit";

describe("password hashing", () => {
  it("verifies the right password only, with a salt per hash", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await hashPassword("correct horse battery")).not.toBe(hash);
  });

  it("rejects malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });
});

describe("sign-in rate limit", () => {
  it("blocks at any of its three limits, and only there", () => {
    const under = {
      pair: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1,
      address: MAX_FAILURES_PER_ADDRESS - 1,
      account: MAX_FAILURES_PER_ACCOUNT - 1,
    };
    expect(isSignInBlocked(under)).toBe(false);
    expect(isSignInBlocked({ ...under, pair: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS })).toBe(true);
    expect(isSignInBlocked({ ...under, address: MAX_FAILURES_PER_ADDRESS })).toBe(true);
    expect(isSignInBlocked({ ...under, account: MAX_FAILURES_PER_ACCOUNT })).toBe(true);
  });

  it("counts an account whatever the case of its email", () => {
    expect(accountKey(" Delegate@Example.org ")).toBe(accountKey("delegate@example.org"));
    expect(pairKey(" Delegate@Example.org ", "192.0.2.1")).toBe(pairKey("delegate@example.org", "192.0.2.1"));
  });
});
