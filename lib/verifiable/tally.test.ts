// The encrypted count against the app's plain count (lib/ballots/tally.ts) on random elections:
// same winners, same ranking, same figures, for every verifiable method and both weightings.
import { describe, expect, it } from "vitest";
import { tally, type Ballot, type Weighting } from "@/lib/ballots/tally";
import { SCHULZE_45 } from "@/lib/ballots/tally-fixtures";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { verifyBoard } from "./board";
import { encodeBallot, encodingFor, pairIndex, VERIFIABLE_METHODS, type VerifiableMethod } from "./encoding";
import { rehearse } from "./rehearse";
import { countFromSums, REGION_WIDE_METHODS } from "./tally";

function randomBallot(random: Random, method: VerifiableMethod, options: string[]): Ballot {
  const shuffled = random.shuffle(options);
  const some = shuffled.slice(0, random.int(0, options.length));
  const delegation = random.pick(["x", "y", "z"]);
  switch (method) {
    case "plurality":
      return { delegation, choice: random.pick(options) };
    case "approval":
      return { delegation, approvals: some };
    case "score":
      return { delegation, scores: Object.fromEntries(some.map((option) => [option, random.int(0, 5)])) };
    default:
      return { delegation, ranking: some };
  }
}

/** Sums each group's encoded vectors in the clear: what the trustees' decryption yields. */
function plainSums(
  method: VerifiableMethod,
  options: string[],
  weighting: Weighting,
  ballots: Ballot[],
  byDelegation = false,
) {
  const encoding = encodingFor(method, options.length);
  const keys =
    weighting === "per-delegation" || byDelegation ? [...new Set(ballots.map((b) => b.delegation!))].sort() : [null];
  return keys.map((key) => {
    const members = ballots.filter((b) => key === null || b.delegation === key);
    const vectors = members.map((b) => encodeBallot(encoding, options, b));
    return {
      delegation: key,
      voters: members.length,
      values: encoding.results.map((entries) =>
        vectors.reduce((sum, vector) => sum + entries.reduce((s, k) => s + (vector[k] ?? 0), 0), 0),
      ),
    };
  });
}

describe("the encoding counts like the plain tally", () => {
  it.each(
    VERIFIABLE_METHODS.flatMap((method) => (["per-voter", "per-delegation"] as const).map((w) => [method, w] as const)),
  )("%s, %s, on 150 random elections", (method, weighting) => {
    const random = createRandom(VERIFIABLE_METHODS.indexOf(method) * 2 + (weighting === "per-voter" ? 0 : 1));
    for (let run = 0; run < 150; run += 1) {
      const options = ["a", "b", "c", "d", "e"].slice(0, random.int(2, 5));
      const ballots = Array.from({ length: random.int(1, 12) }, () => randomBallot(random, method, options));
      const plain = tally({ method, options, ballots, weighting });
      const encrypted = countFromSums(
        encodingFor(method, options.length),
        options,
        weighting,
        plainSums(method, options, weighting, ballots),
      );
      expect(encrypted.winners).toEqual(plain.winners);
      expect(encrypted.tie).toBe(plain.tie);
      expect(encrypted.ranking).toEqual(plain.ranking);
      expect(encrypted.working).toEqual(plain.working);
    }
  });

  it.each(
    REGION_WIDE_METHODS.flatMap((method) =>
      (["per-voter", "per-delegation"] as const).map((w) => [method, w] as const),
    ),
  )("%s, %s, with the region-wide rule, on 150 random elections", (method, weighting) => {
    const random = createRandom(50 + VERIFIABLE_METHODS.indexOf(method) * 2 + (weighting === "per-voter" ? 0 : 1));
    for (let run = 0; run < 150; run += 1) {
      const options = ["a", "b", "c", "d"].slice(0, random.int(2, 4));
      const ballots = Array.from({ length: random.int(1, 12) }, () => randomBallot(random, method, options));
      // Sometimes a delegation that must back has no voters: nothing qualifies then.
      const delegations = random.chance(0.8) ? [...new Set(ballots.map((b) => b.delegation!))].sort() : ["x", "y", "z"];
      const rule = { threshold: random.pick([0.5, 0.34, 1]), delegations };
      const plain = tally({
        method,
        options,
        ballots,
        weighting,
        regionWide: { threshold: rule.threshold },
        delegations,
      });
      const sums = plainSums(method, options, weighting, ballots, true);
      const encrypted = countFromSums(encodingFor(method, options.length), options, weighting, sums, rule);
      expect(encrypted.winners).toEqual(plain.winners);
      expect(encrypted.ranking).toEqual(plain.ranking);
      expect(encrypted.working).toEqual(plain.working);
      expect(encrypted.regionWide).toEqual(plain.regionWide);
    }
  });

  it("gives the independent Schulze example's winner (Wikipedia's 45 voters, E wins)", () => {
    const options = ["A", "B", "C", "D", "E"];
    const ballots = SCHULZE_45;
    const count = countFromSums(
      encodingFor("schulze", 5),
      options,
      "per-voter",
      plainSums("schulze", options, "per-voter", ballots),
    );
    expect(count.winners).toEqual(["E"]);
  });

  it("lays the pairwise matrix out row by row without the diagonal", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 4; i += 1) for (let j = 0; j < 4; j += 1) if (i !== j) seen.add(pairIndex(4, i, j));
    expect([...seen].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
  });
});

describe("an encrypted election end to end", () => {
  it.each(VERIFIABLE_METHODS)("%s: the board verifies and its result is the plain tally's", (method) => {
    const random = createRandom(100 + VERIFIABLE_METHODS.indexOf(method));
    const options = ["a", "b", "c"];
    const ballots = Array.from({ length: 5 }, () => randomBallot(random, method, options));
    const { board } = rehearse({
      id: `e2e-${method}`,
      title: method,
      method,
      weighting: "per-delegation",
      options: options.map((id) => ({ id, label: id.toUpperCase() })),
      trustees: [
        { id: "ln", name: "Liaoning" },
        { id: "jl", name: "Jilin" },
        { id: "hlj", name: "Heilongjiang" },
      ],
      ballots,
    });
    const verified = verifyBoard(board);
    expect(verified.ok && verified.verdict.result?.winners).toEqual(
      tally({ method, options, ballots, weighting: "per-delegation" }).winners,
    );
  });
});
