// Who may do what in the negotiation, as pure functions of the member (from the database) and
// the clause or delegation concerned. Stances belong to delegations: only a delegation's lead
// records its official stance; its delegates may propose one or draft in the private caucus.
import type { Role } from "@/lib/db/generated/enums";
import { isFacilitator } from "@/lib/workshop/policy";

export interface NegotiationMember {
  role: Role;
  delegationId: string | null;
  userId: string;
}

export type ClauseStatus = "PROPOSED" | "UNDER_DISCUSSION" | "AGREED" | "PARKED" | "WITHDRAWN";

const isDelegate = (member: NegotiationMember) => member.role === "DELEGATE" || member.role === "LEAD_DELEGATE";
const isOpen = (status: ClauseStatus) => status !== "AGREED" && status !== "WITHDRAWN";

/** Delegates and facilitators propose clauses and amendments; observers comment only. */
export function canPropose(member: NegotiationMember): boolean {
  return isDelegate(member) || isFacilitator(member);
}

/** Amendments only on clauses still open: an agreed clause is locked until reopened. */
export function canAmend(member: NegotiationMember, clause: { status: ClauseStatus }): boolean {
  return canPropose(member) && isOpen(clause.status);
}

/** The facilitators accept or reject amendments and move clauses through their statuses. */
export function canChair(member: NegotiationMember): boolean {
  return isFacilitator(member);
}

/** The proposer may withdraw their own clause while it is open; facilitators any open clause. */
export function canWithdraw(
  member: NegotiationMember,
  clause: { status: ClauseStatus; proposedById: string },
): boolean {
  return isOpen(clause.status) && (isFacilitator(member) || clause.proposedById === member.userId);
}

export function canRecordOfficialStance(member: NegotiationMember, delegationId: string): boolean {
  return member.role === "LEAD_DELEGATE" && member.delegationId === delegationId;
}

/** Delegates propose their delegation's stance for the lead to confirm, and draft in its caucus. */
export function canProposeStance(member: NegotiationMember, delegationId: string): boolean {
  return isDelegate(member) && member.delegationId === delegationId;
}

/** Everyone in the room may comment, observers included. */
export function canComment(member: NegotiationMember): boolean {
  return Boolean(member.role);
}

/** The facilitators keep the plan's sections and strategy objectives. */
export function canManagePlan(member: NegotiationMember): boolean {
  return isFacilitator(member);
}

export type WorkshopPhase = "SUBMIT" | "ANALYSE" | "NEGOTIATE" | "VOTE" | "RATIFY";

/** The consensus rule is fixed once negotiation starts: stances were given under it. */
export function ruleChangeable(phase: WorkshopPhase): boolean {
  return phase === "SUBMIT" || phase === "ANALYSE";
}

/** Only the facilitators change the consensus rule, and only before negotiation starts. */
export function canChangeRule(member: NegotiationMember, workshop: { phase: WorkshopPhase }): boolean {
  return isFacilitator(member) && ruleChangeable(workshop.phase);
}
