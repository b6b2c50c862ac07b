import type { Phase } from "@/lib/db/generated/enums";
import type { BallotLive } from "@/lib/ballots/live-data";
import type { StanceBoard } from "@/lib/plan/data";
import type { Signatures } from "@/lib/ratify/data";
import type { QuestionView, SessionRoom } from "@/lib/session/data";

/**
 * A piece of the live room's state, as the stream pushes it and a page first renders it. `topic`
 * names it ("room", "questions", "ballot:<id>": lib/room/topics.ts); `seq` is the workshop's event
 * sequence number read before the state, so the state reflects at least that event and a browser
 * keeps the newest of what it was given (components/live/pushed-store.ts), whichever came first:
 * the server render, a refresh or the stream.
 */
export interface Pushed<T = unknown> {
  topic: string;
  seq: number;
  model: T;
}

/**
 * Topic "room": what changes during a session and is the same for every member (the phase, the
 * banner, agenda and countdowns, the speaking queue and the floor). Every member receives it.
 */
export interface RoomModel {
  phase: Phase;
  session: SessionRoom;
}

/** Topic "questions": the questions from the floor as one audience sees them (the chair also sees
 * hidden ones). What only one member knows (which are theirs, which they upvoted) is not in it:
 * the session page renders that for them. */
export interface QuestionsModel {
  questions: QuestionView[];
}

/** Topic "ballot:<id>": the ballot's turnout and, where its page shows them, live results and
 * open choices (lib/ballots/live.ts). The same for every member, and nothing a page hides. */
export type BallotModel = BallotLive;

/** Topic "stances:<clauseId>": a clause's official stances, the consensus they make and the ones
 * that no longer count (lib/plan/data.ts). The same for every member: drafts are never in it. */
export type StancesModel = StanceBoard;

/** Topic "signatures": who has signed each frozen version of the plan, and whether the latest is
 * ratified (lib/ratify/data.ts). The same for every member. */
export type SignaturesModel = Signatures;
