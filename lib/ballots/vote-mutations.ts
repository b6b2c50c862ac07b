import "server-only";
import { Prisma, prisma, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import { settleDueBallots } from "./ballot-mutations";
import { conflictOfInterest } from "./conflict";
import { allow } from "@/lib/server/actor";
import { ballotEvent, type Actor } from "./mutation-support";
import { canVote } from "./policy";
import { checkVote, type BallotMethod, type VoteContent } from "./schema";
import { voterKey } from "./voter-key";

type OpenBallot = {
  id: string;
  status: string;
  method: BallotMethod;
  secret: boolean;
  /** Its opening or closing time has passed, but nobody has applied it yet. */
  due: boolean;
  optionIds: string[];
  /** Each option's sponsoring delegations, read only when the ballot excludes conflicts of interest. */
  sponsors: Record<string, string[]> | null;
};

/** The ballot's state is behind its clock: apply the due transition, then try again. */
class TransitionDue extends Error {}

/**
 * Reads the ballot with its options (one round trip) and holds it FOR SHARE: votes run side by
 * side, closing (FOR UPDATE) waits for them.
 */
async function shareBallot(tx: Tx, actor: Actor, ballotId: string): Promise<OpenBallot> {
  const rows = await tx.$queryRaw<OpenBallot[]>`
    SELECT b."id", b."status"::text AS "status", b."method"::text AS "method", b."secret",
      (b."status" = 'DRAFT' AND b."opensAt" <= now()) OR (b."status" = 'OPEN' AND b."closesAt" <= now()) AS "due",
      ARRAY(SELECT o."proposalId" FROM "BallotOption" o WHERE o."ballotId" = b."id" ORDER BY o."position")
        AS "optionIds",
      CASE WHEN b."conflictOfInterest" THEN (
        SELECT json_object_agg(o."proposalId",
          ARRAY(SELECT s."delegationId" FROM "BrandSponsor" s WHERE s."proposalId" = o."proposalId"))
        FROM "BallotOption" o WHERE o."ballotId" = b."id"
      ) END AS "sponsors"
    FROM "Ballot" b WHERE b."id" = ${ballotId} AND b."workshopId" = ${actor.workshopId} FOR SHARE OF b`;
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
    const problem = checkVote(ballot.method, ballot.optionIds, vote);
    if (problem) throw new DomainError("errors.checkFields", { vote: problem });
    if (ballot.sponsors) {
      const sponsors = new Map(Object.entries(ballot.sponsors));
      if (conflictOfInterest(ballot.method, ballot.optionIds.length, vote, sponsors, delegationId).length > 0)
        throw new DomainError("errors.checkFields", { vote: "errors.conflictOfInterest" });
    }
    // The vote and the "has voted" row in one statement; `first` is 1 for a first vote.
    const content = JSON.stringify(vote);
    const secretKey = ballot.secret ? voterKey(ballotId, actor.member.id) : null;
    const memberId = ballot.secret ? null : actor.member.id;
    // A secret vote is found again by its voter key, an open one by the member.
    const voter = ballot.secret ? Prisma.sql`"voterKey"` : Prisma.sql`"membershipId"`;
    const [{ first }] = await tx.$queryRaw<[{ first: number }]>`
      WITH vote AS (
        INSERT INTO "Vote" ("id", "ballotId", "delegationId", "membershipId", "voterKey", "content")
        VALUES (gen_random_uuid()::text, ${ballotId}, ${delegationId}, ${memberId}, ${secretKey}, ${content}::jsonb)
        ON CONFLICT ("ballotId", ${voter})
        DO UPDATE SET "content" = EXCLUDED."content", "delegationId" = EXCLUDED."delegationId"
        RETURNING 1
      ), participation AS (
        INSERT INTO "BallotParticipation" ("ballotId", "membershipId", "delegationId")
        VALUES (${ballotId}, ${actor.member.id}, ${delegationId})
        ON CONFLICT DO NOTHING RETURNING 1
      )
      SELECT (SELECT count(*) FROM participation)::int AS "first", (SELECT count(*) FROM vote)::int AS "voted"`;
    await ballotEvent(tx, actor.workshopId, ballot.secret ? null : actor.userId, "ballot.voted", { ballotId });
    return { changed: first === 0 };
  }, CAST_TRANSACTION);
}
