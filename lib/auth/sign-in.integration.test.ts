import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser as createAccount } from "@/lib/accounts/mutations";
import { prisma } from "@/test/db";
import {
  accountKey,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  MAX_FAILURES_PER_ADDRESS,
} from "@/lib/accounts/rate-limit";
import { authOptions, SIGN_IN_RATE_LIMITED } from "./options";

type Authorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<{ id: string } | null>;

// next-auth keeps the provider's own options (with our authorize) under `.options`.
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const from = (address: string) => ({ headers: { "x-forwarded-for": `203.0.113.9, ${address}` } });

describe("sign-in (credentials)", () => {
  const password = "a long enough password";
  let email: string;

  beforeAll(async () => {
    email = `${randomUUID()}@test.example`;
    await createAccount({ name: "Signer", email, password, locale: "en" });
  });

  it("accepts the right password, whatever the case of the email", async () => {
    expect(await authorize({ email: email.toUpperCase(), password }, from("198.51.100.1"))).toMatchObject({ email });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    expect(await authorize({ email, password: "wrong" }, from("198.51.100.2"))).toBeNull();
    expect(
      await authorize({ email: `nobody-${randomUUID()}@test.example`, password }, from("198.51.100.2")),
    ).toBeNull();
  });

  it("stops one address guessing an account, and leaves the owner, elsewhere, signing in", async () => {
    const victim = `${randomUUID()}@test.example`;
    await createAccount({ name: "Victim", email: victim, password, locale: "en" });
    const attacker = from("198.51.100.66");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++)
      expect(await authorize({ email: victim, password: "guess" }, attacker)).toBeNull();
    // Even the right password is refused from there: the guesser learns nothing more.
    await expect(authorize({ email: victim, password }, attacker)).rejects.toThrow(SIGN_IN_RATE_LIMITED);
    expect(await authorize({ email: victim, password }, from("198.51.100.67"))).toMatchObject({ email: victim });
  });

  it("stops a guesser spread over many addresses at the account-wide limit", async () => {
    const victim = `${randomUUID()}@test.example`;
    await createAccount({ name: "Victim", email: victim, password, locale: "en" });
    // All but one of the failures came earlier, each from another address (a password check costs
    // a scrypt, so they are written as the throttle records them); the last one is tried here.
    await prisma.signInFailure.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ACCOUNT - 1 }, () => ({ key: accountKey(victim) })),
    });
    expect(await authorize({ email: victim, password: "guess" }, from("10.9.0.1"))).toBeNull();
    await expect(authorize({ email: victim, password }, from("198.51.100.99"))).rejects.toThrow(SIGN_IN_RATE_LIMITED);
  });

  it("limits one address trying many accounts, using the address Next.js appended", async () => {
    const address = "192.0.2.77";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect(
        await authorize({ email: `spray-${i}-${randomUUID()}@test.example`, password: "guess" }, from(address)),
      ).toBeNull();
    }
    await expect(authorize({ email, password }, from(address))).rejects.toThrow(SIGN_IN_RATE_LIMITED);
    // A spoofed first X-Forwarded-For entry does not escape the limit, nor block others.
    expect(await authorize({ email, password }, from("192.0.2.78"))).toMatchObject({ email });
  });
});

describe("sign-in throttling under concurrency", () => {
  it("tries at most the limit of wrong passwords sent at once from one address", async () => {
    const password = "a long enough password";
    const target = `${randomUUID()}@test.example`;
    await createAccount({ name: "Target", email: target, password, locale: "en" });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 15 }, () => authorize({ email: target, password: "guess" }, from("198.51.100.120"))),
    );
    // Each attempt was counted before its password was checked: exactly the limit got through.
    const tried = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(tried).toHaveLength(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(refused).toHaveLength(15 - MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    for (const outcome of refused)
      expect(String((outcome as PromiseRejectedResult).reason)).toContain(SIGN_IN_RATE_LIMITED);
  });

  it("does not count a successful sign-in against its address", async () => {
    const password = "a long enough password";
    const address = "198.51.100.200";
    const owner = `${randomUUID()}@test.example`;
    await createAccount({ name: "Owner", email: owner, password, locale: "en" });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 2; i++)
      expect(await authorize({ email: owner, password }, from(address))).toMatchObject({ email: owner });
  });
});
