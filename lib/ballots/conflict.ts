import { supportedBy } from "./region-wide";
import type { BallotMethod, VoteContent } from "./schema";
import { tallyMethod } from "./results";

/**
 * Conflict of interest (optional per ballot): a voter may not support, in the sense of the
 * region-wide rule (./region-wide.ts), a brand sponsored only by their own delegation. Returns the
 * options the vote supports against the rule; empty when it is allowed.
 */
export function conflictOfInterest(
  method: BallotMethod,
  optionCount: number,
  vote: VoteContent,
  sponsors: ReadonlyMap<string, readonly string[]>,
  delegationId: string,
): string[] {
  return supportedBy(tallyMethod(method), optionCount, vote).filter((option) => {
    const list = sponsors.get(option) ?? [];
    return list.length === 1 && list[0] === delegationId;
  });
}
