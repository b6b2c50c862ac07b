import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { canFreeze, canSign, type RatifyMember } from "./policy";

const A = "delegation-a";
const B = "delegation-b";
const m = (role: Role, delegationId: string | null = null): RatifyMember => ({ role, delegationId });
const members = {
  facilitator: m("FACILITATOR"),
  coFacilitator: m("CO_FACILITATOR"),
  observer: m("OBSERVER"),
  leadA: m("LEAD_DELEGATE", A),
  delegateA: m("DELEGATE", A),
  leadB: m("LEAD_DELEGATE", B),
};

describe("ratification policy", () => {
  it("facilitators and co-facilitators freeze; nobody else", () => {
    const allowed = Object.entries(members)
      .filter(([, member]) => canFreeze(member))
      .map(([name]) => name);
    expect(allowed).toEqual(["facilitator", "coFacilitator"]);
  });

  it("only a delegation's lead delegate signs, and only for their own delegation", () => {
    const signers = (delegationId: string) =>
      Object.entries(members)
        .filter(([, member]) => canSign(member, delegationId))
        .map(([name]) => name);
    expect(signers(A)).toEqual(["leadA"]);
    expect(signers(B)).toEqual(["leadB"]);
    // A lead without a delegation (data out of step) signs for nobody.
    expect(canSign(m("LEAD_DELEGATE", null), A)).toBe(false);
  });
});
