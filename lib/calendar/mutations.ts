import "server-only";
import { prisma } from "@/lib/db/client";
import { hashSecretToken, newSecretToken } from "@/lib/hash/secret-token";

/** A new private calendar link for the person; an earlier one stops working. The token is shown
 * once (only its hash is kept). */
export async function renewCalendarFeed(userId: string): Promise<{ token: string }> {
  const token = newSecretToken();
  const tokenHash = hashSecretToken(token);
  await prisma.calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
  return { token };
}

export async function removeCalendarFeed(userId: string): Promise<void> {
  await prisma.calendarFeed.deleteMany({ where: { userId } });
}
