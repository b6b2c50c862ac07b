// Reads the Server-Sent Events frames of a stream opened in-process (lib/live/stream.ts).
import { openEventStream } from "@/lib/live/stream";
import type { Pushed, RoomModel } from "@/lib/room/types";
import type { SessionMember } from "@/lib/session/policy";
import { prisma } from "./db";

export interface Frame {
  event: string;
  id?: string;
  data: string;
}

/** Reads SSE frames from a stream until `until` says stop (or a timeout). */
export function readFrames(stream: ReadableStream<Uint8Array>) {
  const frames: Frame[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reading = (async () => {
    const r = stream.getReader();
    for (;;) {
      const { value, done } = await r.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const frame: Frame = { event: "message", data: "" };
        for (const line of raw.split("\n")) {
          const [field, ...rest] = line.split(": ");
          const value = rest.join(": ");
          if (field === "event") frame.event = value;
          if (field === "id") frame.id = value;
          if (field === "data") frame.data = value;
        }
        if (frame.data) frames.push(frame);
      }
    }
  })();
  async function waitFor(predicate: (frames: Frame[]) => boolean, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(frames)) {
      if (Date.now() > deadline) throw new Error(`timed out; frames: ${JSON.stringify(frames)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  const changes = () =>
    frames.filter((f) => f.event === "change").map((f) => JSON.parse(f.data) as { seq: number; type: string });
  return { frames, waitFor, changes, reading };
}

/** A member's live stream opened in-process, read as frames, with its pushed models by topic. */
export function streamOf(workshopId: string, actor: { userId: string; member: SessionMember }, afterSeq: number) {
  const controller = new AbortController();
  const stream = readFrames(
    openEventStream({ workshopId, userId: actor.userId, member: actor.member, afterSeq, signal: controller.signal }),
  );
  /** The models pushed for `topic`, in the order they came. */
  const models = <T>(topic: string) =>
    stream.frames
      .filter((f) => f.event === "state")
      .map((f) => JSON.parse(f.data) as Pushed<T>)
      .filter((pushed) => pushed.topic === topic);
  const rooms = () => models<RoomModel>("room");
  return { ...stream, models, rooms, close: () => controller.abort() };
}

/** The workshop's latest event seq: where a stream opened now starts. */
export const seqOf = async (workshopId: string) =>
  (await prisma.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { eventSeq: true } })).eventSeq;
