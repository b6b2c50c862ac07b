import "server-only";
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
