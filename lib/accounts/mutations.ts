import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import type { Locale } from "@/lib/i18n/locales";
import { toDbLocale } from "@/lib/i18n/locales";
import { hashPassword } from "./password";
import { SIGN_IN_WINDOW_MS, accountKey, addressKey } from "./rate-limit";

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

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  await prisma.signInFailure.createMany({ data: [{ key: accountKey(email) }, { key: addressKey(address) }] });
  // Keep the table small: failures older than the window no longer matter.
  await prisma.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - SIGN_IN_WINDOW_MS) } } });
}

export async function clearAccountFailures(email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { key: accountKey(email) } });
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
