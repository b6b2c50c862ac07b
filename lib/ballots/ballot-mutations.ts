import "server-only";
import { notify, voters } from "@/lib/notifications/mutations";
import { prisma, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import { eligibleVoters } from "./live-data";
import { allow } from "@/lib/server/actor";
import { ballotEvent, type Actor } from "./mutation-support";
import { canManageBallots } from "./policy";
import type { BallotInput } from "./schema";
import { pointFromHex, pointToHex } from "@/lib/verifiable/group";
import { combinePublicShares } from "@/lib/verifiable/trustee";

// The facilitator's side of a ballot: settings while it is a draft, then opening and closing (by
// hand, or at the times set, which `settleDueBallots` applies). Closing is what makes a secret
// ballot's votes anonymous for good (see `closeInTx`).

type LockedBallot = {
  id: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  version: number;
  closesAt: Date | null;
  encrypted: boolean;
};

async function lockBallot(tx: Tx, workshopId: string, ballotId: string): Promise<LockedBallot> {
  const rows = await tx.$queryRaw<LockedBallot[]>`
    SELECT "id", "status"::text AS "status", "version", "closesAt", "encrypted" FROM "Ballot"
    WHERE "id" = ${ballotId} AND "workshopId" = ${workshopId} FOR UPDATE`;
  const ballot = rows[0];
  if (!ballot) throw new DomainError("errors.notFound");
  return ballot;
}

/** The options must be proposals of this workshop. */
async function checkOptions(tx: Tx, workshopId: string, optionIds: string[]): Promise<void> {
  const found = await tx.brandProposal.count({ where: { id: { in: optionIds }, workshopId } });
  if (found !== optionIds.length) throw new DomainError("errors.checkFields", { optionIds: "errors.ballotOptions" });
}

const columns = ({ optionIds: _optionIds, ...settings }: BallotInput) => settings;
const optionRows = (optionIds: string[]) => optionIds.map((proposalId, position) => ({ proposalId, position }));

function checkTimes(input: BallotInput, now: Date): void {
  if (input.closesAt && input.closesAt <= now)
    throw new DomainError("errors.checkFields", { closesAt: "errors.closesInPast" });
}

export async function createBallot(actor: Actor, input: BallotInput): Promise<{ id: string }> {
  allow(canManageBallots(actor.member));
  checkTimes(input, new Date());
  return prisma.$transaction(async (tx) => {
    await checkOptions(tx, actor.workshopId, input.optionIds);
    const ballot = await tx.ballot.create({
      data: {
        ...columns(input),
        workshopId: actor.workshopId,
        createdById: actor.userId,
        options: { create: optionRows(input.optionIds) },
      },
      select: { id: true },
    });
    await ballotEvent(tx, actor.workshopId, actor.userId, "ballot.created", { ballotId: ballot.id });
    return ballot;
  });
}

/** Settings and options change only while the ballot is a draft: nobody has voted yet. */
export async function updateBallot(actor: Actor, ballotId: string, version: number, input: BallotInput) {
  allow(canManageBallots(actor.member));
  checkTimes(input, new Date());
  return prisma.$transaction(async (tx) => {
    const ballot = await lockBallot(tx, actor.workshopId, ballotId);
    if (ballot.status !== "DRAFT") throw new DomainError("errors.ballotNotDraft");
    if (ballot.version !== version) throw new DomainError("errors.editConflict");
    await checkOptions(tx, actor.workshopId, input.optionIds);
    await tx.ballotOption.deleteMany({ where: { ballotId } });
    const saved = await tx.ballot.update({
      where: { id: ballotId },
      data: { ...columns(input), version: { increment: 1 }, options: { create: optionRows(input.optionIds) } },
      select: { version: true },
    });
    await ballotEvent(tx, actor.workshopId, actor.userId, "ballot.updated", { ballotId });
    return saved;
  });
}

export async function deleteBallot(actor: Actor, ballotId: string, version: number): Promise<void> {
  allow(canManageBallots(actor.member));
  await prisma.$transaction(async (tx) => {
    const ballot = await lockBallot(tx, actor.workshopId, ballotId);
    if (ballot.status !== "DRAFT") throw new DomainError("errors.ballotNotDraft");
    if (ballot.version !== version) throw new DomainError("errors.editConflict");
    await tx.ballot.delete({ where: { id: ballotId } });
    await ballotEvent(tx, actor.workshopId, actor.userId, "ballot.deleted", { ballotId });
  });
}

/**
 * Opens a draft. Its proposals are locked for update first, so a sponsor change in flight either
 * commits before the ballot opens or sees it open and is refused.
 */
async function openInTx(tx: Tx, workshopId: string, ballot: LockedBallot, actorId: string | null): Promise<void> {
  if (ballot.status !== "DRAFT") throw new DomainError("errors.ballotNotDraft");
  if (ballot.closesAt && ballot.closesAt <= new Date()) throw new DomainError("errors.closesInPast");
  await tx.$executeRaw`
    SELECT 1 FROM "BrandProposal" WHERE "id" IN (SELECT "proposalId" FROM "BallotOption" WHERE "ballotId" = ${ballot.id})
    FOR UPDATE`;
  const publicKey = ballot.encrypted ? await ballotPublicKey(tx, workshopId, ballot.id) : null;
  await tx.ballot.update({
    where: { id: ballot.id },
    data: { status: "OPEN", openedAt: new Date(), publicKey, version: { increment: 1 } },
  });
  await ballotEvent(tx, workshopId, actorId, "ballot.opened", { ballotId: ballot.id });
  const { title } = await tx.ballot.findUniqueOrThrow({ where: { id: ballot.id }, select: { title: true } });
  await notify(tx, {
    workshopId,
    kind: "BALLOT_OPENED",
    userIds: await voters(tx, workshopId),
    params: { ballot: title },
    page: `ballots/${ballot.id}`,
    dedupeKey: `ballot-opened:${ballot.id}`,
  });
}

/**
 * An encrypted ballot opens only when every delegation of the workshop holds a key share: its
 * public key is their sum (each share's proof was checked when it was published).
 */
async function ballotPublicKey(tx: Tx, workshopId: string, ballotId: string): Promise<string> {
  const [delegations, trustees] = await Promise.all([
    tx.delegation.findMany({ where: { workshopId }, select: { id: true } }),
    tx.ballotTrustee.findMany({ where: { ballotId }, select: { delegationId: true, publicShare: true } }),
  ]);
  const held = new Set(trustees.map((t) => t.delegationId));
  if (delegations.length === 0 || delegations.some((d) => !held.has(d.id))) {
    throw new DomainError("errors.trusteesMissing");
  }
  return pointToHex(combinePublicShares(trustees.map((t) => pointFromHex(t.publicShare))));
}

/**
 * Closes an open ballot: fixes the eligible voters per delegation, and rewrites every vote as a new
 * row with a new random id, in random order and without the voter key. After this nothing in the
 * database, not even row order or transaction ids, links a secret vote to its voter, and nobody
 * can change a vote any more.
 */
async function closeInTx(tx: Tx, workshopId: string, ballot: LockedBallot, actorId: string | null): Promise<void> {
  if (ballot.status !== "OPEN") throw new DomainError("errors.ballotNotOpen");
  // Casting holds the ballot row FOR SHARE; this waits for votes in flight.
  const eligible = await eligibleVoters(tx, workshopId);
  await tx.$executeRaw`
    WITH old AS (DELETE FROM "Vote" WHERE "ballotId" = ${ballot.id} RETURNING *)
    INSERT INTO "Vote" ("id", "ballotId", "delegationId", "membershipId", "voterKey", "content")
    SELECT gen_random_uuid()::text, "ballotId", "delegationId", "membershipId", NULL, "content" FROM old ORDER BY random()`;
  // An encrypted ballot holds only ciphertexts; its voter keys go, so nobody can replace a ballot.
  await tx.encryptedVote.updateMany({ where: { ballotId: ballot.id }, data: { voterKey: null } });
  await tx.ballot.update({
    where: { id: ballot.id },
    data: { status: "CLOSED", closedAt: new Date(), eligibleAtClose: eligible, version: { increment: 1 } },
  });
  await ballotEvent(tx, workshopId, actorId, "ballot.closed", { ballotId: ballot.id });
}

export async function openBallot(actor: Actor, ballotId: string): Promise<void> {
  allow(canManageBallots(actor.member));
  await prisma.$transaction(async (tx) =>
    openInTx(tx, actor.workshopId, await lockBallot(tx, actor.workshopId, ballotId), actor.userId),
  );
}

export async function closeBallot(actor: Actor, ballotId: string): Promise<void> {
  allow(canManageBallots(actor.member));
  await prisma.$transaction(async (tx) =>
    closeInTx(tx, actor.workshopId, await lockBallot(tx, actor.workshopId, ballotId), actor.userId),
  );
}

/** While a ballot is open the facilitator may set, move or clear its closing time. */
export async function setClosingTime(actor: Actor, ballotId: string, closesAt: Date | null): Promise<void> {
  allow(canManageBallots(actor.member));
  if (closesAt && closesAt <= new Date())
    throw new DomainError("errors.checkFields", { closesAt: "errors.closesInPast" });
  await prisma.$transaction(async (tx) => {
    const ballot = await lockBallot(tx, actor.workshopId, ballotId);
    if (ballot.status !== "OPEN") throw new DomainError("errors.ballotNotOpen");
    await tx.ballot.update({ where: { id: ballotId }, data: { closesAt, version: { increment: 1 } } });
    await ballotEvent(tx, actor.workshopId, actor.userId, "ballot.updated", { ballotId });
  });
}

/**
 * Applies the opening and closing times that have passed, for a workshop. Called before a ballot
 * is read or voted on, so a timed transition takes effect at the first request after its time
 * (browsers reload when a countdown reaches it). Idempotent and safe to run from many requests
 * and instances at once: each ballot is re-checked under its row lock.
 */
export async function settleDueBallots(workshopId: string): Promise<void> {
  const due = await prisma.ballot.findMany({
    where: {
      workshopId,
      OR: [
        { status: "DRAFT", opensAt: { lte: new Date() } },
        { status: "OPEN", closesAt: { lte: new Date() } },
      ],
    },
    select: { id: true },
  });
  for (const { id } of due) {
    await settleOne(workshopId, id).catch((error: unknown) => {
      // An encrypted ballot whose delegations have not all published their key shares stays a
      // draft past its opening time (its page says what is missing); the others still settle.
      if (!(error instanceof DomainError && error.code === "errors.trusteesMissing")) throw error;
    });
  }
}

async function settleOne(workshopId: string, id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    let ballot = await lockBallot(tx, workshopId, id);
    const rows = await tx.ballot.findUniqueOrThrow({ where: { id }, select: { opensAt: true } });
    const now = new Date();
    if (ballot.status === "DRAFT" && rows.opensAt && rows.opensAt <= now) {
      if (ballot.closesAt && ballot.closesAt <= now) {
        // Both times passed before anyone looked: it opened and closed without votes.
        await openInTx(tx, workshopId, { ...ballot, closesAt: null }, null);
      } else await openInTx(tx, workshopId, ballot, null);
      ballot = { ...ballot, status: "OPEN" };
    }
    if (ballot.status === "OPEN" && ballot.closesAt && ballot.closesAt <= now) {
      await closeInTx(tx, workshopId, ballot, null);
    }
  });
}
