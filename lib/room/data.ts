import "server-only";
import { prisma } from "@/lib/db/client";
import { readBallotLive } from "@/lib/ballots/live-data";
import { questionsOf, sessionRoom } from "@/lib/session/data";
import { readStanceBoard } from "@/lib/plan/data";
import { readSignatures } from "@/lib/ratify/data";
import type { BallotModel, Pushed, QuestionsModel, RoomModel, SignaturesModel, StancesModel } from "./types";

/**
 * The room's pushed state for a workshop read just now (seq first, then the state, so the state
 * is at least as new as its seq), or null when the workshop no longer exists. Used by the live hub
 * (once per event for all of an instance's streams).
 */
export async function readRoomModel(workshopId: string): Promise<Pushed<RoomModel> | null> {
  const workshop = await prisma.workshop.findUnique({
    where: { id: workshopId },
    select: { slug: true, phase: true, eventSeq: true },
  });
  if (!workshop) return null;
  return roomModelOf({ id: workshopId, ...workshop });
}

/** As above, for a workshop row the caller has just read (its seq and phase are the snapshot's):
 * the page layout's first render. */
export async function roomModelOf(workshop: {
  id: string;
  slug: string;
  phase: RoomModel["phase"];
  eventSeq: number;
}): Promise<Pushed<RoomModel>> {
  return {
    topic: "room",
    seq: workshop.eventSeq,
    model: { phase: workshop.phase, session: await sessionRoom(workshop.id, workshop.slug) },
  };
}

const BALLOT = "ballot:";
const STANCES = "stances:";

/** `topic`'s model for `audience` read just now, with the seq read before it; null when there is
 * nothing to show (the workshop or ballot is gone, an unknown topic). */
export async function readTopic(workshopId: string, topic: string, audience: string): Promise<Pushed | null> {
  if (topic === "room") return readRoomModel(workshopId);
  const workshop = await prisma.workshop.findUnique({ where: { id: workshopId }, select: { eventSeq: true } });
  if (!workshop) return null;
  const seq = workshop.eventSeq;
  if (topic === "questions") {
    const model: QuestionsModel = { questions: await questionsOf(workshopId, audience === "chair") };
    return { topic, seq, model };
  }
  if (topic === "signatures") {
    const model: SignaturesModel = await readSignatures(workshopId);
    return { topic, seq, model };
  }
  if (topic.startsWith(STANCES)) {
    const model: StancesModel | null = await readStanceBoard(workshopId, topic.slice(STANCES.length));
    return model && { topic, seq, model };
  }
  if (topic.startsWith(BALLOT)) {
    const model: BallotModel | null = await readBallotLive(workshopId, topic.slice(BALLOT.length));
    return model && { topic, seq, model };
  }
  return null;
}
