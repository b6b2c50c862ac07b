// `npx tsx scripts/ballot-boards.ts`: writes the example boards in test/fixtures/ballots/, one per
// verifiable method, each produced by the real code (lib/verifiable/rehearse.ts: trustees' key
// shares, browser encryption and proofs, homomorphic sums, trustees' decryptions), and beside each
// a copy with one deliberate fault that `npm run recount` must reject. Fresh randomness each run:
// regenerate only when the format changes.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Ballot } from "../lib/ballots/tally";
import { trackerOf } from "../lib/verifiable/ballot";
import type { Board } from "../lib/verifiable/board";
import type { VerifiableMethod } from "../lib/verifiable/encoding";
import { rehearse } from "../lib/verifiable/rehearse";

const OPTIONS = [
  { id: "rice", label: "Northeast Rice" },
  { id: "ginseng", label: "Changbai Mountain Ginseng" },
  { id: "ice", label: "Harbin Ice and Snow" },
  { id: "seafood", label: "Dalian Seafood" },
];
const TRUSTEES = [
  { id: "liaoning", name: "Liaoning" },
  { id: "jilin", name: "Jilin" },
  { id: "heilongjiang", name: "Heilongjiang" },
];
const [LN, JL, HLJ] = ["liaoning", "jilin", "heilongjiang"] as const;

type Example = {
  name: string;
  method: VerifiableMethod;
  weighting: "per-voter" | "per-delegation";
  ballots: Array<Ballot & { voter?: string }>;
  /** The one fault of the tampered copy, and what the recount says about it. */
  tamper: (board: Board) => Board;
};

const clone = (board: Board): Board => structuredClone(board);

/** Changes a ballot and gives it the matching tracker, so that the proofs are what fails. */
function withBallot(board: Board, index: number, change: (ballot: Board["ballots"][number]["ballot"]) => void): Board {
  const copy = clone(board);
  const entry = copy.ballots[index]!;
  change(entry.ballot);
  entry.tracker = trackerOf(entry.ballot);
  return copy;
}

const EXAMPLES: Example[] = [
  {
    name: "brands-plurality",
    method: "plurality",
    weighting: "per-voter",
    ballots: [
      { delegation: LN, choice: "seafood" },
      { delegation: LN, choice: "rice" },
      { delegation: JL, choice: "ginseng", voter: "jl-1" },
      { delegation: JL, choice: "rice", voter: "jl-1" },
      { delegation: JL, choice: "rice" },
      { delegation: HLJ, choice: "ice" },
      { delegation: HLJ, choice: "rice" },
    ],
    // A ballot that votes twice: entry proofs swapped between two options no longer hold.
    tamper: (board) =>
      withBallot(board, 0, (ballot) => {
        [ballot.ciphertexts[0], ballot.ciphertexts[3]] = [ballot.ciphertexts[3]!, ballot.ciphertexts[0]!];
      }),
  },
  {
    name: "brands-approval",
    method: "approval",
    weighting: "per-delegation",
    ballots: [
      { delegation: LN, approvals: ["rice", "seafood"] },
      { delegation: LN, approvals: ["rice"] },
      { delegation: JL, approvals: ["ginseng", "rice"] },
      { delegation: HLJ, approvals: ["ice", "rice", "ginseng"] },
      { delegation: HLJ, approvals: [] },
    ],
    // A published total one higher than what the trustees' shares decrypt to.
    tamper: (board) => {
      const copy = clone(board);
      copy.tally!.groups[0]!.values[0]! += 1;
      return copy;
    },
  },
  {
    name: "brands-score",
    method: "score",
    weighting: "per-voter",
    ballots: [
      { delegation: LN, scores: { rice: 5, seafood: 4, ice: 1 } },
      { delegation: JL, scores: { rice: 3, ginseng: 5 } },
      { delegation: JL, scores: { rice: 4, ginseng: 4, ice: 2 } },
      { delegation: HLJ, scores: { ice: 5, rice: 4 } },
    ],
    // One trustee's share of a sum replaced by another's: its decryption proof fails.
    tamper: (board) => {
      const copy = clone(board);
      const shares = copy.tally!.groups[0]!.decryptions[1]!.shares;
      shares[0] = { ...shares[0]!, share: shares[1]!.share };
      return copy;
    },
  },
  {
    name: "brands-borda",
    method: "borda",
    weighting: "per-voter",
    ballots: [
      { delegation: LN, ranking: ["seafood", "rice", "ice"] },
      { delegation: JL, ranking: ["ginseng", "rice"] },
      { delegation: JL, ranking: ["rice", "ginseng", "ice", "seafood"] },
      { delegation: HLJ, ranking: ["ice", "rice"] },
      { delegation: HLJ, ranking: ["rice"] },
    ],
    // A counted ballot removed from the board: the published sums are no longer its product.
    tamper: (board) => {
      const copy = clone(board);
      copy.ballots.splice(1, 1);
      return copy;
    },
  },
  {
    name: "brands-schulze",
    method: "schulze",
    weighting: "per-delegation",
    ballots: [
      { delegation: LN, ranking: ["seafood", "rice", "ice", "ginseng"], voter: "ln-1" },
      { delegation: LN, ranking: ["rice", "seafood"], voter: "ln-1" },
      { delegation: LN, ranking: ["seafood", "ice"] },
      { delegation: JL, ranking: ["ginseng", "rice", "ice"] },
      { delegation: JL, ranking: ["rice", "ginseng"] },
      { delegation: HLJ, ranking: ["rice", "ice", "ginseng"] },
    ],
    // The result claims another winner than the decrypted pairwise matrix gives.
    tamper: (board) => {
      const copy = clone(board);
      const others = OPTIONS.map((option) => option.id).filter((id) => !copy.tally!.result.winners.includes(id));
      copy.tally!.result.winners = [others[0]!];
      return copy;
    },
  },
];

const directory = path.resolve(import.meta.dirname, "../test/fixtures/ballots");
for (const example of EXAMPLES) {
  const { board } = rehearse({
    id: `example-${example.name}`,
    title: `Regional brand (${example.method})`,
    method: example.method,
    weighting: example.weighting,
    options: OPTIONS,
    trustees: TRUSTEES,
    ballots: example.ballots,
  });
  const write = (file: string, content: Board) =>
    writeFileSync(path.join(directory, file), `${JSON.stringify(content, null, 2)}\n`);
  write(`${example.name}.board.json`, board);
  write(`${example.name}.tampered.board.json`, example.tamper(board));
  console.log(`${example.name}: ${board.ballots.length} ballots, winners ${board.tally?.result.winners.join(", ")}`);
}
