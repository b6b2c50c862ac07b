// Who may write the economic base. Pure; the server calls it, the UI only mirrors it.
import { canWriteList, type PlanMember } from "@/lib/industries/policy";
import { isFacilitator } from "@/lib/workshop/policy";

/** A delegation's own delegates keep its economic base; so may the facilitators, who often
 * compile the statistics for every delegation. Nobody else, and no delegate another's. */
export function canWriteBaseline(member: PlanMember, delegationId: string): boolean {
  return canWriteList(member, delegationId) || isFacilitator(member);
}
