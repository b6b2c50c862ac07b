import { describe, expect, it } from "vitest";
import { nextPhase, phases, previousPhase } from "./phases";

describe("phases", () => {
  it("run Submit → Analyse → Negotiate → Vote → Ratify", () => {
    expect(phases).toEqual(["SUBMIT", "ANALYSE", "NEGOTIATE", "VOTE", "RATIFY"]);
    expect(nextPhase("SUBMIT")).toBe("ANALYSE");
    expect(nextPhase("RATIFY")).toBeNull();
    expect(previousPhase("SUBMIT")).toBeNull();
    expect(previousPhase("VOTE")).toBe("NEGOTIATE");
  });
});
