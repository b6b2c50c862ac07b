// The what-if comparison of two proposals: input changes are named, unchanged ones are not, and
// the outcome lists exactly the industries whose lead or partners moved.
import { describe, expect, it } from "vitest";
import { compareProposals } from "./compare";
import { INPUT_FORMAT, type OptimiserInput } from "./input";
import type { OptimiserOutput, Proposal } from "./proposal";

const input: OptimiserInput = {
  format: INPUT_FORMAT,
  delegations: [
    { id: "LN", name: "Liaoning" },
    { id: "JL", name: "Jilin" },
  ],
  industries: [
    { code: "36", name: "Automobiles" },
    { code: "34", name: "Machinery" },
  ],
  baseline: [{ delegation: "LN", industry: "34", employment: 100 }],
  plans: [
    { delegation: "LN", industry: "36", investment: 10 },
    { delegation: "JL", industry: "36", investment: 20 },
    { delegation: "LN", industry: "34", investment: 5 },
  ],
  positions: [{ delegation: "LN", mustLead: [], willingToCede: ["36"] }],
  settings: { redundancyPenalty: 0.5, partners: true, fairnessFloor: 0.2, alternatives: 3 },
};

const proposal = (leads: Record<string, string | null>, partners: Record<string, string[]> = {}): Proposal => ({
  rank: 1,
  objective: Object.keys(leads).length,
  assignments: Object.entries(leads).map(([industry, lead]) => ({
    industry,
    lead,
    partners: partners[industry] ?? [],
    givenUp: [],
    lq: {},
    redundancyRemoved: 0,
  })),
  delegations: [],
  minimumKept: 0.5,
});
const optimal = (p: Proposal): OptimiserOutput => ({ status: "optimal", proposals: [p] });

describe("comparing two proposals", () => {
  it("says nothing changed when nothing did", () => {
    const output = optimal(proposal({ "36": "JL", "34": "LN" }));
    expect(compareProposals({ input, output }, { input, output })).toEqual({
      settings: [],
      positions: [],
      plansChanged: false,
      baselineChanged: false,
      outcome: { changes: [], objective: { from: 2, to: 2 }, minimumKept: { from: 0.5, to: 0.5 } },
    });
  });

  it("names the changed settings and positions and the industries whose roles moved", () => {
    const changed: OptimiserInput = {
      ...input,
      // The same plans in another order are not a change.
      plans: [...input.plans].reverse(),
      positions: [
        { delegation: "LN", mustLead: [], willingToCede: [] },
        { delegation: "JL", mustLead: ["36"], willingToCede: [] },
      ],
      settings: { ...input.settings, partners: false, fairnessFloor: 0.3 },
    };
    const comparison = compareProposals(
      { input, output: optimal(proposal({ "36": "LN", "34": "LN" }, { "36": ["JL"] })) },
      { input: changed, output: optimal(proposal({ "36": "JL", "34": "LN" })) },
    );
    expect(comparison.settings).toEqual([
      { setting: "partners", from: true, to: false },
      { setting: "fairnessFloor", from: 0.2, to: 0.3 },
    ]);
    expect(comparison.positions).toEqual(["LN", "JL"]);
    expect(comparison.plansChanged).toBe(false);
    expect(comparison.outcome?.changes).toEqual([
      { industry: "36", before: { lead: "LN", partners: ["JL"] }, after: { lead: "JL", partners: [] } },
    ]);
  });

  it("has no outcome to compare when either proposal found the positions in conflict", () => {
    const conflict: OptimiserOutput = { status: "infeasible", conflict: [], relaxing: [] };
    const output = optimal(proposal({ "36": "JL" }));
    expect(compareProposals({ input, output: conflict }, { input, output }).outcome).toBeNull();
    expect(compareProposals({ input, output }, { input: { ...input, baseline: [] }, output }).baselineChanged).toBe(
      true,
    );
  });
});
