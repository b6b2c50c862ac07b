// Who a mutation runs as: the signed-in user, the workshop, and their membership as read from the
// database for this request (lib/server/action.ts builds it). Each domain narrows `member` to the
// fields its policy reads.
import type { Role } from "@/lib/db/generated/enums";
import { DomainError } from "./result";

export interface Membership {
  id: string;
  role: Role;
  delegationId: string | null;
  userId: string;
  workshopId: string;
}

export interface Actor<Member = Membership> {
  userId: string;
  workshopId: string;
  member: Member;
}

/** A policy check inside a mutation: refuses with `errors.forbidden` when the rule says no. */
export function allow(condition: boolean): void {
  if (!condition) throw new DomainError("errors.forbidden");
}
