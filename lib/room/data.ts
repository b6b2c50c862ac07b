import "server-only";
import { prisma } from "@/lib/db/client";
import { readBallotLive } from "@/lib/ballots/live-data";
import { questionsOf, sessionRoom } from "@/lib/session/data";
import { readStanceBoard } from "@/lib/plan/data";
import { readSignatures } from "@/lib/ratify/data";
import { listDelegations } from "@/lib/workshop/data";
import { sharedRead } from "./shared-read";
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

/**
 * The room model for a page's first render, shared by every page rendered at the same seq
 * (./shared-read.ts). Its `serverNow` (the countdowns' clock) is moved on by the time since the
 * shared read, so a page rendered later still gets the server's clock of its own render.
 */
export async function sharedRoomModel(workshop: Parameters<typeof roomModelOf>[0]): Promise<Pushed<RoomModel>> {
  const { model, readAt } = await sharedRead(`room\u0000${workshop.id}`, workshop.eventSeq, async () => ({
    model: await roomModelOf(workshop),
    readAt: performance.now(),
  }));
  const session = {
    ...model.model.session,
    serverNow: Math.round(model.model.session.serverNow + performance.now() - readAt),
  };
  return { ...model, model: { ...model.model, session } };
}

/** What the workshop layout shows around every page: the delegations and the room's state, as of
 * the workshop row's seq, shared by every page rendered at that seq. */
export async function workshopFrame(workshop: Parameters<typeof roomModelOf>[0]) {
  const [delegations, room] = await Promise.all([
    sharedRead(`delegations\u0000${workshop.id}`, workshop.eventSeq, () => listDelegations(workshop.id)),
    sharedRoomModel(workshop),
  ]);
  return { delegations, room };
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
