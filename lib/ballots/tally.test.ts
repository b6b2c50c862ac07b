import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/industries/analysis-fixtures";
import { tally, type Ballot } from "./tally";
import { SCHULZE_45, times, working } from "./tally-fixtures";

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
    const ballots = SCHULZE_45;
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
