import "server-only";
import { prisma } from "@/lib/db/client";
import type { AnalysisInput } from "./overlap";
import { canSeeDrafts, type PlanMember } from "./policy";

const entrySelect = {
  id: true,
  delegationId: true,
  industryCode: true,
  horizon: true,
  targetValue: true,
  targetUnit: true,
  investmentAmount: true,
  investmentCurrency: true,
  hubCities: true,
  priority: true,
  rationale: true,
  clusterId: true,
  status: true,
  version: true,
  updatedAt: true,
} as const;

/** Decimal columns as plain numbers for views and the analysis. */
function toEntry<T extends { targetValue: unknown; investmentAmount: unknown }>(row: T) {
  return {
    ...row,
    targetValue: row.targetValue === null ? null : Number(row.targetValue),
    investmentAmount: row.investmentAmount === null ? null : Number(row.investmentAmount),
  };
}

export type PlanEntryView = ReturnType<typeof toEntry<Awaited<ReturnType<typeof findEntries>>[number]>>;

function findEntries(workshopId: string, where: object) {
  return prisma.planEntry.findMany({
    where: { workshopId, ...where },
    orderBy: [{ priority: "desc" }, { industryCode: "asc" }, { horizon: "asc" }],
    select: entrySelect,
  });
}

/**
 * Every delegation with the entries this member may see: all of their own delegation's,
 * only submitted ones of the others (drafts never leave the delegation).
 */
export async function listPlans(workshopId: string, member: PlanMember) {
  const [delegations, entries] = await Promise.all([
    prisma.delegation.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        code: true,
        colour: true,
        planStatus: true,
        planSubmittedAt: true,
        version: true,
      },
    }),
    findEntries(workshopId, {
      OR: [{ status: "SUBMITTED" }, ...(member.delegationId ? [{ delegationId: member.delegationId }] : [])],
    }),
  ]);
  return delegations.map((delegation) => ({
    ...delegation,
    entries: entries
      .filter((e) => e.delegationId === delegation.id)
      .filter((e) => e.status === "SUBMITTED" || canSeeDrafts(member, delegation.id))
      .map(toEntry),
  }));
}

/** Entries of one delegation for export: what this member may see of it. */
export async function entriesForExport(workshopId: string, delegationId: string, member: PlanMember) {
  const rows = await findEntries(workshopId, {
    delegationId,
    ...(canSeeDrafts(member, delegationId) ? {} : { status: "SUBMITTED" }),
  });
  return rows.map(toEntry);
}

export function listClusters(workshopId: string) {
  return prisma.cityCluster.findMany({ where: { workshopId }, orderBy: { name: "asc" } });
}

export async function listReferences(workshopId: string) {
  const rows = await prisma.regionalReference.findMany({ where: { workshopId }, orderBy: [{ industryCode: "asc" }] });
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

/** The analysis works on submitted entries only, the same for everyone, so it can be projected. */
export async function analysisInput(workshopId: string): Promise<AnalysisInput> {
  const [delegations, plans, references, baseline] = await Promise.all([
    prisma.delegation.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: "asc" }, { name: "asc" }],
      select: { id: true, name: true, population: true, gdp: true },
    }),
    findEntries(workshopId, { status: "SUBMITTED" }),
    listReferences(workshopId),
    prisma.industryBaseline.findMany({
      where: { workshopId },
      select: { delegationId: true, industryCode: true, employment: true },
    }),
  ]);
  return {
    delegations: delegations.map((d) => ({
      ...d,
      population: d.population === null ? null : Number(d.population),
      gdp: d.gdp === null ? null : Number(d.gdp),
    })),
    plans: plans.map(toEntry),
    references: references.map((r) => ({
      industryCode: r.industryCode,
      horizon: r.horizon,
      value: r.value,
      unit: r.unit,
      note: r.note,
    })),
    baseline,
  };
}

/** Codes of the industries some delegation has submitted in its plan: the likeliest ones to link. */
export async function plannedIndustryCodes(workshopId: string): Promise<string[]> {
  const rows = await prisma.planEntry.findMany({
    where: { workshopId, status: "SUBMITTED" },
    distinct: ["industryCode"],
    orderBy: { industryCode: "asc" },
    select: { industryCode: true },
  });
  return rows.map((row) => row.industryCode);
}
