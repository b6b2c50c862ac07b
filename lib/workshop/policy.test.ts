import { describe, expect, it } from "vitest";
import { Role } from "@/lib/db/generated/enums";
import { can, isFacilitator, roleNeedsDelegation, type WorkshopAction } from "./policy";

// The whole matrix, written out: a change of rights must change this table on purpose.
const expected: Record<WorkshopAction, Role[]> = {
  "workshop.view": ["FACILITATOR", "CO_FACILITATOR", "LEAD_DELEGATE", "DELEGATE", "OBSERVER"],
  "members.view": ["FACILITATOR", "CO_FACILITATOR", "LEAD_DELEGATE", "DELEGATE", "OBSERVER"],
  "workshop.changePhase": ["FACILITATOR", "CO_FACILITATOR"],
  "workshop.editSettings": ["FACILITATOR", "CO_FACILITATOR"],
  "delegations.manage": ["FACILITATOR", "CO_FACILITATOR"],
  "invitations.manage": ["FACILITATOR", "CO_FACILITATOR"],
};

describe("workshop policy", () => {
  for (const [action, allowedRoles] of Object.entries(expected) as Array<[WorkshopAction, Role[]]>) {
    for (const role of Object.values(Role)) {
      const allowed = allowedRoles.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can({ role }, action)).toBe(allowed);
      });
    }
  }

  it("knows which roles facilitate and which belong to a delegation", () => {
    expect(Object.values(Role).filter((role) => isFacilitator({ role }))).toEqual(["FACILITATOR", "CO_FACILITATOR"]);
    expect(Object.values(Role).filter(roleNeedsDelegation)).toEqual(["LEAD_DELEGATE", "DELEGATE"]);
  });
});
