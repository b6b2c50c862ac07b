// Who may do what in the live session. Pure functions of the member (from the database); the
// server calls them, the UI only mirrors them.
import type { Role } from "@/lib/db/generated/enums";
import { isFacilitator } from "@/lib/workshop/policy";

export interface SessionMember {
  id: string;
  role: Role;
  delegationId: string | null;
}

/** Facilitators and co-facilitators run the session: agenda, timer, spotlight, floor, join code. */
export function canRunSession(member: SessionMember): boolean {
  return isFacilitator(member);
}

/** Everyone in the room may raise a hand, ask a question and upvote one. */
export function canParticipate(member: SessionMember): boolean {
  return Boolean(member.role);
}

/** A hand is lowered by its owner or by a facilitator. */
export function canLowerHand(member: SessionMember, handMemberId: string): boolean {
  return member.id === handMemberId || isFacilitator(member);
}
