import "server-only";
import { log } from "@/lib/server/log";
import { eventsAfter, joinPresence, leavePresence } from "./data";
import { liveHub } from "./hub";
import type { LiveEvent, OnlineMember, StoredEvent } from "./types";

/** How often an idle stream says it is alive (the browser gives up after 40 s of silence:
 * components/live/live-provider.tsx). */
const PING_MS = 15_000;
const encoder = new TextEncoder();

interface StreamOptions {
  workshopId: string;
  userId: string;
  /** The member's delegation: events private to another delegation are never sent. */
  delegationId: string | null;
  /** Last sequence number the browser has applied (Last-Event-ID); 0 for a fresh page. */
  afterSeq: number;
  signal: AbortSignal;
}

/**
 * A Server-Sent Events stream of one workshop for one member. Sends every event after `afterSeq`
 * exactly once and in order: live events from the hub, with any gap (missed notification,
 * reconnection, LISTEN outage) filled from the event table.
 */
export function openEventStream({
  workshopId,
  userId,
  delegationId,
  afterSeq,
  signal,
}: StreamOptions): ReadableStream<Uint8Array> {
  let lastSent = afterSeq;
  let chain = Promise.resolve();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let joined: Promise<unknown> = Promise.resolve();
  const cleanups: Array<() => void> = [];

  const write = (text: string) => {
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      close(); // the client went away between two writes
    }
  };
  /** Sends the event if it is next (and this member may hear of it); true if it made the room's
   * pushed state stale, so the caller sends the new state after it. */
  const sendEvent = (event: StoredEvent): boolean => {
    if (event.seq !== lastSent + 1) return false;
    lastSent = event.seq;
    // Another delegation's private event: counted as passed (so the sequence has no gap), never sent.
    if (event.audienceDelegationId !== null && event.audienceDelegationId !== delegationId) return false;
    const visible: LiveEvent = { seq: event.seq, type: event.type, at: event.at, reads: event.reads };
    write(`id: ${event.seq}\nevent: change\ndata: ${JSON.stringify(visible)}\n\n`);
    return event.topics.includes("room");
  };
  // The same model for every stream of the workshop (the hub reads it once), sent as one frame.
  const sendRoom = async (seq: number) => {
    const model = await liveHub.room(workshopId, seq);
    if (model) write(`event: room\ndata: ${JSON.stringify(model)}\n\n`);
  };
  const sendPresence = (members: OnlineMember[]) => write(`event: presence\ndata: ${JSON.stringify(members)}\n\n`);
  const fillGap = async (upTo?: number) => {
    for (;;) {
      const events = await eventsAfter(workshopId, lastSent, upTo);
      // A replayed run of events is followed by one room model, new enough for all of them.
      const stale = events.map(sendEvent).some(Boolean);
      if (stale) await sendRoom(lastSent);
      if (events.length === 0 || !controller || (upTo !== undefined && lastSent >= upTo)) return;
    }
  };
  // Everything that touches lastSent runs on one chain, so catch-up and live events never race.
  const enqueue = (task: () => Promise<void> | void) => {
    chain = chain.then(task).catch((error: unknown) => {
      log("error", "live: stream failed", { workshopId, userId, error });
      close();
    });
  };
  // Runs once, whoever ends the stream first: the client (abort/cancel) or an error.
  const close = () => {
    const open = controller;
    if (!open) return;
    controller = null;
    cleanups.forEach((cleanup) => cleanup());
    // After the join has landed, or a fast disconnect could leave a row behind. Should the write
    // fail, the hub's next presence heartbeat removes the row (the stream is no longer counted).
    void joined
      .then(() => leavePresence(workshopId, userId, liveHub.instanceId))
      .catch((error: unknown) => log("warn", "live: presence leave failed", { workshopId, userId, error }));
    try {
      open.close();
    } catch {
      // already closed by the client
    }
  };

  return new ReadableStream<Uint8Array>({
    async start(streamController) {
      controller = streamController;
      signal.addEventListener("abort", close, { once: true });
      write("retry: 2000\n\n");
      // Subscribe before reading the backlog, so nothing committed in between is lost.
      const unsubscribe = await liveHub.subscribe(workshopId, {
        userId,
        onEvent: (event) =>
          enqueue(async () => {
            if (event.seq <= lastSent) return;
            if (event.seq > lastSent + 1) await fillGap(event.seq - 1);
            if (sendEvent(event)) await sendRoom(event.seq);
          }),
        onPresence: (members) => enqueue(() => sendPresence(members)),
        onResync: () => enqueue(() => fillGap()),
      });
      cleanups.push(unsubscribe);
      enqueue(() => fillGap());
      // Off the event chain, so a room joining at once does not delay events. The join's NOTIFY
      // makes the hub send the new presence list to every stream, this one included.
      joined = joinPresence(workshopId, userId, liveHub.instanceId).catch((error: unknown) =>
        log("warn", "live: presence join failed", { workshopId, userId, error }),
      );
      // A named event, not a comment: EventSource hides comments from the page, and the page
      // needs to hear something regularly to notice a connection that died without closing.
      const ping = setInterval(() => write("event: ping\ndata: \n\n"), PING_MS);
      cleanups.push(() => clearInterval(ping));
      if (signal.aborted) close();
    },
    cancel: close,
  });
}
