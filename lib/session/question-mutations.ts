import "server-only";
import { actorEvent } from "@/lib/live/events";
import { prisma, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import { allow } from "@/lib/server/actor";
import { type Actor } from "./mutation-support";
import { canParticipate, canRunSession } from "./policy";
import type { QuestionInput } from "./schema";

// Questions from the floor. The author of an anonymous question is hidden from the other
// participants on every page, but the event log (the audit trail) records who asked.

async function findQuestion(tx: Tx, actor: Actor, questionId: string) {
  const question = await tx.floorQuestion.findFirst({ where: { id: questionId, workshopId: actor.workshopId } });
  if (!question) throw new DomainError("errors.notFound");
  return question;
}

export async function askQuestion(actor: Actor, input: QuestionInput): Promise<{ id: string }> {
  allow(canParticipate(actor.member));
  return prisma.$transaction(async (tx) => {
    const question = await tx.floorQuestion.create({
      data: { workshopId: actor.workshopId, authorMembershipId: actor.member.id, ...input },
      select: { id: true },
    });
    await actorEvent(tx, actor, "question.asked", { questionId: question.id });
    return question;
  });
}

/** Upvotes, or takes one's upvote back. One's own question cannot be upvoted. */
export async function toggleQuestionVote(actor: Actor, questionId: string): Promise<void> {
  allow(canParticipate(actor.member));
  await prisma.$transaction(async (tx) => {
    const question = await findQuestion(tx, actor, questionId);
    if (question.authorMembershipId === actor.member.id) throw new DomainError("errors.ownQuestion");
    if (question.hiddenAt) throw new DomainError("errors.notFound");
    const removed = await tx.questionVote.deleteMany({ where: { questionId, membershipId: actor.member.id } });
    if (removed.count === 0)
      await tx.$executeRaw`
        INSERT INTO "QuestionVote" ("questionId", "membershipId") VALUES (${questionId}, ${actor.member.id})
        ON CONFLICT DO NOTHING`;
    await actorEvent(tx, actor, "question.voted", { questionId });
  });
}

/** Facilitators mark a question answered (or not), or hide it from the room. */
export async function moderateQuestion(
  actor: Actor,
  questionId: string,
  change: { answered: boolean } | { hidden: boolean },
): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await findQuestion(tx, actor, questionId);
    const data =
      "answered" in change
        ? { answeredAt: change.answered ? new Date() : null }
        : { hiddenAt: change.hidden ? new Date() : null };
    await tx.floorQuestion.update({ where: { id: questionId }, data });
    await actorEvent(tx, actor, "question.moderated", { questionId });
  });
}
