import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { databaseUrl } from "@/lib/db/url";
import { readTopic } from "@/lib/room/data";
import { log } from "@/lib/server/log";
import { EVENTS_CHANNEL, NOTIFICATIONS_CHANNEL, PRESENCE_CHANNEL } from "./channels";
import { eventsAfter, heartbeatPresence, onlineMembers, writePresence, type OpenStreams } from "./data";
import { summarisePresence } from "./presence";
import type { StoredEvent } from "./types";

export interface Subscriber {
  /** Whose stream this is: the hub counts open streams per person for the presence heartbeat. */
  userId: string;
  /** Events committed in this workshop, in commit order: one or a burst read together (may be out
   * of step with what the stream sent: the stream fills gaps from the table). */
  onEvents(events: readonly StoredEvent[]): void;
  /** Who is online now: a `presence` frame's data (the same text for every stream). */
  onPresence(summary: string): void;
  /** The LISTEN connection was lost and is back: notifications may have been missed. */
  onResync(): void;
  /** Something was written to this person's notifications (the bell), in any workshop. */
  onNotifications(): void;
  /** The server is stopping: end the stream now (the browser resumes on another instance or
   * after the restart), so that the HTTP server can close. */
  onShutdown(): void;
}

/** A pushed model as every stream of its audience sends it: its seq, and the whole SSE frame,
 * encoded once. */
export interface SharedModel {
  seq: number;
  frame: Uint8Array;
}
const encoder = new TextEncoder();

interface Dispatch {
  sent: number;
  wanted: number;
  running: boolean;
}

const HEARTBEAT_MS = 15_000;
/** Joins and leaves within this window are written in one statement. */
const PRESENCE_WRITE_MS = 100;
/** Presence changes within this window reach the streams as one frame (a few per second at most). */
const PRESENCE_FRAME_MS = 250;

/**
 * One per app instance: a single dedicated LISTEN connection, fanned out to the open streams of
 * each workshop. Each notification's event row is read once here, not once per stream.
 */
class LiveHub {
  readonly instanceId = randomUUID();
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  /** Per workshop: the highest seq handed to its streams, the highest notified, and whether a read
   * is running (notifications during it are read together after it). */
  private readonly dispatches = new Map<string, Dispatch>();
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  /** The latest model read per workshop, topic and audience ("workshopId\u0000topic\u0000audience"),
   * with the least seq it is known to reflect; `started` is false while it waits for the read
   * before it (then a later event can still share it). */
  private readonly models = new Map<string, { seq: number; started: boolean; model: Promise<SharedModel | null> }>();
  /** The latest presence frame per workshop, for streams that open in between. */
  private readonly presenceFrames = new Map<string, Promise<string>>();
  /** People whose open streams changed since the last presence write: "workshopId\u0000userId". */
  private readonly presenceDirty = new Set<string>();
  private presenceWrite: NodeJS.Timeout | null = null;
  private presenceWriting: Promise<void> = Promise.resolve();

  constructor() {
    // Next.js closes its HTTP server on SIGTERM and waits for open requests: an SSE stream never
    // ends by itself, so without this a stopping instance with open streams would hang until
    // killed. Next.js exits once the server has closed.
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => this.shutdown());
  }

  /** Set on SIGTERM: a stream opened after it (a browser reconnecting on a kept-alive connection)
   * is ended at once, or it would hold the closing server open until it is killed. */
  private stopping = false;

  private shutdown(): void {
    this.stopping = true;
    log("info", "live: stopping, closing open streams", { streams: this.subscriberCount() });
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.forEachSubscriber((subscriber) => subscriber.onShutdown());
    // Best effort: the people of this instance are no longer here (else their rows expire in 45 s).
    void heartbeatPresence(this.instanceId, []).catch(() => {});
  }
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = 500;
  private heartbeat: NodeJS.Timeout | null = null;

  async subscribe(workshopId: string, subscriber: Subscriber): Promise<() => void> {
    if (this.stopping) {
      subscriber.onShutdown();
      return () => {};
    }
    await this.ensureConnected();
    let set = this.subscribers.get(workshopId);
    if (!set) this.subscribers.set(workshopId, (set = new Set()));
    set.add(subscriber);
    this.presenceChanged(workshopId, subscriber.userId);
    return () => {
      set.delete(subscriber);
      this.presenceChanged(workshopId, subscriber.userId);
      if (set.size === 0) {
        this.subscribers.delete(workshopId);
        if (!this.dispatches.get(workshopId)?.running) this.dispatches.delete(workshopId);
        for (const key of this.models.keys()) if (key.startsWith(`${workshopId}\u0000`)) this.models.delete(key);
        this.presenceFrames.delete(workshopId);
      }
    };
  }

  /** Who is online in a workshop now, as a `presence` frame's data: for a stream that just opened. */
  presence(workshopId: string): Promise<string> {
    let frame = this.presenceFrames.get(workshopId);
    if (!frame) {
      frame = this.readPresence(workshopId);
      this.presenceFrames.set(workshopId, frame);
      frame.catch(() => this.presenceFrames.delete(workshopId));
    }
    return frame;
  }

  private readPresence(workshopId: string): Promise<string> {
    return onlineMembers(workshopId).then((members) => JSON.stringify(summarisePresence(members)));
  }

  /** A stream opened or closed: its person's row is written with the next batch. */
  private presenceChanged(workshopId: string, userId: string): void {
    this.presenceDirty.add(`${workshopId}\u0000${userId}`);
    this.presenceWrite ??= setTimeout(() => {
      this.presenceWrite = null;
      // One batch at a time, so a later batch's counts never land before an earlier one's.
      this.presenceWriting = this.presenceWriting.then(() => this.writeDirtyPresence());
    }, PRESENCE_WRITE_MS);
  }

  private async writeDirtyPresence(): Promise<void> {
    const keys = [...this.presenceDirty];
    this.presenceDirty.clear();
    // Counted once per workshop, not once per marked person: a room joining marks hundreds.
    const counts = new Map<string, Map<string, number>>();
    const streams = keys.map((key) => {
      const [workshopId = "", userId = ""] = key.split("\u0000");
      if (!counts.has(workshopId)) counts.set(workshopId, this.streamsPerUser(workshopId));
      return { workshopId, userId, connections: counts.get(workshopId)!.get(userId) ?? 0 };
    });
    try {
      await writePresence(this.instanceId, streams);
    } catch (error) {
      // The heartbeat writes every open stream again within 15 s: nothing stays wrong for long.
      log("warn", "live: presence write failed", { error, people: streams.length });
    }
  }

  /**
   * A topic's pushed model, as `audience` sees it, reflecting at least event `seq`. Read once per
   * event for every stream of this instance in that audience (they all ask for the same seq), and
   * a burst of events shares reads: a model read after the notification of seq n reflects every
   * event up to n (often later ones too: then it carries their seq, and streams reuse it for
   * them), and while one read is running, the events that arrive wait for one read after it
   * rather than starting one each. So a run of votes costs a read per read-time, not per vote.
   */
  pushed(workshopId: string, topic: string, audience: string, seq: number): Promise<SharedModel | null> {
    const key = `${workshopId}\u0000${topic}\u0000${audience}`;
    const cached = this.models.get(key);
    if (cached && (cached.seq >= seq || !cached.started)) {
      cached.seq = Math.max(cached.seq, seq);
      return cached.model;
    }
    const entry = { seq, started: false, model: Promise.resolve<SharedModel | null>(null) };
    const read = () => {
      entry.started = true;
      // Serialised once here, not once per stream: the same text goes to the whole audience.
      return readTopic(workshopId, topic, audience).then(
        (pushed) =>
          pushed && { seq: pushed.seq, frame: encoder.encode(`event: state\ndata: ${JSON.stringify(pushed)}\n\n`) },
      );
    };
    entry.model = cached ? cached.model.then(read, read) : read();
    this.models.set(key, entry);
    entry.model.then(
      (model) => {
        if (model && model.seq > entry.seq && this.models.get(key) === entry) entry.seq = model.seq;
      },
      () => {
        if (this.models.get(key) === entry) this.models.delete(key);
      },
    );
    return entry.model;
  }

  /** Open streams per workshop and person: the truth the presence heartbeat writes back. */
  openStreams(): OpenStreams {
    const open: Array<{ workshopId: string; userId: string; connections: number }> = [];
    for (const workshopId of this.subscribers.keys())
      for (const [userId, connections] of this.streamsPerUser(workshopId))
        open.push({ workshopId, userId, connections });
    return open;
  }

  /** How many streams each person has open in a workshop on this instance. */
  private streamsPerUser(workshopId: string): Map<string, number> {
    const perUser = new Map<string, number>();
    for (const { userId } of this.subscribers.get(workshopId) ?? [])
      perUser.set(userId, (perUser.get(userId) ?? 0) + 1);
    return perUser;
  }

  subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl(), keepAlive: true });
    client.on("notification", (message) => this.onNotification(message.channel, message.payload ?? ""));
    client.on("error", (error) => this.onConnectionLost(client, error));
    client.on("end", () => this.onConnectionLost(client, new Error("connection ended")));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
    await client.query(`LISTEN ${NOTIFICATIONS_CHANNEL}`);
    this.client = client;
    this.retryMs = 500;
    this.heartbeat ??= setInterval(() => {
      // In the same queue as the batched writes: the two never hold this instance's presence rows
      // at once (they took them in different orders, and PostgreSQL found them deadlocked).
      this.presenceWriting = this.presenceWriting.then(() =>
        heartbeatPresence(this.instanceId, this.openStreams()).then(
          () => undefined,
          (error: unknown) => log("warn", "presence heartbeat failed", { error }),
        ),
      );
    }, HEARTBEAT_MS).unref();
  }

  private onConnectionLost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    log("warn", "live: LISTEN connection lost, reconnecting", { error, retryMs: this.retryMs });
    const retry = () => {
      this.ensureConnected()
        .then(() => this.forEachSubscriber((subscriber) => subscriber.onResync()))
        .catch(() => {
          this.retryMs = Math.min(this.retryMs * 2, 10_000);
          setTimeout(retry, this.retryMs).unref();
        });
    };
    setTimeout(retry, this.retryMs).unref();
  }

  private onNotification(channel: string, payload: string): void {
    if (channel === PRESENCE_CHANNEL) return this.schedulePresence(payload);
    if (channel === NOTIFICATIONS_CHANNEL) {
      // The payload is a user id: that person's open streams, whatever workshop they show.
      return this.forEachSubscriber((subscriber) => {
        if (subscriber.userId === payload) subscriber.onNotifications();
      });
    }
    const [workshopId = "", seqText = ""] = payload.split(":");
    const seq = Number(seqText);
    if (!this.subscribers.has(workshopId) || !Number.isInteger(seq)) return;
    let dispatch = this.dispatches.get(workshopId);
    if (!dispatch) this.dispatches.set(workshopId, (dispatch = { sent: seq - 1, wanted: seq, running: false }));
    dispatch.wanted = Math.max(dispatch.wanted, seq);
    if (!dispatch.running) void this.dispatch(workshopId, dispatch);
  }

  /**
   * Reads the events notified since the last read, in ONE query however many arrived meanwhile (a
   * room voting notifies hundreds a second), and hands them to the workshop's streams in commit
   * order. One loop per workshop at a time; a stream fills any gap from the table itself.
   */
  private async dispatch(workshopId: string, dispatch: Dispatch): Promise<void> {
    dispatch.running = true;
    try {
      while (dispatch.sent < dispatch.wanted && this.subscribers.has(workshopId)) {
        const upTo = dispatch.wanted;
        const events = await eventsAfter(workshopId, dispatch.sent, upTo);
        // Rows beyond what was notified are not read; a missing row is the streams' gap to fill.
        dispatch.sent = Math.max(upTo, events.at(-1)?.seq ?? 0);
        if (events.length === 0) continue;
        for (const subscriber of this.subscribers.get(workshopId) ?? []) subscriber.onEvents(events);
      }
    } catch (error) {
      log("error", "live: dispatch failed", { workshopId, upTo: dispatch.wanted, error });
      // The streams catch up from the table after the next event or resync.
      dispatch.sent = dispatch.wanted;
    } finally {
      dispatch.running = false;
      if (!this.subscribers.has(workshopId)) this.dispatches.delete(workshopId);
      else if (dispatch.sent < dispatch.wanted) void this.dispatch(workshopId, dispatch);
    }
  }

  /** Presence changes come in bursts (a room joining); coalesce them per workshop into one read and
   * one frame, serialised once and sent to every stream. */
  private schedulePresence(workshopId: string): void {
    if (!this.subscribers.has(workshopId) || this.presenceTimers.has(workshopId)) return;
    const timer = setTimeout(() => {
      this.presenceTimers.delete(workshopId);
      const frame = this.readPresence(workshopId);
      frame
        .then((summary) => {
          if (!this.subscribers.has(workshopId)) return;
          this.presenceFrames.set(workshopId, frame);
          for (const subscriber of this.subscribers.get(workshopId) ?? []) subscriber.onPresence(summary);
        })
        .catch((error: unknown) => log("error", "live: presence failed", { workshopId, error }));
    }, PRESENCE_FRAME_MS);
    this.presenceTimers.set(workshopId, timer);
  }

  private forEachSubscriber(fn: (subscriber: Subscriber) => void): void {
    for (const set of this.subscribers.values()) for (const subscriber of set) fn(subscriber);
  }
}

const globalForHub = globalThis as unknown as { roundtableLiveHub?: LiveHub };
export const liveHub: LiveHub = (globalForHub.roundtableLiveHub ??= new LiveHub());
