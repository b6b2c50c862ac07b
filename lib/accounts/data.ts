import "server-only";
import { prisma } from "@/lib/db/client";
import { SIGN_IN_WINDOW_MS, accountKey, addressKey, type FailureCounts } from "./rate-limit";

export function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email } });
}

/** The user of a live session: null when the session was ended (signed out) or has expired, or
 * the account is gone. One indexed read per request. */
export async function findUserBySession(userId: string, sessionId: string) {
  const session = await prisma.authSession.findFirst({
    where: { id: sessionId, userId, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  return session?.user ?? null;
}

export async function countRecentFailures(email: string, address: string): Promise<FailureCounts> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const [account, addressCount] = await Promise.all([
    prisma.signInFailure.count({ where: { key: accountKey(email), createdAt: { gte: since } } }),
    prisma.signInFailure.count({ where: { key: addressKey(address), createdAt: { gte: since } } }),
  ]);
  return { account, address: addressCount };
}
