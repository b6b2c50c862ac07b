// A ballot's results as the pages show them, from its stored votes: the count (./tally.ts), the
// quorum, the declared winner after the configured tie-break, and a per-delegation breakdown. Pure.
import type { BallotMethod, VoteContent } from "./schema";
import { regionWideBacking } from "./region-wide";
import { tally, type Ballot, type Method, type TallyResult } from "./tally";

export const tallyMethod = (method: BallotMethod): Method => method.toLowerCase() as Method;

export interface ResultsInput {
  ballot: {
    method: BallotMethod;
    weighting: "PER_VOTER" | "PER_DELEGATION";
    quorum: { toString(): string } | number | null;
    regionWideThreshold: { toString(): string } | number | null;
    tieBreak: "NONE" | "EARLIEST_PROPOSAL";
  };
  /** The options in ballot order, with when each was proposed (for the tie-break). */
  proposals: Array<{ id: string; createdAt: Date }>;
  delegations: Array<{ id: string }>;
  votes: Array<{ delegationId: string; content: unknown }>;
  /** Eligible voters and voters who voted, per delegation id. */
  eligible: Record<string, number>;
  voted: Record<string, number>;
}

export interface BallotResults {
  /** By proposal id. With the region-wide rule, the count among qualifying options. */
  count: TallyResult;
  voters: number;
  eligible: number;
  quorum: { required: number | null; met: boolean };
  /** The declared winner: none without quorum, or when tied and no tie-break applies. */
  winner: string | null;
  /** Set when a tie was decided by the ballot's tie-break rule. */
  tieBrokenBy: "EARLIEST_PROPOSAL" | null;
  /**
   * Whether the per-delegation breakdown below exists: not for an encrypted ballot, whose count
   * never opens a ballot (its `support` and `delegationWinners` are then empty).
   */
  breakdown: boolean;
  /** support[option][delegation]: share of the delegation's voters supporting the option. */
  support: Record<string, Record<string, number>>;
  /** Each delegation's own result (its voters only, one voter one vote). */
  delegationWinners: Record<string, string[]>;
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
const share = (value: { toString(): string } | number | null) => (value === null ? null : Number(value));

/** voters / eligible >= required, decided in integers (shares have three decimals). */
export function quorumMet(required: number | null, voters: number, eligible: number): boolean {
  if (required === null) return true;
  return eligible > 0 && voters * 1000 >= Math.round(required * 1000) * eligible;
}

export function computeResults(input: ResultsInput): BallotResults {
  const { ballot, proposals, delegations, votes } = input;
  const method = tallyMethod(ballot.method);
  const options = proposals.map((p) => p.id);
  const ballots: Ballot[] = votes.map((v) => ({ ...(v.content as VoteContent), delegation: v.delegationId }));
  // A delegation without eligible voters cannot back anything; it does not block the rule.
  const voting = delegations.map((d) => d.id).filter((id) => (input.eligible[id] ?? 0) > 0);
  const threshold = share(ballot.regionWideThreshold);
  const count = tally({
    method,
    options,
    ballots,
    weighting: ballot.weighting === "PER_DELEGATION" ? "per-delegation" : "per-voter",
    ...(threshold === null ? {} : { regionWide: { threshold }, delegations: voting }),
  });
  const breakdown = regionWideBacking({ method, options, ballots, delegations: delegations.map((d) => d.id) }, 0.5);
  const delegationWinners = Object.fromEntries(
    delegations.map((d) => {
      const own = ballots.filter((b) => b.delegation === d.id);
      return [d.id, own.length === 0 ? [] : tally({ method, options, ballots: own }).winners];
    }),
  );
  return { ...declared(input, count), breakdown: true, support: breakdown.support, delegationWinners };
}

/**
 * An encrypted ballot's results from its counted board (lib/verifiable): the count from the
 * decrypted totals, the quorum and tie-break as for any ballot, and no breakdown.
 */
export function encryptedResults(
  input: Pick<ResultsInput, "ballot" | "proposals" | "eligible" | "voted">,
  result: Pick<TallyResult, "winners" | "tie" | "ranking" | "working">,
): BallotResults {
  const count = { method: tallyMethod(input.ballot.method), ...result } as TallyResult;
  return { ...declared(input, count), breakdown: false, support: {}, delegationWinners: {} };
}

/** Turnout, quorum and the declared winner after the tie-break, from a count. */
function declared(
  input: Pick<ResultsInput, "ballot" | "proposals" | "eligible" | "voted">,
  count: TallyResult,
): Omit<BallotResults, "breakdown" | "support" | "delegationWinners"> {
  const { ballot, proposals } = input;
  const voters = sum(input.voted);
  const eligible = sum(input.eligible);
  const required = share(ballot.quorum);
  const met = quorumMet(required, voters, eligible);
  let winner: string | null = null;
  let tieBrokenBy: BallotResults["tieBrokenBy"] = null;
  if (met && count.winners.length === 1) winner = count.winners[0]!;
  if (met && count.tie && ballot.tieBreak === "EARLIEST_PROPOSAL") {
    const earliest = proposals
      .filter((p) => count.winners.includes(p.id))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
    winner = earliest?.id ?? null;
    tieBrokenBy = "EARLIEST_PROPOSAL";
  }
  return { count, voters, eligible, quorum: { required, met }, winner, tieBrokenBy };
}
