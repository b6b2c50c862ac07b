// A minimal Server-Sent Events client for Node (on fetch) that reconnects on its own like a browser's
// EventSource: after a network error or the end of the response it waits the server's `retry:` time
// and resumes after the last event id it saw, with the `Last-Event-ID` header (what EventSource
// sends) or with `?after=` (what the app's LiveProvider sends). It records every message and every
// connection attempt, so a test can check what arrived, in which order, over which connection.

export interface SseMessage {
  /** `event:` field ("message" when absent). */
  event: string;
  data: string;
  /** The last event id when the message was dispatched ("" until the server sent one). */
  lastEventId: string;
  /** Index into `connections` of the connection that delivered it. */
  connection: number;
}

export interface SseConnection {
  /** The id the client resumed after ("" for the first connection). */
  resumedAfter: string;
  startedAt: number;
  /** HTTP status, or undefined when the request failed before a response (server down). */
  status?: number;
  endedAt?: number;
  /** Why it ended: a network error, the response ending, or the client closing. */
  end?: string;
}

export type SseState = "connecting" | "open" | "reconnecting" | "closed";

export interface SseClientOptions {
  url: string;
  headers?: Record<string, string>;
  /** How to tell the server where to resume (default: the `Last-Event-ID` header). */
  resumeWith?: "last-event-id" | "after";
  /** Reconnection delay until the server sends `retry:` (EventSource's default is about 3 s). */
  initialRetryMs?: number;
  /** Caps the server's `retry:` so tests do not wait longer than needed (default: no cap). */
  maxRetryMs?: number;
}

/** HTTP statuses after which a browser would not retry either: the client stops for good. */
const FATAL = new Set([401, 403, 404]);

export class ReconnectingSseClient {
  readonly messages: SseMessage[] = [];
  readonly connections: SseConnection[] = [];
  state: SseState = "connecting";
  lastEventId = "";
  retryMs: number;

  private controller: AbortController | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private waiters = new Set<() => void>();

  constructor(private readonly options: SseClientOptions) {
    this.retryMs = options.initialRetryMs ?? 3000;
    void this.connect();
  }

  /** Seq numbers of the `change` events, in arrival order. */
  changeSeqs(): number[] {
    return this.messages
      .filter((message) => message.event === "change")
      .map((message) => (JSON.parse(message.data) as { seq: number }).seq);
  }

  /** Resolves once `check()` holds (re-checked on every message and state change). */
  async waitFor(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline)
        throw new Error(
          `SSE ${this.options.url}: timed out after ${timeoutMs} ms waiting for ${what}\n${this.describe()}`,
        );
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, 250);
        this.waiters.add(wake);
      });
    }
  }

  close(): void {
    this.closed = true;
    this.setState("closed");
    clearTimeout(this.retryTimer);
    this.controller?.abort();
  }

  /** A summary for failure messages. */
  describe(): string {
    const connections = this.connections
      .map(
        (c, i) =>
          `  #${i} after=${JSON.stringify(c.resumedAfter)} status=${c.status ?? "-"} end=${c.end ?? "open"} ` +
          `messages=${this.messages.filter((m) => m.connection === i).length}`,
      )
      .join("\n");
    return `state=${this.state} lastEventId=${this.lastEventId} changes=[${this.changeSeqs().join(",")}]\n${connections}`;
  }

  private setState(state: SseState): void {
    if (this.state !== "closed") this.state = state;
    this.wake();
  }

  private wake(): void {
    for (const wake of [...this.waiters]) wake();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const index = this.connections.length;
    const connection: SseConnection = { resumedAfter: this.lastEventId, startedAt: Date.now() };
    this.connections.push(connection);
    const controller = (this.controller = new AbortController());
    const headers: Record<string, string> = { accept: "text/event-stream", ...this.options.headers };
    let url = this.options.url;
    if (this.lastEventId) {
      if (this.options.resumeWith === "after") {
        const resumed = new URL(url);
        resumed.searchParams.set("after", this.lastEventId);
        url = resumed.toString();
      } else {
        headers["last-event-id"] = this.lastEventId;
      }
    }

    let end = "response ended";
    try {
      const response = await fetch(url, { headers, signal: controller.signal, cache: "no-store" });
      connection.status = response.status;
      const contentType = response.headers.get("content-type") ?? "";
      if (!response.ok || !contentType.startsWith("text/event-stream") || !response.body) {
        await response.body?.cancel().catch(() => {});
        if (FATAL.has(response.status)) {
          connection.end = `HTTP ${response.status}: giving up`;
          connection.endedAt = Date.now();
          this.closed = true;
          this.setState("closed");
          return;
        }
        throw new Error(`HTTP ${response.status} ${contentType}`);
      }
      this.setState("open");
      await this.read(response.body, index);
    } catch (error) {
      end = this.closed
        ? "closed by the client"
        : `error: ${error instanceof Error ? (error.cause ?? error.message) : error}`;
    }
    connection.end = end;
    connection.endedAt = Date.now();
    if (this.closed) return;
    this.setState("reconnecting");
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
  }

  /** Parses the stream as the HTML standard describes (lines, fields, dispatch on a blank line). */
  private async read(body: ReadableStream<Uint8Array>, connection: number): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = "";
    let data: string[] = [];
    let event = "";
    let id: string | null = null;
    const dispatch = () => {
      if (id !== null) this.lastEventId = id;
      if (data.length > 0)
        this.messages.push({
          event: event || "message",
          data: data.join("\n"),
          lastEventId: this.lastEventId,
          connection,
        });
      data = [];
      event = "";
      id = null;
    };
    const line = (text: string) => {
      if (text === "") return dispatch();
      if (text.startsWith(":")) return; // a comment (the server's ping)
      const colon = text.indexOf(":");
      const field = colon < 0 ? text : text.slice(0, colon);
      let value = colon < 0 ? "" : text.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
      else if (field === "id" && !value.includes("\0")) id = value;
      else if (field === "retry" && /^\d+$/.test(value))
        this.retryMs = Math.min(Number(value), this.options.maxRetryMs ?? Number.POSITIVE_INFINITY);
    };

    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      // Complete lines only; a trailing "\r" may be the first half of "\r\n".
      const match = /\r\n|\r|\n/g;
      let start = 0;
      let found: RegExpExecArray | null;
      while ((found = match.exec(buffer)) !== null) {
        if (found[0] === "\r" && found.index === buffer.length - 1) break;
        line(buffer.slice(start, found.index));
        start = found.index + found[0].length;
      }
      buffer = buffer.slice(start);
      this.wake();
    }
    // An event not terminated by a blank line is dropped, as the standard says.
  }
}
