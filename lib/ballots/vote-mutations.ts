import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import { settleDueBallots } from "./ballot-mutations";
import { conflictOfInterest } from "./conflict";
import { allow, ballotEvent, type Actor } from "./mutation-support";
import { canVote } from "./policy";
import { checkVote, type BallotMethod, type VoteContent } from "./schema";
import { voterKey } from "./voter-key";

type OpenBallot = {
  id: string;
  status: string;
  method: BallotMethod;
  secret: boolean;
  conflictOfInterest: boolean;
  /** Its opening or closing time has passed, but nobody has applied it yet. */
  due: boolean;
};

/** The ballot's state is behind its clock: apply the due transition, then try again. */
class TransitionDue extends Error {}

/** Holds the ballot FOR SHARE: votes run side by side, closing (FOR UPDATE) waits for them. */
async function shareBallot(tx: Tx, actor: Actor, ballotId: string): Promise<OpenBallot> {
  const rows = await tx.$queryRaw<OpenBallot[]>`
    SELECT "id", "status"::text AS "status", "method"::text AS "method", "secret", "conflictOfInterest",
      ("status" = 'DRAFT' AND "opensAt" <= now()) OR ("status" = 'OPEN' AND "closesAt" <= now()) AS "due"
    FROM "Ballot" WHERE "id" = ${ballotId} AND "workshopId" = ${actor.workshopId} FOR SHARE`;
  const ballot = rows[0];
  if (!ballot) throw new DomainError("errors.notFound");
  if (ballot.due) throw new TransitionDue();
  if (ballot.status !== "OPEN") throw new DomainError("errors.ballotNotOpen");
  return ballot;
}

// A room voting at once queues for the connection pool: wait for a connection rather than fail.
const CAST_TRANSACTION = { maxWait: 30_000, timeout: 30_000 };

/**
 * Records the member's vote, replacing the one they cast before (the last one counts). The
 * "has voted" row and the vote are written apart: an open ballot's vote names the member, a
 * secret one carries only the voter key. The event of a secret vote names nobody.
 */
export async function castVote(actor: Actor, ballotId: string, vote: VoteContent): Promise<{ changed: boolean }> {
  allow(canVote(actor.member));
  try {
    return await recordVote(actor, ballotId, vote);
  } catch (error) {
    if (!(error instanceof TransitionDue)) throw error;
    await settleDueBallots(actor.workshopId);
    return recordVote(actor, ballotId, vote);
  }
}

async function recordVote(actor: Actor, ballotId: string, vote: VoteContent): Promise<{ changed: boolean }> {
  const delegationId = actor.member.delegationId!;
  return prisma.$transaction(async (tx) => {
    const ballot = await shareBallot(tx, actor, ballotId);
    const options = await tx.ballotOption.findMany({
      where: { ballotId },
      select: { proposalId: true, proposal: { select: { sponsors: { select: { delegationId: true } } } } },
    });
    const problem = checkVote(
      ballot.method,
      options.map((o) => o.proposalId),
      vote,
    );
    if (problem) throw new DomainError("errors.checkFields", { vote: problem });
    if (ballot.conflictOfInterest) {
      const sponsors = new Map(options.map((o) => [o.proposalId, o.proposal.sponsors.map((s) => s.delegationId)]));
      if (conflictOfInterest(ballot.method, options.length, vote, sponsors, delegationId).length > 0)
        throw new DomainError("errors.checkFields", { vote: "errors.conflictOfInterest" });
    }
    const content = vote as unknown as Prisma.InputJsonValue;
    if (ballot.secret) {
      const key = voterKey(ballotId, actor.member.id);
      await tx.$executeRaw`
        INSERT INTO "Vote" ("id", "ballotId", "delegationId", "voterKey", "content")
        VALUES (gen_random_uuid()::text, ${ballotId}, ${delegationId}, ${key}, ${JSON.stringify(content)}::jsonb)
        ON CONFLICT ("ballotId", "voterKey") DO UPDATE SET "content" = EXCLUDED."content",
          "delegationId" = EXCLUDED."delegationId"`;
    } else {
      await tx.$executeRaw`
        INSERT INTO "Vote" ("id", "ballotId", "delegationId", "membershipId", "content")
        VALUES (gen_random_uuid()::text, ${ballotId}, ${delegationId}, ${actor.member.id}, ${JSON.stringify(content)}::jsonb)
        ON CONFLICT ("ballotId", "membershipId") DO UPDATE SET "content" = EXCLUDED."content",
          "delegationId" = EXCLUDED."delegationId"`;
    }
    const first = await tx.$executeRaw`
      INSERT INTO "BallotParticipation" ("ballotId", "membershipId", "delegationId")
      VALUES (${ballotId}, ${actor.member.id}, ${delegationId})
      ON CONFLICT DO NOTHING`;
    await ballotEvent(tx, actor.workshopId, ballot.secret ? null : actor.userId, "ballot.voted", { ballotId });
    return { changed: first === 0 };
  }, CAST_TRANSACTION);
}
