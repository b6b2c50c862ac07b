// Who may freeze and sign the plan. Pure functions of the member (from the database).
import type { Role } from "@/lib/db/generated/enums";
import { isFacilitator } from "@/lib/workshop/policy";

export interface RatifyMember {
  role: Role;
  delegationId: string | null;
}

/** Facilitators freeze a version of the plan. */
export function canFreeze(member: RatifyMember): boolean {
  return isFacilitator(member);
}

/** Only a delegation's lead delegate signs, and only for their own delegation. */
export function canSign(member: RatifyMember, delegationId: string): boolean {
  return member.role === "LEAD_DELEGATE" && member.delegationId === delegationId;
}
