import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/live/events";
import { DomainError } from "@/lib/server/result";
import { canEditEntries, canManageAnalysisSettings, canReopenList, canSubmitList, type PlanMember } from "./policy";
import type { ClusterInput, PlanEntryInput, ReferenceInput } from "./schema";
import type { Actor as BaseActor } from "@/lib/server/actor";

/** The membership as read from the database for this request (lib/server/action.ts). */
export type Actor = BaseActor<PlanMember>;

/**
 * Locks the delegation's row for the rest of the transaction and checks the policy against the
 * status read under that lock, so an edit and a submission of the same list cannot interleave.
 */
async function lockList(tx: Tx, actor: Actor, delegationId: string, allowed: typeof canEditEntries) {
  const rows = await tx.$queryRaw<Array<{ planStatus: "OPEN" | "SUBMITTED" }>>`
    SELECT "planStatus" FROM "Delegation" WHERE "id" = ${delegationId} AND "workshopId" = ${actor.workshopId} FOR UPDATE`;
  const list = rows[0];
  if (!list) throw new DomainError("errors.notFound");
  if (!allowed(actor.member, { delegationId, planStatus: list.planStatus })) {
    throw new DomainError(list.planStatus === "SUBMITTED" ? "errors.listSubmitted" : "errors.forbidden");
  }
}

/** Finds an entry of the workshop and locks (and checks) the list it belongs to. */
async function lockEntryList(tx: Tx, actor: Actor, entryId: string): Promise<{ delegationId: string }> {
  const entry = await tx.planEntry.findFirst({
    where: { id: entryId, workshopId: actor.workshopId },
    select: { delegationId: true },
  });
  if (!entry) throw new DomainError("errors.notFound");
  await lockList(tx, actor, entry.delegationId, canEditEntries);
  return entry;
}

async function assertClusterInWorkshop(tx: Tx, workshopId: string, clusterId: string | undefined) {
  if (!clusterId) return;
  const found = await tx.cityCluster.count({ where: { id: clusterId, workshopId } });
  if (!found) throw new DomainError("errors.checkFields", { clusterId: "errors.invalid" });
}

function columns(input: PlanEntryInput) {
  return {
    industryCode: input.industryCode,
    horizon: input.horizon,
    targetValue: input.targetValue ?? null,
    targetUnit: input.targetValue === undefined ? null : (input.targetUnit ?? null),
    investmentAmount: input.investmentAmount ?? null,
    investmentCurrency: input.investmentAmount === undefined ? null : (input.investmentCurrency ?? null),
    hubCities: input.hubCities,
    priority: input.priority,
    rationale: input.rationale,
    clusterId: input.clusterId ?? null,
  };
}

function uniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

export async function createEntry(actor: Actor, delegationId: string, input: PlanEntryInput): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    await lockList(tx, actor, delegationId, canEditEntries);
    await assertClusterInWorkshop(tx, actor.workshopId, input.clusterId);
    const entry = await tx.planEntry.create({
      data: {
        ...columns(input),
        workshopId: actor.workshopId,
        delegationId,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
      select: { id: true },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "plan.entryCreated",
      payload: { delegationId, entryId: entry.id, industryCode: input.industryCode, horizon: input.horizon },
    });
    return entry;
  });
}

/** Optimistic concurrency: a stale version gets the other person's saved entry back. */
export async function updateEntry(
  actor: Actor,
  entryId: string,
  version: number,
  input: PlanEntryInput,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const entry = await lockEntryList(tx, actor, entryId);
    await assertClusterInWorkshop(tx, actor.workshopId, input.clusterId);
    const { count } = await tx.planEntry.updateMany({
      where: { id: entryId, workshopId: actor.workshopId, delegationId: entry.delegationId, version },
      data: { ...columns(input), status: "DRAFT", updatedById: actor.userId, version: { increment: 1 } },
    });
    if (count === 0) throw await conflict(tx, entryId);
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "plan.entryUpdated",
      payload: { delegationId: entry.delegationId, entryId, industryCode: input.industryCode },
    });
  });
}

export async function deleteEntry(actor: Actor, entryId: string, version: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const entry = await lockEntryList(tx, actor, entryId);
    const { count } = await tx.planEntry.deleteMany({
      where: { id: entryId, delegationId: entry.delegationId, version },
    });
    if (count === 0) throw await conflict(tx, entryId);
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "plan.entryDeleted",
      payload: { delegationId: entry.delegationId, entryId },
    });
  });
}

async function conflict(tx: Tx, entryId: string): Promise<DomainError> {
  const current = await tx.planEntry.findUnique({ where: { id: entryId } });
  if (!current) return new DomainError("errors.notFound");
  const editor = await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } });
  return new DomainError("errors.entryConflict", undefined, {
    industryCode: current.industryCode,
    horizon: current.horizon,
    targetValue: current.targetValue === null ? null : Number(current.targetValue),
    targetUnit: current.targetUnit,
    investmentAmount: current.investmentAmount === null ? null : Number(current.investmentAmount),
    investmentCurrency: current.investmentCurrency,
    hubCities: current.hubCities,
    priority: current.priority,
    rationale: current.rationale,
    version: current.version,
    updatedBy: editor?.name ?? "",
    updatedAt: current.updatedAt.toISOString(),
  });
}

export async function submitList(actor: Actor, delegationId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockList(tx, actor, delegationId, canSubmitList);
    await tx.planEntry.updateMany({
      where: { delegationId, workshopId: actor.workshopId },
      data: { status: "SUBMITTED" },
    });
    await tx.delegation.update({
      where: { id: delegationId },
      data: { planStatus: "SUBMITTED", planSubmittedAt: new Date(), planSubmittedBy: actor.userId },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "plan.submitted",
      payload: { delegationId },
    });
  });
}

export async function reopenList(actor: Actor, delegationId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockList(tx, actor, delegationId, canReopenList);
    await tx.delegation.update({ where: { id: delegationId }, data: { planStatus: "OPEN" } });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "plan.reopened",
      payload: { delegationId },
    });
  });
}

/**
 * Imports validated rows in one transaction, all or nothing. "replace" swaps the delegation's
 * whole list for the file (export, edit, import back); "append" adds the rows to it.
 */
export async function importEntries(
  actor: Actor,
  delegationId: string,
  rows: PlanEntryInput[],
  mode: "replace" | "append",
): Promise<{ created: number; removed: number }> {
  return prisma.$transaction(
    async (tx) => {
      await lockList(tx, actor, delegationId, canEditEntries);
      const clusterIds = [...new Set(rows.map((row) => row.clusterId).filter((id): id is string => Boolean(id)))];
      const found = await tx.cityCluster.count({ where: { id: { in: clusterIds }, workshopId: actor.workshopId } });
      if (found !== clusterIds.length) throw new DomainError("errors.unknownCluster");
      const { count: removed } =
        mode === "replace"
          ? await tx.planEntry.deleteMany({ where: { delegationId, workshopId: actor.workshopId } })
          : { count: 0 };
      const created = await insertEntries(tx, actor, delegationId, rows);
      await appendEvent(tx, {
        workshopId: actor.workshopId,
        actorId: actor.userId,
        type: "plan.imported",
        payload: { delegationId, created, removed, mode },
      });
      return { created, removed };
    },
    { timeout: 60_000 },
  );
}

/**
 * One INSERT … SELECT FROM unnest(…) with a column array per field: a 5,000-row import is one
 * statement and 13 parameters, instead of Prisma's batches of 80,000 parameters.
 */
async function insertEntries(tx: Tx, actor: Actor, delegationId: string, rows: PlanEntryInput[]): Promise<number> {
  if (rows.length === 0) return 0;
  const data = rows.map(columns);
  const column = <K extends keyof (typeof data)[number]>(key: K) => data.map((row) => row[key]);
  // Arrays of arrays cannot be unnested row by row in PostgreSQL: hub cities travel as JSON.
  const hubCities = data.map((row) => JSON.stringify(row.hubCities));
  return tx.$executeRaw`
    INSERT INTO "PlanEntry" ("id", "workshopId", "delegationId", "industryCode", "horizon", "targetValue", "targetUnit",
      "investmentAmount", "investmentCurrency", "hubCities", "priority", "rationale", "clusterId",
      "createdById", "updatedById", "updatedAt")
    SELECT gen_random_uuid()::text, ${actor.workshopId}, ${delegationId}, r.code, r.horizon::"Horizon", r.target, r.unit,
      r.amount, r.currency, ARRAY(SELECT jsonb_array_elements_text(r.cities::jsonb)), r.priority, r.rationale, r.cluster,
      ${actor.userId}, ${actor.userId}, now()
    FROM unnest(${column("industryCode")}::text[], ${column("horizon")}::text[], ${column("targetValue")}::numeric[],
      ${column("targetUnit")}::text[], ${column("investmentAmount")}::numeric[], ${column("investmentCurrency")}::text[],
      ${hubCities}::text[], ${column("priority")}::int[], ${column("rationale")}::text[], ${column("clusterId")}::text[])
      AS r(code, horizon, target, unit, amount, currency, cities, priority, rationale, cluster)`;
}

function assertFacilitator(actor: Actor): void {
  if (!canManageAnalysisSettings(actor.member)) throw new DomainError("errors.forbidden");
}

export async function saveCluster(
  actor: Actor,
  input: ClusterInput,
  existing?: { id: string; version: number },
): Promise<void> {
  assertFacilitator(actor);
  try {
    await prisma.$transaction(async (tx) => {
      if (!existing) {
        const cluster = await tx.cityCluster.create({
          data: { ...input, workshopId: actor.workshopId },
          select: { id: true },
        });
        await appendEvent(tx, {
          workshopId: actor.workshopId,
          actorId: actor.userId,
          type: "cluster.created",
          payload: { clusterId: cluster.id },
        });
        return;
      }
      const { count } = await tx.cityCluster.updateMany({
        where: { id: existing.id, workshopId: actor.workshopId, version: existing.version },
        data: { ...input, version: { increment: 1 } },
      });
      if (count === 0) throw new DomainError("errors.editConflict");
      await appendEvent(tx, {
        workshopId: actor.workshopId,
        actorId: actor.userId,
        type: "cluster.updated",
        payload: { clusterId: existing.id },
      });
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError("errors.checkFields", { name: "errors.nameTaken" });
    throw error;
  }
}

/** Plans tagged to the cluster lose the tag (the plans themselves stay). */
export async function deleteCluster(actor: Actor, clusterId: string): Promise<void> {
  assertFacilitator(actor);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.cityCluster.deleteMany({ where: { id: clusterId, workshopId: actor.workshopId } });
    if (count === 0) throw new DomainError("errors.notFound");
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "cluster.deleted",
      payload: { clusterId },
    });
  });
}

/** One reference per industry and horizon: saving again replaces it. */
export async function saveReference(actor: Actor, input: ReferenceInput): Promise<void> {
  assertFacilitator(actor);
  await prisma.$transaction(async (tx) => {
    await tx.regionalReference.deleteMany({
      where: { workshopId: actor.workshopId, industryCode: input.industryCode, horizon: input.horizon ?? null },
    });
    await tx.regionalReference.create({
      data: { ...input, horizon: input.horizon ?? null, workshopId: actor.workshopId },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "reference.saved",
      payload: { industryCode: input.industryCode, horizon: input.horizon ?? null },
    });
  });
}

export async function deleteReference(actor: Actor, referenceId: string): Promise<void> {
  assertFacilitator(actor);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.regionalReference.deleteMany({
      where: { id: referenceId, workshopId: actor.workshopId },
    });
    if (count === 0) throw new DomainError("errors.notFound");
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "reference.deleted",
      payload: { referenceId },
    });
  });
}
