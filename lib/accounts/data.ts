import "server-only";
import { prisma } from "@/lib/db/client";

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
