import "server-only";
import { prisma } from "@/lib/db/client";
import { SIGN_IN_WINDOW_MS, accountKey, addressKey, type FailureCounts } from "./rate-limit";

export function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email } });
}

export function findUserById(id: string) {
  return prisma.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, locale: true } });
}

export async function countRecentFailures(email: string, address: string): Promise<FailureCounts> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const [account, addressCount] = await Promise.all([
    prisma.signInFailure.count({ where: { key: accountKey(email), createdAt: { gte: since } } }),
    prisma.signInFailure.count({ where: { key: addressKey(address), createdAt: { gte: since } } }),
  ]);
  return { account, address: addressCount };
}
