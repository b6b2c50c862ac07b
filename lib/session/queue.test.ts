import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { nextSpeaker, orderQueue, type Hand, type QueueMode } from "./queue";

/** Hands raised one after another, 1 s apart, named after their delegation: "a1", "a2", "b1"… */
function raised(...delegations: (string | null)[]): Hand[] {
  const counts = new Map<string | null, number>();
  return delegations.map((delegationId, i) => {
    const n = (counts.get(delegationId) ?? 0) + 1;
    counts.set(delegationId, n);
    return { memberId: `${delegationId ?? "obs"}${n}`, delegationId, raisedAt: 1000 * (i + 1) };
  });
}

const members = (hands: readonly Hand[]) => hands.map((hand) => hand.memberId);
const delegationsOf = (hands: readonly Hand[]) => hands.map((hand) => hand.delegationId);

describe("FIFO", () => {
  it("orders by time raised", () => {
    const hands = raised("a", "b", "a", "c");
    expect(members(orderQueue([...hands].reverse(), "FIFO"))).toEqual(["a1", "b1", "a2", "c1"]);
  });

  it("breaks ties by memberId, and ignores history", () => {
    const hands: Hand[] = [
      { memberId: "zoe", delegationId: "a", raisedAt: 5 },
      { memberId: "bob", delegationId: "a", raisedAt: 5 },
      { memberId: "amy", delegationId: "b", raisedAt: 9 },
      { memberId: "kai", delegationId: null, raisedAt: 5 },
    ];
    expect(members(orderQueue(hands, "FIFO", ["a"]))).toEqual(["bob", "kai", "zoe", "amy"]);
  });

  it("does not modify its input", () => {
    const hands = Object.freeze(raised("b", "a").reverse());
    orderQueue(hands, "FIFO");
    orderQueue(hands, "ALTERNATE");
    expect(members(hands)).toEqual(["a1", "b1"]);
  });
});

describe("ALTERNATE", () => {
  it("takes turns: A A A B B C gives A B C A B A", () => {
    expect(delegationsOf(orderQueue(raised("a", "a", "a", "b", "b", "c"), "ALTERNATE"))).toEqual([
      "a",
      "b",
      "c",
      "a",
      "b",
      "a",
    ]);
  });

  it("keeps each delegation's own hands first come, first served", () => {
    expect(members(orderQueue(raised("a", "a", "a", "b", "b", "c"), "ALTERNATE"))).toEqual([
      "a1",
      "b1",
      "c1",
      "a2",
      "b2",
      "a3",
    ]);
  });

  it("continues the alternation from the history", () => {
    // The last speaker was from A: B goes first although A raised first.
    expect(members(orderQueue(raised("a", "b"), "ALTERNATE", ["a"]))).toEqual(["b1", "a1"]);
    // B spoke before A (least recently), so B goes first; C never spoke, so C goes before both.
    expect(delegationsOf(orderQueue(raised("a", "b"), "ALTERNATE", ["b", "a"]))).toEqual(["b", "a"]);
    expect(delegationsOf(orderQueue(raised("a", "b", "c"), "ALTERNATE", ["b", "a"]))).toEqual(["c", "b", "a"]);
    // Only the last time a delegation spoke counts.
    expect(delegationsOf(orderQueue(raised("a", "b"), "ALTERNATE", ["a", "b", "a", "a", "b"]))).toEqual(["a", "b"]);
  });

  it("treats people without a delegation as a group of their own", () => {
    const hands = raised(null, null, "a", null);
    expect(members(orderQueue(hands, "ALTERNATE"))).toEqual(["obs1", "a1", "obs2", "obs3"]);
    expect(members(orderQueue(hands, "ALTERNATE", [null]))).toEqual(["a1", "obs1", "obs2", "obs3"]);
  });

  it("is FIFO with a single delegation, whatever the history", () => {
    const hands = raised("a", "a", "a");
    expect(orderQueue(hands, "ALTERNATE", ["a"])).toEqual(orderQueue(hands, "FIFO"));
    expect(orderQueue(hands, "ALTERNATE", ["b"])).toEqual(orderQueue(hands, "FIFO"));
  });

  it("breaks a tie between delegations that have not spoken by memberId", () => {
    const hands: Hand[] = [
      { memberId: "m2", delegationId: "a", raisedAt: 7 },
      { memberId: "m1", delegationId: "b", raisedAt: 7 },
    ];
    expect(members(orderQueue(hands, "ALTERNATE"))).toEqual(["m1", "m2"]);
  });
});

describe("nextSpeaker", () => {
  it("is the first in the queue, or null when no hand is up", () => {
    const hands = raised("a", "a", "b");
    expect(nextSpeaker(hands, "FIFO", ["a"])?.memberId).toBe("a1");
    expect(nextSpeaker(hands, "ALTERNATE", ["a"])?.memberId).toBe("b1");
    expect(nextSpeaker(hands, "ALTERNATE")?.memberId).toBe("a1");
    expect(nextSpeaker([], "ALTERNATE", ["a"])).toBeNull();
  });
});

/** Random hands from up to four groups (null among them), with deliberate ties in time. */
function randomHands(random: Random): Hand[] {
  const groups = ["a", "b", "c", null].slice(0, random.int(1, 4));
  return Array.from({ length: random.int(0, 12) }, (_, i) => ({
    memberId: `m${i}`,
    delegationId: random.pick(groups),
    raisedAt: random.int(0, 5),
  }));
}

const randomHistory = (random: Random) =>
  Array.from({ length: random.int(0, 5) }, () => random.pick(["a", "b", "c", "d", null]));

describe("properties", () => {
  const cases = Array.from({ length: 60 }, (_, seed) => seed + 1);
  const modes: QueueMode[] = ["FIFO", "ALTERNATE"];

  it.each(cases)("seed %i: the order does not depend on the input order", (seed) => {
    const random = createRandom(seed);
    const hands = randomHands(random);
    const history = randomHistory(random);
    for (const mode of modes) {
      const order = orderQueue(hands, mode, history);
      expect(members(order).sort()).toEqual(members(hands).sort());
      for (let i = 0; i < 5; i += 1) expect(orderQueue(random.shuffle(hands), mode, history)).toEqual(order);
    }
  });

  it.each(cases)("seed %i: ALTERNATE repeats a delegation only when no other is left", (seed) => {
    const random = createRandom(seed);
    const hands = randomHands(random);
    const history = randomHistory(random);
    const order = orderQueue(hands, "ALTERNATE", history);
    // The last speaker of the history counts as the previous entry.
    const previous = history.length > 0 ? [history[history.length - 1]] : [];
    const sequence = [...previous, ...delegationsOf(order)];
    const offset = previous.length;
    for (let i = 1; i < sequence.length; i += 1) {
      if (sequence[i] !== sequence[i - 1]) continue;
      const rest = new Set(sequence.slice(i));
      expect(rest, `entry ${i - offset} repeats ${sequence[i]} while others wait`).toEqual(new Set([sequence[i]]));
    }
  });

  it.each(cases)("seed %i: giving the floor to the first and ordering again keeps the queue", (seed) => {
    const random = createRandom(seed);
    const hands = randomHands(random);
    const history = randomHistory(random);
    for (const mode of modes) {
      // Turn by turn, as the facilitator does: the next speaker's hand goes down, their delegation
      // joins the history.
      const given: Hand[] = [];
      const spoken = [...history];
      let left = hands;
      for (let speaker = nextSpeaker(left, mode, spoken); speaker; speaker = nextSpeaker(left, mode, spoken)) {
        given.push(speaker);
        spoken.push(speaker.delegationId);
        left = left.filter((hand) => hand !== speaker);
      }
      expect(given).toEqual(orderQueue(hands, mode, history));
    }
  });
});
