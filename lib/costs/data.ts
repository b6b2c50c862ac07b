import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { locales } from "@/lib/i18n/locales";
import type { AllocationResult } from "./allocation";
import {
  allocate,
  costDelegations,
  readRule,
  statesArrangement,
  type Arrangement,
  type DelegationFigures,
} from "./arrangement";

type Db = Tx | typeof prisma;

const decimal = (value: { toString(): string } | null) => (value === null ? null : Number(value));

/** The workshop's delegations with their population and GDP, in the order pages list them. */
export async function delegationFigures(
  db: Db,
  workshopId: string,
): Promise<Array<DelegationFigures & { colour: string }>> {
  const rows = await db.delegation.findMany({
    where: { workshopId },
    orderBy: [{ createdAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, colour: true, population: true, gdp: true },
  });
  return rows.map((d) => ({ ...d, population: decimal(d.population), gdp: decimal(d.gdp) }));
}

/** One service's arrangement as it stands: its fields, rule and every delegation's figures. */
export function arrangementOf(
  service: {
    name: string;
    description: string;
    annualCostMinor: bigint;
    currency: string;
    rule: unknown;
    figures: Array<{
      delegationId: string;
      usage: { toString(): string } | null;
      customWeight: { toString(): string } | null;
    }>;
  },
  delegations: DelegationFigures[],
): Arrangement {
  return {
    name: service.name,
    description: service.description,
    // Beyond 2^53 this loses precision, and allocateCost then reports an invalid cost (never a 500).
    annualCostMinor: Number(service.annualCostMinor),
    currency: service.currency,
    rule: readRule(service.rule),
    delegations: costDelegations(
      delegations,
      service.figures.map((f) => ({
        delegationId: f.delegationId,
        usage: decimal(f.usage),
        customWeight: decimal(f.customWeight),
      })),
    ),
  };
}

export const figureSelect = { delegationId: true, usage: true, customWeight: true } as const;

/**
 * Everything the cost-sharing page shows, the same for every member: each service with its
 * allocation (or the problems that prevent one) and, when it is in the plan, its clause and
 * whether the clause still states the arrangement as it is now.
 */
export async function listServices(workshopId: string) {
  const [delegations, services] = await Promise.all([
    delegationFigures(prisma, workshopId),
    prisma.sharedService.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: "asc" }, { name: "asc" }],
      include: { figures: { select: figureSelect } },
    }),
  ]);
  const clauseIds = services.flatMap((s) => (s.clauseId ? [s.clauseId] : []));
  const clauses = await prisma.clause.findMany({
    where: { id: { in: clauseIds }, workshopId },
    select: {
      id: true,
      title: true,
      status: true,
      currentVersion: true,
      versions: { select: { number: true, text: true }, orderBy: { number: "desc" }, take: 1 },
      amendments: { where: { status: "OPEN" }, select: { text: true } },
    },
  });
  return {
    delegations,
    services: services.map((service) => {
      const arrangement = arrangementOf(service, delegations);
      const allocation: AllocationResult = allocate(arrangement);
      const found = clauses.find((c) => c.id === service.clauseId);
      const text = found?.versions[0]?.text ?? "";
      const clause = found && {
        id: found.id,
        title: found.title,
        status: found.status,
        currentVersion: found.currentVersion,
        /** False when the service, its rule or the figures changed since the clause text was written. */
        upToDate: statesArrangement(text, arrangement, locales),
        /** An open amendment already proposes the arrangement as it is now. */
        amendmentPending: found.amendments.some((a) => statesArrangement(a.text, arrangement, locales)),
      };
      return {
        id: service.id,
        version: service.version,
        name: service.name,
        description: service.description,
        annualCostMinor: arrangement.annualCostMinor,
        currency: service.currency,
        rule: arrangement.rule,
        figures: arrangement.delegations.map((d) => ({
          delegationId: d.id,
          usage: d.usage,
          customWeight: d.customWeight,
        })),
        allocation,
        clause: clause ?? null,
      };
    }),
  };
}

export type ServiceView = Awaited<ReturnType<typeof listServices>>["services"][number];
