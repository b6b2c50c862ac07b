import "server-only";
import { prisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { toBallotFile } from "./export";
import { brandLabel, optionLabels } from "./labels";
import { ballotLiveOf, delegationsInPageOrder } from "./live-data";
import { canVote, type BallotMember } from "./policy";
import type { BallotMethod, VoteContent } from "./schema";
import { voterKey } from "./voter-key";

const proposalSelect = {
  id: true,
  nameEn: true,
  nameZh: true,
  industryCode: true,
  description: true,
  clusterId: true,
  proposedById: true,
  version: true,
  createdAt: true,
  cluster: { select: { id: true, name: true } },
  sponsors: { select: { delegationId: true }, orderBy: { joinedAt: "asc" } },
  options: { select: { ballot: { select: { status: true } } } },
} as const;

export async function listBrands(workshopId: string) {
  const rows = await prisma.brandProposal.findMany({
    where: { workshopId },
    orderBy: { createdAt: "asc" },
    select: proposalSelect,
  });
  return rows.map(({ options, ...proposal }) => ({
    ...proposal,
    locked: options.some((o) => o.ballot.status !== "DRAFT"),
    inBallot: options.length > 0,
  }));
}
export type BrandRow = Awaited<ReturnType<typeof listBrands>>[number];

export async function listBallots(workshopId: string) {
  const rows = await prisma.ballot.findMany({
    where: { workshopId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      method: true,
      status: true,
      secret: true,
      opensAt: true,
      closesAt: true,
      _count: { select: { participations: true, options: true } },
    },
  });
  return rows.map(({ _count, ...ballot }) => ({ ...ballot, voted: _count.participations, options: _count.options }));
}
export type BallotRow = Awaited<ReturnType<typeof listBallots>>[number];

/** The member's own current vote, which only they may see: by membership, or by their voter key
 * while a secret ballot is open (after closing, nobody can find it, the voter included). */
async function ownVote(
  ballot: { id: string; secret: boolean; status: string },
  member: { id: string },
): Promise<VoteContent | null> {
  const where = ballot.secret
    ? ballot.status === "OPEN"
      ? { ballotId: ballot.id, voterKey: voterKey(ballot.id, member.id) }
      : null
    : { ballotId: ballot.id, membershipId: member.id };
  if (!where) return null;
  const vote = await prisma.vote.findFirst({ where, select: { content: true } });
  return (vote?.content as VoteContent | undefined) ?? null;
}

/** Everything the ballot page shows this member, and nothing they may not see. */
export async function ballotView(
  workshopId: string,
  ballotId: string,
  member: BallotMember & { id: string },
  locale: Locale,
) {
  const ballot = await prisma.ballot.findFirst({
    where: { id: ballotId, workshopId },
    include: {
      options: {
        orderBy: { position: "asc" },
        select: { proposal: { select: { ...proposalSelect, options: false } } },
      },
    },
  });
  if (!ballot) return null;
  const proposals = ballot.options.map((o) => o.proposal);
  const labels = optionLabels(proposals, locale);
  const delegations = await delegationsInPageOrder(workshopId);
  const [live, hasVoted, own] = await Promise.all([
    ballotLiveOf(workshopId, ballot, proposals, delegations),
    canVote(member)
      ? prisma.ballotParticipation.count({ where: { ballotId, membershipId: member.id } }).then((n) => n > 0)
      : false,
    canVote(member) ? ownVote(ballot, member) : null,
  ]);
  return {
    ballot: { ...ballot, method: ballot.method as BallotMethod, quorum: decimal(ballot.quorum) },
    regionWideThreshold: decimal(ballot.regionWideThreshold),
    proposals: proposals.map((p) => ({ ...p, label: labels[p.id] ?? brandLabel(p, locale) })),
    delegations,
    ...live,
    hasVoted,
    ownVote: own,
  };
}
export type BallotView = NonNullable<Awaited<ReturnType<typeof ballotView>>>;

const decimal = (value: { toString(): string } | null) => (value === null ? null : Number(value));

/** A closed ballot's anonymised recount file, or null (not found, or not closed yet). */
export async function ballotExport(workshopId: string, ballotId: string, locale: Locale) {
  const ballot = await prisma.ballot.findFirst({
    // An encrypted ballot's record is its board (lib/verifiable/data.ts): no vote is ever in the clear.
    where: { id: ballotId, workshopId, status: "CLOSED", encrypted: false },
    include: {
      options: {
        orderBy: { position: "asc" },
        select: { proposal: { select: { id: true, nameEn: true, nameZh: true } } },
      },
    },
  });
  if (!ballot) return null;
  const [delegations, votes] = await Promise.all([
    prisma.delegation.findMany({ where: { workshopId }, select: { id: true, code: true } }),
    prisma.vote.findMany({ where: { ballotId }, select: { delegationId: true, content: true } }),
  ]);
  const eligible = (ballot.eligibleAtClose as Record<string, number> | null) ?? {};
  const proposals = ballot.options.map((o) => o.proposal);
  const labels = optionLabels(proposals, locale);
  return toBallotFile(
    {
      ballot: {
        ...ballot,
        method: ballot.method as BallotMethod,
        regionWideThreshold: decimal(ballot.regionWideThreshold),
      },
      labels: proposals.map((p) => ({ ...p, label: labels[p.id]! })),
      delegations: delegations.map((d) => ({ ...d, voting: (eligible[d.id] ?? 0) > 0 })),
      votes,
    },
    new Date(),
  );
}
