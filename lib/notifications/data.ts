import "server-only";
import { prisma } from "@/lib/db/client";
import { notificationKinds } from "./kinds";

const SHOWN = 50;

export function unreadCount(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** The newest notifications of the user, with their workshop's slug. */
export function listNotifications(userId: string) {
  return prisma.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: SHOWN,
    select: { id: true, kind: true, params: true, path: true, readAt: true, createdAt: true },
  });
}

/** The user's choices, every kind present (defaults where none was saved). */
export async function notificationPreferences(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { reminderLeadMinutes: true, digest: true, notificationPrefs: true },
  });
  const saved = new Map(user.notificationPrefs.map((p) => [p.kind, p]));
  return {
    reminderLeadMinutes: user.reminderLeadMinutes,
    digest: user.digest,
    kinds: notificationKinds.map((kind) => ({
      kind,
      inApp: saved.get(kind)?.inApp ?? true,
      email: saved.get(kind)?.email ?? true,
    })),
  };
}
