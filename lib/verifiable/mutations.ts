import "server-only";
import { Prisma, prisma, type Tx } from "@/lib/db/client";
import { settleDueBallots } from "@/lib/ballots/ballot-mutations";
import { ballotEvent, type Actor } from "@/lib/ballots/mutation-support";
import { canVote, isKeyHolder } from "@/lib/ballots/policy";
import { voterKey } from "@/lib/ballots/voter-key";
import { allow } from "@/lib/server/actor";
import { DomainError } from "@/lib/server/result";
import { ballotContext, trackerOf, verifyBallot } from "./ballot";
import { finishTally, sumsToDecrypt } from "./build-board";
import { readBoard } from "./data";
import { encodingFor, isVerifiableMethod } from "./encoding";
import { EncodingError, pointFromHex } from "./group";
import { verifyDecryption, verifyKey } from "./proofs";
import type { DecryptionInput, EncryptedVoteInput, TrusteeKeyInput } from "./schema";
import { decryptionContext, trusteeContext, type WireShare } from "./trustee";
import { toSchnorrProof } from "./wire";

// The server's part in an encrypted ballot (docs/ballots.md, "Verifiable ballots"): it checks every
// proof before it stores anything, and it never holds a secret. A delegation's lead publishes the
// delegation's key share while the ballot is a draft; voters cast ciphertexts while it is open;
// after closing each lead publishes the delegation's decryption shares, and the last one lets the
// server find the totals and the result.

async function lockEncrypted(workshopId: string, ballotId: string, tx: Tx) {
  const rows = await tx.$queryRaw<
    Array<{ status: string; encrypted: boolean; method: string; publicKey: string | null }>
  >`
    SELECT "status"::text AS "status", "encrypted", "method"::text AS "method", "publicKey" FROM "Ballot"
    WHERE "id" = ${ballotId} AND "workshopId" = ${workshopId} FOR UPDATE`;
  const ballot = rows[0];
  if (!ballot) throw new DomainError("errors.notFound");
  if (!ballot.encrypted) throw new DomainError("errors.notEncrypted");
  return ballot;
}

/** Whether the share decodes and its proof holds; a value that is not a point or scalar does not. */
function keyProofHolds(context: string, input: TrusteeKeyInput): boolean {
  try {
    return verifyKey(context, pointFromHex(input.publicShare), toSchnorrProof(input.proof));
  } catch (error) {
    if (error instanceof EncodingError) return false;
    throw error;
  }
}

/** A lead publishes (or, while the ballot is a draft, replaces) their delegation's key share. */
export async function publishTrusteeKey(actor: Actor, input: TrusteeKeyInput): Promise<void> {
  allow(isKeyHolder(actor.member));
  const delegationId = actor.member.delegationId!;
  if (!keyProofHolds(trusteeContext(input.ballotId, delegationId), input))
    throw new DomainError("errors.checkFields", { publicShare: "errors.trusteeKeyInvalid" });
  await prisma.$transaction(async (tx) => {
    const ballot = await lockEncrypted(actor.workshopId, input.ballotId, tx);
    if (ballot.status !== "DRAFT") throw new DomainError("errors.keyLocked");
    const row = { publicShare: input.publicShare, proof: input.proof };
    await tx.ballotTrustee.upsert({
      where: { ballotId_delegationId: { ballotId: input.ballotId, delegationId } },
      create: { ballotId: input.ballotId, delegationId, ...row },
      update: row,
    });
    await ballotEvent(tx, actor.workshopId, actor.userId, "ballot.keyPublished", {
      ballotId: input.ballotId,
      delegationId,
    });
  });
}

/**
 * Records an encrypted ballot after verifying its proofs; the voter's previous ballot, if any, is
 * marked as replaced by it. Returns the tracker. The event names nobody.
 */
export async function castEncryptedVote(
  actor: Actor,
  input: EncryptedVoteInput,
): Promise<{ tracker: string; changed: boolean }> {
  allow(canVote(actor.member));
  await settleDueBallots(actor.workshopId);
  const { ballotId } = input;
  const ballot = await prisma.ballot.findFirst({
    where: { id: ballotId, workshopId: actor.workshopId },
    select: { status: true, encrypted: true, method: true, publicKey: true, _count: { select: { options: true } } },
  });
  if (!ballot) throw new DomainError("errors.notFound");
  if (!ballot.encrypted) throw new DomainError("errors.notEncrypted");
  if (ballot.status !== "OPEN" || !ballot.publicKey) throw new DomainError("errors.ballotNotOpen");
  const method = ballot.method.toLowerCase();
  if (!isVerifiableMethod(method)) throw new DomainError("errors.notEncrypted");
  // The costly part (a second or less), before any lock: only a well-formed ballot gets further.
  const publicKey = pointFromHex(ballot.publicKey);
  const verified = verifyBallot(
    encodingFor(method, ballot._count.options),
    ballotContext(ballotId, publicKey),
    publicKey,
    input.ballot,
  );
  if (!verified.ok) throw new DomainError("errors.checkFields", { vote: "errors.encryptedBallotInvalid" });
  const tracker = trackerOf(input.ballot);
  const key = voterKey(ballotId, actor.member.id);
  const delegationId = actor.member.delegationId!;
  return prisma.$transaction(async (tx) => {
    // Held FOR SHARE like a plain vote: closing (FOR UPDATE) waits for casts under way.
    const open = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM "Ballot" WHERE "id" = ${ballotId} AND "status" = 'OPEN'
        AND ("closesAt" IS NULL OR "closesAt" > now()) FOR SHARE`;
    if (open.length === 0) throw new DomainError("errors.ballotNotOpen");
    // One voter's casts, one at a time: each finds the one before it.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    if (await tx.encryptedVote.count({ where: { ballotId, tracker } })) {
      throw new DomainError("errors.checkFields", { vote: "errors.encryptedBallotInvalid" });
    }
    const replaced = await tx.encryptedVote.updateMany({
      where: { ballotId, voterKey: key },
      data: { voterKey: null, replacedBy: tracker },
    });
    await tx.encryptedVote.create({ data: { ballotId, tracker, delegationId, voterKey: key, content: input.ballot } });
    await tx.$executeRaw`
      INSERT INTO "BallotParticipation" ("ballotId", "membershipId", "delegationId")
      VALUES (${ballotId}, ${actor.member.id}, ${delegationId}) ON CONFLICT DO NOTHING`;
    await ballotEvent(tx, actor.workshopId, null, "ballot.voted", { ballotId });
    return { tracker, changed: replaced.count > 0 };
  });
}

/**
 * A lead publishes their delegation's decryption shares of the closed ballot's sums (per group,
 * per sum, in the order of `sumsToDecrypt`), each with its proof. When every trustee has, the
 * server finds the totals and stores the counted board.
 */
export async function publishDecryption(actor: Actor, input: DecryptionInput): Promise<{ tallied: boolean }> {
  allow(isKeyHolder(actor.member));
  const delegationId = actor.member.delegationId!;
  const { ballotId } = input;
  return prisma.$transaction(async (tx) => {
    const ballot = await lockEncrypted(actor.workshopId, ballotId, tx);
    if (ballot.status !== "CLOSED") throw new DomainError("errors.ballotNotOpen");
    const trustee = await tx.ballotTrustee.findUnique({
      where: { ballotId_delegationId: { ballotId, delegationId } },
      select: { publicShare: true, decryption: true },
    });
    if (!trustee) throw new DomainError("errors.forbidden");
    if (trustee.decryption !== null) throw new DomainError("errors.alreadyDecrypted");
    const board = await readBoard(actor.workshopId, ballotId, "en", tx);
    if (!board) throw new DomainError("errors.notFound");
    const { groups } = sumsToDecrypt(board);
    const publicKey = pointFromHex(board.publicKey);
    const context = decryptionContext(ballotId, publicKey, delegationId);
    const publicShare = pointFromHex(trustee.publicShare);
    const fits =
      input.shares.length === groups.length &&
      groups.every((group, g) => input.shares[g]?.length === group.sums.length);
    const valid =
      fits &&
      groups.every((group, g) =>
        group.sums.every((sum, k) => {
          const { share, proof } = input.shares[g]![k]!;
          try {
            return verifyDecryption(context, publicShare, sum, pointFromHex(share), toSchnorrProof(proof));
          } catch (error) {
            if (error instanceof EncodingError) return false;
            throw error;
          }
        }),
      );
    if (!valid) throw new DomainError("errors.checkFields", { keyFile: "errors.decryptionInvalid" });
    await tx.ballotTrustee.update({
      where: { ballotId_delegationId: { ballotId, delegationId } },
      data: { decryption: input.shares },
    });
    const trustees = await tx.ballotTrustee.findMany({
      where: { ballotId },
      select: { delegationId: true, decryption: true },
    });
    const tallied = trustees.every((t) => t.decryption !== null);
    if (tallied) {
      const decryptions = new Map(trustees.map((t) => [t.delegationId, t.decryption as WireShare[][]]));
      const counted = finishTally(board, decryptions);
      await tx.ballot.update({
        where: { id: ballotId },
        data: { encryptedTally: counted.tally as Prisma.InputJsonObject, version: { increment: 1 } },
      });
    }
    await ballotEvent(tx, actor.workshopId, actor.userId, "ballot.decrypted", { ballotId, delegationId, tallied });
    return { tallied };
  });
}
