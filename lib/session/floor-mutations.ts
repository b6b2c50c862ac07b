import "server-only";
import { notify } from "@/lib/notifications/mutations";
import { actorEvent } from "@/lib/live/events";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import { allow } from "@/lib/server/actor";
import { lockSession, type Actor } from "./mutation-support";
import { canLowerHand, canParticipate, canRunSession } from "./policy";
import { nextSpeaker, type QueueMode } from "./queue";

// The speaking queue and the floor. Raising twice keeps one's place; the facilitator gives the
// floor to the next hand in the queue's order (or to a chosen person), which lowers that hand.

/** How many recent speakers' delegations alternation remembers. */
const HISTORY = 20;

export async function raiseHand(actor: Actor): Promise<void> {
  allow(canParticipate(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    const created = await tx.$executeRaw`
      INSERT INTO "RaisedHand" ("workshopId", "membershipId", "delegationId")
      VALUES (${actor.workshopId}, ${actor.member.id}, ${actor.member.delegationId}) ON CONFLICT DO NOTHING`;
    if (created > 0) await actorEvent(tx, actor, "hand.raised", {});
  });
}

export async function lowerHand(actor: Actor, memberId: string): Promise<void> {
  allow(canLowerHand(actor.member, memberId));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    const { count } = await tx.raisedHand.deleteMany({
      where: { workshopId: actor.workshopId, membershipId: memberId },
    });
    if (count > 0) await actorEvent(tx, actor, "hand.lowered", {});
  });
}

/**
 * Gives the floor to `memberId`, or to the next in the queue's order when none is named. The
 * speaker's hand comes down, and their delegation joins the history that alternation reads.
 */
export async function giveFloor(actor: Actor, memberId?: string): Promise<{ memberId: string }> {
  allow(canRunSession(actor.member));
  return prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, actor.workshopId);
    const hands = await tx.raisedHand.findMany({ where: { workshopId: actor.workshopId } });
    const queue = hands.map((h) => ({
      memberId: h.membershipId,
      delegationId: h.delegationId,
      raisedAt: h.raisedAt.getTime(),
    }));
    const history = session.speakerHistory.map((delegationId) => (delegationId === "" ? null : delegationId));
    const next = memberId ?? nextSpeaker(queue, session.queueMode, history)?.memberId;
    if (!next) throw new DomainError("errors.queueEmpty");
    const speaker = await tx.membership.findFirst({
      where: { id: next, workshopId: actor.workshopId },
      select: { id: true, delegationId: true, userId: true },
    });
    if (!speaker) throw new DomainError("errors.notFound");
    await tx.raisedHand.deleteMany({ where: { workshopId: actor.workshopId, membershipId: next } });
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: {
        floorMemberId: next,
        floorSince: new Date(session.now),
        // "" stands for people without a delegation, as in the queue's grouping.
        speakerHistory: [...session.speakerHistory, speaker.delegationId ?? ""].slice(-HISTORY),
        version: { increment: 1 },
      },
    });
    await actorEvent(tx, actor, "floor.given", { memberId: next });
    if (speaker.userId !== actor.userId)
      await notify(tx, {
        workshopId: actor.workshopId,
        kind: "FLOOR_GIVEN",
        userIds: [speaker.userId],
        page: "session",
      });
    return { memberId: next };
  });
}

export async function endFloor(actor: Actor): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: { floorMemberId: null, floorSince: null, version: { increment: 1 } },
    });
    await actorEvent(tx, actor, "floor.ended", {});
  });
}

/** Lowers every hand (the floor stays with its speaker). */
export async function clearQueue(actor: Actor): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    await tx.raisedHand.deleteMany({ where: { workshopId: actor.workshopId } });
    await actorEvent(tx, actor, "queue.cleared", {});
  });
}

export async function setQueueMode(actor: Actor, mode: QueueMode): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: { queueMode: mode, version: { increment: 1 } },
    });
    await actorEvent(tx, actor, "queue.mode", { mode });
  });
}

export async function setSpeakingLimit(actor: Actor, seconds: number | null): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: { speakingLimitSeconds: seconds, version: { increment: 1 } },
    });
    await actorEvent(tx, actor, "floor.limit", { seconds });
  });
}
