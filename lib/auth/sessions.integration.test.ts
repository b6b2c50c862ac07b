import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { findUserBySession } from "@/lib/accounts/data";
import { createUser } from "@/lib/accounts/mutations";
import { prisma } from "@/test/db";
import { authOptions } from "./options";

// The callbacks next-auth runs: when a session cookie is issued (jwt, with the user who signed
// in), and when it is signed out (events.signOut, with the cookie's token).
const issue = (account: { id: string; email: string }) =>
  authOptions.callbacks!.jwt!({
    token: { sub: account.id },
    user: { ...account, name: "" },
    account: null,
  } as never) as Promise<JWT>;
const signOut = (token: JWT) => authOptions.events!.signOut!({ token, session: undefined as never });

describe("server-side sessions", () => {
  it("a session cookie signs its user in until they sign out; then it signs nobody in, anywhere", async () => {
    const user = await createUser({
      name: "Session",
      email: `${randomUUID()}@test.example`,
      password: "long enough pw",
      locale: "en",
    });
    const laptop = await issue(user);
    const phone = await issue(user);
    expect(typeof laptop.sid).toBe("string");
    expect(laptop.sid).not.toBe(phone.sid);
    expect(await findUserBySession(user.id, laptop.sid as string)).toMatchObject({ id: user.id });

    await signOut(laptop);
    // The copied cookie of the signed-out laptop is dead; the phone's session lives on.
    expect(await findUserBySession(user.id, laptop.sid as string)).toBeNull();
    expect(await findUserBySession(user.id, phone.sid as string)).toMatchObject({ id: user.id });
  });

  it("refuses an expired session, another user's session and a made-up one", async () => {
    const user = await createUser({
      name: "A",
      email: `${randomUUID()}@test.example`,
      password: "long enough pw",
      locale: "en",
    });
    const other = await createUser({
      name: "B",
      email: `${randomUUID()}@test.example`,
      password: "long enough pw",
      locale: "en",
    });
    const token = await issue(user);
    expect(await findUserBySession(other.id, token.sid as string)).toBeNull();
    expect(await findUserBySession(user.id, "made-up")).toBeNull();
    await prisma.authSession.update({
      where: { id: token.sid as string },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await findUserBySession(user.id, token.sid as string)).toBeNull();
  });
});
