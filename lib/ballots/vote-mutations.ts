import "server-only";
import { Prisma, prisma } from "@/lib/db/client";
import { eventTables, notifyAppended } from "@/lib/live/event-mutations";
import { DomainError } from "@/lib/server/result";
import { settleDueBallots } from "./ballot-mutations";
import { conflictOfInterest } from "./conflict";
import { allow } from "@/lib/server/actor";
import type { Actor } from "./mutation-support";
import { canVote } from "./policy";
import { checkVote, type BallotMethod, type VoteContent } from "./schema";
import { voterKey } from "./voter-key";

type OpenBallot = {
  id: string;
  status: string;
  method: BallotMethod;
  secret: boolean;
  /** Encrypted ballots take only encrypted votes (lib/verifiable/mutations.ts). */
  encrypted: boolean;
  /** Its opening or closing time has passed, but nobody has applied it yet. */
  due: boolean;
  optionIds: string[];
  /** Each option's sponsoring delegations, read only when the ballot excludes conflicts of interest. */
  sponsors: Record<string, string[]> | null;
};

/** The ballot's state is behind its clock: apply the due transition, then try again. */
class TransitionDue extends Error {}

/** The ballot as a vote needs it (one round trip, no lock: the cast's statement re-checks that it
 * is open, under a lock). Its method and options cannot change once it has opened. */
async function readBallot(actor: Actor, ballotId: string): Promise<OpenBallot> {
  const rows = await prisma.$queryRaw<OpenBallot[]>`
    SELECT b."id", b."status"::text AS "status", b."method"::text AS "method", b."secret", b."encrypted",
      (b."status" = 'DRAFT' AND b."opensAt" <= now()) OR (b."status" = 'OPEN' AND b."closesAt" <= now()) AS "due",
      ARRAY(SELECT o."proposalId" FROM "BallotOption" o WHERE o."ballotId" = b."id" ORDER BY o."position")
        AS "optionIds",
      CASE WHEN b."conflictOfInterest" THEN (
        SELECT json_object_agg(o."proposalId",
          ARRAY(SELECT s."delegationId" FROM "BrandSponsor" s WHERE s."proposalId" = o."proposalId"))
        FROM "BallotOption" o WHERE o."ballotId" = b."id"
      ) END AS "sponsors"
    FROM "Ballot" b WHERE b."id" = ${ballotId} AND b."workshopId" = ${actor.workshopId}`;
  const ballot = rows[0];
  if (!ballot) throw new DomainError("errors.notFound");
  if (ballot.due) throw new TransitionDue();
  if (ballot.status !== "OPEN") throw new DomainError("errors.ballotNotOpen");
  if (ballot.encrypted) throw new DomainError("errors.checkFields", { vote: "errors.encryptedBallotInvalid" });
  return ballot;
}

/**
 * Records the member's vote, replacing the one they cast before (the last one counts). The
 * "has voted" row and the vote are written apart: an open ballot's vote names the member, a
 * secret one carries only the voter key. The event of a secret vote names nobody.
 *
 * A room votes at once, so the cast is two round trips and no interactive transaction: the
 * ballot is read, the vote checked against it, then ONE statement writes the vote, the "has
 * voted" row and the event, only if the ballot is still open (held FOR SHARE: closing, which
 * takes it FOR UPDATE, waits for the casts under way, and a cast after it finds it closed).
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
  const ballot = await readBallot(actor, ballotId);
  const problem = checkVote(ballot.method, ballot.optionIds, vote);
  if (problem) throw new DomainError("errors.checkFields", { vote: problem });
  if (ballot.sponsors) {
    const sponsors = new Map(Object.entries(ballot.sponsors));
    if (conflictOfInterest(ballot.method, ballot.optionIds.length, vote, sponsors, delegationId).length > 0)
      throw new DomainError("errors.checkFields", { vote: "errors.conflictOfInterest" });
  }
  const content = JSON.stringify(vote);
  const secretKey = ballot.secret ? voterKey(ballotId, actor.member.id) : null;
  const memberId = ballot.secret ? null : actor.member.id;
  // A secret vote is found again by its voter key, an open one by the member.
  const voter = ballot.secret ? Prisma.sql`"voterKey"` : Prisma.sql`"membershipId"`;
  const event = {
    workshopId: actor.workshopId,
    actorId: ballot.secret ? null : actor.userId,
    type: "ballot.voted" as const,
    payload: { ballotId },
  };
  const [{ open, first }] = await prisma.$queryRaw<[{ open: number; first: number; seq: number | null }]>`
    WITH open AS (
      SELECT b."id" FROM "Ballot" b
      WHERE b."id" = ${ballotId} AND b."status" = 'OPEN' AND (b."closesAt" IS NULL OR b."closesAt" > now())
      FOR SHARE
    ), vote AS (
      INSERT INTO "Vote" ("id", "ballotId", "delegationId", "membershipId", "voterKey", "content")
      SELECT gen_random_uuid()::text, "id", ${delegationId}, ${memberId}, ${secretKey}, ${content}::jsonb FROM open
      ON CONFLICT ("ballotId", ${voter})
      DO UPDATE SET "content" = EXCLUDED."content", "delegationId" = EXCLUDED."delegationId"
      RETURNING 1
    ), participation AS (
      INSERT INTO "BallotParticipation" ("ballotId", "membershipId", "delegationId")
      SELECT "id", ${actor.member.id}, ${delegationId} FROM open
      ON CONFLICT DO NOTHING RETURNING 1
    ), ${eventTables(event, Prisma.sql`EXISTS (SELECT 1 FROM open)`)}
    SELECT (SELECT count(*) FROM open)::int AS "open", (SELECT count(*) FROM participation)::int AS "first",
      ${notifyAppended(actor.workshopId)} AS "seq"`;
  // Closed (or past its closing time) since it was read.
  if (open === 0) throw new DomainError("errors.ballotNotOpen");
  return { changed: first === 0 };
}
