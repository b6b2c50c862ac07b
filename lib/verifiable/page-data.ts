import "server-only";
import { prisma } from "@/lib/db/client";
import { isKeyHolder, type BallotMember } from "@/lib/ballots/policy";
import { sumsToDecrypt } from "./build-board";
import { readBoard } from "./data";
import { fromCiphertext, type WireCiphertext } from "./wire";

/** What the ballot page shows of an encrypted ballot's key holders, and what this member may do. */
export type KeyHoldersView = {
  publicKey: string | null;
  trustees: Array<{ delegationId: string; published: boolean; decrypted: boolean }>;
  /** This member's delegation, when they hold its key (its lead). */
  own: { delegationId: string; publicShare: string | null; decrypted: boolean } | null;
  /** The sums this member's browser must decrypt: after closing, until their delegation has. */
  sums: WireCiphertext[][] | null;
};

export async function keyHoldersView(
  workshopId: string,
  ballot: { id: string; status: string; publicKey: string | null },
  member: BallotMember,
): Promise<KeyHoldersView> {
  const rows = await prisma.$queryRaw<Array<{ delegationId: string; publicShare: string; decrypted: boolean }>>`
    SELECT "delegationId", "publicShare", "decryption" IS NOT NULL AS "decrypted"
    FROM "BallotTrustee" WHERE "ballotId" = ${ballot.id}`;
  const delegations = await prisma.delegation.findMany({ where: { workshopId }, select: { id: true } });
  const byDelegation = new Map(rows.map((row) => [row.delegationId, row]));
  const mine = isKeyHolder(member) ? member.delegationId! : null;
  const ownRow = mine ? byDelegation.get(mine) : undefined;
  const own = mine
    ? { delegationId: mine, publicShare: ownRow?.publicShare ?? null, decrypted: ownRow?.decrypted ?? false }
    : null;
  let sums: WireCiphertext[][] | null = null;
  if (ballot.status === "CLOSED" && own?.publicShare && !own.decrypted) {
    const board = await readBoard(workshopId, ballot.id, "en");
    if (board) sums = sumsToDecrypt(board).groups.map((group) => group.sums.map(fromCiphertext));
  }
  return {
    publicKey: ballot.publicKey,
    trustees: delegations.map((d) => ({
      delegationId: d.id,
      published: byDelegation.has(d.id),
      decrypted: byDelegation.get(d.id)?.decrypted ?? false,
    })),
    own,
    sums,
  };
}
