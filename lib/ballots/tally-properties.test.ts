import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { tally, type Ballot, type Method, type TallyResult, type Weighting } from "./tally";
import { METHODS } from "./tally-fixtures";

function randomBallot(random: Random, method: Method, options: string[], withCount = false): Ballot {
  const shuffled = random.shuffle(options);
  const delegation = random.pick(["x", "y", "z"]);
  const some = shuffled.slice(0, random.int(0, options.length));
  const count = withCount && random.chance(0.5) ? { count: random.int(1, 4) } : {};
  switch (method) {
    case "plurality":
      return { delegation, ...count, choice: random.pick(options) };
    case "approval":
      return { delegation, ...count, approvals: some };
    case "score":
      return { delegation, ...count, scores: Object.fromEntries(some.map((option) => [option, random.int(0, 5)])) };
    default:
      return { delegation, ...count, ranking: some };
  }
}

/** Each ballot repeated `count` times, without the count. */
const expand = (ballots: readonly Ballot[]): Ballot[] =>
  ballots.flatMap(({ count = 1, ...ballot }) => Array.from({ length: count }, () => ballot));

/** Who wins and the order, without the figures (which depend on the weighting's unit). */
function outcome(result: TallyResult) {
  return {
    winners: result.winners,
    tie: result.tie,
    ranking: result.ranking?.map(({ option, rank }) => ({ option, rank })) ?? null,
    rounds:
      result.method === "irv"
        ? result.working.rounds.map(({ eliminated, elected }) => ({ eliminated, elected }))
        : null,
    qualifying: result.regionWide?.qualifying,
  };
}

/**
 * The option beating every other one head to head, if any, computed here independently of
 * ./ranked.ts. Weights are scaled to integers by the product of the delegation sizes.
 */
function condorcetWinner(options: string[], ballots: Ballot[], weighting: Weighting): string | undefined {
  const sizes = new Map<string, number>();
  for (const { delegation = "", count = 1 } of ballots) sizes.set(delegation, (sizes.get(delegation) ?? 0) + count);
  const product = [...sizes.values()].reduce((a, b) => a * b, 1);
  const weight = ({ delegation = "", count = 1 }: Ballot) =>
    weighting === "per-voter" ? count : (count * product) / (sizes.get(delegation) ?? 1);
  const position = (ballot: Ballot, option: string) => {
    const index = (ballot.ranking ?? []).indexOf(option);
    return index === -1 ? Infinity : index;
  };
  const preferring = (x: string, y: string) =>
    ballots.reduce((sum, ballot) => sum + (position(ballot, x) < position(ballot, y) ? weight(ballot) : 0), 0);
  return options.find((x) => options.every((y) => y === x || preferring(x, y) > preferring(y, x)));
}

describe("properties", () => {
  const cases = Array.from({ length: 40 }, (_, seed) => seed + 1);
  const weightings: Weighting[] = ["per-voter", "per-delegation"];

  it.each(cases)("seed %i: permuting ballots never changes the result; winners ⊆ options", (seed) => {
    const random = createRandom(seed);
    const options = ["A", "B", "C", "D", "E"].slice(0, random.int(1, 5));
    for (const method of METHODS) {
      const ballots = Array.from({ length: random.int(0, 12) }, () => randomBallot(random, method, options, true));
      for (const weighting of weightings) {
        for (const regionWide of [undefined, { threshold: random.pick([0.3, 0.5, 1]) }]) {
          const input = { method, options, weighting, regionWide };
          const result = tally({ ...input, ballots });
          expect(tally({ ...input, ballots: random.shuffle(ballots) })).toEqual(result);
          const eligible = result.regionWide?.qualifying ?? options;
          // Only the region-wide rule can leave nothing to win.
          if (eligible.length === 0) expect(result.winners).toEqual([]);
          else expect(result.winners.length).toBeGreaterThan(0);
          for (const winner of result.winners) expect(eligible).toContain(winner);
          expect(result.tie).toBe(result.winners.length > 1);
        }
      }
    }
  });

  it.each(cases)("seed %i: a ballot with a count is that many identical ballots", (seed) => {
    const random = createRandom(seed);
    const options = ["A", "B", "C", "D", "E"].slice(0, random.int(1, 5));
    for (const method of METHODS) {
      const ballots = Array.from({ length: random.int(0, 10) }, () => randomBallot(random, method, options, true));
      for (const weighting of weightings) {
        for (const regionWide of [undefined, { threshold: random.pick([0.3, 0.5, 1]) }]) {
          const input = { method, options, weighting, regionWide };
          expect(tally({ ...input, ballots })).toEqual(tally({ ...input, ballots: expand(ballots) }));
        }
      }
    }
  });

  it.each(cases)("seed %i: per-delegation weighting with equal delegation sizes equals per-voter", (seed) => {
    const random = createRandom(seed);
    const options = ["A", "B", "C", "D", "E"].slice(0, random.int(1, 5));
    const size = random.int(1, 6);
    const delegations = ["x", "y", "z"].slice(0, random.int(1, 3));
    for (const method of METHODS) {
      // Every delegation casts `size` votes, split at random into ballots with counts.
      const ballots = delegations.flatMap((delegation) => {
        const own: Ballot[] = [];
        for (let left = size; left > 0;) {
          const count = random.int(1, left);
          own.push({ ...randomBallot(random, method, options), delegation, count });
          left -= count;
        }
        return own;
      });
      for (const regionWide of [undefined, { threshold: 0.5 }]) {
        const perVoter = tally({ method, options, ballots, regionWide });
        expect(outcome(tally({ method, options, ballots, regionWide, weighting: "per-delegation" }))).toEqual(
          outcome(perVoter),
        );
      }
    }
  });

  it("Schulze elects the Condorcet winner whenever there is one (300 random votes)", () => {
    let found = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = createRandom(seed);
      const options = ["A", "B", "C", "D", "E"].slice(0, random.int(2, 5));
      const ballots = Array.from({ length: random.int(1, 15) }, () => randomBallot(random, "schulze", options, true));
      for (const weighting of weightings) {
        const winner = condorcetWinner(options, ballots, weighting);
        if (winner === undefined) continue;
        found += 1;
        expect(tally({ method: "schulze", options, ballots, weighting })).toMatchObject({ winners: [winner] });
      }
    }
    // Enough random votes had a Condorcet winner for the property to mean something.
    expect(found).toBeGreaterThan(200);
  });

  it.each(cases)("seed %i: a unanimous first choice wins under every method", (seed) => {
    const random = createRandom(seed);
    const options = ["A", "B", "C", "D", "E"].slice(0, random.int(1, 5));
    const favourite = random.pick(options);
    const others = options.filter((option) => option !== favourite);
    for (const method of METHODS) {
      const ballots = Array.from({ length: random.int(1, 12) }, (_, i): Ballot => {
        const rest = random.shuffle(others).slice(0, random.int(0, others.length));
        const delegation = random.pick(["x", "y", "z"]);
        if (method === "plurality") return { delegation, choice: favourite };
        // The first ballot approves only the favourite, so approval cannot tie.
        if (method === "approval") return { delegation, approvals: [favourite, ...(i === 0 ? [] : rest)] };
        if (method === "score")
          return {
            delegation,
            scores: { [favourite]: 5, ...Object.fromEntries(rest.map((o) => [o, random.int(0, 4)])) },
          };
        return { delegation, ranking: [favourite, ...rest] };
      });
      for (const weighting of weightings) {
        expect(tally({ method, options, ballots, weighting })).toMatchObject({ winners: [favourite], tie: false });
      }
    }
  });
});
