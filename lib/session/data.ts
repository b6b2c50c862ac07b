import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { canRunSession, type SessionMember } from "./policy";
import { orderQueue } from "./queue";
import type { TimerState } from "./timer";

// Reads of the live session. Times go to the browser as server milliseconds together with the
// server's "now", so every countdown is computed against the same clock (lib/session/timer.ts).

export type SpotlightView = {
  kind: "CLAUSE" | "ANALYSIS" | "BALLOT";
  id: string | null;
  title: string | null;
  href: string;
};

export type AgendaItemView = {
  id: string;
  version: number;
  title: string;
  plannedMinutes: number;
  linkKind: "NONE" | "PHASE" | "CLAUSE" | "ANALYSIS" | "BALLOT";
  linkPhase: string | null;
  linkId: string | null;
  linkTitle: string | null;
  timer: TimerState;
};

/** The database clock in ms: the one every instance and browser is set against. */
async function databaseNow(): Promise<number> {
  const [row] = await prisma.$queryRaw<[{ now: Date }]>`SELECT now() AS "now"`;
  return row.now.getTime();
}

async function spotlightView(
  workshopId: string,
  slug: string,
  session: { spotlightKind: SpotlightView["kind"] | null; spotlightId: string | null },
): Promise<SpotlightView | null> {
  const { spotlightKind: kind, spotlightId: id } = session;
  if (!kind) return null;
  if (kind === "ANALYSIS") return { kind, id: null, title: null, href: `/w/${slug}/analysis` };
  const where = { id: id ?? "", workshopId };
  const title =
    kind === "CLAUSE"
      ? (await prisma.clause.findFirst({ where, select: { title: true } }))?.title
      : (await prisma.ballot.findFirst({ where, select: { title: true } }))?.title;
  if (title === undefined) return null; // deleted since
  return { kind, id, title, href: kind === "CLAUSE" ? `/w/${slug}/plan/${id}` : `/w/${slug}/ballots/${id}` };
}

const itemSelect = {
  id: true,
  version: true,
  title: true,
  plannedMinutes: true,
  linkKind: true,
  linkPhase: true,
  linkId: true,
  status: true,
  elapsedMs: true,
  extensionMs: true,
  runningSince: true,
} as const;

type ItemRow = {
  id: string;
  version: number;
  title: string;
  plannedMinutes: number;
  linkKind: AgendaItemView["linkKind"];
  linkPhase: string | null;
  linkId: string | null;
  status: TimerState["status"];
  elapsedMs: number;
  extensionMs: number;
  runningSince: Date | null;
};

function itemView(item: ItemRow, linkTitles: Map<string, string>): AgendaItemView {
  return {
    id: item.id,
    version: item.version,
    title: item.title,
    plannedMinutes: item.plannedMinutes,
    linkKind: item.linkKind,
    linkPhase: item.linkPhase,
    linkId: item.linkId,
    linkTitle: item.linkId ? (linkTitles.get(item.linkId) ?? null) : null,
    timer: {
      plannedMs: item.plannedMinutes * 60_000,
      extensionMs: item.extensionMs,
      elapsedMs: item.elapsedMs,
      runningSince: item.runningSince?.getTime() ?? null,
      status: item.status,
    },
  };
}

/**
 * What every workshop page shows of the session (the banner and "follow the facilitator"): the
 * current agenda item with its countdown and the spotlight. Cached per request: the layout and
 * the page may both ask.
 */
export const sessionBanner = cache(async (workshopId: string, slug: string) => {
  const [session, serverNow] = await Promise.all([
    prisma.liveSession.findUnique({
      where: { workshopId },
      select: { currentItemId: true, spotlightKind: true, spotlightId: true, spotlightAt: true },
    }),
    databaseNow(),
  ]);
  const current = session?.currentItemId
    ? await prisma.agendaItem.findUnique({ where: { id: session.currentItemId }, select: itemSelect })
    : null;
  return {
    serverNow,
    current: current ? itemView(current, new Map()) : null,
    spotlight: session ? await spotlightView(workshopId, slug, session) : null,
    spotlightAt: session?.spotlightAt?.getTime() ?? null,
  };
});
export type SessionBanner = Awaited<ReturnType<typeof sessionBanner>>;

/** The session page: agenda, queue, floor, questions; join code and requests for facilitators. */
export async function sessionView(workshopId: string, slug: string, member: SessionMember) {
  const chair = canRunSession(member);
  const [banner, session, items, hands, questions, members, delegations, clauses, ballots] = await Promise.all([
    sessionBanner(workshopId, slug),
    prisma.liveSession.findUnique({ where: { workshopId } }),
    prisma.agendaItem.findMany({
      where: { workshopId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: itemSelect,
    }),
    prisma.raisedHand.findMany({ where: { workshopId } }),
    prisma.floorQuestion.findMany({
      where: { workshopId, ...(chair ? {} : { hiddenAt: null }) },
      include: { votes: { select: { membershipId: true } } },
    }),
    prisma.membership.findMany({
      where: { workshopId },
      select: { id: true, role: true, delegationId: true, user: { select: { name: true } } },
    }),
    prisma.delegation.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: "asc" }, { name: "asc" }],
      select: { id: true, name: true, colour: true },
    }),
    prisma.clause.findMany({
      where: { workshopId, status: { not: "WITHDRAWN" } },
      select: { id: true, title: true },
      orderBy: { position: "asc" },
    }),
    prisma.ballot.findMany({
      where: { workshopId },
      select: { id: true, title: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const nameOf = new Map(members.map((m) => [m.id, m.user.name]));
  const linkTitles = new Map([...clauses, ...ballots].map((x) => [x.id, x.title]));
  const mode = session?.queueMode ?? "FIFO";
  const history = (session?.speakerHistory ?? []).map((d) => (d === "" ? null : d));
  const queue = orderQueue(
    hands.map((h) => ({ memberId: h.membershipId, delegationId: h.delegationId, raisedAt: h.raisedAt.getTime() })),
    mode,
    history,
  ).map((hand) => ({ ...hand, name: nameOf.get(hand.memberId) ?? "?", own: hand.memberId === member.id }));
  const floorMember = session?.floorMemberId ? members.find((m) => m.id === session.floorMemberId) : undefined;
  const joinRequests = chair
    ? await prisma.joinRequest.findMany({
        where: { workshopId, status: "PENDING" },
        orderBy: { createdAt: "asc" },
        select: { id: true, createdAt: true, user: { select: { name: true, email: true } } },
      })
    : [];
  return {
    ...banner,
    chair,
    agenda: items.map((item) => itemView(item, linkTitles)),
    queueMode: mode,
    queue,
    ownHandRaised: queue.some((hand) => hand.own),
    floor: floorMember
      ? {
          memberId: floorMember.id,
          name: floorMember.user.name,
          delegationId: floorMember.delegationId,
          since: session!.floorSince!.getTime(),
          limitSeconds: session!.speakingLimitSeconds,
        }
      : null,
    speakingLimitSeconds: session?.speakingLimitSeconds ?? null,
    questions: questions
      .map((q) => ({
        id: q.id,
        body: q.body,
        // Anonymous: hidden from everyone on every page; the author sees it is theirs.
        author: q.anonymous ? null : (nameOf.get(q.authorMembershipId) ?? null),
        own: q.authorMembershipId === member.id,
        anonymous: q.anonymous,
        votes: q.votes.length,
        votedByMe: q.votes.some((v) => v.membershipId === member.id),
        answered: q.answeredAt !== null,
        hidden: q.hiddenAt !== null,
        createdAt: q.createdAt.getTime(),
      }))
      // Open questions first, most upvoted first, then oldest first.
      .sort((a, b) => Number(a.answered) - Number(b.answered) || b.votes - a.votes || a.createdAt - b.createdAt),
    join: chair
      ? { code: session?.joinCode ?? null, enabled: session?.joinCodeEnabled ?? false, requests: joinRequests }
      : null,
    delegations,
    clauses,
    ballots,
  };
}
export type SessionView = Awaited<ReturnType<typeof sessionView>>;
