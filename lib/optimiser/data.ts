import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { industryByCode } from "@/lib/industries/classification";
import { usualCurrency } from "@/lib/industries/currency";
import { canSeeDrafts, type PlanMember } from "@/lib/industries/policy";
import type { BaselineRow } from "./baseline-schema";
import { INPUT_FORMAT, type OptimiserInput } from "./input";
import type { OptimiserOutput } from "./proposal";
import type { DivisionSettings } from "./schema";

type Db = Tx | typeof prisma;

/** What a position states (the optimiser reads it; the page adds whether it is submitted). */
const positionFields = {
  delegationId: true,
  mustLead: true,
  willingToCede: true,
  minPillars: true,
  maxPillars: true,
  envelopeMedium: true,
  envelopeLong: true,
} as const;

/**
 * The optimiser's input for a workshop, from what everyone may see: the delegations (in page
 * order), their submitted plans (investment summed over horizons, in the workshop's usual
 * currency; entries in another currency count as planned without an amount), the economic base,
 * the positions delegations have submitted (drafts are their own business; a stance on an
 * industry whose plan entry is not submitted is left out: the optimiser only divides submitted
 * plans), and the facilitator's settings.
 */
export async function divisionInput(
  workshopId: string,
  settings: DivisionSettings,
  db: Db = prisma,
): Promise<OptimiserInput> {
  const [delegations, entries, baseline, positions] = await Promise.all([
    db.delegation.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.planEntry.findMany({
      where: { workshopId, status: "SUBMITTED" },
      select: {
        delegationId: true,
        industryCode: true,
        horizon: true,
        investmentAmount: true,
        investmentCurrency: true,
      },
    }),
    db.industryBaseline.findMany({
      where: { workshopId },
      select: { delegationId: true, industryCode: true, employment: true, output: true },
    }),
    db.divisionPosition.findMany({
      where: { workshopId, submittedAt: { not: null } },
      orderBy: { delegationId: "asc" },
      select: positionFields,
    }),
  ]);
  const currency = usualCurrency(entries);
  const investment = new Map<string, { medium: number; long: number }>();
  for (const entry of entries) {
    const key = `${entry.delegationId}/${entry.industryCode}`;
    const amount =
      entry.investmentCurrency === currency && entry.investmentAmount !== null ? Number(entry.investmentAmount) : 0;
    const sum = investment.get(key) ?? { medium: 0, long: 0 };
    if (entry.horizon === "LONG") sum.long += amount;
    else sum.medium += amount;
    investment.set(key, sum);
  }
  const codes = [...new Set([...entries.map((e) => e.industryCode), ...baseline.map((b) => b.industryCode)])].sort();
  return {
    format: INPUT_FORMAT,
    delegations: delegations.map((d) => ({ id: d.id, name: d.name })),
    industries: codes.map((code) => ({ code, name: industryByCode(code)?.nameEn ?? code })),
    baseline: baseline.map((b) => ({
      delegation: b.delegationId,
      industry: b.industryCode,
      employment: b.employment,
      ...(b.output !== null && { output: Number(b.output) }),
    })),
    plans: [...investment].map(([key, byHorizon]) => {
      const [delegation, industry] = key.split("/") as [string, string];
      return { delegation, industry, investment: byHorizon.medium + byHorizon.long, byHorizon };
    }),
    positions: positions.map((p) => {
      const planned = (code: string) => investment.has(`${p.delegationId}/${code}`);
      return {
        delegation: p.delegationId,
        mustLead: p.mustLead.filter(planned),
        willingToCede: p.willingToCede.filter(planned),
        ...(p.minPillars !== null && { minPillars: p.minPillars }),
        ...(p.maxPillars !== null && { maxPillars: p.maxPillars }),
        ...((p.envelopeMedium !== null || p.envelopeLong !== null) && {
          envelope: {
            ...(p.envelopeMedium !== null && { medium: Number(p.envelopeMedium) }),
            ...(p.envelopeLong !== null && { long: Number(p.envelopeLong) }),
          },
        }),
      };
    }),
    settings,
  };
}

export type StoredProposal = {
  number: number;
  createdAt: Date;
  input: OptimiserInput;
  output: OptimiserOutput;
  /** The alternative put in the plan, and how many clauses it became. */
  adopted: { rank: number; clauses: number } | null;
};

const proposalFields = {
  number: true,
  createdAt: true,
  input: true,
  output: true,
  adoptedRank: true,
  adoptedClauseIds: true,
} as const;

function stored(row: {
  number: number;
  createdAt: Date;
  input: unknown;
  output: unknown;
  adoptedRank: number | null;
  adoptedClauseIds: string[];
}): StoredProposal {
  return {
    number: row.number,
    createdAt: row.createdAt,
    input: row.input as OptimiserInput,
    output: row.output as OptimiserOutput,
    adopted: row.adoptedRank === null ? null : { rank: row.adoptedRank, clauses: row.adoptedClauseIds.length },
  };
}

/** The newest proposal of the workshop and the one before it (for the what-if comparison). */
export async function latestProposals(
  workshopId: string,
): Promise<{ latest: StoredProposal | null; previous: StoredProposal | null }> {
  const rows = await prisma.divisionProposal.findMany({
    where: { workshopId },
    orderBy: { number: "desc" },
    take: 2,
    select: proposalFields,
  });
  return { latest: rows[0] ? stored(rows[0]) : null, previous: rows[1] ? stored(rows[1]) : null };
}

/** One proposal's input, as `npm run optimise` reads it, or null. */
export async function proposalInput(workshopId: string, number: number): Promise<OptimiserInput | null> {
  const row = await prisma.divisionProposal.findUnique({
    where: { workshopId_number: { workshopId, number } },
    select: { input: true },
  });
  return (row?.input as OptimiserInput | undefined) ?? null;
}

/** The economic base as entered, for the page. */
export function listBaseline(workshopId: string) {
  return prisma.industryBaseline.findMany({
    where: { workshopId },
    orderBy: [{ industryCode: "asc" }],
    select: { delegationId: true, industryCode: true, employment: true, source: true, year: true },
  });
}

export type PositionView = {
  delegationId: string;
  mustLead: string[];
  willingToCede: string[];
  minPillars: number | null;
  maxPillars: number | null;
  envelopeMedium: number | null;
  envelopeLong: number | null;
  submittedAt: Date | null;
};

/**
 * The positions this member may see: every submitted one, and its own delegation's draft (the
 * same rule as plan drafts, lib/industries/policy.ts `canSeeDrafts`).
 */
export async function visiblePositions(workshopId: string, member: PlanMember): Promise<PositionView[]> {
  const rows = await prisma.divisionPosition.findMany({
    where: {
      workshopId,
      OR: [
        { submittedAt: { not: null } },
        ...(member.delegationId && canSeeDrafts(member, member.delegationId)
          ? [{ delegationId: member.delegationId }]
          : []),
      ],
    },
    select: { ...positionFields, submittedAt: true },
  });
  return rows.map((row) => ({
    ...row,
    envelopeMedium: row.envelopeMedium === null ? null : Number(row.envelopeMedium),
    envelopeLong: row.envelopeLong === null ? null : Number(row.envelopeLong),
  }));
}

/** The industries a delegation plans (any status: its own form lists its drafts too), in code order. */
export async function plannedIndustries(workshopId: string, delegationId: string): Promise<string[]> {
  const rows = await prisma.planEntry.findMany({
    where: { workshopId, delegationId },
    select: { industryCode: true },
    distinct: ["industryCode"],
    orderBy: { industryCode: "asc" },
  });
  return rows.map((r) => r.industryCode);
}

/** The proposal the plan's annex records: the newest one put in the plan, or else the newest. */
export async function annexProposal(workshopId: string) {
  const select = { number: true, createdAt: true, input: true, output: true, adoptedRank: true } as const;
  const row =
    (await prisma.divisionProposal.findFirst({
      where: { workshopId, adoptedRank: { not: null } },
      orderBy: { number: "desc" },
      select,
    })) ?? (await prisma.divisionProposal.findFirst({ where: { workshopId }, orderBy: { number: "desc" }, select }));
  return row && { ...row, input: row.input as OptimiserInput, output: row.output as OptimiserOutput };
}

/** One delegation's economic base, as the CSV export writes it. */
export async function baselineRows(workshopId: string, delegationId: string): Promise<BaselineRow[]> {
  const rows = await prisma.industryBaseline.findMany({
    where: { workshopId, delegationId },
    orderBy: { industryCode: "asc" },
  });
  return rows.map((row) => ({
    industryCode: row.industryCode,
    employment: row.employment,
    ...(row.output !== null && { output: Number(row.output) }),
    ...(row.exports !== null && { exports: Number(row.exports) }),
    source: row.source,
    ...(row.year !== null && { year: row.year }),
  }));
}
