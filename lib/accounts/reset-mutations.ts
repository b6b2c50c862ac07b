import "server-only";
import { prisma } from "@/lib/db/client";
import { hashSecretToken, newSecretToken } from "@/lib/hash/secret-token";
import { fromDbLocale } from "@/lib/i18n/locales";
import { appUrl } from "@/lib/mail/config";
import { enqueueMail } from "@/lib/mail/mutations";
import { wakeMailWorker } from "@/lib/mail/worker";
import { DomainError } from "@/lib/server/result";
import { hashPassword } from "./password";
import { accountKey, normaliseEmail } from "./rate-limit";
import { passwordResetMail } from "./reset-mail";
import { withinLimits } from "./throttle-mutations";

// Forgotten passwords. A request answers the same whether the account exists or not (and takes
// the same steps up to the last one), so the form cannot be used to learn who has an account.

const RESET_MINUTES = 60;
const HOUR_MS = 60 * 60 * 1000;
/** One address asking for many accounts' links, and one account's mailbox flooded. */
export const RESET_LIMITS = { perAddress: 10, perAccount: 3 };

export async function requestPasswordReset(email: string, address: string): Promise<void> {
  const normalised = normaliseEmail(email);
  if (!(await withinLimits([{ key: `reset-ip:${address}`, max: RESET_LIMITS.perAddress, windowMs: HOUR_MS }]))) {
    throw new DomainError("errors.tooManyRequests");
  }
  // Counted for every address asked about, existing or not; over it, the answer stays the same.
  const mailboxAllowed = await withinLimits([
    { key: `reset-email:${normalised}`, max: RESET_LIMITS.perAccount, windowMs: HOUR_MS },
  ]);
  const user = await prisma.user.findUnique({
    where: { email: normalised },
    select: { id: true, name: true, email: true, locale: true },
  });
  if (!user || !mailboxAllowed) return;
  const token = newSecretToken();
  const locale = fromDbLocale(user.locale);
  await prisma.$transaction(async (tx) => {
    // Only the newest link works: an older one, perhaps in a mailbox someone else reads, stops.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    await tx.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: hashSecretToken(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      },
    });
    const mail = passwordResetMail(
      { name: user.name, url: appUrl(`/reset-password/${token}`), minutes: RESET_MINUTES },
      locale,
    );
    await enqueueMail(tx, { ...mail, kind: "passwordReset", to: user.email, locale });
  });
  wakeMailWorker();
}

/**
 * Sets a new password with a link's token: once (the conditional update lets one of two
 * simultaneous uses win), before it expires. Every session of the account ends, wherever it is
 * signed in, and earlier failed sign-ins are forgiven: the owner has just proved they hold the
 * mailbox.
 */
export async function resetPassword(token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    const reset = await tx.passwordReset.findUnique({
      where: { tokenHash: hashSecretToken(token) },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
    const { count } = reset
      ? await tx.passwordReset.updateMany({
          where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        })
      : { count: 0 };
    if (!reset || count === 0) throw new DomainError("errors.resetLinkInvalid");
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.authSession.deleteMany({ where: { userId: reset.userId } });
    await tx.signInFailure.deleteMany({
      where: {
        OR: [{ key: accountKey(reset.user.email) }, { key: { startsWith: `pair:${reset.user.email}|` } }],
      },
    });
  });
}
