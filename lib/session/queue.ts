// The speaking queue (issue 6): participants raise hands, the facilitator gives the floor to the
// next. Pure: no I/O; the order depends only on the hands (never on the array's order) and the mode.
//
// Hands are compared by raisedAt, then memberId, then delegationId (code-unit order, not locale), a
// total order, so the result is deterministic whatever order the hands arrive in.
//
// FIFO: first come, first served, in that order. `history` is ignored.
//
// ALTERNATE: round-robin over delegations, so that no delegation dominates. People without a
// delegation (facilitators, observers: delegationId null) form one more group, "null", treated like a
// delegation. `history` lists the delegations of the people given the floor so far, most recent last,
// so that alternation carries on across turns. The queue is built one speaker at a time:
// 1. Among groups with a hand up, those that have not spoken (not in history) come first, the one
//    whose earliest hand was raised first leading; then those that have, least recently first (by
//    their last position in history).
// 2. That group's earliest hand is next; its group is appended to history, and so on.
// Consequences: never two consecutive speakers from one group while another has a hand up (the last
// speaker's group is the most recent, so any other goes first), across turns too; a group raising
// its first hand goes before every group that has already spoken, however early their hands; with a
// single group, ALTERNATE is FIFO. Building step by step means that giving the floor to the first and
// ordering again (with that speaker appended to history) yields the rest of the same queue.

export type Hand = { memberId: string; delegationId: string | null; raisedAt: number };
export type QueueMode = "FIFO" | "ALTERNATE";

type Group = string | null;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareHands(a: Hand, b: Hand): number {
  if (a.raisedAt !== b.raisedAt) return a.raisedAt - b.raisedAt;
  if (a.memberId !== b.memberId) return compareText(a.memberId, b.memberId);
  if (a.delegationId === b.delegationId) return 0;
  if (a.delegationId === null) return -1;
  if (b.delegationId === null) return 1;
  return compareText(a.delegationId, b.delegationId);
}

/** The hands in the order the floor should be given. Does not modify `hands`. */
export function orderQueue(
  hands: readonly Hand[],
  mode: QueueMode,
  lastSpeakerDelegationIds: readonly Group[] = [],
): Hand[] {
  const sorted = [...hands].sort(compareHands);
  if (mode === "FIFO") return sorted;

  // Each group's hands, earliest first (Map keeps null as a key of its own).
  const groups = new Map<Group, Hand[]>();
  for (const hand of sorted) {
    const own = groups.get(hand.delegationId);
    if (own) own.push(hand);
    else groups.set(hand.delegationId, [hand]);
  }
  // Each group's last position in history; absent = has not spoken.
  const lastSpoke = new Map<Group, number>();
  lastSpeakerDelegationIds.forEach((group, index) => lastSpoke.set(group, index));

  const order: Hand[] = [];
  for (let turn = lastSpeakerDelegationIds.length; order.length < sorted.length; turn += 1) {
    let best: { group: Group; hands: Hand[] } | undefined;
    for (const [group, own] of groups) {
      if (own.length === 0) continue;
      if (!best || before(group, own, best.group, best.hands, lastSpoke)) best = { group, hands: own };
    }
    // The loop runs only while some hand is left, so `best` exists and has one.
    const hand = best!.hands.shift()!;
    order.push(hand);
    lastSpoke.set(best!.group, turn);
  }
  return order;
}

/** Whether group `a` (earliest remaining hand first in `aHands`) goes before group `b`. */
function before(a: Group, aHands: Hand[], b: Group, bHands: Hand[], lastSpoke: Map<Group, number>): boolean {
  const aLast = lastSpoke.get(a);
  const bLast = lastSpoke.get(b);
  if (aLast === undefined && bLast === undefined) return compareHands(aHands[0]!, bHands[0]!) < 0;
  if (aLast === undefined || bLast === undefined) return aLast === undefined;
  return aLast < bLast;
}

/** Who gets the floor next, or null when no hand is up. */
export function nextSpeaker(hands: readonly Hand[], mode: QueueMode, history: readonly Group[] = []): Hand | null {
  return orderQueue(hands, mode, history)[0] ?? null;
}
