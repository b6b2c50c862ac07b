import "server-only";
import { ballotView } from "@/lib/ballots/data";
import { listServices } from "@/lib/costs/data";
import { prisma } from "@/lib/db/client";
import { computeAnalysis } from "@/lib/industries/analysis";
import { industryByCode } from "@/lib/industries/classification";
import { analysisInput } from "@/lib/industries/data";
import { ruleLabel } from "@/lib/costs/arrangement";
import { createTranslator } from "@/lib/i18n/translate";
import { divisionAnnex } from "@/lib/optimiser/annex";
import { annexProposal } from "@/lib/optimiser/data";
import { PLAN_FORMAT, type PlanClause, type PlanContent, type PlanExport } from "./content";
import { signatureRecord } from "./verify-data";

// Reads the plan as it stands into the frozen form (./content.ts), and the versions and
// signatures of a workshop.

/** Reads agreed clauses, the annex, cost sharing, closed ballots and the analysis summary. */
export async function buildPlanContent(workshopId: string, version: number, frozenAt: Date): Promise<PlanContent> {
  const workshop = await prisma.workshop.findUniqueOrThrow({ where: { id: workshopId } });
  const delegations = await prisma.delegation.findMany({
    where: { workshopId },
    orderBy: [{ createdAt: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true },
  });
  const codeOf = new Map(delegations.map((d) => [d.id, d.code]));
  const sections = await prisma.planSection.findMany({
    where: { workshopId },
    orderBy: { position: "asc" },
    include: {
      clauses: {
        where: { status: { not: "WITHDRAWN" } },
        orderBy: { position: "asc" },
        include: {
          versions: { orderBy: { number: "desc" }, take: 1 },
          amendments: { orderBy: { createdAt: "asc" } },
          stances: { where: { state: "OFFICIAL", supersededAt: null, amendmentId: null } },
        },
      },
    },
  });
  const proposerDelegation = async (userIds: string[]) => {
    const members = await prisma.membership.findMany({
      where: { workshopId, userId: { in: userIds } },
      select: { userId: true, delegationId: true },
    });
    return new Map(members.map((m) => [m.userId, m.delegationId ? (codeOf.get(m.delegationId) ?? null) : null]));
  };
  const amendmentAuthors = await proposerDelegation(
    sections.flatMap((s) => s.clauses.flatMap((c) => c.amendments.map((a) => a.proposedById))),
  );
  const clauseOf = (clause: (typeof sections)[number]["clauses"][number]): PlanClause => ({
    id: clause.id,
    title: clause.title,
    text: clause.versions[0]?.text ?? "",
    horizon: clause.horizon,
    status: clause.status,
    version: clause.currentVersion,
    proposedBy: clause.proposedByDelegationId ? (codeOf.get(clause.proposedByDelegationId) ?? null) : null,
    industries: clause.industryCodes,
    stances: delegations.map((d) => {
      const stance = clause.stances.find((s) => s.delegationId === d.id && s.clauseVersion === clause.currentVersion);
      return { delegation: d.code, position: stance?.position ?? "NONE", reason: stance?.reason ?? "" };
    }),
    amendments: clause.amendments.map((a) => ({
      baseVersion: a.baseVersion,
      text: a.text,
      rationale: a.rationale,
      status: a.status,
      proposedBy: amendmentAuthors.get(a.proposedById) ?? null,
    })),
  });
  const [{ services }, industryPlans, analysis, ballots, division] = await Promise.all([
    listServices(workshopId),
    submittedIndustryPlans(workshopId, delegations),
    analysisInput(workshopId).then((input) => computeAnalysis(input, { clusterId: null, horizon: null }).overlap),
    closedBallots(workshopId, codeOf),
    annexProposal(workshopId),
  ]);
  const en = createTranslator("en");
  return {
    format: PLAN_FORMAT,
    workshop: {
      slug: workshop.slug,
      title: workshop.title,
      region: workshop.region,
      description: workshop.description,
      horizons: { medium: [workshop.mediumFrom, workshop.mediumTo], long: [workshop.longFrom, workshop.longTo] },
      consensusRule: workshop.consensusRule,
    },
    version,
    frozenAt: frozenAt.toISOString(),
    delegations: delegations.map(({ code, name }) => ({ code, name })),
    sections: sections.map((s) => ({
      key: s.key,
      title: s.title,
      clauses: s.clauses.filter((c) => c.status === "AGREED").map(clauseOf),
    })),
    notAgreed: sections.flatMap((s) =>
      s.clauses.filter((c) => c.status !== "AGREED").map((c) => ({ ...clauseOf(c), section: s.title })),
    ),
    costSharing: services.map((service) => ({
      service: service.name,
      description: service.description,
      currency: service.currency,
      annualCostMinor: service.annualCostMinor,
      rule: service.rule.length > 0 ? ruleLabel(service.rule, en) : "",
      shares: service.allocation.ok
        ? service.allocation.rows.map((row) => ({
            delegation: codeOf.get(row.delegationId) ?? row.delegationId,
            shareMinor: row.shareMinor,
          }))
        : [],
    })),
    industryPlans,
    ballots,
    divisionOfLabour: division && divisionAnnex(division, codeOf),
    analysis: {
      industries: analysis.totals.industries,
      contested: analysis.totals.contested,
      bySeverity: analysis.totals.bySeverity,
      overlaps: analysis.rows
        .filter((row) => row.delegationCount > 1)
        .sort((a, b) => b.score - a.score)
        .map((row) => {
          const industry = industryByCode(row.industryCode);
          return {
            industry: row.industryCode,
            nameEn: industry?.nameEn ?? "",
            nameZh: industry?.nameZh ?? "",
            delegations: row.cells
              .filter((c) => c.plans.length > 0)
              .map((c) => codeOf.get(c.delegationId) ?? c.delegationId),
            score: row.score,
            severity: row.severity,
          };
        }),
    },
  };
}

/** Submitted plan entries, by delegation in the plan's order, then highest priority first. */
async function submittedIndustryPlans(
  workshopId: string,
  delegations: Array<{ id: string; code: string }>,
): Promise<PlanContent["industryPlans"]> {
  const entries = await prisma.planEntry.findMany({
    where: { workshopId, status: "SUBMITTED" },
    orderBy: [{ priority: "desc" }, { industryCode: "asc" }, { horizon: "asc" }, { createdAt: "asc" }],
  });
  return delegations.flatMap((d) =>
    entries
      .filter((e) => e.delegationId === d.id)
      .map((e) => {
        const industry = industryByCode(e.industryCode);
        return {
          delegation: d.code,
          industry: e.industryCode,
          nameEn: industry?.nameEn ?? "",
          nameZh: industry?.nameZh ?? "",
          horizon: e.horizon,
          priority: e.priority,
          targetValue: e.targetValue?.toString() ?? null,
          targetUnit: e.targetUnit,
          investmentAmount: e.investmentAmount?.toString() ?? null,
          investmentCurrency: e.investmentCurrency,
          hubCities: e.hubCities,
          rationale: e.rationale,
        };
      }),
  );
}

/** Closed ballots with their results, as everyone may see them once closed. */
async function closedBallots(workshopId: string, codeOf: Map<string, string>): Promise<PlanContent["ballots"]> {
  const ballots = await prisma.ballot.findMany({
    where: { workshopId, status: "CLOSED" },
    orderBy: { closedAt: "asc" },
    select: { id: true },
  });
  // Results of a closed ballot are the same for every member: read them as a facilitator would.
  const reader = { id: "", userId: "", role: "FACILITATOR" as const, delegationId: null };
  const views = await Promise.all(ballots.map((b) => ballotView(workshopId, b.id, reader, "en")));
  return views.flatMap((view) => {
    if (!view?.results) return [];
    const { ballot, proposals, results } = view;
    const name = (id: string | null) => {
      const p = proposals.find((x) => x.id === id);
      return p ? { nameEn: p.nameEn, nameZh: p.nameZh } : null;
    };
    return [
      {
        title: ballot.title,
        method: ballot.method,
        weighting: ballot.weighting,
        secret: ballot.secret,
        options: proposals.map((p) => ({ nameEn: p.nameEn, nameZh: p.nameZh })),
        winner: name(results.winner),
        tie: results.count.tie,
        quorum: results.quorum.required,
        quorumMet: results.quorum.met,
        voters: results.voters,
        eligible: results.eligible,
        // An encrypted ballot has no breakdown per delegation (its count opens no ballot).
        support: Object.fromEntries(
          (results.breakdown ? view.delegations : []).map((d) => [
            codeOf.get(d.id) ?? d.code,
            proposals.map((p) => results.support[p.id]?.[d.id] ?? 0),
          ]),
        ),
      },
    ];
  });
}

/** Every frozen version, newest first, with its signatures and whether all delegations signed. */
export async function ratificationState(workshopId: string) {
  const [delegations, versions] = await Promise.all([
    prisma.delegation.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: "asc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, colour: true },
    }),
    prisma.planVersion.findMany({
      where: { workshopId },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        hash: true,
        frozenAt: true,
        signatures: { orderBy: { signedAt: "asc" } },
      },
    }),
  ]);
  const latest = versions[0] ?? null;
  const signedBy = new Set(latest?.signatures.map((s) => s.delegationId));
  return {
    delegations,
    versions,
    latest,
    ratified: latest !== null && delegations.length > 0 && delegations.every((d) => signedBy.has(d.id)),
  };
}
export type RatificationState = Awaited<ReturnType<typeof ratificationState>>;

/**
 * Who has signed which frozen version, and whether the latest is ratified: what the ratify page
 * shows that changes with each signature. Both its first render and the model the stream pushes
 * after a signature (topic "signatures"); the same for every member.
 */
export function signaturesOf(state: RatificationState) {
  return {
    ratified: state.ratified,
    versions: state.versions.map((version) => ({
      id: version.id,
      number: version.number,
      signatures: version.signatures.map((s) => ({
        delegationId: s.delegationId,
        kind: s.kind,
        signerName: s.signerName,
        statement: s.statement,
        signedAt: s.signedAt.toISOString(),
      })),
    })),
  };
}
export type Signatures = ReturnType<typeof signaturesOf>;

export async function readSignatures(workshopId: string): Promise<Signatures> {
  return signaturesOf(await ratificationState(workshopId));
}

/** A frozen version as the JSON export (content, hash, signatures), or null. */
export async function versionExport(workshopId: string, number: number): Promise<PlanExport | null> {
  const version = await prisma.planVersion.findUnique({
    where: { workshopId_number: { workshopId, number } },
    include: { signatures: { orderBy: { signedAt: "asc" } } },
  });
  if (!version) return null;
  const delegations = await prisma.delegation.findMany({ where: { workshopId }, select: { id: true, code: true } });
  const codeOf = new Map(delegations.map((d) => [d.id, d.code]));
  return {
    content: version.content as PlanContent,
    hash: version.hash,
    signatures: version.signatures.map((s) => signatureRecord(s, codeOf)),
  };
}

/** What freezing now would leave out, for the facilitator's confirmation: the clauses that would
 * go into the "not agreed" annex (every clause not withdrawn and not agreed, as buildPlanContent
 * sorts them) and how many of them there are in all. */
export async function freezePreview(workshopId: string): Promise<{ agreed: number; notAgreed: number }> {
  const counts = await prisma.clause.groupBy({
    by: ["status"],
    where: { section: { workshopId }, status: { not: "WITHDRAWN" } },
    _count: { _all: true },
  });
  const agreed = counts.find((c) => c.status === "AGREED")?._count._all ?? 0;
  const all = counts.reduce((sum, c) => sum + c._count._all, 0);
  return { agreed, notAgreed: all - agreed };
}
