import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { accountKey, isSignInBlocked, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "./rate-limit";

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
  it("blocks at the per-account or per-address limit", () => {
    expect(isSignInBlocked({ account: MAX_FAILURES_PER_ACCOUNT - 1, address: 0 })).toBe(false);
    expect(isSignInBlocked({ account: MAX_FAILURES_PER_ACCOUNT, address: 0 })).toBe(true);
    expect(isSignInBlocked({ account: 0, address: MAX_FAILURES_PER_ADDRESS })).toBe(true);
  });

  it("counts an account whatever the case of its email", () => {
    expect(accountKey(" Delegate@Example.org ")).toBe(accountKey("delegate@example.org"));
  });
});
