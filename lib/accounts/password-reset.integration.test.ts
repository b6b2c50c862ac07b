// Forgotten passwords against real PostgreSQL, through the declared actions: the same answer for
// an unknown address, a message in the account's language with a link whose token works once and
// expires, only the newest link working, every session ended, and the request limits.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/test/db";
import { hashSecretToken } from "@/lib/hash/secret-token";
import { requestPasswordResetAction, resetPasswordAction } from "./actions";
import { startSession } from "./mutations";
import { hashPassword, verifyPassword } from "./password";
import { RESET_LIMITS } from "./reset-mutations";

const signedOut = async () => null;
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const ask = (email: string) => requestPasswordResetAction.declaration.execute(signedOut, [form({ email })]);
const reset = (token: string, password = "brand new pass 1", confirmPassword = password) =>
  resetPasswordAction.declaration.execute(signedOut, [token, form({ password, confirmPassword })]);

async function account(locale: "en" | "zh_CN" = "en") {
  return prisma.user.create({
    data: {
      email: `${randomUUID()}@test.example`,
      name: "Forgetful",
      passwordHash: await hashPassword("old password 1"),
      locale,
    },
  });
}

/** The token in the newest reset message to `email`. */
async function tokenMailedTo(email: string): Promise<string> {
  const message = await prisma.outboxMessage.findFirstOrThrow({
    where: { to: email, kind: "passwordReset" },
    orderBy: { createdAt: "desc" },
  });
  return /\/reset-password\/([\w-]+)/.exec(message.text)![1]!;
}

describe("forgotten password", () => {
  // Every request here comes from the address "unknown" (there is no HTTP request): each test
  // starts with that address's window empty.
  beforeEach(async () => {
    await prisma.throttleHit.deleteMany({ where: { key: "reset-ip:unknown" } });
  });

  it("answers the same for an unknown address, and sends nothing", async () => {
    const unknown = `${randomUUID()}@test.example`;
    expect(await ask(unknown)).toEqual({ ok: true });
    expect(await prisma.outboxMessage.count({ where: { to: unknown } })).toBe(0);
  });

  it("mails a link in the account's language; it works once, and ends every session", async () => {
    const user = await account("zh_CN");
    await startSession(user.id, 3600);
    await startSession(user.id, 3600);
    expect(await ask(` ${user.email.toUpperCase()} `)).toEqual({ ok: true });
    const message = await prisma.outboxMessage.findFirstOrThrow({ where: { to: user.email } });
    expect([message.kind, message.locale, message.subject]).toEqual([
      "passwordReset",
      "zh_CN",
      "重置您的 Roundtable 密码",
    ]);
    const token = await tokenMailedTo(user.email);
    // Only the hash is kept.
    expect(await prisma.passwordReset.count({ where: { tokenHash: token } })).toBe(0);
    expect(await prisma.passwordReset.count({ where: { tokenHash: hashSecretToken(token) } })).toBe(1);

    expect(await reset(token, "short")).toMatchObject({
      ok: false,
      fieldErrors: { password: "errors.passwordTooShort" },
    });
    expect(await reset(token, "brand new pass 1", "other")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "errors.passwordMismatch" },
    });
    expect(await reset(token)).toEqual({ ok: true });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("brand new pass 1", stored.passwordHash)).toBe(true);
    expect(await prisma.authSession.count({ where: { userId: user.id } })).toBe(0);

    expect(await reset(token, "another pass 22")).toMatchObject({ ok: false, code: "errors.resetLinkInvalid" });
    expect(await reset("made-up-token")).toMatchObject({ ok: false, code: "errors.resetLinkInvalid" });
  });

  it("lets one of two simultaneous uses win", async () => {
    const user = await account();
    await ask(user.email);
    const token = await tokenMailedTo(user.email);
    const outcomes = await Promise.all([reset(token, "first pass 111"), reset(token, "second pass 222")]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  });

  it("expires, and only the newest link works", async () => {
    const user = await account();
    await ask(user.email);
    const older = await tokenMailedTo(user.email);
    await ask(user.email);
    const newer = await tokenMailedTo(user.email);
    expect(newer).not.toBe(older);
    expect(await reset(older)).toMatchObject({ ok: false, code: "errors.resetLinkInvalid" });
    await prisma.passwordReset.updateMany({
      where: { tokenHash: hashSecretToken(newer) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await reset(newer)).toMatchObject({ ok: false, code: "errors.resetLinkInvalid" });
  });

  it("limits links per account silently, and requests per address openly", async () => {
    const user = await account();
    for (let i = 0; i < RESET_LIMITS.perAccount + 2; i++) expect(await ask(user.email)).toEqual({ ok: true });
    expect(await prisma.outboxMessage.count({ where: { to: user.email } })).toBe(RESET_LIMITS.perAccount);
    // Fill the address's window.
    await prisma.throttleHit.deleteMany({ where: { key: "reset-ip:unknown" } });
    await prisma.throttleHit.createMany({
      data: Array.from({ length: RESET_LIMITS.perAddress }, () => ({ key: "reset-ip:unknown" })),
    });
    expect(await ask(`${randomUUID()}@test.example`)).toMatchObject({ ok: false, code: "errors.tooManyRequests" });
    await prisma.throttleHit.deleteMany({ where: { key: "reset-ip:unknown" } });
  });
});
