import "server-only";
import { prisma } from "@/lib/db/client";
import { evaluateConsensus, type ConsensusResult, type ConsensusRule } from "./consensus";
import type { NegotiationMember } from "./policy";

type WorkshopRule = {
  consensusRule: ConsensusRule["kind"];
  minSupport: number;
  majorityShare: unknown;
  doubleMajority: boolean;
};

export function ruleOf(workshop: WorkshopRule): ConsensusRule {
  return {
    kind: workshop.consensusRule,
    minSupport: workshop.minSupport,
    majorityShare: workshop.majorityShare === null ? null : Number(workshop.majorityShare),
    doubleMajority: workshop.doubleMajority,
  };
}

async function delegationsOf(workshopId: string) {
  const rows = await prisma.delegation.findMany({
    where: { workshopId },
    orderBy: [{ createdAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, colour: true, population: true },
  });
  return rows.map((d) => ({ ...d, population: d.population === null ? null : Number(d.population) }));
}

/** Sections with their clauses and each clause's consensus state (official stances on the
 * current version only), plus the strategy objectives no clause covers yet. */
export async function planOverview(workshop: WorkshopRule & { id: string }) {
  const [sections, clauses, stances, objectives, delegations] = await Promise.all([
    prisma.planSection.findMany({ where: { workshopId: workshop.id }, orderBy: { position: "asc" } }),
    prisma.clause.findMany({
      where: { workshopId: workshop.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: {
        _count: { select: { comments: true, amendments: { where: { status: "OPEN" } } } },
        // The current text, for the printed plan.
        versions: { orderBy: { number: "desc" }, take: 1, select: { text: true } },
      },
    }),
    prisma.stance.findMany({
      where: { workshopId: workshop.id, state: "OFFICIAL", supersededAt: null, amendmentId: null },
      select: { clauseId: true, clauseVersion: true, delegationId: true, position: true },
    }),
    prisma.strategyObjective.findMany({ where: { workshopId: workshop.id }, orderBy: { position: "asc" } }),
    delegationsOf(workshop.id),
  ]);
  const rule = ruleOf(workshop);
  const withConsensus = clauses.map((clause) => ({
    ...clause,
    consensus: evaluateConsensus(
      rule,
      delegations,
      stances.filter((s) => s.clauseId === clause.id && s.clauseVersion === clause.currentVersion),
    ),
  }));
  const covered = new Set(clauses.filter((c) => c.status !== "WITHDRAWN").flatMap((c) => c.objectiveIds));
  return {
    sections: sections.map((section) => ({
      ...section,
      clauses: withConsensus.filter((c) => c.sectionId === section.id),
    })),
    objectives,
    uncoveredObjectives: objectives.filter((o) => !covered.has(o.id)),
    delegations,
  };
}

/**
 * One clause with everything the member may see: all versions, amendments, comments, the
 * official stances (current and history) and — for the member's own delegation only — its
 * proposed stances and private caucus drafts.
 */
export async function clauseDetail(
  workshop: WorkshopRule & { id: string },
  clauseId: string,
  member: NegotiationMember,
) {
  const clause = await prisma.clause.findFirst({
    where: { id: clauseId, workshopId: workshop.id },
    include: {
      section: true,
      versions: { orderBy: { number: "asc" } },
      amendments: { orderBy: { createdAt: "asc" } },
      comments: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!clause) return null;
  const [stances, delegations, objectives, clusters] = await Promise.all([
    prisma.stance.findMany({
      where: {
        clauseId,
        OR: [{ state: "OFFICIAL" }, ...(member.delegationId ? [{ delegationId: member.delegationId }] : [])],
      },
      orderBy: { createdAt: "asc" },
    }),
    delegationsOf(workshop.id),
    prisma.strategyObjective.findMany({ where: { id: { in: clause.objectiveIds } }, orderBy: { code: "asc" } }),
    prisma.cityCluster.findMany({
      where: { id: { in: clause.clusterIds }, workshopId: workshop.id },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const userIds = [
    ...new Set([
      clause.proposedById,
      ...clause.amendments.map((a) => a.proposedById),
      ...clause.comments.map((c) => c.authorId),
      ...stances.map((s) => s.recordedById),
    ]),
  ];
  const users = new Map(
    (await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const board = stanceBoard(stances, clause.currentVersion, ruleOf(workshop), delegations);
  return { clause, stances, board, delegations, objectives, clusters, users };
}

/** What the facilitator's plan settings show: sections with their clause counts, objectives. */
export async function planSettings(workshopId: string) {
  const [sections, objectives] = await Promise.all([
    prisma.planSection.findMany({
      where: { workshopId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: { _count: { select: { clauses: true } } },
    }),
    prisma.strategyObjective.findMany({ where: { workshopId }, orderBy: [{ position: "asc" }, { code: "asc" }] }),
  ]);
  return { sections, objectives };
}

type StanceRow = {
  id: string;
  delegationId: string;
  position: "SUPPORT" | "OBJECT" | "ABSTAIN";
  reason: string | null;
  state: string;
  supersededAt: Date | null;
  amendmentId: string | null;
  clauseVersion: number;
  createdAt: Date;
};

/**
 * A clause's official stances as everyone sees them: the ones that count (on the current version,
 * not replaced), the consensus they make, and the ones that no longer count. Both the clause
 * page's first render and the model the stream pushes after a stance (topic `stances:<clauseId>`).
 * Drafts are never in it: only their own delegation sees them, on its page.
 */
function stanceBoard(stances: StanceRow[], currentVersion: number, rule: ConsensusRule, delegations: Delegations) {
  const official = stances.filter((s) => s.state === "OFFICIAL" && s.amendmentId === null);
  const counts = (s: StanceRow) => !s.supersededAt && s.clauseVersion === currentVersion;
  const view = (s: StanceRow) => ({
    id: s.id,
    delegationId: s.delegationId,
    position: s.position,
    reason: s.reason,
    clauseVersion: s.clauseVersion,
    createdAt: s.createdAt.toISOString(),
  });
  const current = official.filter(counts);
  return {
    current: current.map(view),
    consensus: evaluateConsensus(rule, delegations, current) as ConsensusResult,
    history: official.filter((s) => !counts(s)).map(view),
  };
}
export type StanceBoard = ReturnType<typeof stanceBoard>;
type Delegations = Awaited<ReturnType<typeof delegationsOf>>;

/** A clause's stance board read just now, or null when the clause is not in this workshop. */
export async function readStanceBoard(workshopId: string, clauseId: string): Promise<StanceBoard | null> {
  const [workshop, clause, stances, delegations] = await Promise.all([
    prisma.workshop.findUnique({
      where: { id: workshopId },
      select: { consensusRule: true, minSupport: true, majorityShare: true, doubleMajority: true },
    }),
    prisma.clause.findFirst({ where: { id: clauseId, workshopId }, select: { currentVersion: true } }),
    prisma.stance.findMany({ where: { clauseId, state: "OFFICIAL" }, orderBy: { createdAt: "asc" } }),
    delegationsOf(workshopId),
  ]);
  if (!workshop || !clause) return null;
  return stanceBoard(stances, clause.currentVersion, ruleOf(workshop), delegations);
}
