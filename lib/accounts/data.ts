import "server-only";
import { prisma } from "@/lib/db/client";
import { hashSecretToken } from "@/lib/hash/secret-token";

export function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email } });
}

/** The user of a live session: null when the session was ended (signed out) or has expired, or
 * the account is gone. One indexed read per request. */
export function findUserBySession(userId: string, sessionId: string) {
  // One query (a nested select would be two): every request of a signed-in user runs it.
  return prisma.user.findFirst({
    where: { id: userId, sessions: { some: { id: sessionId, expiresAt: { gt: new Date() } } } },
    select: { id: true, email: true, name: true, locale: true },
  });
}

/** Whether a reset link's token would still work (the page shows the form, or says it does not). */
export async function passwordResetUsable(token: string): Promise<boolean> {
  if (token.length > 200) return false;
  const count = await prisma.passwordReset.count({
    where: { tokenHash: hashSecretToken(token), usedAt: null, expiresAt: { gt: new Date() } },
  });
  return count > 0;
}
