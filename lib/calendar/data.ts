import "server-only";
import { prisma } from "@/lib/db/client";
import { hashSecretToken } from "@/lib/hash/secret-token";
import { fromDbLocale } from "@/lib/i18n/locales";
import type { TimedAgendaItem, TimedBallot } from "./items";

/** The person a calendar link belongs to, or null (a made-up or replaced link). */
export async function feedOwner(token: string) {
  if (token.length > 200) return null;
  const feed = await prisma.calendarFeed.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { user: { select: { id: true, locale: true } } },
  });
  return feed && { id: feed.user.id, locale: fromDbLocale(feed.user.locale) };
}

export async function hasCalendarFeed(userId: string): Promise<boolean> {
  return (await prisma.calendarFeed.count({ where: { userId } })) > 0;
}

/** The timed ballots of the person's workshops (one workshop's when `slug` is given). */
export function timedBallots(userId: string, slug?: string): Promise<TimedBallot[]> {
  return prisma.ballot.findMany({
    where: {
      workshop: { memberships: { some: { userId } }, ...(slug ? { slug } : {}) },
      OR: [{ opensAt: { not: null } }, { closesAt: { not: null } }],
    },
    orderBy: [{ closesAt: "asc" }, { opensAt: "asc" }],
    take: 500,
    select: { id: true, title: true, opensAt: true, closesAt: true, workshop: { select: { title: true, slug: true } } },
  });
}

/** One ballot of a workshop, if it has a time. */
export function timedBallot(workshopId: string, ballotId: string): Promise<TimedBallot | null> {
  return prisma.ballot.findFirst({
    where: { id: ballotId, workshopId, OR: [{ opensAt: { not: null } }, { closesAt: { not: null } }] },
    select: { id: true, title: true, opensAt: true, closesAt: true, workshop: { select: { title: true, slug: true } } },
  });
}

const agendaSelect = {
  id: true,
  title: true,
  startsAt: true,
  plannedMinutes: true,
  workshop: { select: { title: true, slug: true } },
} as const;

/** The agenda items with a planned start of the person's workshops (one workshop's with `slug`). */
export function timedAgendaItems(userId: string, slug?: string): Promise<TimedAgendaItem[]> {
  return prisma.agendaItem.findMany({
    where: { workshop: { memberships: { some: { userId } }, ...(slug ? { slug } : {}) }, startsAt: { not: null } },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: agendaSelect,
  });
}

/** One agenda item of a workshop, if it has a planned start. */
export function timedAgendaItem(workshopId: string, itemId: string): Promise<TimedAgendaItem | null> {
  return prisma.agendaItem.findFirst({
    where: { id: itemId, workshopId, startsAt: { not: null } },
    select: agendaSelect,
  });
}
