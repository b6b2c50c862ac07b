// Who a single sign-on is, against real PostgreSQL (the whole journey through a real provider is
// e2e/sso.spec.ts): linked identities sign in their user; a verified email links to its account
// or creates one where allowed; an unverified email never does; two first sign-ins at once make
// one account and one link.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, prisma } from "@/test/db";
import { resolveOidcUser } from "./oidc-mutations";
import { verifyPassword } from "./password";

const claims = (email: string | null, emailVerified = true) => ({
  provider: "province",
  subject: randomUUID(),
  email,
  emailVerified,
  name: "Wang Fang",
});

describe("resolveOidcUser", () => {
  it("creates an account where allowed, with no password anyone knows", async () => {
    const email = `${randomUUID()}@province.example`;
    const outcome = await resolveOidcUser(claims(email.toUpperCase()), true);
    expect(outcome).toMatchObject({ created: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Wang Fang");
    expect(await verifyPassword("", user.passwordHash)).toBe(false);
    expect(user.passwordHash.startsWith("sso$")).toBe(true);
  });

  it("links an existing account by verified email, then signs in by the link alone", async () => {
    const existing = await createUser("Existing");
    const first = claims(existing.email);
    expect(await resolveOidcUser(first, false)).toEqual({ userId: existing.id, created: false });
    // Later the provider no longer sends the email: the link is enough.
    expect(await resolveOidcUser({ ...first, email: null, emailVerified: false }, false)).toEqual({
      userId: existing.id,
      created: false,
    });
  });

  it("refuses an unverified email, and a stranger where accounts may not be created", async () => {
    const existing = await createUser("Target");
    expect(await resolveOidcUser(claims(existing.email, false), true)).toEqual({ refused: "emailNotVerified" });
    expect(await resolveOidcUser(claims(null), true)).toEqual({ refused: "emailNotVerified" });
    const stranger = `${randomUUID()}@partner.example`;
    expect(await resolveOidcUser(claims(stranger), false)).toEqual({ refused: "noAccount" });
    expect(await prisma.user.count({ where: { email: stranger } })).toBe(0);
    expect(await prisma.userIdentity.count({ where: { userId: existing.id } })).toBe(0);
  });

  it("makes one account and one link when the first sign-in arrives twice at once", async () => {
    const email = `${randomUUID()}@province.example`;
    const same = claims(email);
    const outcomes = await Promise.all([resolveOidcUser(same, true), resolveOidcUser(same, true)]);
    const ids = outcomes.map((o) => ("userId" in o ? o.userId : null));
    expect(ids[0]).toBeTruthy();
    expect(ids[0]).toBe(ids[1]);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });
});
