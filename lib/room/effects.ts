// What each kind of event changes, for the live room (lib/live/hub.ts):
// - `topics`: the pushed state it makes stale (lib/room/types.ts, lib/room/topics.ts). The stream
//   sends the new state after the event; widgets showing it re-render in the browser, with no
//   server request.
// - `reads`: the data a server-rendered page may show that it changes. A page refreshes only when
//   an event touches something it declared it reads (components/live/live-scope.tsx).
// The catalogue is closed: it lists exactly the event types of lib/live/event-types.ts (a type
// missing here, or one that is not an event, fails to compile). A stored event of a type no
// longer catalogued (an old row) refreshes every page (`reads: ["*"]`): correct, and slow.

import type { EventType } from "@/lib/live/event-types";

export type Payload = Record<string, unknown>;

export interface Effects {
  topics: string[];
  reads: string[];
}

const id = (payload: Payload, key: string) => (typeof payload[key] === "string" ? (payload[key] as string) : "");

const only =
  (...reads: string[]) =>
  (): Effects => ({ topics: [], reads });
/** Session events: the session page's agenda, queue and floor and the banner on every page are
 * pushed; only the projector (which follows the spotlight) still renders them on the server, and
 * the session page renders the questions and (for facilitators) the join requests. */
const session = (): Effects => ({ topics: ["room"], reads: ["session"] });
/** Questions are pushed (the session page shows them, the projector does not). */
const question = (): Effects => ({ topics: ["questions"], reads: [] });
/** Join requests are for facilitators only, on the session page, which renders them. */
const join = only("session:join");
const clause =
  (...more: string[]) =>
  (payload: Payload): Effects => ({ topics: [], reads: ["plan", `clause:${id(payload, "clauseId")}`, ...more] });
/** A ballot's turnout and results are pushed; a change of the ballot itself (its options, its
 * status) re-renders the pages that show it. */
/** An official stance on a clause is pushed (the clause's stance board) and changes the plan
 * page's consensus column; one on an amendment re-renders the clause's page (it shows them with
 * the amendment). A draft (proposed, private) is its delegation's own: the event reaches only it,
 * and only its clause page re-renders (`caucus:<delegationId>:<clauseId>`), which an official
 * stance also touches (it supersedes the delegation's drafts). */
const stance =
  ({ official }: { official: boolean }) =>
  (payload: Payload): Effects => {
    const clauseId = id(payload, "clauseId");
    const caucus = `caucus:${id(payload, "delegationId")}:${clauseId}`;
    if (!official) return { topics: [], reads: [caucus] };
    if (id(payload, "amendmentId")) return { topics: [], reads: ["plan", `clause:${clauseId}`] };
    return { topics: [`stances:${clauseId}`], reads: ["plan", caucus] };
  };
const ballot =
  (...more: string[]) =>
  (payload: Payload): Effects => {
    const ballotId = id(payload, "ballotId");
    return { topics: [`ballot:${ballotId}`], reads: [`ballot:${ballotId}`, ...more] };
  };
/** A vote changes only the ballot's pushed turnout and results (and the voter's own page, which
 * their vote refreshes); the ballots list's turnout figures follow on its next refresh. */
const vote = (payload: Payload): Effects => ({ topics: [`ballot:${id(payload, "ballotId")}`], reads: [] });

const catalogue = {
  "workshop.created": only("workshop"),
  // The demo seed fills a whole workshop at once.
  "workshop.seeded": (): Effects => ({ topics: ["room"], reads: ["*"] }),
  // The phase gates forms on nearly every page.
  "workshop.phaseChanged": (): Effects => ({ topics: ["room"], reads: ["*"] }),
  "workshop.ruleChanged": only("plan", "clauses"),
  "delegation.created": only("workshop"),
  "delegation.updated": only("workshop"),
  // The workshop's names as every reader sees them, on every page.
  "glossary.updated": (): Effects => ({ topics: [], reads: ["*"] }),
  "invitation.created": only("members"),
  "invitation.revoked": only("members"),
  "invitation.resent": only("members"),
  "invitation.delivery": only("members"),
  // Only the pages that list members or count voters: a room of thousands joining must not
  // re-render every open page once per person.
  "member.joined": only("members"),

  "agenda.added": session,
  "agenda.updated": session,
  "agenda.deleted": session,
  "agenda.moved": session,
  "agenda.started": session,
  "agenda.paused": session,
  "agenda.extended": session,
  "agenda.ended": session,
  "spotlight.set": session,
  "spotlight.cleared": session,
  "hand.raised": session,
  "hand.lowered": session,
  "floor.given": session,
  "floor.ended": session,
  "floor.limit": session,
  "queue.cleared": session,
  "queue.mode": session,
  "question.asked": question,
  "question.voted": question,
  "question.moderated": question,
  "join.requested": join,
  "join.codeRotated": join,
  "join.enabled": join,
  "join.disabled": join,
  "join.declined": join,

  "plan.entryCreated": only("industries"),
  "plan.entryUpdated": only("industries"),
  "plan.entryDeleted": only("industries"),
  "plan.submitted": only("industries"),
  "plan.reopened": only("industries"),
  "plan.imported": only("industries"),
  "reference.saved": only("industries"),
  "reference.deleted": only("industries"),
  "cluster.created": only("clusters"),
  "cluster.updated": only("clusters"),
  "cluster.deleted": only("clusters"),

  "section.added": only("plan"),
  "section.renamed": only("plan"),
  "section.moved": only("plan"),
  "section.deleted": only("plan"),
  "objective.added": only("plan"),
  "objective.edited": only("plan"),
  "objective.deleted": only("plan"),
  "clause.proposed": clause("clauses"),
  "clause.statusChanged": clause("clauses"),
  "amendment.proposed": clause(),
  "amendment.accepted": clause(),
  "amendment.rejected": clause(),
  "stance.official": stance({ official: true }),
  "stance.proposed": stance({ official: false }),
  "stance.private": stance({ official: false }),
  "stance.confirmed": stance({ official: true }),
  "caucus.published": only("plan", "clause:*"),
  "comment.added": clause(),

  "service.created": only("costs"),
  "service.updated": only("costs"),
  "service.deleted": only("costs"),
  "service.figuresSaved": only("costs"),
  "service.clauseProposed": (payload: Payload): Effects => ({
    topics: [],
    reads: ["costs", ...clause("clauses")(payload).reads],
  }),

  "brand.proposed": only("brands"),
  "brand.updated": only("brands"),
  "brand.deleted": only("brands"),
  "brand.sponsorJoined": only("brands"),
  "brand.sponsorLeft": only("brands"),
  "ballot.created": ballot("ballots"),
  "ballot.updated": ballot("ballots"),
  "ballot.deleted": ballot("ballots"),
  "ballot.opened": ballot("ballots"),
  "ballot.closed": ballot("ballots"),
  "ballot.voted": vote,
  "ballot.keyPublished": ballot("ballots"),
  "ballot.decrypted": ballot("ballots"),

  "division.proposed": only("division"),
  // A draft re-renders only its own delegation's view of it; a submitted position is everyone's.
  "division.positionSaved": (payload: Payload): Effects => ({
    topics: [],
    reads: [`position:${id(payload, "delegationId")}`],
  }),
  "division.adopted": only("division", "plan"),
  "division.baselineImported": only("division"),
  "division.baselineSaved": only("division"),
  "division.positionSubmitted": only("division"),
  "division.positionReopened": only("division"),

  "plan.frozen": only("ratify", "plan"),
  // A signature is pushed (the ratify page's signatures and state); nothing else shows it.
  "plan.signed": (): Effects => ({ topics: ["signatures"], reads: [] }),
} satisfies { [Type in EventType]: (payload: Payload) => Effects };

export const EVENT_TYPES = Object.keys(catalogue) as EventType[];

const isCatalogued = (type: string): type is EventType => Object.hasOwn(catalogue, type);

export function effectsOf(type: string, payload: Payload): Effects {
  return isCatalogued(type) ? catalogue[type](payload) : { topics: [], reads: ["*"] };
}

/**
 * Does an event that changed `changed` make a page that reads `reads` (and is shown the pushed
 * `topics`) stale? `*` on either side matches everything; `clause:*` matches every clause.
 */
export function touches(changed: readonly string[], reads: readonly string[]): boolean {
  if (changed.length === 0) return false;
  if (changed.includes("*") || reads.includes("*")) return true;
  return changed.some(
    (scope) =>
      reads.includes(scope) || (scope.endsWith(":*") && reads.some((read) => read.startsWith(scope.slice(0, -1)))),
  );
}
