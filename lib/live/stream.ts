import "server-only";
import { log } from "@/lib/server/log";
import { eventsAfter } from "./data";
import { audienceOf } from "@/lib/room/topics";
import type { SessionMember } from "@/lib/session/policy";
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
  /** Whose stream: events private to another delegation are never sent, and each pushed model is
   * the one of this member's audience (lib/room/topics.ts). */
  member: SessionMember;
  /** Last sequence number the browser has applied (Last-Event-ID); 0 for a fresh page. */
  afterSeq: number;
  signal: AbortSignal;
  /** Tests set a small one. */
  maxBacklogBytes?: number;
}

/**
 * A Server-Sent Events stream of one workshop for one member. Sends every event after `afterSeq`
 * exactly once and in order: live events from the hub, with any gap (missed notification,
 * reconnection, LISTEN outage) filled from the event table; after an event that made pushed state
 * stale, the new state as this member's audience sees it; and who is online (once on opening, then on each change).
 */
export function openEventStream({
  workshopId,
  userId,
  member,
  afterSeq,
  signal,
  maxBacklogBytes = MAX_BACKLOG_BYTES,
}: StreamOptions): ReadableStream<Uint8Array> {
  let lastSent = afterSeq;
  /** The seq of the last model sent per topic: a model shared by a burst of events goes once. */
  const lastPushed = new Map<string, number>();
  let chain = Promise.resolve();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const cleanups: Array<() => void> = [];

  /** Frames written by the task running now: sent together when it ends (one chunk, one socket
   * write for an event and the models that follow it, rather than one per frame). */
  let outbox: Uint8Array[] = [];
  const write = (text: string | Uint8Array) => {
    if (controller) outbox.push(typeof text === "string" ? encoder.encode(text) : text);
  };
  const flush = () => {
    const frames = outbox;
    outbox = [];
    if (!controller || frames.length === 0) return;
    // A client that stopped reading (a frozen tab, a dead connection not yet noticed) is dropped
    // rather than buffered without bound: it reconnects and resumes after its last event.
    const unread = HIGH_WATER_MARK - (controller.desiredSize ?? HIGH_WATER_MARK);
    if (unread > maxBacklogBytes) {
      log("warn", "live: slow stream dropped", { workshopId, userId });
      close();
      return;
    }
    const chunk = frames.length === 1 ? frames[0]! : concat(frames);
    try {
      controller.enqueue(chunk);
    } catch {
      close(); // the client went away between two writes
    }
  };
  /** Sends the event if it is next (and this member may hear of it); the pushed topics it made
   * stale, so the caller sends their new models after it. */
  const sendEvent = (event: StoredEvent): string[] => {
    if (event.seq !== lastSent + 1) return [];
    lastSent = event.seq;
    // Another delegation's private event: counted as passed (so the sequence has no gap), never sent.
    if (event.audienceDelegationId !== null && event.audienceDelegationId !== member.delegationId) return [];
    const visible: LiveEvent = { seq: event.seq, type: event.type, at: event.at, reads: event.reads };
    write(`id: ${event.seq}\nevent: change\ndata: ${JSON.stringify(visible)}\n\n`);
    return event.topics;
  };
  // Each model is read once per audience by the hub and sent as one frame, unless this stream
  // already sent it (or a newer one) after an earlier event of the burst.
  const sendModels = async (topics: Iterable<string>, seq: number) => {
    for (const topic of topics) {
      const shared = await liveHub.pushed(workshopId, topic, audienceOf(topic, member), seq);
      if (!shared || shared.seq <= (lastPushed.get(topic) ?? -1)) continue;
      lastPushed.set(topic, shared.seq);
      write(shared.frame);
    }
  };
  const sendPresence = (summary: string) => write(`event: presence\ndata: ${summary}\n\n`);
  const fillGap = async (upTo?: number) => {
    for (;;) {
      const events = await eventsAfter(workshopId, lastSent, upTo);
      // A replayed run of events is followed by one model per topic, new enough for all of them.
      const stale = new Set(events.flatMap(sendEvent));
      if (stale.size > 0) await sendModels(stale, lastSent);
      if (events.length === 0 || !controller || (upTo !== undefined && lastSent >= upTo)) return;
    }
  };
  /** Live events handed over by the hub, not yet sent. */
  let pending: StoredEvent[] = [];
  const drainPending = async () => {
    const events = pending;
    pending = [];
    const stale = new Set<string>();
    for (const event of events) {
      if (event.seq <= lastSent) continue;
      if (event.seq > lastSent + 1) {
        // Models stale so far go out before the gap's events' own models (fillGap sends those).
        if (stale.size > 0) await sendModels(stale, lastSent);
        stale.clear();
        await fillGap(event.seq - 1);
      }
      for (const topic of sendEvent(event)) stale.add(topic);
    }
    if (stale.size > 0) await sendModels(stale, lastSent);
  };
  // Everything that touches lastSent runs on one chain, so catch-up and live events never race.
  const enqueue = (task: () => Promise<void> | void) => {
    chain = chain
      .then(task)
      .then(flush)
      .catch((error: unknown) => {
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
        flush();
        // Subscribe before reading the backlog, so nothing committed in between is lost.
        const unsubscribe = await liveHub.subscribe(workshopId, {
          userId,
          onEvents: (events) => {
            // Events that arrive while a drain is queued join it: a burst costs one task, one
            // read of each model it made stale, and one socket write per stream.
            const drainQueued = pending.length > 0;
            pending.push(...events);
            if (!drainQueued) enqueue(drainPending);
          },
          onPresence: (summary) => enqueue(() => sendPresence(summary)),
          onResync: () => enqueue(() => fillGap()),
          onNotifications: () => enqueue(() => write("event: notifications\ndata: \n\n")),
          onShutdown: close,
        });
        // Ended while subscribing (the client left, or the server is stopping): nothing to start,
        // and no timer left behind to keep a stopping process alive.
        if (!controller) return unsubscribe();
        cleanups.push(unsubscribe);
        enqueue(() => fillGap());
        // Who is online, once; then each change (this person's arrival among them) as it comes.
        enqueue(async () => sendPresence(await liveHub.presence(workshopId)));
        // A named event, not a comment: EventSource hides comments from the page, and the page
        // needs to hear something regularly to notice a connection that died without closing.
        const ping = setInterval(() => enqueue(() => write("event: ping\ndata: \n\n")), PING_MS).unref();
        cleanups.push(() => clearInterval(ping));
        if (signal.aborted) close();
      },
      cancel: close,
    },
    // Counted in bytes, so `desiredSize` says how much the client has left unread.
    { highWaterMark: HIGH_WATER_MARK, size: (chunk) => chunk.byteLength },
  );
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
