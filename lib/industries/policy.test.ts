import { describe, expect, it } from "vitest";
import { Role } from "@/lib/db/generated/enums";
import {
  canEditEntries,
  canManageAnalysisSettings,
  canReopenList,
  canSeeDrafts,
  canSubmitList,
  type PlanMember,
} from "./policy";

const OWN = "delegation-own";
const OTHER = "delegation-other";
const open = { delegationId: OWN, planStatus: "OPEN" as const };
const submitted = { delegationId: OWN, planStatus: "SUBMITTED" as const };

function member(role: Role, delegationId: string | null = null): PlanMember {
  return { role, delegationId };
}

// Every role, in and out of the delegation concerned.
const members = {
  facilitator: member("FACILITATOR"),
  coFacilitator: member("CO_FACILITATOR"),
  observer: member("OBSERVER"),
  ownLead: member("LEAD_DELEGATE", OWN),
  ownDelegate: member("DELEGATE", OWN),
  otherLead: member("LEAD_DELEGATE", OTHER),
  otherDelegate: member("DELEGATE", OTHER),
};
type Who = keyof typeof members;

const matrix: Array<[string, (m: PlanMember) => boolean, Who[]]> = [
  ["edit entries of an open list", (m) => canEditEntries(m, open), ["ownLead", "ownDelegate"]],
  ["edit entries of a submitted list", (m) => canEditEntries(m, submitted), []],
  ["submit an open list", (m) => canSubmitList(m, open), ["ownLead"]],
  ["submit a submitted list", (m) => canSubmitList(m, submitted), []],
  ["reopen a submitted list", (m) => canReopenList(m, submitted), ["ownLead"]],
  ["reopen an open list", (m) => canReopenList(m, open), []],
  ["see the delegation's drafts", (m) => canSeeDrafts(m, OWN), ["ownLead", "ownDelegate"]],
  ["manage clusters and references", canManageAnalysisSettings, ["facilitator", "coFacilitator"]],
];

describe("industry plan policy", () => {
  for (const [action, check, allowed] of matrix) {
    for (const [who, m] of Object.entries(members) as Array<[Who, PlanMember]>) {
      const expected = allowed.includes(who);
      it(`${who} ${expected ? "may" : "may not"} ${action}`, () => expect(check(m)).toBe(expected));
    }
  }
});
