import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { canSeeResults } from "./policy";
import { computeResults, encryptedResults, type BallotResults, type ResultsInput } from "./results";
import type { VoteContent } from "./schema";

/**
 * What a ballot's pages show that changes with each vote, the same for every member: turnout per
 * delegation, and, where the ballot lets everyone see them (canSeeResults), the results and, on an
 * open (not secret) ballot, each voter's choice. The ballot page renders it first and the live
 * stream pushes it after each vote (lib/room/topics.ts), so nothing here may be what a page hides:
 * a secret ballot's live model has counts only, and no results until its page shows them.
 */
export interface BallotLive {
  status: "DRAFT" | "OPEN" | "CLOSED";
  turnout: Array<{ delegationId: string; voted: number; eligible: number }>;
  results: BallotResults | null;
  openChoices: Array<{ name: string; delegationId: string; vote: VoteContent }>;
}

export type LiveBallotRow = ResultsInput["ballot"] & {
  id: string;
  status: BallotLive["status"];
  secret: boolean;
  resultsVisibility: string;
  eligibleAtClose: unknown;
  encrypted: boolean;
  /** An encrypted ballot's counted board section, once every trustee has decrypted. */
  encryptedTally: unknown;
};

/** The live part of a ballot the caller has read, with its options (in ballot order) and the
 * workshop's delegations (in page order). */
export async function ballotLiveOf(
  workshopId: string,
  ballot: LiveBallotRow,
  proposals: ResultsInput["proposals"],
  delegations: Array<{ id: string }>,
): Promise<BallotLive> {
  const [participations, eligibleNow] = await Promise.all([
    prisma.ballotParticipation.groupBy({
      by: ["delegationId"],
      where: { ballotId: ballot.id },
      _count: { _all: true },
    }),
    eligibleVoters(prisma, workshopId),
  ]);
  // After closing, turnout is counted against who was eligible then, not who is a member now.
  const eligible = (ballot.eligibleAtClose as Record<string, number> | null) ?? eligibleNow;
  const voted = Object.fromEntries(participations.map((p) => [p.delegationId, p._count._all]));
  let results: BallotResults | null = null;
  let openChoices: BallotLive["openChoices"] = [];
  if (canSeeResults(ballot) && ballot.encrypted) {
    // Nothing to count until every delegation has decrypted its share of the sums.
    const counted = ballot.encryptedTally as { result: Parameters<typeof encryptedResults>[1] } | null;
    if (counted) results = encryptedResults({ ballot, proposals, eligible, voted }, counted.result);
  } else if (canSeeResults(ballot)) {
    const votes = await prisma.vote.findMany({
      where: { ballotId: ballot.id },
      select: { delegationId: true, content: true, membershipId: true },
    });
    results = computeResults({ ballot, proposals, delegations, votes, eligible, voted });
    if (!ballot.secret) openChoices = await choicesOfVoters(votes);
  }
  return {
    status: ballot.status,
    turnout: delegations.map((d) => ({ delegationId: d.id, voted: voted[d.id] ?? 0, eligible: eligible[d.id] ?? 0 })),
    results,
    openChoices,
  };
}

/** The live part of a ballot read just now, or null if it is not in this workshop (deleted). */
export async function readBallotLive(workshopId: string, ballotId: string): Promise<BallotLive | null> {
  const [ballot, delegations] = await Promise.all([
    prisma.ballot.findFirst({
      where: { id: ballotId, workshopId },
      include: {
        options: { orderBy: { position: "asc" }, select: { proposal: { select: { id: true, createdAt: true } } } },
      },
    }),
    delegationsInPageOrder(workshopId),
  ]);
  if (!ballot) return null;
  return ballotLiveOf(
    workshopId,
    ballot,
    ballot.options.map((o) => o.proposal),
    delegations,
  );
}

/** The workshop's delegations in the order every ballot page lists them. */
export function delegationsInPageOrder(workshopId: string) {
  return prisma.delegation.findMany({
    where: { workshopId },
    orderBy: [{ createdAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, code: true, colour: true },
  });
}

type Db = Tx | typeof prisma;

/** Delegates and lead delegates of each delegation: the voters of every ballot in the workshop. */
export async function eligibleVoters(db: Db, workshopId: string): Promise<Record<string, number>> {
  const groups = await db.membership.groupBy({
    by: ["delegationId"],
    where: { workshopId, role: { in: ["DELEGATE", "LEAD_DELEGATE"] }, delegationId: { not: null } },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.delegationId!, g._count._all]));
}

/** An open ballot's votes by voter, for the page (never for a secret ballot). */
async function choicesOfVoters(votes: Array<{ delegationId: string; content: unknown; membershipId: string | null }>) {
  const ids = votes.flatMap((v) => (v.membershipId ? [v.membershipId] : []));
  const members = await prisma.membership.findMany({
    where: { id: { in: ids } },
    select: { id: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.id, m.user.name]));
  return votes
    .filter((v) => v.membershipId)
    .map((v) => ({
      name: names.get(v.membershipId!) ?? "?",
      delegationId: v.delegationId,
      vote: v.content as VoteContent,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What the turnout and results components show: the live part, with the ballot's options (as
 * labelled for the reader) and its delegations. The ballot page's full view is one too. */
export type ShownBallot = Omit<BallotLive, "status"> & {
  ballot: { status: BallotLive["status"] };
  proposals: Array<{ id: string; label: string }>;
  delegations: Array<{ id: string; name: string; colour: string }>;
};

/** A ballot's options and delegations, which its pages render (a change to them re-renders them),
 * around the live part (components/ballots/live-ballot.tsx). */
export type BallotFrame = Pick<ShownBallot, "proposals" | "delegations"> & { secret: boolean; encrypted: boolean };
