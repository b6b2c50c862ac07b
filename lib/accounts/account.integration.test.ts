// Account settings against real PostgreSQL, through the declared actions: a name change; a
// password change that needs the current password, refuses a wrong one on its field, and ends
// every other session of the user while the one that changed it stays signed in.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/test/db";
import { changePasswordAction, renameAccountAction } from "./actions";
import { startSession } from "./mutations";
import { hashPassword, verifyPassword } from "./password";

async function account(password: string) {
  return prisma.user.create({
    data: { email: `${randomUUID()}@test.example`, name: "Before", passwordHash: await hashPassword(password) },
    select: { id: true, name: true, email: true },
  });
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

describe("account settings", () => {
  it("renames the account, with a field error for an empty name", async () => {
    const user = await account("old password 1");
    const as = async () => ({ ...user, locale: "en" as const });
    expect(await renameAccountAction.declaration.execute(as, [form({ name: "  " })])).toMatchObject({
      ok: false,
      fieldErrors: { name: "errors.required" },
    });
    expect(await renameAccountAction.declaration.execute(as, [form({ name: "After" })])).toEqual({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("After");
  });

  it("changes the password given the current one, and signs out the other sessions", async () => {
    const user = await account("old password 1");
    const here = await startSession(user.id, 3600);
    const elsewhere = await startSession(user.id, 3600);
    const as = async () => ({ ...user, locale: "en" as const, sessionId: here });
    const change = (currentPassword: string, password = "new password 22", confirmPassword = password) =>
      changePasswordAction.declaration.execute(as, [form({ currentPassword, password, confirmPassword })]);

    expect(await change("not it")).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: "errors.wrongPassword" },
    });
    expect(await change("old password 1", "short")).toMatchObject({
      ok: false,
      fieldErrors: { password: "errors.passwordTooShort" },
    });
    expect(await change("old password 1", "new password 22", "other one 333")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "errors.passwordMismatch" },
    });
    // Nothing changed by the refusals.
    expect(await prisma.authSession.count({ where: { userId: user.id } })).toBe(2);

    expect(await change("old password 1")).toEqual({ ok: true });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("new password 22", stored.passwordHash)).toBe(true);
    expect(await verifyPassword("old password 1", stored.passwordHash)).toBe(false);
    const sessions = await prisma.authSession.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(sessions.map((s) => s.id)).toEqual([here]);
    expect(elsewhere).not.toBe(here);
  });
});
