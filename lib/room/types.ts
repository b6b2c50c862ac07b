import type { Phase } from "@/lib/db/generated/enums";
import type { SessionRoom } from "@/lib/session/data";

/**
 * The live room's pushed state: what changes during a session and is the same for every member
 * (the phase, the banner, agenda and countdowns, the speaking queue and the floor). The server
 * renders it into the page and the live stream pushes a new one after each event that changes it;
 * `seq` is the workshop's event sequence number read before the rest, so the state reflects at
 * least that event and a browser can keep the newest of what it was given (components/live/room-store.ts).
 *
 * Nothing private belongs here: every member of the workshop receives it. What only some members
 * may see (caucus drafts, a secret ballot's votes, join requests) stays in server-rendered pages.
 */
export interface RoomModel {
  seq: number;
  phase: Phase;
  session: SessionRoom;
}
