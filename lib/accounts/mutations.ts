import "server-only";
import { withinLimits } from "./throttle-mutations";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import type { Locale } from "@/lib/i18n/locales";
import { toDbLocale } from "@/lib/i18n/locales";
import { hashPassword, verifyPassword } from "./password";
import type { PasswordChange } from "./schema";
import { SIGN_IN_WINDOW_MS, accountKey, addressKey, isSignInBlocked, normaliseEmail, pairKey } from "./rate-limit";

export async function createUser(input: { name: string; email: string; password: string; locale: Locale }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.user.create({
      data: { name: input.name, email: input.email, passwordHash, locale: toDbLocale(input.locale) },
      select: { id: true, email: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new DomainError("errors.checkFields", { email: "errors.emailTaken" });
    }
    throw error;
  }
}

/**
 * Counts a sign-in attempt as a failure before its password is checked, unless one of its keys
 * (lib/accounts/rate-limit.ts) is already at its limit (then null: refused). Checking and counting
 * happen under a lock on the account and then on the address (always in that order, so two
 * attempts never wait on each other in a cycle): concurrent attempts cannot all pass a check made
 * before any was counted (15 wrong passwords sent at once used to be tried against a limit of 5).
 * A successful attempt is forgiven afterwards (forgiveSignInAttempt).
 */
export async function reserveSignInAttempt(email: string, address: string): Promise<bigint[] | null> {
  const account = accountKey(email);
  const from = addressKey(address);
  const pair = pairKey(email, address);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${account}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${from}))`;
    const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
    const count = (key: string) => tx.signInFailure.count({ where: { key, createdAt: { gte: since } } });
    const [pairCount, addressCount, accountCount] = await Promise.all([count(pair), count(from), count(account)]);
    if (isSignInBlocked({ pair: pairCount, address: addressCount, account: accountCount })) return null;
    const rows = await tx.signInFailure.createManyAndReturn({
      data: [{ key: pair }, { key: from }, { key: account }],
      select: { id: true },
    });
    // Keep the table small: failures older than the window no longer matter.
    await tx.signInFailure.deleteMany({ where: { createdAt: { lt: since } } });
    return rows.map((row) => row.id);
  });
}

/** The password was right: the attempt was no failure, and the account's earlier ones (from any
 * address) are forgiven. The address keeps its other failures: it may still be spraying. */
export async function forgiveSignInAttempt(email: string, attempt: bigint[]): Promise<void> {
  await prisma.signInFailure.deleteMany({
    where: {
      OR: [
        { id: { in: attempt } },
        { key: accountKey(email) },
        { key: { startsWith: `pair:${normaliseEmail(email)}|` } },
      ],
    },
  });
}

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { locale: toDbLocale(locale) } });
}

/** A new signed-in session for the user, lasting as long as its cookie. */
export async function startSession(userId: string, maxAgeSeconds: number): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await prisma.authSession.create({
    data: { id, userId, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) },
  });
  // Expired sessions of this user go now: the table stays as small as the number of live sessions.
  await prisma.authSession.deleteMany({ where: { userId, expiresAt: { lte: new Date() } } });
  return id;
}

/** Ends one session (sign-out): its cookie no longer signs anybody in, wherever it was copied. */
export async function endSession(sessionId: string): Promise<void> {
  await prisma.authSession.deleteMany({ where: { id: sessionId } });
}

export async function renameUser(userId: string, name: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { name } });
}

/**
 * A new password, given the current one (a session left open on a shared screen cannot take the
 * account over). Every other session of the user ends: a password changed because it leaked
 * also signs out whoever used it. The session that changed it stays signed in.
 */
export async function changePassword(
  userId: string,
  { currentPassword, password }: Pick<PasswordChange, "currentPassword" | "password">,
  keepSessionId: string | undefined,
): Promise<void> {
  // A session left open is no way to guess the password either.
  if (!(await withinLimits([{ key: `password-check:${userId}`, max: 10, windowMs: 15 * 60_000 }]))) {
    throw new DomainError("errors.tooManyRequests");
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new DomainError("errors.checkFields", { currentPassword: "errors.wrongPassword" });
  }
  const passwordHash = await hashPassword(password);
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { passwordHash } }),
    prisma.authSession.deleteMany({ where: { userId, ...(keepSessionId && { id: { not: keepSessionId } }) } }),
  ]);
}
