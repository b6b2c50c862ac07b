// Shared by the live sections: members with their own session cookies, and SSE clients on a
// workshop's event stream that record when each `change` event arrives.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { BENCH_SECRET } from "./server";

export interface BenchMember {
  userId: string;
  membershipId: string;
  email: string;
  name: string;
}

/** `count` new users, each a member of the workshop (created in bulk, no invitations). */
export async function createMembers(
  prisma: PrismaClient,
  workshopId: string,
  count: number,
  { role = "DELEGATE", delegationIds = [] }: { role?: Role; delegationIds?: string[] } = {},
): Promise<BenchMember[]> {
  const members = Array.from({ length: count }, (_, i) => {
    const userId = randomUUID();
    return {
      userId,
      membershipId: randomUUID(),
      email: `${userId}@bench.example`,
      name: `Bench participant ${String(i + 1).padStart(4, "0")}`,
    };
  });
  await prisma.user.createMany({
    data: members.map((m) => ({ id: m.userId, email: m.email, name: m.name, passwordHash: "scrypt$unused" })),
  });
  await prisma.membership.createMany({
    data: members.map((m, i) => ({
      id: m.membershipId,
      workshopId,
      userId: m.userId,
      role,
      delegationId: delegationIds.length ? delegationIds[i % delegationIds.length]! : null,
    })),
  });
  return members;
}

/**
 * The cookie header a browser holds after signing in: a session row and a session JWT naming it,
 * as next-auth issues it (same claims, same secret as the bench server), minted here rather than
 * through 1,000 password checks.
 */
export async function sessionCookie(
  prisma: PrismaClient,
  user: { id: string; email: string; name: string },
): Promise<string> {
  const sid = randomUUID();
  await prisma.authSession.create({
    data: { id: sid, userId: user.id, expiresAt: new Date(Date.now() + 24 * 3_600_000) },
  });
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, picture: null, sid },
    secret: BENCH_SECRET,
  });
  return `next-auth.session-token=${token}`;
}

/** One agent for all streams: no cap on sockets (Node's default is already Infinity; explicit). */
export function sseAgent(): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: Infinity });
}

export interface ChangeArrival {
  seq: number;
  type: string;
  /** performance.now() when the chunk holding it was read. */
  at: number;
}

export interface SseClient {
  /** Every `change` event received, in arrival order. */
  readonly changes: ChangeArrival[];
  /** Presence lists received so far, when the last one arrived and its length; characters received in all. */
  readonly received: { presence: number; lastPresenceAt: number; lastPresenceChars: number; chars: number };
  /** Resolves on the first presence list: the stream is open and subscribed to the workshop. */
  readonly ready: Promise<void>;
  close(): void;
}

/** Opens one stream; resolves once the server answered 200 (headers sent, stream open). */
export function openSseClient(
  url: string,
  cookie: string,
  agent: http.Agent,
  onChange?: (arrival: ChangeArrival) => void,
): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        return reject(new Error(`SSE HTTP ${response.statusCode}`));
      }
      let markReady!: () => void;
      const client: SseClient = {
        changes: [],
        received: { presence: 0, lastPresenceAt: 0, lastPresenceChars: 0, chars: 0 },
        ready: new Promise<void>((done) => (markReady = done)),
        close: () => request.destroy(),
      };
      let buffer = "";
      let searchFrom = 0;
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        client.received.chars += chunk.length;
        let end: number;
        // Presence lists can be large: resume the search for the frame end where the last one stopped.
        while ((end = buffer.indexOf("\n\n", searchFrom)) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          searchFrom = 0;
          if (frame.startsWith("event: presence")) {
            client.received.presence += 1;
            client.received.lastPresenceAt = now;
            client.received.lastPresenceChars = frame.length;
            if (client.received.presence === 1) markReady();
            continue;
          }
          const id = /^id: (\d+)$/m.exec(frame)?.[1];
          if (id && frame.includes("event: change")) {
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            const type = data ? (JSON.parse(data) as { type: string }).type : "";
            const arrival = { seq: Number(id), type, at: now };
            client.changes.push(arrival);
            onChange?.(arrival);
          }
        }
        searchFrom = Math.max(0, buffer.length - 1);
      });
      resolve(client);
    });
    request.on("error", reject);
  });
}

/** Opens `cookies.length` streams, at most `concurrency` connecting at once (default: all at once). */
export async function openSseClients(
  url: string,
  cookies: string[],
  agent: http.Agent,
  { concurrency = Infinity, onChange }: { concurrency?: number; onChange?: (arrival: ChangeArrival) => void } = {},
): Promise<SseClient[]> {
  const clients: SseClient[] = new Array(cookies.length);
  let next = 0;
  const worker = async () => {
    while (next < cookies.length) {
      const i = next++;
      clients[i] = await openSseClient(url, cookies[i]!, agent, onChange);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, cookies.length) }, worker));
  } catch (error) {
    clients.forEach((client) => client?.close());
    throw error;
  }
  return clients;
}
