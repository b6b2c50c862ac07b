import "server-only";
import { log } from "@/lib/server/log";
import { eventsAfter, joinPresence, leavePresence, onlineMembers } from "./data";
import { liveHub } from "./hub";
import type { LiveEvent, OnlineMember } from "./types";

const PING_MS = 15_000;
const encoder = new TextEncoder();

interface StreamOptions {
  workshopId: string;
  userId: string;
  /** Last sequence number the browser has applied (Last-Event-ID); 0 for a fresh page. */
  afterSeq: number;
  signal: AbortSignal;
}

/**
 * A Server-Sent Events stream of one workshop for one member. Sends every event after `afterSeq`
 * exactly once and in order: live events from the hub, with any gap (missed notification,
 * reconnection, LISTEN outage) filled from the event table.
 */
export function openEventStream({ workshopId, userId, afterSeq, signal }: StreamOptions): ReadableStream<Uint8Array> {
  let lastSent = afterSeq;
  let chain = Promise.resolve();
  let closed = false;
  const cleanups: Array<() => void> = [];

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const sendEvent = (event: LiveEvent) => {
        if (event.seq !== lastSent + 1) return;
        lastSent = event.seq;
        write(`id: ${event.seq}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
      };
      const sendPresence = (members: OnlineMember[]) => write(`event: presence\ndata: ${JSON.stringify(members)}\n\n`);
      // Everything that touches lastSent runs on one chain, so catch-up and live events never race.
      const enqueue = (task: () => Promise<void> | void) => {
        chain = chain.then(task).catch((error: unknown) => {
          log("error", "live: stream failed", { workshopId, userId, error });
          close();
        });
      };
      const catchUp = () =>
        enqueue(async () => {
          for (;;) {
            const events = await eventsAfter(workshopId, lastSent);
            events.forEach(sendEvent);
            if (events.length === 0 || closed) return;
          }
        });
      const close = () => {
        if (closed) return;
        closed = true;
        cleanups.forEach((cleanup) => cleanup());
        leavePresence(workshopId, userId, liveHub.instanceId).catch(() => {});
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal.addEventListener("abort", close, { once: true });

      write("retry: 2000\n\n");
      // Subscribe before reading the backlog, so nothing committed in between is lost.
      cleanups.push(
        await liveHub.subscribe(workshopId, {
          onEvent: (event) =>
            enqueue(async () => {
              if (event.seq <= lastSent) return;
              if (event.seq > lastSent + 1) await fillGap(event.seq - 1);
              sendEvent(event);
            }),
          onPresence: (members) => enqueue(() => sendPresence(members)),
          onResync: catchUp,
        }),
      );
      const fillGap = async (upTo: number) => (await eventsAfter(workshopId, lastSent, upTo)).forEach(sendEvent);
      catchUp();
      enqueue(async () => {
        await joinPresence(workshopId, userId, liveHub.instanceId);
        sendPresence(await onlineMembers(workshopId));
      });
      const ping = setInterval(() => write(": ping\n\n"), PING_MS);
      cleanups.push(() => clearInterval(ping));
      if (signal.aborted) close();
    },
    cancel() {
      closed = true;
      cleanups.forEach((cleanup) => cleanup());
      leavePresence(workshopId, userId, liveHub.instanceId).catch(() => {});
    },
  });
}
