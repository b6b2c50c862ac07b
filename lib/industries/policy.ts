// Who may read and change delegations' industry plans. Pure functions of the member (from the
// database) and the delegation concerned; the server calls them, the UI only mirrors them.
import type { Role } from "@/lib/db/generated/enums";
import { isFacilitator } from "@/lib/workshop/policy";

export interface PlanMember {
  role: Role;
  delegationId: string | null;
}

export interface PlanList {
  delegationId: string;
  planStatus: "OPEN" | "SUBMITTED";
}

const isDelegateOf = (member: PlanMember, delegationId: string) =>
  (member.role === "DELEGATE" || member.role === "LEAD_DELEGATE") && member.delegationId === delegationId;

/** Delegates edit only their own delegation's entries, and only while its list is open. */
export function canEditEntries(member: PlanMember, list: PlanList): boolean {
  return isDelegateOf(member, list.delegationId) && list.planStatus === "OPEN";
}

/** The lead delegate submits the delegation's list, and reopens it for changes. */
export function canSubmitList(member: PlanMember, list: PlanList): boolean {
  return member.role === "LEAD_DELEGATE" && member.delegationId === list.delegationId && list.planStatus === "OPEN";
}

export function canReopenList(member: PlanMember, list: PlanList): boolean {
  return (
    member.role === "LEAD_DELEGATE" && member.delegationId === list.delegationId && list.planStatus === "SUBMITTED"
  );
}

/** Only the delegation's own delegates write its list. An import checks this before it reads the
 * file (a stranger's file is not parsed), and again, with the list's status, under the lock. */
export function canWriteList(member: PlanMember, delegationId: string): boolean {
  return isDelegateOf(member, delegationId);
}

/** Drafts stay inside the delegation: everyone else (facilitators included) sees submitted entries. */
export function canSeeDrafts(member: PlanMember, delegationId: string): boolean {
  return isDelegateOf(member, delegationId);
}

/** City clusters and regional references are the facilitators' to keep. */
export function canManageAnalysisSettings(member: PlanMember): boolean {
  return isFacilitator(member);
}
