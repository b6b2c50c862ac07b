// `npm run recount` on a board (`format: "roundtable.ballot-board/1"`): parse, then verify every
// claim (./board.ts), and print what was checked and the result with the options' labels.
import { boardSchema, verifyBoard, BOARD_FORMAT } from "./board";
import type { EncryptedCount } from "./tally";

export const isBoard = (data: unknown): boolean =>
  typeof data === "object" && data !== null && (data as { format?: unknown }).format === BOARD_FORMAT;

export type BoardRecount = {
  format: typeof BOARD_FORMAT;
  ballot: { id: string; title: string; method: string; weighting: string };
  verified: string[];
  ballots: number;
  counted: number;
  replaced: number;
  /** The result by option label; null while the ballot has not been tallied. */
  result: (Omit<EncryptedCount, "working"> & { winner: string | null }) | null;
};

export function recountBoard(data: unknown): { ok: true; output: BoardRecount } | { ok: false; errors: string[] } {
  const parsed = boardSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(board)"}: ${issue.message}`),
    };
  }
  const board = parsed.data;
  const verified = verifyBoard(board);
  if (!verified.ok) return { ok: false, errors: [verified.error] };
  const { verdict } = verified;
  const label = new Map(board.ballot.options.map((option) => [option.id, option.label]));
  const name = (id: string) => label.get(id) ?? id;
  const result = verdict.result && {
    winner: verdict.result.winners.length === 1 ? name(verdict.result.winners[0]!) : null,
    winners: verdict.result.winners.map(name),
    tie: verdict.result.tie,
    ranking: verdict.result.ranking?.map((entry) => ({ ...entry, option: name(entry.option) })) ?? null,
  };
  const checks = [
    `${board.trustees.length} trustee key proofs, and the public key is their sum`,
    `${verdict.ballots} ballot trackers and well-formedness proofs (${verdict.replaced} replaced by a later ballot)`,
  ];
  if (board.tally) {
    const sums = board.tally.groups.reduce((n, group) => n + group.sums.length, 0);
    checks.push(
      `${sums} sums are the products of the ${verdict.counted} counted ballots`,
      `${sums * board.trustees.length} decryption shares and their proofs, and every decrypted total`,
      "the result follows from the totals",
    );
  }
  return {
    ok: true,
    output: {
      format: BOARD_FORMAT,
      ballot: {
        id: board.ballot.id,
        title: board.ballot.title,
        method: board.ballot.method,
        weighting: board.ballot.weighting,
      },
      verified: checks,
      ballots: verdict.ballots,
      counted: verdict.counted,
      replaced: verdict.replaced,
      result,
    },
  };
}
