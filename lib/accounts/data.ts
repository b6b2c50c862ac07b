import "server-only";
import { prisma } from "@/lib/db/client";

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
