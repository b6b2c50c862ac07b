// Who may do what with shared services and their cost sharing. Pure functions of the member (from
// the database) and the delegation concerned; the server calls them, the UI only mirrors them.
import type { Role } from "@/lib/db/generated/enums";
import { isFacilitator } from "@/lib/workshop/policy";

export interface CostMember {
  role: Role;
  delegationId: string | null;
}

/** Everyone in the room sees the services and their allocation tables, observers included. */
export function canViewServices(member: CostMember): boolean {
  return Boolean(member.role);
}

/** Facilitators create, edit and delete services, and put an arrangement into the plan. */
export function canManageServices(member: CostMember): boolean {
  return isFacilitator(member);
}

/** Declared usage: facilitators for any delegation; a lead delegate for their own, never another's. */
export function canDeclareUsage(member: CostMember, delegationId: string): boolean {
  return isFacilitator(member) || (member.role === "LEAD_DELEGATE" && member.delegationId === delegationId);
}

/** Custom weights are agreed in the room and entered by the facilitators. */
export function canSetCustomWeight(member: CostMember): boolean {
  return isFacilitator(member);
}
