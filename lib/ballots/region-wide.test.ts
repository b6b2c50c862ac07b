import { describe, expect, it } from "vitest";
import { supportedBy, topHalf } from "./region-wide";
import { InvalidBallotsError, tally, type Ballot, type Method, type TallyInput, type TallyResult } from "./tally";

/** `count` voters of `delegation` casting `vote`. */
const from = (delegation: string, count: number, vote: Omit<Ballot, "delegation" | "count">): Ballot => ({
  delegation,
  count,
  ...vote,
});

function regionWide(result: TallyResult) {
  if (result.regionWide === undefined) throw new Error("no region-wide report");
  return result.regionWide;
}

describe("support", () => {
  it("is the choice (plurality), the approvals (approval) and scores of 3 or more (score)", () => {
    expect(supportedBy("plurality", 4, { choice: "A" })).toEqual(["A"]);
    expect(supportedBy("approval", 4, { approvals: ["B", "C"] })).toEqual(["B", "C"]);
    expect(supportedBy("approval", 4, { approvals: [] })).toEqual([]);
    expect(supportedBy("score", 4, { scores: { A: 2, B: 3, C: 5, D: 0 } })).toEqual(["B", "C"]);
  });

  it("is the top half of the vote's options for ranked methods, at least the first choice", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(topHalf)).toEqual([1, 1, 1, 2, 2, 3, 3]);
    for (const method of ["borda", "irv", "schulze"] satisfies Method[]) {
      expect(supportedBy(method, 3, { ranking: ["C", "A", "B"] })).toEqual(["C"]);
      expect(supportedBy(method, 5, { ranking: ["C", "A", "B", "E", "D"] })).toEqual(["C", "A"]);
    }
  });

  it("counts positions against the vote's options, not the length of a partial ranking", () => {
    // 6 options: the top half is 3 places, so a 2-place ranking supports both and a 4-place one 3.
    expect(supportedBy("borda", 6, { ranking: ["A", "B"] })).toEqual(["A", "B"]);
    expect(supportedBy("borda", 6, { ranking: ["A", "B", "C", "D"] })).toEqual(["A", "B", "C"]);
    expect(supportedBy("irv", 6, { ranking: [] })).toEqual([]);
  });

  it("reports each delegation's share of voters, unweighted and with counts", () => {
    const result = tally({
      method: "approval",
      options: ["A", "B"],
      ballots: [
        from("x", 3, { approvals: ["A"] }),
        from("x", 1, { approvals: ["A", "B"] }),
        from("y", 2, { approvals: [] }),
      ],
      weighting: "per-delegation",
      regionWide: { threshold: 0.5 },
    });
    expect(regionWide(result)).toMatchObject({
      delegations: ["x", "y"],
      voters: { x: 4, y: 2 },
      support: { A: { x: 1, y: 0 }, B: { x: 0.25, y: 0 } },
      qualifying: [],
      notBackedBy: { A: ["y"], B: ["x", "y"] },
    });
  });
});

describe("the threshold", () => {
  const vote = (threshold: number, yesInY: number): TallyInput => ({
    method: "plurality",
    options: ["A", "B"],
    ballots: [from("x", 1, { choice: "A" }), from("y", yesInY, { choice: "A" }), from("y", 3 - yesInY, { choice: "B" })]
      // A count must be at least 1: drop the group when nobody in it.
      .filter((ballot) => (ballot.count ?? 1) > 0),
    regionWide: { threshold },
  });

  it("is reached by a share exactly equal to it", () => {
    const half = tally({
      method: "plurality",
      options: ["A", "B"],
      ballots: [from("x", 2, { choice: "A" }), from("y", 1, { choice: "A" }), from("y", 1, { choice: "B" })],
      regionWide: { threshold: 0.5 },
    });
    expect(regionWide(half)).toMatchObject({ support: { A: { x: 1, y: 0.5 } }, qualifying: ["A"] });
    expect(half.winners).toEqual(["A"]);
  });

  it("is read as the decimal written: 2 of 3 reaches 0.666 but not 0.667", () => {
    expect(regionWide(tally(vote(0.666, 2))).qualifying).toEqual(["A"]);
    expect(regionWide(tally(vote(0.667, 2))).qualifying).toEqual([]);
    expect(regionWide(tally(vote(1, 3))).qualifying).toEqual(["A"]);
  });

  it("must be more than 0 and at most 1", () => {
    for (const threshold of [0, -0.5, 1.01, Number.NaN]) {
      expect(() => tally(vote(threshold, 2))).toThrow("regionWide.threshold: must be more than 0 and at most 1");
    }
  });
});

describe("the recount among qualifying options", () => {
  // A is the most chosen but z does not back it; B reaches 30% in every delegation; C only in z.
  const ballots = [
    from("x", 7, { choice: "A" }),
    from("x", 3, { choice: "B" }),
    from("y", 7, { choice: "A" }),
    from("y", 3, { choice: "B" }),
    from("z", 3, { choice: "B" }),
    from("z", 7, { choice: "C" }),
  ];
  const options = ["A", "B", "C"];

  it("elects a qualifying option over a plurality winner one delegation does not back", () => {
    const result = tally({ method: "plurality", options, ballots, regionWide: { threshold: 0.3 } });
    expect(result).toMatchObject({ winners: ["B"], tie: false, working: { totals: { B: 9 } } });
    expect(result.ranking).toEqual([{ option: "B", rank: 1, value: 9 }]);
    expect(regionWide(result)).toMatchObject({
      threshold: 0.3,
      qualifying: ["B"],
      notBackedBy: { A: ["z"], C: ["x", "y"] },
      unrestricted: { winners: ["A"] },
    });
    expect(regionWide(result).unrestricted.ranking?.map((entry) => entry.option)).toEqual(["A", "B", "C"]);
  });

  it("drops non-qualifying options from rankings, so IRV runs among the qualifying ones", () => {
    // Top half of 4 options = 2 places. D is in everyone's top two: it alone qualifies at 0.5.
    // Without the rule A wins outright with 6 first choices of 11.
    const ranked = [
      from("x", 6, { ranking: ["A", "D", "B", "C"] }),
      from("y", 2, { ranking: ["B", "D", "A"] }),
      from("y", 1, { ranking: ["C", "D"] }),
      from("z", 2, { ranking: ["D", "C", "A", "B"] }),
    ];
    const result = tally({
      method: "irv",
      options: ["A", "B", "C", "D"],
      ballots: ranked,
      regionWide: { threshold: 0.5 },
    });
    expect(regionWide(result)).toMatchObject({ qualifying: ["D"], unrestricted: { winners: ["A"], ranking: null } });
    expect(result).toMatchObject({
      winners: ["D"],
      working: { rounds: [{ round: 1, tallies: { D: 11 }, exhausted: 0, eliminated: [], elected: ["D"] }] },
    });
  });

  it("keeps per-delegation weights: a voter whose choice does not qualify still counts in its delegation", () => {
    const result = tally({
      method: "plurality",
      options,
      ballots: [
        from("x", 1, { choice: "B" }),
        from("x", 1, { choice: "C" }),
        from("y", 1, { choice: "B" }),
        from("y", 1, { choice: "A" }),
      ],
      weighting: "per-delegation",
      regionWide: { threshold: 0.5 },
    });
    // B gets half of each delegation's weight; the C and A voters' halves count for nothing.
    expect(result).toMatchObject({ winners: ["B"], working: { totals: { B: 1 } } });
  });

  it("elects nothing when no option qualifies, with an empty count of the method's shape", () => {
    const empty: Record<Method, Partial<TallyResult>> = {
      plurality: { ranking: [], working: { totals: {} } },
      approval: { ranking: [], working: { totals: {} } },
      score: { ranking: [], working: { totals: {} } },
      borda: { ranking: [], working: { totals: {} } },
      irv: { ranking: null, working: { rounds: [] } },
      schulze: { ranking: [], working: { options: [], pairwise: [], strongest: [] } },
    };
    const votes: Record<Method, Ballot[]> = {
      plurality: [from("x", 1, { choice: "A" }), from("y", 1, { choice: "B" })],
      approval: [from("x", 1, { approvals: ["A"] }), from("y", 1, { approvals: ["B"] })],
      score: [from("x", 1, { scores: { A: 5, B: 2 } }), from("y", 1, { scores: { B: 3 } })],
      borda: [from("x", 1, { ranking: ["A", "B"] }), from("y", 1, { ranking: ["B", "A"] })],
      irv: [from("x", 1, { ranking: ["A", "B"] }), from("y", 1, { ranking: ["B", "A"] })],
      schulze: [from("x", 1, { ranking: ["A", "B"] }), from("y", 1, { ranking: ["B", "A"] })],
    };
    for (const method of Object.keys(votes) as Method[]) {
      const result = tally({ method, options: ["A", "B"], ballots: votes[method], regionWide: { threshold: 0.5 } });
      expect(result).toEqual({
        method,
        winners: [],
        tie: false,
        ...empty[method],
        regionWide: expect.objectContaining({ qualifying: [], notBackedBy: { A: ["y"], B: ["x"] } }),
      });
    }
  });
});

describe("the delegations that must back", () => {
  const ballots = [from("LN", 2, { approvals: ["A"] }), from("JL", 1, { approvals: ["A", "B"] })];
  const input: TallyInput = { method: "approval", options: ["A", "B"], ballots, regionWide: { threshold: 0.5 } };

  it("are by default those that voted", () => {
    const result = tally(input);
    expect(regionWide(result)).toMatchObject({ delegations: ["JL", "LN"], qualifying: ["A"] });
    expect(result.winners).toEqual(["A"]);
  });

  it("include a listed delegation with no voters, which backs nothing", () => {
    const result = tally({ ...input, delegations: ["LN", "JL", "HLJ"] });
    expect(regionWide(result)).toMatchObject({
      delegations: ["LN", "JL", "HLJ"],
      voters: { LN: 2, JL: 1, HLJ: 0 },
      support: { A: { LN: 1, JL: 1, HLJ: 0 }, B: { LN: 0, JL: 1, HLJ: 0 } },
      qualifying: [],
      notBackedBy: { A: ["HLJ"], B: ["LN", "HLJ"] },
    });
    expect(result).toMatchObject({ winners: [], tie: false });
  });

  it("must list every ballot's delegation, and every ballot must name one", () => {
    const stray = [...ballots, from("NM", 1, { approvals: [] }), { approvals: ["B"] }];
    expect(() => tally({ ...input, ballots: stray, delegations: ["LN", "JL"] })).toThrow(
      expect.objectContaining({
        problems: [
          { index: 2, path: ["delegation"], reason: '"NM" is not in "delegations"' },
          { index: 3, path: ["delegation"], reason: "missing (needed for the region-wide rule)" },
        ],
      }),
    );
    expect(() => tally({ ...input, ballots: [{ approvals: ["A"] }] })).toThrow(InvalidBallotsError);
    expect(() => tally({ ...input, delegations: ["LN", "LN", "JL"] })).toThrow('delegations: "LN" is repeated');
  });
});
