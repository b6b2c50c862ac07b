import { canonicalJson, sha256Hex } from "@/lib/hash/canonical";

// The audit trail's hash chain. Each event's hash is
//   SHA-256( <previous event's hash, or "" for the first> "|" <seq> "|" <body> )
// where <body> is the canonical JSON (lib/ratify/canonical.ts) of the event's type, actor,
// payload, audience and time. The head of the chain is kept on the workshop row and advanced in
// the same statement that takes the next sequence number, so it follows commit order exactly.
// Changing, removing or reordering any event breaks every hash after it; `verifyChain` finds
// the first broken link. Events written before the chain existed have no hash and precede it.

export type ChainedEvent = {
  seq: number;
  type: string;
  actorId: string | null;
  payload: unknown;
  audienceDelegationId: string | null;
  createdAt: Date;
  hash: string | null;
};

export function eventBody(event: Omit<ChainedEvent, "seq" | "hash">): string {
  return canonicalJson({
    type: event.type,
    actor: event.actorId,
    payload: event.payload,
    audience: event.audienceDelegationId,
    at: event.createdAt.toISOString(),
  });
}

/** The link's input as PostgreSQL computes it in lib/live/events.ts (same text, same bytes). */
export function chainHash(previous: string | null, seq: number, body: string): string {
  return sha256Hex(`${previous ?? ""}|${seq}|${body}`);
}

export type ChainReport =
  | { ok: true; events: number; chained: number; unchained: number; head: string | null }
  | {
      ok: false;
      events: number;
      unchained: number;
      /** The first event whose stored hash differs from the recomputed one, or a gap in seq. */
      broken: { seq: number; reason: "hash" | "gap" | "unhashed"; expected: string | null; found: string | null };
    };

/** Recomputes the chain over a workshop's events in seq order. */
export function verifyChain(events: readonly ChainedEvent[], head: string | null): ChainReport {
  let previous: string | null = null;
  let started = false;
  let unchained = 0;
  let lastSeq = 0;
  for (const event of events) {
    if (event.seq !== lastSeq + 1)
      return {
        ok: false,
        events: events.length,
        unchained,
        broken: { seq: lastSeq + 1, reason: "gap", expected: null, found: null },
      };
    lastSeq = event.seq;
    if (event.hash === null) {
      if (started)
        return {
          ok: false,
          events: events.length,
          unchained,
          broken: { seq: event.seq, reason: "unhashed", expected: null, found: null },
        };
      unchained += 1;
      continue;
    }
    started = true;
    const expected = chainHash(previous, event.seq, eventBody(event));
    if (expected !== event.hash)
      return {
        ok: false,
        events: events.length,
        unchained,
        broken: { seq: event.seq, reason: "hash", expected, found: event.hash },
      };
    previous = event.hash;
  }
  if (head !== previous)
    return {
      ok: false,
      events: events.length,
      unchained,
      broken: { seq: lastSeq + 1, reason: "gap", expected: head, found: previous },
    };
  return { ok: true, events: events.length, chained: events.length - unchained, unchained, head: previous };
}
