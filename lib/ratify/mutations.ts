import "server-only";
import { leadDelegates, notify } from "@/lib/notifications/mutations";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/client";
import { appendEvent } from "@/lib/live/events";
import { DomainError } from "@/lib/server/result";
import { contentHash } from "@/lib/hash/canonical";
import { buildPlanContent } from "./data";
import { canFreeze, canSign, type RatifyMember } from "./policy";
import type { SignatureInput } from "./schema";
import { allow, type Actor as BaseActor } from "@/lib/server/actor";

/** The membership as read from the database for this request (lib/server/action.ts). */
export type Actor = BaseActor<RatifyMember>;

/**
 * Freezes the plan as it stands into the next version. The workshop row is locked first, so two
 * freezes get consecutive numbers and the content is read after every earlier change committed.
 */
export async function freezePlan(actor: Actor): Promise<{ number: number; hash: string }> {
  allow(canFreeze(actor.member));
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE "id" = ${actor.workshopId} FOR UPDATE`;
      const last = await tx.planVersion.aggregate({ where: { workshopId: actor.workshopId }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const frozenAt = new Date();
      const content = await buildPlanContent(actor.workshopId, number, frozenAt);
      const hash = contentHash(content);
      await tx.planVersion.create({
        data: {
          workshopId: actor.workshopId,
          number,
          content: content as unknown as Prisma.InputJsonValue,
          hash,
          frozenById: actor.userId,
          frozenAt,
        },
      });
      await appendEvent(tx, {
        workshopId: actor.workshopId,
        actorId: actor.userId,
        type: "plan.frozen",
        payload: { number, hash },
      });
      await notify(tx, {
        workshopId: actor.workshopId,
        kind: "SIGNATURE_NEEDED",
        userIds: await leadDelegates(tx, actor.workshopId),
        params: { version: number },
        page: "ratify",
        dedupeKey: `signature:${actor.workshopId}:${number}`,
      });
      return { number, hash };
    },
    { timeout: 30_000 },
  );
}

/** The lead delegate signs the latest version for their delegation, once. */
export async function signPlan(actor: Actor, input: SignatureInput, signerName: string): Promise<void> {
  const delegationId = actor.member.delegationId;
  allow(delegationId !== null && canSign(actor.member, delegationId));
  // A signature names the signer's own delegation or none (then it is theirs): never rewritten.
  if (input.delegationId !== undefined && input.delegationId !== delegationId)
    throw new DomainError("errors.otherDelegation");
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE "id" = ${actor.workshopId} FOR UPDATE`;
    const latest = await tx.planVersion.findFirst({
      where: { workshopId: actor.workshopId },
      orderBy: { number: "desc" },
      select: { id: true, hash: true, number: true },
    });
    if (!latest) throw new DomainError("errors.notFound");
    if (latest.id !== input.versionId || latest.hash !== input.hash) throw new DomainError("errors.versionSuperseded");
    const existing = await tx.planSignature.count({ where: { versionId: latest.id, delegationId: delegationId! } });
    if (existing > 0) throw new DomainError("errors.alreadySigned");
    await tx.planSignature.create({
      data: {
        versionId: latest.id,
        delegationId: delegationId!,
        userId: actor.userId,
        signerName,
        kind: input.kind,
        statement: input.statement,
        hash: latest.hash,
      },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "plan.signed",
      payload: { number: latest.number, delegationId: delegationId!, kind: input.kind },
    });
  });
}
