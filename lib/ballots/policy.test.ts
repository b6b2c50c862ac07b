import { describe, expect, it } from "vitest";
import { Role } from "@/lib/db/generated/enums";
import {
  canChangeSponsor,
  canEditBrand,
  canManageBallots,
  canProposeBrand,
  canSeeResults,
  canVote,
  type BallotMember,
} from "./policy";

const OWN = "delegation-own";
const PROPOSER = "user-proposer";

function member(role: Role, delegationId: string | null = null, userId = `user-${role}-${delegationId}`): BallotMember {
  return { role, delegationId, userId };
}

// Every role, in and out of the delegation concerned; the proposer is an own delegate.
const members = {
  facilitator: member("FACILITATOR"),
  coFacilitator: member("CO_FACILITATOR"),
  observer: member("OBSERVER"),
  ownLead: member("LEAD_DELEGATE", OWN),
  ownDelegate: member("DELEGATE", OWN),
  proposer: member("DELEGATE", OWN, PROPOSER),
  otherLead: member("LEAD_DELEGATE", "delegation-other"),
  otherDelegate: member("DELEGATE", "delegation-other"),
};
type Who = keyof typeof members;
const delegates: Who[] = ["ownLead", "ownDelegate", "proposer", "otherLead", "otherDelegate"];
const chairs: Who[] = ["facilitator", "coFacilitator"];

const matrix: Array<[string, (m: BallotMember) => boolean, Who[]]> = [
  ["propose a brand", canProposeBrand, [...chairs, ...delegates]],
  ["edit or delete the proposal", (m) => canEditBrand(m, { proposedById: PROPOSER }), [...chairs, "proposer"]],
  [
    "change the own delegation's sponsorship",
    (m) => canChangeSponsor(m, OWN),
    [...chairs, "ownLead", "ownDelegate", "proposer"],
  ],
  ["create, open and close ballots", canManageBallots, chairs],
  ["vote", canVote, delegates],
];

describe("brand and ballot policy", () => {
  for (const [action, check, allowed] of matrix) {
    for (const [who, m] of Object.entries(members) as Array<[Who, BallotMember]>) {
      const expected = allowed.includes(who);
      it(`${who} ${expected ? "may" : "may not"} ${action}`, () => expect(check(m)).toBe(expected));
    }
  }

  it("a delegate without a delegation (an inconsistent row) may neither vote nor propose", () => {
    expect(canVote(member("DELEGATE", null))).toBe(false);
    expect(canProposeBrand(member("DELEGATE", null))).toBe(false);
  });

  it("results: always once closed, while open only when live, never for a draft", () => {
    expect(canSeeResults({ status: "CLOSED", resultsVisibility: "AFTER_CLOSE" })).toBe(true);
    expect(canSeeResults({ status: "OPEN", resultsVisibility: "LIVE" })).toBe(true);
    expect(canSeeResults({ status: "OPEN", resultsVisibility: "AFTER_CLOSE" })).toBe(false);
    expect(canSeeResults({ status: "DRAFT", resultsVisibility: "LIVE" })).toBe(false);
  });
});
