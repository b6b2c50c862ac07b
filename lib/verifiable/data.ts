import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { optionLabels } from "@/lib/ballots/labels";
import { eligibleVoters } from "@/lib/ballots/live-data";
import { BOARD_FORMAT, boardSchema, type Board } from "./board";
import { groupsByDelegation } from "./tally";

// Reads of an encrypted ballot: its public board, assembled from the rows that hold it. Nothing
// here is secret: the board is what everyone may download and verify.

type Db = Tx | typeof prisma;

/**
 * The board of an encrypted ballot that has opened, or null (not found, not encrypted, still a
 * draft). Trustees are the delegations (id and name as entered); ballots in casting order.
 */
export async function readBoard(
  workshopId: string,
  ballotId: string,
  locale: Locale,
  db: Db = prisma,
): Promise<Board | null> {
  const ballot = await db.ballot.findFirst({
    where: { id: ballotId, workshopId, encrypted: true, status: { not: "DRAFT" }, publicKey: { not: null } },
    select: {
      id: true,
      title: true,
      method: true,
      weighting: true,
      regionWideThreshold: true,
      eligibleAtClose: true,
      publicKey: true,
      encryptedTally: true,
      options: {
        orderBy: { position: "asc" },
        select: { proposal: { select: { id: true, nameEn: true, nameZh: true } } },
      },
      trustees: { select: { delegationId: true, publicShare: true, proof: true } },
      encryptedVotes: {
        orderBy: { position: "asc" },
        select: { tracker: true, delegationId: true, replacedBy: true, content: true },
      },
    },
  });
  if (!ballot) return null;
  const delegations = await db.delegation.findMany({ where: { workshopId }, select: { id: true, name: true } });
  const names = new Map(delegations.map((d) => [d.id, d.name]));
  const proposals = ballot.options.map((o) => o.proposal);
  const labels = optionLabels(proposals, locale);
  const perVoter = ballot.weighting === "PER_VOTER";
  // The delegations that must back an option: those with voters (fixed when the ballot closed).
  const eligible = (ballot.eligibleAtClose as Record<string, number> | null) ?? (await eligibleVoters(db, workshopId));
  const regionWide =
    ballot.regionWideThreshold === null
      ? undefined
      : {
          threshold: Number(ballot.regionWideThreshold),
          delegations: delegations
            .map((d) => d.id)
            .filter((id) => (eligible[id] ?? 0) > 0)
            .sort(),
        };
  const weighting = perVoter ? "per-voter" : "per-delegation";
  // Trustees in the order of their ids: the same order for every reader and every read.
  const trustees = [...ballot.trustees].sort((a, b) => a.delegationId.localeCompare(b.delegationId));
  // Parsed, so that what leaves the server has exactly the published shape.
  return boardSchema.parse({
    format: BOARD_FORMAT,
    ballot: {
      id: ballot.id,
      title: ballot.title,
      method: ballot.method.toLowerCase(),
      weighting,
      ...(regionWide && { regionWide }),
      options: proposals.map((p) => ({ id: p.id, label: labels[p.id] ?? p.id })),
    },
    trustees: trustees.map((t) => ({
      id: t.delegationId,
      name: names.get(t.delegationId) ?? t.delegationId,
      publicShare: t.publicShare,
      proof: t.proof,
    })),
    publicKey: ballot.publicKey,
    ballots: ballot.encryptedVotes.map((v) => ({
      tracker: v.tracker,
      ...(groupsByDelegation(weighting, regionWide) && { delegation: v.delegationId }),
      ...(v.replacedBy !== null && { replacedBy: v.replacedBy }),
      ballot: v.content,
    })),
    tally: ballot.encryptedTally ?? null,
  });
}
