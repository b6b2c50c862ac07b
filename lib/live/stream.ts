import "server-only";
import { log } from "@/lib/server/log";
import { eventsAfter } from "./data";
import { liveHub } from "./hub";
import type { LiveEvent, StoredEvent } from "./types";

/** How often an idle stream says it is alive (the browser gives up after 40 s of silence:
 * components/live/live-provider.tsx). */
const PING_MS = 15_000;
/** What a stream may hold for a client that does not read before it is dropped (the client
 * resumes from its last event id, and gets the current presence on reconnection). */
export const MAX_BACKLOG_BYTES = 1024 * 1024;
/** The stream's queue is counted in bytes; below this much unread, the client is keeping up. */
const HIGH_WATER_MARK = 64 * 1024;
const encoder = new TextEncoder();

interface StreamOptions {
  workshopId: string;
  userId: string;
  /** The member's delegation: events private to another delegation are never sent. */
  delegationId: string | null;
  /** Last sequence number the browser has applied (Last-Event-ID); 0 for a fresh page. */
  afterSeq: number;
  signal: AbortSignal;
  /** Tests set a small one. */
  maxBacklogBytes?: number;
}

/**
 * A Server-Sent Events stream of one workshop for one member. Sends every event after `afterSeq`
 * exactly once and in order: live events from the hub, with any gap (missed notification,
 * reconnection, LISTEN outage) filled from the event table; after an event that changed the
 * room's pushed state, that state; and who is online (once on opening, then on each change).
 */
export function openEventStream({
  workshopId,
  userId,
  delegationId,
  afterSeq,
  signal,
  maxBacklogBytes = MAX_BACKLOG_BYTES,
}: StreamOptions): ReadableStream<Uint8Array> {
  let lastSent = afterSeq;
  let chain = Promise.resolve();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const cleanups: Array<() => void> = [];

  const write = (text: string) => {
    if (!controller) return;
    // A client that stopped reading (a frozen tab, a dead connection not yet noticed) is dropped
    // rather than buffered without bound: it reconnects and resumes after its last event.
    const unread = HIGH_WATER_MARK - (controller.desiredSize ?? HIGH_WATER_MARK);
    if (unread > maxBacklogBytes) {
      log("warn", "live: slow stream dropped", { workshopId, userId });
      close();
      return;
    }
    try {
      controller.enqueue(encoder.encode(text));
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
  const sendPresence = (summary: string) => write(`event: presence\ndata: ${summary}\n\n`);
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
  // Runs once, whoever ends the stream first: the client (abort/cancel), an error or a backlog.
  // Unsubscribing tells the hub, which writes this person's presence with its next batch.
  const close = () => {
    const open = controller;
    if (!open) return;
    controller = null;
    cleanups.forEach((cleanup) => cleanup());
    try {
      open.close();
    } catch {
      // already closed by the client
    }
  };

  return new ReadableStream<Uint8Array>(
    {
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
          onPresence: (summary) => enqueue(() => sendPresence(summary)),
          onResync: () => enqueue(() => fillGap()),
          onShutdown: close,
        });
        cleanups.push(unsubscribe);
        enqueue(() => fillGap());
        // Who is online, once; then each change (this person's arrival among them) as it comes.
        enqueue(async () => sendPresence(await liveHub.presence(workshopId)));
        // A named event, not a comment: EventSource hides comments from the page, and the page
        // needs to hear something regularly to notice a connection that died without closing.
        const ping = setInterval(() => write("event: ping\ndata: \n\n"), PING_MS);
        cleanups.push(() => clearInterval(ping));
        if (signal.aborted) close();
      },
      cancel: close,
    },
    // Counted in bytes, so `desiredSize` says how much the client has left unread.
    { highWaterMark: HIGH_WATER_MARK, size: (chunk) => chunk.byteLength },
  );
}
