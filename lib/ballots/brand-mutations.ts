import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { isFacilitator } from "@/lib/workshop/policy";
import { DomainError, type FieldErrors } from "@/lib/server/result";
import { allow } from "@/lib/server/actor";
import { ballotEvent, isProposalLocked, uniqueViolation, type Actor } from "./mutation-support";
import { canChangeSponsor, canEditBrand, canProposeBrand } from "./policy";
import type { ProposalInput } from "./schema";

// Brand proposals and their sponsoring delegations. A proposal is sponsored by at least one
// delegation at all times, and is frozen once a ballot listing it opens.

/** A race past `checkReferences`' name check still ends in the unique index, reported the same way. */
async function withNameCheck<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError("errors.checkFields", { nameEn: "errors.brandNameTaken" });
    throw error;
  }
}

/** Names unique per language; the cluster and the delegations named belong to the actor's workshop. */
async function checkReferences(
  tx: Tx,
  actor: Actor,
  input: ProposalInput,
  sponsorIds: string[],
  proposalId?: string,
): Promise<void> {
  const others = { workshopId: actor.workshopId, id: { not: proposalId ?? "" } };
  const fieldErrors: FieldErrors = {};
  if (input.nameEn && (await tx.brandProposal.count({ where: { ...others, nameEn: input.nameEn } })) > 0)
    fieldErrors.nameEn = "errors.brandNameTaken";
  if (input.nameZh && (await tx.brandProposal.count({ where: { ...others, nameZh: input.nameZh } })) > 0)
    fieldErrors.nameZh = "errors.brandNameTaken";
  if (input.clusterId) {
    const cluster = await tx.cityCluster.count({ where: { id: input.clusterId, workshopId: actor.workshopId } });
    if (cluster === 0) fieldErrors.clusterId = "errors.notFound";
  }
  const found = await tx.delegation.count({ where: { id: { in: sponsorIds }, workshopId: actor.workshopId } });
  if (sponsorIds.length === 0 || found !== sponsorIds.length) fieldErrors.sponsorIds = "errors.sponsorRequired";
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("errors.checkFields", fieldErrors);
}

const columns = (input: ProposalInput) => ({
  nameEn: input.nameEn ?? null,
  nameZh: input.nameZh ?? null,
  industryCode: input.industryCode,
  description: input.description,
  clusterId: input.clusterId ?? null,
});

/** A delegate's proposal is sponsored by their own delegation; a facilitator names the sponsors.
 * A delegate who names another delegation is refused, not silently corrected. */
export async function proposeBrand(actor: Actor, input: ProposalInput): Promise<{ id: string }> {
  allow(canProposeBrand(actor.member));
  const own = actor.member.delegationId!;
  if (!isFacilitator(actor.member) && input.sponsorIds.some((id) => id !== own))
    throw new DomainError("errors.checkFields", { sponsorIds: "errors.otherDelegation" });
  const sponsorIds = isFacilitator(actor.member) ? [...new Set(input.sponsorIds)] : [own];
  return withNameCheck(() =>
    prisma.$transaction(async (tx) => {
      await checkReferences(tx, actor, input, sponsorIds);
      const proposal = await tx.brandProposal.create({
        data: {
          ...columns(input),
          workshopId: actor.workshopId,
          proposedById: actor.userId,
          sponsors: { create: sponsorIds.map((delegationId) => ({ delegationId })) },
        },
        select: { id: true },
      });
      await ballotEvent(tx, actor.workshopId, actor.userId, "brand.proposed", { proposalId: proposal.id });
      return proposal;
    }),
  );
}

/** Locks the proposal row (scoped to the workshop), checks the caller may change it, then refuses
 * a frozen one: someone who may not edit it learns nothing of its state. */
async function lockProposal(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  may: (proposal: { proposedById: string; sponsors: Array<{ delegationId: string }> }) => boolean = () => true,
) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "BrandProposal" WHERE "id" = ${proposalId} AND "workshopId" = ${actor.workshopId} FOR UPDATE`;
  if (rows.length === 0) throw new DomainError("errors.notFound");
  const proposal = await tx.brandProposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { id: true, version: true, proposedById: true, sponsors: { select: { delegationId: true } } },
  });
  allow(may(proposal));
  if (await isProposalLocked(tx, proposalId)) throw new DomainError("errors.brandLocked");
  return proposal;
}

/** Names, industry, description and cluster; sponsors change through join/leave. */
export async function updateBrand(actor: Actor, proposalId: string, version: number, input: ProposalInput) {
  return withNameCheck(() =>
    prisma.$transaction(async (tx) => {
      const proposal = await lockProposal(tx, actor, proposalId, (found) => canEditBrand(actor.member, found));
      if (proposal.version !== version) throw new DomainError("errors.editConflict");
      const sponsorIds = proposal.sponsors.map((s) => s.delegationId);
      await checkReferences(tx, actor, input, sponsorIds, proposalId);
      const saved = await tx.brandProposal.update({
        where: { id: proposalId },
        data: { ...columns(input), version: { increment: 1 } },
        select: { version: true },
      });
      await ballotEvent(tx, actor.workshopId, actor.userId, "brand.updated", { proposalId });
      return saved;
    }),
  );
}

/** Only while no ballot lists it, drafts included: a draft ballot would otherwise lose an option. */
export async function deleteBrand(actor: Actor, proposalId: string, version: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, actor, proposalId, (found) => canEditBrand(actor.member, found));
    if (proposal.version !== version) throw new DomainError("errors.editConflict");
    if ((await tx.ballotOption.count({ where: { proposalId } })) > 0) throw new DomainError("errors.brandInBallot");
    await tx.brandProposal.delete({ where: { id: proposalId } });
    await ballotEvent(tx, actor.workshopId, actor.userId, "brand.deleted", { proposalId });
  });
}

/** Joining twice or leaving when not a sponsor changes nothing; the last sponsor cannot leave. */
export async function setSponsor(actor: Actor, proposalId: string, delegationId: string, join: boolean) {
  allow(canChangeSponsor(actor.member, delegationId));
  await prisma.$transaction(async (tx) => {
    const proposal = await lockProposal(tx, actor, proposalId);
    const delegation = await tx.delegation.count({ where: { id: delegationId, workshopId: actor.workshopId } });
    if (delegation === 0) throw new DomainError("errors.notFound");
    const sponsoring = proposal.sponsors.some((s) => s.delegationId === delegationId);
    if (join === sponsoring) return;
    if (join) await tx.brandSponsor.create({ data: { proposalId, delegationId } });
    else {
      if (proposal.sponsors.length === 1) throw new DomainError("errors.lastSponsor");
      await tx.brandSponsor.delete({ where: { proposalId_delegationId: { proposalId, delegationId } } });
    }
    await tx.brandProposal.update({ where: { id: proposalId }, data: { version: { increment: 1 } } });
    await ballotEvent(tx, actor.workshopId, actor.userId, join ? "brand.sponsorJoined" : "brand.sponsorLeft", {
      proposalId,
      delegationId,
    });
  });
}
