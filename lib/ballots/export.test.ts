import { describe, expect, it } from "vitest";
import { namesDelegations, toBallotFile, type ExportInput } from "./export";
import { parseBallotFile } from "./file";
import { tally } from "./tally";

const secretPlurality: ExportInput = {
  ballot: {
    id: "b1",
    title: "Brand",
    method: "PLURALITY",
    weighting: "PER_VOTER",
    secret: true,
    regionWideThreshold: null,
    closedAt: new Date("2026-12-05T10:00:00Z"),
  },
  labels: [
    { id: "o1", label: "Rice", nameEn: "Rice", nameZh: null },
    { id: "o2", label: "Ice", nameEn: "Ice", nameZh: null },
  ],
  delegations: [
    { id: "dLN", code: "LN", voting: true },
    { id: "dJL", code: "JL", voting: true },
  ],
  // Liaoning has two voters: each knows their own ballot.
  votes: [
    { delegationId: "dLN", content: { choice: "o1" } },
    { delegationId: "dLN", content: { choice: "o2" } },
    { delegationId: "dJL", content: { choice: "o1" } },
    { delegationId: "dJL", content: { choice: "o1" } },
    { delegationId: "dJL", content: { choice: "o2" } },
  ],
};
const at = new Date("2026-12-05T11:00:00Z");

describe("the recount file of a ballot", () => {
  it("pools a secret ballot's votes across delegations when the count does not need them", () => {
    const file = toBallotFile(secretPlurality, at);
    expect(file.ballots).toEqual([
      { choice: "Ice", count: 2 },
      { choice: "Rice", count: 3 },
    ]);
    expect(JSON.stringify(file)).not.toContain("LN");
    const parsed = parseBallotFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(tally(parsed.input).winners).toEqual(["Rice"]);
  });

  it("names delegations when the count needs them, or the ballot is open", () => {
    expect(namesDelegations(secretPlurality.ballot)).toBe(false);
    expect(namesDelegations({ ...secretPlurality.ballot, weighting: "PER_DELEGATION" })).toBe(true);
    expect(namesDelegations({ ...secretPlurality.ballot, regionWideThreshold: 0.5 })).toBe(true);
    expect(namesDelegations({ ...secretPlurality.ballot, secret: false })).toBe(true);
    const weighted = toBallotFile(
      { ...secretPlurality, ballot: { ...secretPlurality.ballot, weighting: "PER_DELEGATION" } },
      at,
    );
    expect(weighted.ballots).toContainEqual({ choice: "Rice", count: 1, delegation: "LN" });
  });
});
