// The closed catalogue of audit events: every type a mutation may append, with its payload. A
// type that is not here, or a payload of the wrong shape, fails to compile; lib/room/effects.ts
// must describe each of them (its catalogue `satisfies` this one), so a new event cannot reach
// the live room without saying what it changes. The payload is kept in the audit log and hashed
// into its chain (lib/live/chain.ts); it never leaves the server.
import type { Phase, Role } from "@/lib/db/generated/enums";

type Id = string;
type None = Record<string, never>;

/** Rows the demo seed (prisma/seed) writes say so in their event. */
interface Seeded {
  seeded?: true;
}

interface Payloads {
  "workshop.created": { title: string };
  "workshop.seeded": { scenario: string };
  "workshop.phaseChanged": { from: Phase; to: Phase };
  "workshop.ruleChanged": { rule: string; minSupport: number; majorityShare: number | null; doubleMajority: 0 | 1 };
  "delegation.created": { delegationId: Id; name: string };
  "delegation.updated": { delegationId: Id };
  "glossary.updated": { terms: number };
  "invitation.created": { invitationId: Id; role: Role };
  "invitation.revoked": { invitationId: Id };
  /** Sent again by email with a new link (the old one stops working). */
  "invitation.resent": { invitationId: Id };
  /** The mail worker's outcome for an emailed invitation: delivered, or given up. */
  "invitation.delivery": { invitationId: Id; status: "SENT" | "FAILED" };
  "member.joined": { role: Role; delegationId: Id | null };

  "agenda.added": { itemId: Id };
  "agenda.updated": { itemId: Id };
  "agenda.deleted": { itemId: Id };
  "agenda.moved": { itemId: Id };
  "agenda.started": { itemId: Id };
  "agenda.paused": { itemId: Id };
  "agenda.extended": { itemId: Id };
  "agenda.ended": { itemId: Id };
  "spotlight.set": { kind: string; targetId: Id | null };
  "spotlight.cleared": None;
  "hand.raised": None;
  "hand.lowered": None;
  "floor.given": { memberId: Id };
  "floor.ended": None;
  "floor.limit": { seconds: number | null };
  "queue.cleared": None;
  "queue.mode": { mode: string };
  "question.asked": { questionId: Id };
  "question.voted": { questionId: Id };
  "question.moderated": { questionId: Id };
  "join.requested": None;
  "join.codeRotated": None;
  "join.enabled": None;
  "join.disabled": None;
  "join.declined": None;

  "plan.entryCreated": { delegationId: Id; entryId: Id; industryCode: string; horizon: string };
  "plan.entryUpdated": { delegationId: Id; entryId: Id; industryCode: string };
  "plan.entryDeleted": { delegationId: Id; entryId: Id };
  "plan.submitted": { delegationId: Id } & Seeded;
  "plan.reopened": { delegationId: Id };
  "plan.imported": { delegationId: Id; created: number; removed: number; mode: string };
  "reference.saved": { industryCode: string; horizon: string | null };
  "reference.deleted": { referenceId: Id };
  "cluster.created": { clusterId: Id };
  "cluster.updated": { clusterId: Id };
  "cluster.deleted": { clusterId: Id };

  "section.added": { sectionId: Id };
  "section.renamed": { sectionId: Id };
  "section.moved": { sectionId: Id; direction: string };
  "section.deleted": { sectionId: Id };
  "objective.added": { objectiveId: Id };
  "objective.edited": { objectiveId: Id };
  "objective.deleted": { objectiveId: Id; unlinked: number };
  "clause.proposed": { clauseId: Id };
  "clause.statusChanged": { clauseId: Id; from: string; to: string; reason: string | null; override: 0 | 1 };
  "amendment.proposed": { clauseId: Id; amendmentId: Id };
  "amendment.accepted": { clauseId: Id; amendmentId: Id };
  "amendment.rejected": { clauseId: Id; amendmentId: Id };
  "stance.official": StancePayload;
  "stance.proposed": StancePayload;
  "stance.private": StancePayload;
  "stance.confirmed": StancePayload;
  "caucus.published": { delegationId: Id; published: number };
  "comment.added": { clauseId: Id; commentId: Id };

  "service.created": { serviceId: Id } & Seeded;
  "service.updated": { serviceId: Id; amended: boolean };
  "service.deleted": { serviceId: Id; name: string };
  "service.figuresSaved": { serviceId: Id; delegationId: Id; usage: FigureChange; customWeight: FigureChange };
  "service.clauseProposed": { serviceId: Id; clauseId: Id };

  "brand.proposed": { proposalId: Id } & Seeded;
  "brand.updated": { proposalId: Id };
  "brand.deleted": { proposalId: Id };
  "brand.sponsorJoined": { proposalId: Id; delegationId: Id };
  "brand.sponsorLeft": { proposalId: Id; delegationId: Id };
  "ballot.created": { ballotId: Id } & Seeded;
  "ballot.updated": { ballotId: Id };
  "ballot.deleted": { ballotId: Id };
  "ballot.opened": { ballotId: Id };
  "ballot.closed": { ballotId: Id };
  /** No voter and no choice: a secret ballot's events say only that someone voted. */
  "ballot.voted": { ballotId: Id };
  /** An encrypted ballot's trustee (a delegation) published its public key share. */
  "ballot.keyPublished": { ballotId: Id; delegationId: Id };
  /** A trustee decrypted its share of the sums; `tallied` when it was the last one. */
  "ballot.decrypted": { ballotId: Id; delegationId: Id; tallied: boolean };

  /** A division of labour was proposed (lib/optimiser): its number in the workshop. */
  "division.proposed": { number: number };
  /** A delegation's position for the optimiser: a draft saved (its own delegation's business),
   * submitted (everyone's) or reopened. */
  /** An alternative of a proposal became plan clauses (lib/optimiser/mutations.ts adoptDivision). */
  "division.adopted": { number: number; rank: number; clauses: number };
  /** A delegation's economic base was replaced by an imported file. */
  "division.baselineImported": { delegationId: Id; rows: number };
  "division.baselineSaved": { delegationId: Id; industryCode: string };
  "division.positionSaved": { delegationId: Id };
  "division.positionSubmitted": { delegationId: Id };
  "division.positionReopened": { delegationId: Id };

  "plan.frozen": { number: number; hash: string };
  "plan.signed": { number: number; delegationId: Id; kind: string };
}

interface StancePayload {
  clauseId: Id;
  delegationId: Id;
  stanceId: Id;
  amendmentId: Id | null;
}

type FigureChange = "unchanged" | "cleared" | "set";

export type EventType = keyof Payloads;
export type EventPayload<T extends EventType> = Payloads[T];
