import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { sharedRead } from "@/lib/room/shared-read";
import { canRunSession, type SessionMember } from "./policy";
import { orderQueue } from "./queue";
import type { TimerState } from "./timer";
import type { Pushed, QuestionsModel } from "@/lib/room/types";

// Reads of the live session. Times go to the browser as server milliseconds together with the
// server's "now", so every countdown is computed against the same clock (lib/session/timer.ts).

export type SpotlightView = {
  kind: "CLAUSE" | "ANALYSIS" | "BALLOT" | "DIVISION";
  id: string | null;
  title: string | null;
  href: string;
};

export type AgendaItemView = {
  id: string;
  version: number;
  title: string;
  plannedMinutes: number;
  /** ISO; when it is planned to start, if the facilitator said. */
  startsAt: string | null;
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
  if (kind === "DIVISION") return { kind, id: null, title: null, href: `/w/${slug}/analysis/division` };
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
  startsAt: true,
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
  startsAt: Date | null;
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
    startsAt: item.startsAt?.toISOString() ?? null,
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

/**
 * What everyone in the room sees of the session, the same for every member: the banner, the
 * agenda with its countdowns, the speaking queue and the floor. It is both the first render of the
 * session widgets and the model the live stream pushes (lib/room/data.ts), so the two never drift.
 * Only the people in the queue and on the floor are read, never every membership.
 */
export async function sessionRoom(workshopId: string, slug: string) {
  const [banner, session, items, hands] = await Promise.all([
    sessionBanner(workshopId, slug),
    prisma.liveSession.findUnique({
      where: { workshopId },
      select: {
        queueMode: true,
        speakerHistory: true,
        floorMemberId: true,
        floorSince: true,
        speakingLimitSeconds: true,
      },
    }),
    prisma.agendaItem.findMany({
      where: { workshopId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: itemSelect,
    }),
    prisma.raisedHand.findMany({ where: { workshopId } }),
  ]);
  const memberIds = [...hands.map((h) => h.membershipId), ...(session?.floorMemberId ? [session.floorMemberId] : [])];
  const [people, linked] = await Promise.all([
    memberIds.length === 0
      ? []
      : prisma.membership.findMany({
          where: { workshopId, id: { in: memberIds } },
          select: { id: true, delegationId: true, user: { select: { name: true } } },
        }),
    linkTitlesOf(workshopId, items),
  ]);
  const nameOf = new Map(people.map((m) => [m.id, m.user.name]));
  const mode = session?.queueMode ?? "FIFO";
  const history = (session?.speakerHistory ?? []).map((d) => (d === "" ? null : d));
  const queue = orderQueue(
    hands.map((h) => ({ memberId: h.membershipId, delegationId: h.delegationId, raisedAt: h.raisedAt.getTime() })),
    mode,
    history,
  ).map((hand) => ({ ...hand, name: nameOf.get(hand.memberId) ?? "?" }));
  const floorMember = session?.floorMemberId ? people.find((m) => m.id === session.floorMemberId) : undefined;
  return {
    ...banner,
    agenda: items.map((item) => itemView(item, linked)),
    queueMode: mode,
    queue,
    floor:
      floorMember && session?.floorSince
        ? {
            memberId: floorMember.id,
            name: floorMember.user.name,
            delegationId: floorMember.delegationId,
            since: session.floorSince.getTime(),
            limitSeconds: session.speakingLimitSeconds,
          }
        : null,
    speakingLimitSeconds: session?.speakingLimitSeconds ?? null,
  };
}
export type SessionRoom = Awaited<ReturnType<typeof sessionRoom>>;

/** Titles of the clauses and ballots the agenda links to. */
async function linkTitlesOf(workshopId: string, items: ItemRow[]): Promise<Map<string, string>> {
  const ids = (kind: string) => items.filter((i) => i.linkKind === kind && i.linkId).map((i) => i.linkId!);
  const [clauses, ballots] = await Promise.all([
    ids("CLAUSE").length === 0
      ? []
      : prisma.clause.findMany({ where: { workshopId, id: { in: ids("CLAUSE") } }, select: { id: true, title: true } }),
    ids("BALLOT").length === 0
      ? []
      : prisma.ballot.findMany({ where: { workshopId, id: { in: ids("BALLOT") } }, select: { id: true, title: true } }),
  ]);
  return new Map([...clauses, ...ballots].map((x) => [x.id, x.title]));
}

/** A question from the floor as one audience sees it (lib/room/types.ts QuestionsModel). */
export type QuestionView = {
  id: string;
  body: string;
  /** Null for an anonymous question: hidden from everyone on every page, the chair included. */
  author: string | null;
  anonymous: boolean;
  votes: number;
  answered: boolean;
  hidden: boolean;
  createdAt: number;
};

/**
 * The questions from the floor as the chair (`chair`) or everyone else sees them: open ones first,
 * most upvoted first, then oldest first; hidden ones for the chair only. Both the session page's
 * first render and the model the stream pushes after a question event (lib/room/topics.ts).
 */
export async function questionsOf(workshopId: string, chair: boolean): Promise<QuestionView[]> {
  const questions = await prisma.floorQuestion.findMany({
    where: { workshopId, ...(chair ? {} : { hiddenAt: null }) },
    select: {
      id: true,
      body: true,
      anonymous: true,
      authorMembershipId: true,
      answeredAt: true,
      hiddenAt: true,
      createdAt: true,
      _count: { select: { votes: true } },
    },
  });
  const authorIds = [...new Set(questions.filter((q) => !q.anonymous).map((q) => q.authorMembershipId))];
  const authors =
    authorIds.length === 0
      ? []
      : await prisma.membership.findMany({
          where: { workshopId, id: { in: authorIds } },
          select: { id: true, user: { select: { name: true } } },
        });
  const nameOf = new Map(authors.map((m) => [m.id, m.user.name]));
  return questions
    .map((q) => ({
      id: q.id,
      body: q.body,
      author: q.anonymous ? null : (nameOf.get(q.authorMembershipId) ?? null),
      anonymous: q.anonymous,
      votes: q._count.votes,
      answered: q.answeredAt !== null,
      hidden: q.hiddenAt !== null,
      createdAt: q.createdAt.getTime(),
    }))
    .sort((a, b) => Number(a.answered) - Number(b.answered) || b.votes - a.votes || a.createdAt - b.createdAt);
}

/** Which questions are this member's own and which they upvoted: known to them only. */
async function ownQuestions(workshopId: string, memberId: string) {
  const [asked, upvoted] = await Promise.all([
    prisma.floorQuestion.findMany({ where: { workshopId, authorMembershipId: memberId }, select: { id: true } }),
    prisma.questionVote.findMany({
      where: { membershipId: memberId, question: { workshopId } },
      select: { questionId: true },
    }),
  ]);
  return { asked: asked.map((q) => q.id), upvoted: upvoted.map((v) => v.questionId) };
}

/**
 * What the session page renders on the server besides the room's pushed state: the questions
 * (pushed too, seeded here with the seq read before them), what only this member knows of them,
 * the join code and requests for facilitators, and the lists the controls offer.
 */
export async function sessionPageView(workshopId: string, member: SessionMember) {
  const chair = canRunSession(member);
  const { eventSeq } = await prisma.workshop.findUniqueOrThrow({
    where: { id: workshopId },
    select: { eventSeq: true },
  });
  // What every member of the audience sees alike is read once per seq (lib/room/shared-read.ts).
  const shared = <T>(what: string, read: () => Promise<T>) => sharedRead(`${what}\u0000${workshopId}`, eventSeq, read);
  const [session, questions, mine, delegations, clauses, ballots] = await Promise.all([
    chair
      ? prisma.liveSession.findUnique({ where: { workshopId }, select: { joinCode: true, joinCodeEnabled: true } })
      : null,
    shared(chair ? "questions:chair" : "questions", () => questionsOf(workshopId, chair)),
    ownQuestions(workshopId, member.id),
    shared("session:delegations", () =>
      prisma.delegation.findMany({
        where: { workshopId },
        orderBy: [{ createdAt: "asc" }, { name: "asc" }],
        select: { id: true, name: true, colour: true },
      }),
    ),
    // The lists the chair's agenda and spotlight controls offer.
    !chair
      ? []
      : shared("session:clauses", () =>
          prisma.clause.findMany({
            where: { workshopId, status: { not: "WITHDRAWN" } },
            select: { id: true, title: true },
            orderBy: { position: "asc" },
          }),
        ),
    !chair
      ? []
      : shared("session:ballots", () =>
          prisma.ballot.findMany({
            where: { workshopId },
            select: { id: true, title: true },
            orderBy: { createdAt: "desc" },
          }),
        ),
  ]);
  const joinRequests = chair
    ? await prisma.joinRequest.findMany({
        where: { workshopId, status: "PENDING" },
        orderBy: { createdAt: "asc" },
        select: { id: true, createdAt: true, user: { select: { name: true, email: true } } },
      })
    : [];
  return {
    chair,
    questions: { topic: "questions", seq: eventSeq, model: { questions } } satisfies Pushed<QuestionsModel>,
    mine,
    join: chair
      ? { code: session?.joinCode ?? null, enabled: session?.joinCodeEnabled ?? false, requests: joinRequests }
      : null,
    delegations,
    clauses,
    ballots,
  };
}
export type SessionPageView = Awaited<ReturnType<typeof sessionPageView>>;

/** The projector (and tests): the room's state and the session page's, as this member sees them. */
export async function sessionView(workshopId: string, slug: string, member: SessionMember) {
  const [room, page] = await Promise.all([sessionRoom(workshopId, slug), sessionPageView(workshopId, member)]);
  const queue = room.queue.map((hand) => ({ ...hand, own: hand.memberId === member.id }));
  const questions = page.questions.model.questions.map((q) => ({
    ...q,
    own: page.mine.asked.includes(q.id),
    votedByMe: page.mine.upvoted.includes(q.id),
  }));
  return { ...room, ...page, questions, queue, ownHandRaised: queue.some((hand) => hand.own) };
}
export type SessionView = Awaited<ReturnType<typeof sessionView>>;
