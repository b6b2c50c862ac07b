// The room bench's simulated participants: each is a distinct member holding their own live stream
// and behaving as their open page does (components/live/live-provider.tsx): a pushed model is
// applied where it arrives (no request); an event that touches what the page shows makes it send
// the page's recorded refresh requests (./page-requests.ts) after the same random 60-360 ms.
import http from "node:http";
import { touches } from "@/lib/room/effects";

export interface Frame {
  event: string;
  id: string | null;
  data: string;
  /** performance.now() when the chunk holding it was read. */
  at: number;
}

/** A raw SSE stream over one connection, calling `onFrame` for every frame as it is read. */
export function openStream(
  url: string,
  headers: Record<string, string>,
  agent: http.Agent,
  onFrame: (frame: Frame) => void,
): Promise<{ close(): void }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { ...headers, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        return reject(new Error(`SSE HTTP ${response.statusCode} for ${url}`));
      }
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const raw = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const frame: Frame = { event: "message", id: null, data: "", at };
          for (const line of raw.split("\n")) {
            const colon = line.indexOf(": ");
            if (colon < 0) continue;
            const [field, value] = [line.slice(0, colon), line.slice(colon + 2)];
            if (field === "event") frame.event = value;
            else if (field === "id") frame.id = value;
            else if (field === "data") frame.data = value;
          }
          if (frame.data || frame.id) onFrame(frame);
        }
      });
      // A connection reset once open ends the stream, as it would end the page's; the run sees
      // the participant fall behind rather than the bench stopping.
      response.on("error", () => {});
      resolve({ close: () => request.destroy() });
    });
    request.on("error", reject);
  });
}

export interface PageBehaviour {
  /** What the page declares it shows: an event touching one of these makes it refresh. */
  reads: string[];
  /** The requests one refresh sends (method, path with `_rsc`, headers), as Chromium sends them. */
  refresh: Array<{ method: string; url: string; headers: Record<string, string> }>;
}

/** One participant: their stream, the page they have open, and when their view became current. */
export class Participant {
  /** Per topic, the newest pushed seq and when it arrived. */
  readonly pushed = new Map<string, { seq: number; at: number }>();
  /** Per topic, the newest pushed model. */
  readonly models = new Map<string, unknown>();
  /** The last event seq received, when each arrived, and when the refresh it set off was read. */
  lastSeq = 0;
  readonly arrivals = new Map<number, number>();
  readonly refreshed = new Map<number, number>();
  presence = { total: 0, bytes: 0, at: 0 };
  page: PageBehaviour | null = null;
  refreshes = 0;
  failures = 0;
  private stream: { close(): void } | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  /** Events received since the last refresh was sent: the refresh covers them all. */
  private pendingSeqs: number[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    private readonly agent: http.Agent,
  ) {}

  /** Connections refused or reset while opening the stream (each retried, as EventSource does). */
  reconnects = 0;

  /** Opens the stream; a connection reset or refused while a crowd connects at once is retried
   * after the stream's `retry` (2 s), as the browser's EventSource does, up to five times. */
  async open(streamPath: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.stream = await openStream(`${this.baseUrl}${streamPath}`, { cookie: this.cookie }, this.agent, (frame) =>
          this.onFrame(frame),
        );
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (attempt >= 5 || (code !== "ECONNRESET" && code !== "ECONNREFUSED")) throw error;
        this.reconnects += 1;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }

  close(): void {
    this.stream?.close();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
  }

  private onFrame(frame: Frame): void {
    if (frame.event === "presence") {
      this.presence = {
        total: (JSON.parse(frame.data) as { total: number }).total,
        bytes: this.presence.bytes,
        at: frame.at,
      };
      this.presence.bytes += frame.data.length;
    } else if (frame.event === "state") {
      const { topic, seq, model } = JSON.parse(frame.data) as { topic: string; seq: number; model: unknown };
      if (seq > (this.pushed.get(topic)?.seq ?? -1)) {
        this.pushed.set(topic, { seq, at: frame.at });
        this.models.set(topic, model);
      }
    } else if (frame.event === "change") {
      const event = JSON.parse(frame.data) as { seq: number; reads?: string[] };
      this.lastSeq = Math.max(this.lastSeq, event.seq);
      this.arrivals.set(event.seq, frame.at);
      if (this.page && event.reads && touches(event.reads, this.page.reads)) {
        this.scheduleRefresh(event.seq);
      }
    }
  }

  /** As the page does: one refresh for a burst, 60-360 ms after the first event of it. */
  private scheduleRefresh(seq: number): void {
    this.pendingSeqs.push(seq);
    this.refreshTimer ??= setTimeout(
      () => {
        this.refreshTimer = null;
        const seqs = this.pendingSeqs.splice(0);
        void this.refresh().then((done) => seqs.forEach((s) => this.refreshed.set(s, done)));
      },
      60 + Math.random() * 300,
    );
  }

  /** Sends the page's refresh requests and reads each response to its end; when it was done. */
  private async refresh(): Promise<number> {
    this.refreshes += 1;
    for (const request of this.page?.refresh ?? []) {
      let outcome = await this.send(request);
      // A kept-alive socket the server closed meanwhile: a browser retries such a GET at once.
      if (outcome === "retry") outcome = await this.send(request);
      if (outcome !== "ok") {
        this.failures += 1;
        failureReasons.set(outcome, (failureReasons.get(outcome) ?? 0) + 1);
      }
    }
    return performance.now();
  }

  /** One request, read to its end: "ok", "retry" (reset on a reused socket), or why it failed. */
  private send(request: { method: string; url: string; headers: Record<string, string> }): Promise<string> {
    return new Promise<string>((resolve) => {
      const sent = http.request(
        `${this.baseUrl}${request.url}`,
        { method: request.method, agent: this.agent, headers: { ...request.headers, cookie: this.cookie } },
        (response) => {
          response.on("data", () => {});
          response.on("end", () => resolve(response.statusCode === 200 ? "ok" : `HTTP ${response.statusCode}`));
          response.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
        },
      );
      sent.on("error", (error: NodeJS.ErrnoException) =>
        resolve(sent.reusedSocket && error.code === "ECONNRESET" ? "retry" : (error.code ?? error.message)),
      );
      sent.end();
    });
  }
}

/** Why refresh requests failed, over every participant of the run (status or error code). */
export const failureReasons = new Map<string, number>();
