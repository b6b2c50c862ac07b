import { describe, expect, it } from "vitest";
import { stanceOnAmendment } from "./amendment-stances";

const at = new Date("2026-12-06T08:00:00Z");
const stance = (over: Partial<Parameters<typeof stanceOnAmendment>[0][number]> & { position: string }) => ({
  amendmentId: "a1",
  delegationId: "ln",
  state: "OFFICIAL",
  supersededAt: null as Date | null,
  ...over,
});

describe("stanceOnAmendment", () => {
  const stances = [
    stance({ position: "OBJECT", supersededAt: at }),
    stance({ position: "SUPPORT", supersededAt: at }),
    stance({ position: "ABSTAIN", delegationId: "jl", state: "PROPOSED" }),
    stance({ position: "OBJECT", amendmentId: null }),
  ];

  it("shows, on a decided amendment, the last official stance held when it was decided", () => {
    expect(stanceOnAmendment(stances, { id: "a1", status: "ACCEPTED" }, "ln")?.position).toBe("SUPPORT");
  });

  it("shows, on an open amendment, only a stance still current", () => {
    expect(stanceOnAmendment(stances, { id: "a1", status: "OPEN" }, "ln")).toBeNull();
    const current = [...stances, stance({ position: "ABSTAIN" })];
    expect(stanceOnAmendment(current, { id: "a1", status: "OPEN" }, "ln")?.position).toBe("ABSTAIN");
  });

  it("never counts a proposed stance, or a stance on the clause itself", () => {
    expect(stanceOnAmendment(stances, { id: "a1", status: "REJECTED" }, "jl")).toBeNull();
    expect(stanceOnAmendment(stances, { id: "a2", status: "ACCEPTED" }, "ln")).toBeNull();
  });
});
