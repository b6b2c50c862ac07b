// Who may do what with brand proposals and ballots. Pure functions of the member (from the
// database) and the object concerned; the server calls them, the UI only mirrors them.
import type { Role } from "@/lib/db/generated/enums";
import { isFacilitator } from "@/lib/workshop/policy";

export interface BallotMember {
  role: Role;
  delegationId: string | null;
  userId: string;
}

const isDelegate = (member: BallotMember) =>
  (member.role === "DELEGATE" || member.role === "LEAD_DELEGATE") && member.delegationId !== null;

/** Delegates and facilitators propose brands; observers watch. */
export function canProposeBrand(member: BallotMember): boolean {
  return isDelegate(member) || isFacilitator(member);
}

/** The proposer or a facilitator edits or deletes a proposal (while no ballot on it has opened). */
export function canEditBrand(member: BallotMember, proposal: { proposedById: string }): boolean {
  return isFacilitator(member) || (isDelegate(member) && proposal.proposedById === member.userId);
}

/** A delegate joins or leaves as a sponsor for their own delegation only; facilitators for any. */
export function canChangeSponsor(member: BallotMember, delegationId: string): boolean {
  return isFacilitator(member) || (isDelegate(member) && member.delegationId === delegationId);
}

/** Facilitators create, open, close and delete ballots. */
export function canManageBallots(member: BallotMember): boolean {
  return isFacilitator(member);
}

/** Delegates and lead delegates vote, for their delegation; facilitators and observers do not. */
export function canVote(member: BallotMember): boolean {
  return isDelegate(member);
}

/**
 * Results are the same for everyone, facilitators included: while the ballot is open only if it
 * shows live results, and always once it is closed.
 */
export function canSeeResults(ballot: { status: string; resultsVisibility: string }): boolean {
  return ballot.status === "CLOSED" || (ballot.status === "OPEN" && ballot.resultsVisibility === "LIVE");
}

/**
 * An encrypted ballot's key holder for a delegation is its lead delegate: they generate the
 * delegation's key share and, after closing, decrypt with it. Nobody else, facilitators included.
 */
export function isKeyHolder(member: BallotMember): boolean {
  return member.role === "LEAD_DELEGATE" && member.delegationId !== null;
}
