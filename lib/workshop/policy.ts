// Who may do what in a workshop, as plain functions of the member's role. The server calls these
// after loading the membership from the database; the UI uses them only to hide controls.
import type { Role } from "@/lib/db/generated/enums";

export type WorkshopAction =
  | "workshop.view"
  | "workshop.changePhase"
  | "workshop.editSettings"
  | "delegations.manage"
  | "invitations.manage"
  | "members.view";

const FACILITATION: readonly WorkshopAction[] = [
  "workshop.view",
  "workshop.changePhase",
  "workshop.editSettings",
  "delegations.manage",
  "invitations.manage",
  "members.view",
];
const PARTICIPATION: readonly WorkshopAction[] = ["workshop.view", "members.view"];

const allowed: Record<Role, readonly WorkshopAction[]> = {
  FACILITATOR: FACILITATION,
  CO_FACILITATOR: FACILITATION,
  LEAD_DELEGATE: PARTICIPATION,
  DELEGATE: PARTICIPATION,
  OBSERVER: PARTICIPATION,
};

export interface MemberRole {
  role: Role;
}

export function can(member: MemberRole, action: WorkshopAction): boolean {
  return allowed[member.role].includes(action);
}

export function isFacilitator(member: MemberRole): boolean {
  return member.role === "FACILITATOR" || member.role === "CO_FACILITATOR";
}

/** Delegate roles belong to exactly one delegation; the others to none. */
export function roleNeedsDelegation(role: Role): boolean {
  return role === "DELEGATE" || role === "LEAD_DELEGATE";
}
