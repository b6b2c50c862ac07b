import "server-only";
import { prisma } from "@/lib/db/client";
import { sessionRoom } from "@/lib/session/data";
import type { RoomModel } from "./types";

/**
 * The room's pushed state for a workshop read just now (seq first, then the state, so the state
 * is at least as new as its seq), or null when the workshop no longer exists. Used by the page
 * layout (the first render) and by the live hub (once per event for all of an instance's streams).
 */
export async function readRoomModel(workshopId: string): Promise<RoomModel | null> {
  const workshop = await prisma.workshop.findUnique({
    where: { id: workshopId },
    select: { slug: true, phase: true, eventSeq: true },
  });
  if (!workshop) return null;
  return roomModelOf({ id: workshopId, ...workshop });
}

/** As above, for a workshop row the caller has just read (its seq and phase are the snapshot's). */
export async function roomModelOf(workshop: {
  id: string;
  slug: string;
  phase: RoomModel["phase"];
  eventSeq: number;
}): Promise<RoomModel> {
  return { seq: workshop.eventSeq, phase: workshop.phase, session: await sessionRoom(workshop.id, workshop.slug) };
}
