// Building a board step by step, as the app does and as the fixtures and bench do with the same
// code: the trustees' public shares, then each cast ballot, then the sums to decrypt, then each
// trustee's decryption and the result. Each step trusts its input only as far as the board's
// verifier (./board.ts) will check it again.
import { trackerOf } from "./ballot";
import { discreteLog, combineShares } from "./elgamal";
import { encodingFor } from "./encoding";
import { pointFromHex, pointToHex } from "./group";
import { BOARD_FORMAT, type Board } from "./board";
import { countFromSums, groupsByDelegation, maxValue, tallyGroups } from "./tally";
import { combinePublicShares, type WireShare } from "./trustee";
import { fromCiphertext, toCiphertext, type WireEncryptedBallot, type WireSchnorrProof } from "./wire";

export type BoardTrustee = { id: string; name: string; publicShare: string; proof: WireSchnorrProof };

export function openBoard(ballot: Board["ballot"], trustees: readonly BoardTrustee[]): Board {
  const publicKey = combinePublicShares(trustees.map((trustee) => pointFromHex(trustee.publicShare)));
  return {
    format: BOARD_FORMAT,
    ballot,
    trustees: [...trustees],
    publicKey: pointToHex(publicKey),
    ballots: [],
    tally: null,
  };
}

/** Appends a ballot; `replaces` is the tracker of the voter's previous ballot, if any. */
export function castOnBoard(
  board: Board,
  ballot: WireEncryptedBallot,
  delegation: string | undefined,
  replaces?: string,
): { board: Board; tracker: string } {
  const tracker = trackerOf(ballot);
  const ballots = board.ballots.map((entry) =>
    entry.tracker === replaces ? { ...entry, replacedBy: tracker } : entry,
  );
  const perDelegation = groupsByDelegation(board.ballot.weighting, board.ballot.regionWide);
  ballots.push({ tracker, ...(perDelegation && delegation !== undefined && { delegation }), ballot });
  return { board: { ...board, ballots }, tracker };
}

/** The groups and the sums the trustees must decrypt, from the ballots that count. */
export function sumsToDecrypt(board: Board) {
  const encoding = encodingFor(board.ballot.method, board.ballot.options.length);
  const counted = board.ballots
    .filter((entry) => entry.replacedBy === undefined)
    .map((entry) => ({
      delegation: entry.delegation ?? null,
      ciphertexts: entry.ballot.ciphertexts.map(toCiphertext),
    }));
  return {
    encoding,
    groups: tallyGroups(encoding, groupsByDelegation(board.ballot.weighting, board.ballot.regionWide), counted),
  };
}

/**
 * Completes the board with every trustee's shares (per group, per sum, in the order of
 * `sumsToDecrypt`): finds each value by bounded search and counts.
 */
export function finishTally(board: Board, decryptions: ReadonlyMap<string, WireShare[][]>): Board {
  const { encoding, groups } = sumsToDecrypt(board);
  const options = board.ballot.options.map((option) => option.id);
  const published = groups.map((group, g) => {
    const values = group.sums.map((sum, k) => {
      const shares = board.trustees.map((trustee) => pointFromHex(decryptions.get(trustee.id)?.[g]?.[k]?.share ?? ""));
      const value = discreteLog(combineShares(sum, shares), maxValue(encoding, k, group.voters));
      if (value === null) throw new RangeError(`group ${g}, sum ${k}: the shares do not decrypt to a possible total`);
      return value;
    });
    return {
      delegation: group.delegation,
      voters: group.voters,
      sums: group.sums.map(fromCiphertext),
      values,
      decryptions: board.trustees.map((trustee) => ({
        trustee: trustee.id,
        shares: decryptions.get(trustee.id)?.[g] ?? [],
      })),
    };
  });
  const count = countFromSums(encoding, options, board.ballot.weighting, published, board.ballot.regionWide);
  return { ...board, tally: { groups: published, result: { ...count } } };
}
