import { describe, expect, it } from "vitest";
import { InvalidBallotsError, tally, type Ballot } from "./tally";
import { working } from "./tally-fixtures";

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
