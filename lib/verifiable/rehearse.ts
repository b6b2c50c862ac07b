// A whole verifiable ballot run with the real pieces, in one process: trustees generate shares,
// voters encrypt, the board sums, trustees decrypt. The fixtures (scripts/ballot-boards.ts), the
// bench and the tests use it; the app runs the same steps across browsers and the server.
import type { Ballot, Weighting } from "@/lib/ballots/tally";
import { ballotContext, encryptBallot } from "./ballot";
import { type Board } from "./board";
import { castOnBoard, finishTally, openBoard, sumsToDecrypt } from "./build-board";
import { encodingFor, type VerifiableMethod } from "./encoding";
import { pointFromHex, pointToHex, type Scalar } from "./group";
import type { RegionWideRule } from "./tally";
import { decryptionContext, decryptShares, generateKeyShare } from "./trustee";

export type Rehearsal = {
  id: string;
  title: string;
  method: VerifiableMethod;
  weighting?: Weighting;
  regionWide?: RegionWideRule;
  options: ReadonlyArray<{ id: string; label: string }>;
  trustees: ReadonlyArray<{ id: string; name: string }>;
  /** In casting order; a ballot with `voter` replaces that voter's earlier ballot. */
  ballots: ReadonlyArray<Ballot & { voter?: string }>;
  /** Stop before the tally (an open ballot's board). */
  open?: boolean;
};

export function rehearse(plan: Rehearsal): { board: Board; secrets: Map<string, Scalar> } {
  const weighting = plan.weighting ?? "per-voter";
  const secrets = new Map<string, Scalar>();
  const trustees = plan.trustees.map((trustee) => {
    const share = generateKeyShare(plan.id, trustee.id);
    secrets.set(trustee.id, share.secret);
    return { ...trustee, publicShare: pointToHex(share.publicShare), proof: share.proof };
  });
  let board = openBoard(
    {
      id: plan.id,
      title: plan.title,
      method: plan.method,
      weighting,
      ...(plan.regionWide && { regionWide: plan.regionWide }),
      options: [...plan.options],
    },
    trustees,
  );
  const publicKey = pointFromHex(board.publicKey);
  const encoding = encodingFor(plan.method, plan.options.length);
  const optionIds = plan.options.map((option) => option.id);
  const lastOf = new Map<string, string>();
  for (const ballot of plan.ballots) {
    const encrypted = encryptBallot(encoding, optionIds, ballotContext(plan.id, publicKey), publicKey, ballot);
    const cast = castOnBoard(board, encrypted, ballot.delegation, ballot.voter && lastOf.get(ballot.voter));
    board = cast.board;
    if (ballot.voter) lastOf.set(ballot.voter, cast.tracker);
  }
  if (plan.open) return { board, secrets };
  const { groups } = sumsToDecrypt(board);
  const decryptions = new Map(
    trustees.map((trustee) => {
      const context = decryptionContext(plan.id, publicKey, trustee.id);
      const secret = secrets.get(trustee.id)!;
      return [trustee.id, groups.map((group) => decryptShares(context, secret, group.sums))] as const;
    }),
  );
  return { board: finishTally(board, decryptions), secrets };
}
