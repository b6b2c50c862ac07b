// A closed ballot as a recount file (./file.ts): options by label, delegations by code, and the
// votes aggregated into identical ballots with a count, in a canonical order. Nothing in it names
// a voter or reflects the order in which votes were cast. Pure.
//
// A ballot names its delegation only when the count needs it (per-delegation weighting, or a
// region-wide threshold) or the ballot is open (its voters' choices are shown anyway). In a secret
// ballot counted per voter, ballots of all delegations are pooled: in a two-member delegation
// each member could otherwise read off the other's ballot. See docs/ballots.md.
import type { BallotFile } from "./file";
import { tallyMethod } from "./results";
import type { BallotMethod, VoteContent } from "./schema";
import type { Ballot } from "./tally";

export const BALLOT_FILE_FORMAT = "roundtable-ballots/1";

export interface ExportInput {
  ballot: {
    id: string;
    title: string;
    method: BallotMethod;
    weighting: "PER_VOTER" | "PER_DELEGATION";
    secret: boolean;
    regionWideThreshold: number | null;
    closedAt: Date | null;
  };
  /** Option id → unique label, in ballot order. */
  labels: Array<{ id: string; label: string; nameEn: string | null; nameZh: string | null }>;
  /** Delegation id → code; `voting` marks those with eligible voters (who must back an option). */
  delegations: Array<{ id: string; code: string; voting: boolean }>;
  votes: Array<{ delegationId: string; content: unknown }>;
}

function relabel(vote: VoteContent, label: (id: string) => string): Ballot {
  if ("choice" in vote) return { choice: label(vote.choice) };
  if ("approvals" in vote) return { approvals: vote.approvals.map(label).sort() };
  if ("scores" in vote)
    return {
      scores: Object.fromEntries(
        Object.entries(vote.scores)
          .map(([id, score]) => [label(id), score] as const)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
    };
  return { ranking: vote.ranking.map(label) };
}

/** Does the recount need to know each ballot's delegation? */
export function namesDelegations(ballot: ExportInput["ballot"]): boolean {
  return !ballot.secret || ballot.weighting === "PER_DELEGATION" || ballot.regionWideThreshold !== null;
}

export function toBallotFile(input: ExportInput, exportedAt: Date): BallotFile {
  const labelOf = new Map(input.labels.map((l) => [l.id, l.label]));
  const codeOf = new Map(input.delegations.map((d) => [d.id, d.code]));
  const named = namesDelegations(input.ballot);
  const groups = new Map<string, Ballot>();
  for (const vote of input.votes) {
    const ballot: Ballot = {
      ...relabel(vote.content as VoteContent, (id) => labelOf.get(id) ?? id),
      ...(named && { delegation: codeOf.get(vote.delegationId) ?? vote.delegationId }),
    };
    const key = JSON.stringify(ballot);
    const group = groups.get(key);
    if (group) group.count = (group.count ?? 1) + 1;
    else groups.set(key, { ...ballot, count: 1 });
  }
  const ballots = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, b]) => b);
  const threshold = input.ballot.regionWideThreshold;
  return {
    format: BALLOT_FILE_FORMAT,
    ballot: {
      id: input.ballot.id,
      title: input.ballot.title,
      secret: input.ballot.secret,
      closedAt: input.ballot.closedAt?.toISOString() ?? null,
      options: input.labels.map(({ label, nameEn, nameZh }) => ({ label, nameEn, nameZh })),
    },
    exportedAt: exportedAt.toISOString(),
    method: tallyMethod(input.ballot.method),
    options: input.labels.map((l) => l.label),
    weighting: input.ballot.weighting === "PER_DELEGATION" ? "per-delegation" : "per-voter",
    ...(threshold === null
      ? {}
      : { regionWide: { threshold }, delegations: input.delegations.filter((d) => d.voting).map((d) => d.code) }),
    ballots,
  };
}
