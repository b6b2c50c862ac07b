import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { InvalidBallotsError, tally, type Ballot, type Method, type TallyResult, type Weighting } from "./tally";

const METHODS: Method[] = ["plurality", "approval", "score", "borda", "irv", "schulze"];

/** `count` copies of a ranked ballot. */
const times = (count: number, ranking: string[], delegation?: string): Ballot[] =>
  Array.from({ length: count }, () => ({ ranking, delegation }));

function working<M extends TallyResult["method"]>(result: TallyResult, method: M): Extract<TallyResult, { method: M }> {
  if (result.method !== method) throw new Error(`expected ${method}, got ${result.method}`);
  return result as Extract<TallyResult, { method: M }>;
}

describe("plurality, approval, score", () => {
  it("counts choices", () => {
    const result = tally({
      method: "plurality",
      options: ["A", "B", "C"],
      ballots: [{ choice: "A" }, { choice: "B" }, { choice: "A" }],
    });
    expect(result).toMatchObject({ winners: ["A"], tie: false, working: { totals: { A: 2, B: 1, C: 0 } } });
    expect(result.ranking).toEqual([
      { option: "A", rank: 1, value: 2 },
      { option: "B", rank: 2, value: 1 },
      { option: "C", rank: 3, value: 0 },
    ]);
  });

  it("declares a plurality tie", () => {
    const result = tally({
      method: "plurality",
      options: ["A", "B", "C"],
      ballots: [{ choice: "B" }, { choice: "A" }],
    });
    expect(result).toMatchObject({ winners: ["A", "B"], tie: true });
    expect(result.ranking?.map((entry) => entry.rank)).toEqual([1, 1, 3]);
  });

  it("counts approvals and declares approval ties", () => {
    const options = ["A", "B", "C"];
    const win = tally({ method: "approval", options, ballots: [{ approvals: ["A", "B"] }, { approvals: ["B"] }] });
    expect(win).toMatchObject({ winners: ["B"], tie: false, working: { totals: { A: 1, B: 2, C: 0 } } });
    const tie = tally({ method: "approval", options, ballots: [{ approvals: ["A", "C"] }, { approvals: [] }] });
    expect(tie).toMatchObject({ winners: ["A", "C"], tie: true });
  });

  it("sums scores (options left out score 0) and declares score ties", () => {
    const options = ["A", "B", "C"];
    const win = tally({ method: "score", options, ballots: [{ scores: { A: 5, B: 3 } }, { scores: { B: 4, C: 5 } }] });
    expect(win).toMatchObject({ winners: ["B"], tie: false, working: { totals: { A: 5, B: 7, C: 5 } } });
    expect(win.ranking?.map((entry) => entry.rank)).toEqual([1, 2, 2]);
    const tie = tally({ method: "score", options, ballots: [{ scores: { A: 5, B: 0 } }, { scores: { B: 5 } }] });
    expect(tie).toMatchObject({ winners: ["A", "B"], tie: true });
  });
});

describe("borda", () => {
  it("gives n-1 … 0 points and 0 to options a partial ranking leaves out", () => {
    const ballots = [{ ranking: ["A", "B", "C"] }, { ranking: ["B", "A", "C"] }, { ranking: ["B"] }];
    const result = tally({ method: "borda", options: ["A", "B", "C"], ballots });
    expect(result).toMatchObject({ winners: ["B"], tie: false, working: { totals: { A: 3, B: 5, C: 0 } } });
  });

  it("declares a Borda tie", () => {
    const result = tally({
      method: "borda",
      options: ["A", "B"],
      ballots: [{ ranking: ["A", "B"] }, { ranking: ["B"] }],
    });
    expect(result).toMatchObject({ winners: ["A", "B"], tie: true });
  });
});

describe("a Condorcet winner", () => {
  // 8 A>B>C, 7 C>B>A, 5 B>C>A: A has most first choices, but B beats A (12–8) and C (13–7).
  const ballots = [...times(8, ["A", "B", "C"]), ...times(7, ["C", "B", "A"]), ...times(5, ["B", "C", "A"])];
  const options = ["A", "B", "C"];

  it("wins under Schulze but not plurality or IRV", () => {
    const plurality = tally({
      method: "plurality",
      options,
      ballots: ballots.map((b) => ({ choice: b.ranking?.[0] })),
    });
    expect(plurality.winners).toEqual(["A"]);
    const result = working(tally({ method: "schulze", options, ballots }), "schulze");
    expect(result).toMatchObject({ winners: ["B"], tie: false });
    expect(result.ranking).toEqual([
      { option: "B", rank: 1 },
      { option: "C", rank: 2 },
      { option: "A", rank: 3 },
    ]);
    expect(result.working.pairwise).toEqual([
      [0, 8, 8],
      [12, 0, 13],
      [12, 7, 0],
    ]);
    expect(tally({ method: "irv", options, ballots }).winners).toEqual(["C"]);
  });
});

describe("schulze", () => {
  it("reproduces the 45-voter example (E > A > C > B > D)", () => {
    const ballots = [
      ...times(5, ["A", "C", "B", "E", "D"]),
      ...times(5, ["A", "D", "E", "C", "B"]),
      ...times(8, ["B", "E", "D", "A", "C"]),
      ...times(3, ["C", "A", "B", "E", "D"]),
      ...times(7, ["C", "A", "E", "B", "D"]),
      ...times(2, ["C", "B", "A", "D", "E"]),
      ...times(7, ["D", "C", "E", "B", "A"]),
      ...times(8, ["E", "B", "A", "D", "C"]),
    ];
    const result = working(tally({ method: "schulze", options: ["A", "B", "C", "D", "E"], ballots }), "schulze");
    expect(result.winners).toEqual(["E"]);
    expect(result.ranking?.map((entry) => entry.option)).toEqual(["E", "A", "C", "B", "D"]);
    expect(result.working.pairwise).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
    expect(result.working.strongest).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
  });

  it("declares a tie in a symmetric cycle", () => {
    const ballots = [{ ranking: ["A", "B", "C"] }, { ranking: ["B", "C", "A"] }, { ranking: ["C", "A", "B"] }];
    const result = tally({ method: "schulze", options: ["A", "B", "C"], ballots });
    expect(result).toMatchObject({ winners: ["A", "B", "C"], tie: true });
  });
});

describe("irv", () => {
  it("runs several rounds with exhausted ballots", () => {
    const ballots = [...times(5, ["A"]), ...times(4, ["B", "C"]), ...times(3, ["C", "B"]), ...times(2, ["D"])];
    const result = working(tally({ method: "irv", options: ["A", "B", "C", "D"], ballots }), "irv");
    expect(result).toMatchObject({ winners: ["B"], tie: false, ranking: null });
    expect(result.working.rounds).toEqual([
      { round: 1, tallies: { A: 5, B: 4, C: 3, D: 2 }, exhausted: 0, eliminated: ["D"], elected: [] },
      { round: 2, tallies: { A: 5, B: 4, C: 3 }, exhausted: 2, eliminated: ["C"], elected: [] },
      { round: 3, tallies: { A: 5, B: 7 }, exhausted: 2, eliminated: [], elected: ["B"] },
    ]);
  });

  it("eliminates all tied lowest options together when one would remain", () => {
    const ballots = [...times(3, ["A"]), ...times(2, ["B"]), ...times(1, ["C", "B"]), ...times(1, ["D", "B"])];
    const result = working(tally({ method: "irv", options: ["A", "B", "C", "D"], ballots }), "irv");
    expect(result.winners).toEqual(["B"]);
    expect(result.working.rounds[0]?.eliminated).toEqual(["C", "D"]);
  });

  it("declares a tie when every remaining option is tied", () => {
    const ballots = [...times(2, ["A", "C"]), ...times(2, ["B", "C"]), ...times(1, ["C"])];
    const result = working(tally({ method: "irv", options: ["A", "B", "C"], ballots }), "irv");
    expect(result).toMatchObject({ winners: ["A", "B"], tie: true });
    expect(result.working.rounds.at(-1)).toMatchObject({ eliminated: [], elected: ["A", "B"] });
  });
});

describe("per-delegation weighting", () => {
  const ballots: Ballot[] = [
    { delegation: "x", choice: "A" },
    { delegation: "x", choice: "A" },
    { delegation: "x", choice: "A" },
    { delegation: "y", choice: "B" },
    { delegation: "z", choice: "B" },
  ];

  it("changes the result: each delegation weighs the same", () => {
    expect(tally({ method: "plurality", options: ["A", "B"], ballots }).winners).toEqual(["A"]);
    const weighted = tally({ method: "plurality", options: ["A", "B"], ballots, weighting: "per-delegation" });
    expect(weighted).toMatchObject({ winners: ["B"], working: { totals: { A: 1, B: 2 } } });
  });

  it("uses exact fractions, so thirds add up to an exact tie", () => {
    const split = (delegation: string, choices: string[]) => choices.map((choice) => ({ delegation, choice }));
    const result = tally({
      method: "plurality",
      options: ["A", "B", "C"],
      ballots: [...split("x", ["A", "B", "C"]), ...split("y", ["C", "A", "B"]), ...split("z", ["B", "A"])],
      weighting: "per-delegation",
    });
    expect(result).toMatchObject({ winners: ["A", "B"], tie: true, working: { totals: { A: 1.166667, B: 1.166667 } } });
    expect(result.working).toMatchObject({ totals: { C: 0.666667 } });
  });
});

describe("count", () => {
  it("weighs a ballot by its count, per voter and within its delegation", () => {
    const ballots: Ballot[] = [
      { delegation: "x", choice: "A", count: 3 },
      { delegation: "x", choice: "B" },
      { delegation: "y", choice: "B", count: 2 },
    ];
    const options = ["A", "B"];
    expect(tally({ method: "plurality", options, ballots })).toMatchObject({ working: { totals: { A: 3, B: 3 } } });
    // x has 4 voters: A 3/4, B 1/4; y has 2: B 2/2.
    const weighted = tally({ method: "plurality", options, ballots, weighting: "per-delegation" });
    expect(weighted).toMatchObject({ winners: ["B"], working: { totals: { A: 0.75, B: 1.25 } } });
  });

  it("rejects a count that is not a whole number of at least 1", () => {
    const ballots: Ballot[] = [
      { choice: "A", count: 0 },
      { choice: "A", count: -2 },
      { choice: "A", count: 1.5 },
    ];
    const wrongType = { choice: "A", count: "3" } as unknown as Ballot;
    expect(() => tally({ method: "plurality", options: ["A"], ballots: [...ballots, wrongType] })).toThrow(
      expect.objectContaining({
        problems: [0, 1, 2, 3].map((index) => ({
          index,
          path: ["count"],
          reason: "must be a whole number of at least 1",
        })),
      }),
    );
  });

  it("counts 10,000 ballots standing for 5 million voters without expanding them", () => {
    const random = createRandom(7);
    const options = ["A", "B", "C", "D", "E", "F"];
    const ballots = Array.from({ length: 10_000 }, (): Ballot => ({
      delegation: random.pick(["LN", "JL", "HLJ", "NM"]),
      count: random.int(1, 999),
      ranking: random.shuffle(options).slice(0, random.int(1, 6)),
    }));
    const voters = ballots.reduce((sum, ballot) => sum + (ballot.count ?? 1), 0);
    for (const method of ["borda", "irv", "schulze"] as const) {
      for (const weighting of ["per-voter", "per-delegation"] as const) {
        const result = tally({ method, options, ballots, weighting, regionWide: { threshold: 0.25 } });
        expect(result.winners.length).toBeGreaterThan(0);
      }
    }
    const firsts = tally({ method: "irv", options, ballots });
    const round = firsts.method === "irv" ? firsts.working.rounds[0] : undefined;
    expect(Object.values(round?.tallies ?? {}).reduce((a, b) => a + b, 0)).toBe(voters);
  });
});

describe("textbook examples", () => {
  // The Tennessee capital election (Wikipedia: "Condorcet method", "Instant-runoff voting", "Borda count"):
  // voters vote for the city nearest to them. Memphis 42%, Nashville 26%, Chattanooga 15%,
  // Knoxville 17%, each ranking the others by distance.
  const cities = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];
  const tennessee: Ballot[] = [
    { count: 42, ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"] },
    { count: 26, ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"] },
    { count: 15, ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"] },
    { count: 17, ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"] },
  ];
  const each = (vote: (ranking: string[]) => Ballot): Ballot[] =>
    tennessee.map(({ count, ranking = [] }) => ({ count, ...vote(ranking) }));

  it("plurality elects Memphis", () => {
    const result = tally({
      method: "plurality",
      options: cities,
      ballots: each((ranking) => ({ choice: ranking[0] })),
    });
    expect(result).toMatchObject({
      winners: ["Memphis"],
      working: { totals: { Memphis: 42, Nashville: 26, Chattanooga: 15, Knoxville: 17 } },
    });
  });

  it("instant runoff elects Knoxville (Chattanooga, then Nashville eliminated)", () => {
    const result = working(tally({ method: "irv", options: cities, ballots: tennessee }), "irv");
    expect(result.winners).toEqual(["Knoxville"]);
    expect(result.working.rounds.map(({ tallies, eliminated, elected }) => ({ tallies, eliminated, elected }))).toEqual(
      [
        {
          tallies: { Memphis: 42, Nashville: 26, Chattanooga: 15, Knoxville: 17 },
          eliminated: ["Chattanooga"],
          elected: [],
        },
        { tallies: { Memphis: 42, Nashville: 26, Knoxville: 32 }, eliminated: ["Nashville"], elected: [] },
        { tallies: { Memphis: 42, Knoxville: 58 }, eliminated: [], elected: ["Knoxville"] },
      ],
    );
  });

  it("Borda elects Nashville (194 points)", () => {
    const result = tally({ method: "borda", options: cities, ballots: tennessee });
    expect(result).toMatchObject({
      winners: ["Nashville"],
      working: { totals: { Memphis: 126, Nashville: 194, Chattanooga: 173, Knoxville: 107 } },
    });
  });

  it("Schulze elects Nashville, the Condorcet winner, then Chattanooga, Knoxville, Memphis", () => {
    const result = working(tally({ method: "schulze", options: cities, ballots: tennessee }), "schulze");
    expect(result.winners).toEqual(["Nashville"]);
    expect(result.ranking?.map((entry) => entry.option)).toEqual(["Nashville", "Chattanooga", "Knoxville", "Memphis"]);
    expect(result.working.pairwise).toEqual([
      [0, 42, 42, 42],
      [58, 0, 68, 68],
      [58, 32, 0, 83],
      [58, 32, 17, 0],
    ]);
  });

  it("approval: approving the cities within 150 miles elects Chattanooga; within 200, a three-way tie", () => {
    // Hand-checked. Memphis is over 200 miles from the others; Nashville–Chattanooga is about 135.
    const within150 = [["Memphis"], ["Nashville", "Chattanooga"], ["Chattanooga", "Nashville", "Knoxville"]];
    const approvals150 = [...within150, ["Knoxville", "Chattanooga"]];
    const near = tally({
      method: "approval",
      options: cities,
      ballots: tennessee.map(({ count }, i) => ({ count, approvals: approvals150[i] ?? [] })),
    });
    expect(near).toMatchObject({
      winners: ["Chattanooga"],
      working: { totals: { Memphis: 42, Nashville: 41, Chattanooga: 58, Knoxville: 32 } },
    });
    const others = cities.slice(1);
    const far = tally({
      method: "approval",
      options: cities,
      ballots: tennessee.map(({ count }, i) => ({ count, approvals: i === 0 ? ["Memphis"] : others })),
    });
    expect(far).toMatchObject({ winners: ["Nashville", "Chattanooga", "Knoxville"], tie: true });
  });

  it("score: 0–5 by closeness elects Nashville", () => {
    // Hand-checked: Memphis 42×5 = 210; Nashville 42×2 + 26×5 + 15×3 + 17×2 = 293;
    // Chattanooga 42×1 + 26×2 + 15×5 + 17×3 = 220; Knoxville 26×1 + 15×3 + 17×5 = 156.
    const scores = [
      { Memphis: 5, Nashville: 2, Chattanooga: 1, Knoxville: 0 },
      { Memphis: 0, Nashville: 5, Chattanooga: 2, Knoxville: 1 },
      { Memphis: 0, Nashville: 3, Chattanooga: 5, Knoxville: 3 },
      { Memphis: 0, Nashville: 2, Chattanooga: 3, Knoxville: 5 },
    ];
    const result = tally({
      method: "score",
      options: cities,
      ballots: tennessee.map(({ count }, i) => ({ count, scores: scores[i] ?? {} })),
    });
    expect(result).toMatchObject({
      winners: ["Nashville"],
      working: { totals: { Memphis: 210, Nashville: 293, Chattanooga: 220, Knoxville: 156 } },
    });
  });
});

describe("invalid ballots", () => {
  const catchError = (run: () => unknown): InvalidBallotsError => {
    try {
      run();
    } catch (error) {
      if (error instanceof InvalidBallotsError) return error;
      throw error;
    }
    throw new Error("no error thrown");
  };

  it("rejects unknown options and repeats in rankings, listing the indices", () => {
    const ballots = [{ ranking: ["A"] }, { ranking: ["A", "Z"] }, { ranking: ["B"] }, { ranking: ["B", "A", "B"] }];
    const error = catchError(() => tally({ method: "irv", options: ["A", "B"], ballots }));
    expect(error.problems).toEqual([
      { index: 1, path: ["ranking", 1], reason: 'unknown option "Z"' },
      { index: 3, path: ["ranking", 2], reason: 'option "B" is repeated' },
    ]);
    expect(error.message).toBe(
      'Invalid ballots at indices 1, 3 — #1 ranking[1]: unknown option "Z"; #3 ranking[2]: option "B" is repeated',
    );
  });

  it("rejects scores outside 0–5, unknown choices and missing delegations", () => {
    const scores: Ballot[] = [
      { scores: { A: 6 } },
      { scores: { A: 5 } },
      { scores: { B: -1 } },
      { scores: { A: 2.5 } },
    ];
    expect(catchError(() => tally({ method: "score", options: ["A", "B"], ballots: scores })).message).toContain(
      "indices 0, 2, 3",
    );
    const choices = [{ choice: "A", delegation: "x" }, { choice: "Q", delegation: "x" }, { choice: "A" }];
    const error = catchError(() =>
      tally({ method: "plurality", options: ["A"], ballots: choices, weighting: "per-delegation" }),
    );
    expect(error.problems.map((problem) => problem.index)).toEqual([1, 2]);
    expect(() => tally({ method: "approval", options: ["A", "A"], ballots: [] })).toThrow(/repeated/);
  });
});

/** A random valid ballot for `method`, with a delegation among three and, if asked, a count of 1–4. */
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
