import "server-only";
import { Prisma, prisma } from "@/lib/db/client";
import { canManageAnalysisSettings, type PlanMember } from "@/lib/industries/policy";
import { appendEvent } from "@/lib/live/events";
import { allow, type Actor } from "@/lib/server/actor";
import { DomainError } from "@/lib/server/result";
import { divisionInput } from "./data";
import { parseOptimiserInput } from "./input";
import type { Locale } from "@/lib/i18n/locales";
import { askForStances, insertClause } from "@/lib/plan/mutations";
import { asPlanActor } from "@/lib/plan/mutation-support";
import { ensureSections } from "@/lib/workshop/mutations";
import type { BaselineRow } from "./baseline-schema";
import { divisionClauses } from "./clauses";
import { canWriteBaseline } from "./policy";
import type { OptimiserInput } from "./input";
import { describe, type OptimiserOutput } from "./proposal";
import type { DivisionSettings } from "./schema";
import { solve, SolverError } from "./solve";

/**
 * The facilitator proposes a division of labour: the optimiser runs on the workshop's submitted
 * plans and economic base with these settings, and the input and result are stored, numbered,
 * for everyone. The solver runs before any write (a time-out leaves the previous proposal as the
 * newest); the number is taken under the workshop's advisory lock.
 */
export async function proposeDivision(
  actor: Actor<PlanMember>,
  settings: DivisionSettings,
): Promise<{ number: number }> {
  allow(canManageAnalysisSettings(actor.member));
  const input = await divisionInput(actor.workshopId, settings);
  if (input.plans.length === 0) throw new DomainError("errors.nothingToDivide");
  const parsed = parseOptimiserInput(input);
  if (!parsed.ok) throw new Error(`the workshop's data made an invalid optimiser input: ${parsed.errors.join("; ")}`);
  let output;
  try {
    output = describe(parsed.input, await solve(parsed.input));
  } catch (error) {
    if (error instanceof SolverError) throw new DomainError("errors.solverStopped");
    throw error;
  }
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`division:${actor.workshopId}`}))`;
    const last = await tx.divisionProposal.findFirst({
      where: { workshopId: actor.workshopId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.divisionProposal.create({
      data: {
        workshopId: actor.workshopId,
        number,
        input: parsed.input as unknown as Prisma.InputJsonObject,
        output: output as unknown as Prisma.InputJsonObject,
        createdById: actor.userId,
      },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.proposed",
      payload: { number },
    });
    return { number };
  });
}

/**
 * The facilitator puts alternative `rank` of proposal `number` in the plan: one proposed clause
 * per contested industry in the industries-and-specialisation section, linked to the industry,
 * the delegations that planned it and the city clusters that carry it, written in the
 * facilitator's language, all in one transaction. A proposal is adopted once; another one waits
 * until the clauses of the last adoption are withdrawn (two divisions of labour in one plan
 * would contradict each other).
 */
export async function adoptDivision(
  actor: Actor<PlanMember>,
  { number, rank }: { number: number; rank: number },
  locale: Locale,
): Promise<{ clauses: number }> {
  allow(canManageAnalysisSettings(actor.member));
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`division:${actor.workshopId}`}))`;
    const stored = await tx.divisionProposal.findUnique({
      where: { workshopId_number: { workshopId: actor.workshopId, number } },
      select: { input: true, output: true, adoptedRank: true },
    });
    const output = stored?.output as OptimiserOutput | undefined;
    const proposal = output?.status === "optimal" ? output.proposals.find((p) => p.rank === rank) : undefined;
    if (!stored || !proposal) throw new DomainError("errors.notFound");
    if (stored.adoptedRank !== null) throw new DomainError("errors.divisionAdopted");
    const earlier = await tx.divisionProposal.findMany({
      where: { workshopId: actor.workshopId, adoptedRank: { not: null } },
      select: { adoptedClauseIds: true },
    });
    const live = await tx.clause.count({
      where: {
        workshopId: actor.workshopId,
        id: { in: earlier.flatMap((p) => p.adoptedClauseIds) },
        status: { not: "WITHDRAWN" },
      },
    });
    if (live > 0) throw new DomainError("errors.divisionClausesLive");
    const drafts = divisionClauses(stored.input as OptimiserInput, proposal, number, locale);
    if (drafts.length === 0) throw new DomainError("errors.nothingContested");
    await ensureSections(tx, actor.workshopId);
    const section = await tx.planSection.findFirst({
      where: { workshopId: actor.workshopId, key: "industries" },
      select: { id: true },
    });
    if (!section) throw new DomainError("errors.noIndustriesSection");
    const clusters = await tx.cityCluster.findMany({
      where: { workshopId: actor.workshopId },
      select: { id: true, industryCodes: true },
    });
    const planActor = asPlanActor(actor);
    const ids: string[] = [];
    for (const draft of drafts) {
      const clause = await insertClause(
        tx,
        planActor,
        {
          sectionId: section.id,
          title: draft.title,
          text: draft.text,
          horizon: "BOTH",
          industryCodes: [draft.industry],
          clusterIds: clusters.filter((c) => c.industryCodes.includes(draft.industry)).map((c) => c.id),
          objectiveIds: [],
          delegationIds: draft.delegationIds,
        },
        // The leads are asked once for all of them, below.
        { askLeads: false },
      );
      ids.push(clause.id);
    }
    await askForStances(
      tx,
      planActor,
      ids.map((id, i) => ({ id, title: drafts[i]!.title })),
    );
    await tx.divisionProposal.update({
      where: { workshopId_number: { workshopId: actor.workshopId, number } },
      data: { adoptedRank: rank, adoptedAt: new Date(), adoptedClauseIds: ids },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.adopted",
      payload: { number, rank, clauses: ids.length },
    });
    return { clauses: ids.length };
  });
}

/**
 * Replaces a delegation's economic base with the imported rows, all or nothing. Proposals already
 * made keep the base they were computed on (their input is frozen); the next one uses this.
 */
export async function importBaseline(
  actor: Actor<PlanMember>,
  delegationId: string,
  rows: BaselineRow[],
): Promise<{ rows: number }> {
  allow(canWriteBaseline(actor.member, delegationId));
  return prisma.$transaction(async (tx) => {
    const delegation = await tx.delegation.findFirst({
      where: { id: delegationId, workshopId: actor.workshopId },
      select: { id: true },
    });
    if (!delegation) throw new DomainError("errors.notFound");
    await tx.industryBaseline.deleteMany({ where: { workshopId: actor.workshopId, delegationId } });
    await tx.industryBaseline.createMany({
      data: rows.map((row) => ({
        workshopId: actor.workshopId,
        delegationId,
        industryCode: row.industryCode,
        employment: row.employment,
        output: row.output ?? null,
        exports: row.exports ?? null,
        source: row.source,
        year: row.year ?? null,
      })),
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.baselineImported",
      payload: { delegationId, rows: rows.length },
    });
    return { rows: rows.length };
  });
}

/** Enters or corrects one industry of a delegation's economic base (the CSV import replaces all). */
export async function saveBaselineRow(actor: Actor<PlanMember>, delegationId: string, row: BaselineRow): Promise<void> {
  allow(canWriteBaseline(actor.member, delegationId));
  await prisma.$transaction(async (tx) => {
    const delegation = await tx.delegation.findFirst({
      where: { id: delegationId, workshopId: actor.workshopId },
      select: { id: true },
    });
    if (!delegation) throw new DomainError("errors.checkFields", { delegationId: "errors.invalid" });
    const data = {
      employment: row.employment,
      output: row.output ?? null,
      exports: row.exports ?? null,
      source: row.source,
      year: row.year ?? null,
    };
    await tx.industryBaseline.upsert({
      where: { delegationId_industryCode: { delegationId, industryCode: row.industryCode } },
      create: { workshopId: actor.workshopId, delegationId, industryCode: row.industryCode, ...data },
      update: data,
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.baselineSaved",
      payload: { delegationId, industryCode: row.industryCode },
    });
  });
}
