import { describe, expect, it } from "vitest";
import type { Pushed } from "@/lib/room/types";
import { PushedStore } from "./pushed-store";

const room = (seq: number, phase = "SUBMIT"): Pushed => ({ topic: "room", seq, model: { phase } });

describe("PushedStore", () => {
  it("keeps only newer state per topic, whichever source offers it", () => {
    const store = new PushedStore();
    store.offer(room(5));
    let notified = 0;
    store.subscribe(() => (notified += 1));
    expect(store.offer(room(7, "ANALYSE"))).toBe(true);
    // A refresh rendered at seq 6 arrives late: the pushed state of seq 7 stays.
    expect(store.offer(room(6, "SUBMIT"))).toBe(false);
    // The same frame replayed after a reconnection is applied once.
    expect(store.offer(room(7, "ANALYSE"))).toBe(false);
    expect(store.get("room")).toMatchObject({ seq: 7, model: { phase: "ANALYSE" } });
    expect(notified).toBe(1);
  });

  it("orders each topic on its own: an older seq for one topic is news for another", () => {
    const store = new PushedStore();
    store.offer(room(9));
    expect(store.offer({ topic: "questions", seq: 4, model: { questions: [] } })).toBe(true);
    expect(store.get("questions")?.seq).toBe(4);
    expect(store.get("room")?.seq).toBe(9);
  });

  it("ignores nothing offered, and stops notifying an unsubscribed listener", () => {
    const store = new PushedStore();
    expect(store.offer(null)).toBe(false);
    let notified = 0;
    const unsubscribe = store.subscribe(() => (notified += 1));
    unsubscribe();
    store.offer(room(2));
    expect(notified).toBe(0);
    expect(store.get("room")?.seq).toBe(2);
  });
});
