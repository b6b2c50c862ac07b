import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import {
  canAmend,
  canChair,
  canChangeRule,
  canComment,
  canManagePlan,
  canPropose,
  canProposeStance,
  canRecordOfficialStance,
  canWithdraw,
  type NegotiationMember,
} from "./policy";

const A = "delegation-a";
const m = (role: Role, delegationId: string | null = null, userId = `${role}-${delegationId}`): NegotiationMember => ({
  role,
  delegationId,
  userId,
});
const members = {
  facilitator: m("FACILITATOR"),
  coFacilitator: m("CO_FACILITATOR"),
  observer: m("OBSERVER"),
  leadA: m("LEAD_DELEGATE", A),
  delegateA: m("DELEGATE", A),
  leadB: m("LEAD_DELEGATE", "delegation-b"),
  delegateB: m("DELEGATE", "delegation-b"),
};
type Who = keyof typeof members;
const open = { status: "UNDER_DISCUSSION" as const, proposedById: members.delegateA.userId };
const agreed = { ...open, status: "AGREED" as const };

const matrix: Array<[string, (x: NegotiationMember) => boolean, Who[]]> = [
  ["propose a clause", canPropose, ["facilitator", "coFacilitator", "leadA", "delegateA", "leadB", "delegateB"]],
  [
    "amend an open clause",
    (x) => canAmend(x, open),
    ["facilitator", "coFacilitator", "leadA", "delegateA", "leadB", "delegateB"],
  ],
  ["amend an agreed clause", (x) => canAmend(x, agreed), []],
  ["chair (decide amendments, statuses)", canChair, ["facilitator", "coFacilitator"]],
  ["withdraw an open clause", (x) => canWithdraw(x, open), ["facilitator", "coFacilitator", "delegateA"]],
  ["record A's official stance", (x) => canRecordOfficialStance(x, A), ["leadA"]],
  ["propose A's stance", (x) => canProposeStance(x, A), ["leadA", "delegateA"]],
  ["manage sections and objectives", canManagePlan, ["facilitator", "coFacilitator"]],
  ["change the rule in Submit", (x) => canChangeRule(x, { phase: "SUBMIT" }), ["facilitator", "coFacilitator"]],
  ["change the rule in Analyse", (x) => canChangeRule(x, { phase: "ANALYSE" }), ["facilitator", "coFacilitator"]],
  ["change the rule in Negotiate", (x) => canChangeRule(x, { phase: "NEGOTIATE" }), []],
  ["change the rule in Vote", (x) => canChangeRule(x, { phase: "VOTE" }), []],
  ["change the rule in Ratify", (x) => canChangeRule(x, { phase: "RATIFY" }), []],
  ["comment", canComment, ["facilitator", "coFacilitator", "observer", "leadA", "delegateA", "leadB", "delegateB"]],
];

describe("negotiation policy", () => {
  for (const [action, check, allowed] of matrix) {
    for (const [who, member] of Object.entries(members) as Array<[Who, NegotiationMember]>) {
      const expected = allowed.includes(who);
      it(`${who} ${expected ? "may" : "may not"} ${action}`, () => expect(check(member)).toBe(expected));
    }
  }
});

describe("default section titles", () => {
  it("stay translatable when saved unchanged in any language, and change when really renamed", async () => {
    const { canonicalSectionTitle } = await import("./sections");
    expect(canonicalSectionTitle("clusters", "城市群")).toBe("City clusters");
    expect(canonicalSectionTitle("clusters", "City clusters")).toBe("City clusters");
    expect(canonicalSectionTitle("clusters", "Dalian and Shenyang clusters")).toBe("Dalian and Shenyang clusters");
    expect(canonicalSectionTitle(null, "城市群")).toBe("城市群");
  });
});
