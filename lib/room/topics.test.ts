import { describe, expect, it } from "vitest";
import { audienceOf } from "./topics";

const member = (role: "FACILITATOR" | "CO_FACILITATOR" | "LEAD_DELEGATE" | "DELEGATE" | "OBSERVER") => ({
  id: "m",
  role,
  delegationId: role.endsWith("DELEGATE") ? "d" : null,
});

describe("pushed topics' audiences", () => {
  it("splits the questions between the chair (who sees hidden ones) and everyone else", () => {
    expect(audienceOf("questions", member("FACILITATOR"))).toBe("chair");
    expect(audienceOf("questions", member("CO_FACILITATOR"))).toBe("chair");
    for (const role of ["LEAD_DELEGATE", "DELEGATE", "OBSERVER"] as const)
      expect(audienceOf("questions", member(role))).toBe("member");
  });

  it("gives the room and a ballot's turnout and results to everyone alike", () => {
    expect(audienceOf("room", member("FACILITATOR"))).toBe(audienceOf("room", member("OBSERVER")));
    expect(audienceOf("ballot:b1", member("DELEGATE"))).toBe("all");
    expect(audienceOf("ballot:b1", member("FACILITATOR"))).toBe("all");
  });
});
