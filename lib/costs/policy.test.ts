import { describe, expect, it } from "vitest";
import { Role } from "@/lib/db/generated/enums";
import { canDeclareUsage, canManageServices, canSetCustomWeight, canViewServices, type CostMember } from "./policy";

const OWN = "delegation-own";

function member(role: Role, delegationId: string | null = null): CostMember {
  return { role, delegationId };
}

// Every role, in and out of the delegation concerned.
const members = {
  facilitator: member("FACILITATOR"),
  coFacilitator: member("CO_FACILITATOR"),
  observer: member("OBSERVER"),
  ownLead: member("LEAD_DELEGATE", OWN),
  ownDelegate: member("DELEGATE", OWN),
  otherLead: member("LEAD_DELEGATE", "delegation-other"),
  otherDelegate: member("DELEGATE", "delegation-other"),
};
type Who = keyof typeof members;
const everyone = Object.keys(members) as Who[];

const matrix: Array<[string, (m: CostMember) => boolean, Who[]]> = [
  ["see services and allocation tables", canViewServices, everyone],
  ["create, edit, delete services and propose them as clauses", canManageServices, ["facilitator", "coFacilitator"]],
  ["declare the delegation's usage", (m) => canDeclareUsage(m, OWN), ["facilitator", "coFacilitator", "ownLead"]],
  ["set custom weights", canSetCustomWeight, ["facilitator", "coFacilitator"]],
];

describe("cost sharing policy", () => {
  for (const [action, check, allowed] of matrix) {
    for (const [who, m] of Object.entries(members) as Array<[Who, CostMember]>) {
      const expected = allowed.includes(who);
      it(`${who} ${expected ? "may" : "may not"} ${action}`, () => expect(check(m)).toBe(expected));
    }
  }
});
