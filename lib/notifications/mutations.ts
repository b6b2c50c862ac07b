import "server-only";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { prisma, Prisma, type Tx } from "@/lib/db/client";
import { fromDbLocale } from "@/lib/i18n/locales";
import { appUrl } from "@/lib/mail/config";
import { enqueueMails, type OutgoingMail } from "@/lib/mail/mutations";
import { wakeMailWorker } from "@/lib/mail/worker";
import { NOTIFICATIONS_CHANNEL } from "@/lib/live/channels";
import { DomainError } from "@/lib/server/result";
import type { NotificationParams } from "./kinds";
import { notificationMail } from "./mail";
import { readUnsubscribeToken, unsubscribeLinks } from "./unsubscribe-token";
import type { PreferencesInput } from "./schema";

export interface NewNotification {
  workshopId: string;
  kind: NotificationKind;
  userIds: string[];
  /** What its message names besides the workshop (added here, with its title). */
  params?: NotificationParams;
  /** The workshop page it opens: "" for the overview, "session", "ballots/<id>"… */
  page: string;
  /** Once per person and key (a reminder): a second notify() with it writes nothing. */
  dedupeKey?: string;
}

/**
 * Tells people something, inside the caller's transaction (so it is told if and only if it
 * happened): a row per person (the bell; with the in-app channel off it is written as read, the
 * record of what was sent), an outbox message for those who want email, and a NOTIFY so their
 * open pages update the bell at once. Answers how many were told (0 for duplicates).
 */
export async function notify(tx: Tx, notification: NewNotification): Promise<number> {
  const userIds = [...new Set(notification.userIds)];
  if (userIds.length === 0) return 0;
  const { kind } = notification;
  const workshop = await tx.workshop.findUniqueOrThrow({
    where: { id: notification.workshopId },
    select: { title: true, slug: true },
  });
  const params = { ...notification.params, workshop: workshop.title };
  const path = `/w/${workshop.slug}${notification.page ? `/${notification.page}` : ""}`;
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, email: true, locale: true, notificationPrefs: { where: { kind } } },
  });
  // Without a saved choice, both channels are on.
  const wanted = users
    .map((user) => ({ ...user, choice: user.notificationPrefs[0] ?? { inApp: true, email: true } }))
    .filter((user) => user.choice.inApp || user.choice.email);
  const now = new Date();
  const written = await tx.notification.createManyAndReturn({
    data: wanted.map((u) => ({
      userId: u.id,
      workshopId: notification.workshopId,
      kind,
      params,
      path,
      dedupeKey: notification.dedupeKey ?? null,
      readAt: u.choice.inApp ? null : now,
    })),
    skipDuplicates: true,
    select: { userId: true },
  });
  const told = new Set(written.map((w) => w.userId));
  const mails = wanted
    .filter((user) => told.has(user.id) && user.choice.email)
    .map((user): OutgoingMail => {
      const locale = fromDbLocale(user.locale);
      const unsubscribe = unsubscribeLinks(user.id, kind);
      return {
        ...notificationMail({ kind, params, url: appUrl(path), unsubscribeUrl: unsubscribe.page }, locale),
        kind: "notification",
        to: user.email,
        locale,
        unsubscribeUrl: unsubscribe.oneClick,
      };
    });
  await enqueueMails(tx, mails);
  const mailed = mails.length;
  if (told.size > 0) {
    await tx.$executeRaw(
      Prisma.sql`SELECT pg_notify(${NOTIFICATIONS_CHANNEL}, u) FROM unnest(${[...told]}::text[]) AS u`,
    );
  }
  // Woken after the caller commits would be exact; now is early, and the next poll catches up.
  if (mailed > 0) setTimeout(wakeMailWorker, 50).unref();
  return told.size;
}

/** Marks one of the user's own notifications read (another's id changes nothing). */
export async function markRead(userId: string, notificationId: string): Promise<void> {
  await prisma.notification.updateMany({
    where: { id: notificationId, userId, readAt: null },
    data: { readAt: new Date() },
  });
}

export async function markAllRead(userId: string): Promise<void> {
  await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}

export async function savePreferences(userId: string, input: PreferencesInput): Promise<void> {
  await prisma.$transaction([
    ...input.kinds.map(({ kind, inApp, email }) =>
      prisma.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, inApp, email },
        update: { inApp, email },
      }),
    ),
    prisma.user.update({
      where: { id: userId },
      data: { reminderLeadMinutes: input.reminderLeadMinutes, digest: input.digest },
    }),
  ]);
}

/** One click from an email: that kind's emails (or the digest) stop. Answers what stopped. */
export async function unsubscribe(token: string): Promise<{ target: string }> {
  const read = readUnsubscribeToken(token);
  if (!read) throw new DomainError("errors.unsubscribeInvalid");
  const { userId, target } = read;
  if (target === "DIGEST") {
    await prisma.user.updateMany({ where: { id: userId }, data: { digest: "NEVER" } });
  } else if ((await prisma.user.count({ where: { id: userId } })) > 0) {
    await prisma.notificationPreference.upsert({
      where: { userId_kind: { userId, kind: target } },
      create: { userId, kind: target, email: false },
      update: { email: false },
    });
  }
  return { target };
}

/** The lead delegates of the workshop's delegations (who state stances and sign), but `except`. */
export async function leadDelegates(tx: Tx, workshopId: string, except?: string | null): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { workshopId, role: "LEAD_DELEGATE", delegationId: { not: null }, userId: { not: except ?? undefined } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/** Who votes: the members of delegations. */
export async function voters(tx: Tx, workshopId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { workshopId, role: { in: ["LEAD_DELEGATE", "DELEGATE"] }, delegationId: { not: null } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}
