import { describe, expect, it } from "vitest";
import type { RoomModel } from "@/lib/room/types";
import { RoomStore } from "./room-store";

const model = (seq: number, phase: RoomModel["phase"] = "SUBMIT") => ({ seq, phase }) as unknown as RoomModel;

describe("RoomStore", () => {
  it("keeps only newer state, whichever source offers it", () => {
    const store = new RoomStore(model(5));
    let notified = 0;
    store.subscribe(() => (notified += 1));
    expect(store.offer(model(7, "ANALYSE"))).toBe(true);
    // A refresh rendered at seq 6 arrives late: the pushed state of seq 7 stays.
    expect(store.offer(model(6, "SUBMIT"))).toBe(false);
    // The same frame replayed after a reconnection is applied once.
    expect(store.offer(model(7, "ANALYSE"))).toBe(false);
    expect(store.get()).toMatchObject({ seq: 7, phase: "ANALYSE" });
    expect(notified).toBe(1);
  });

  it("starts empty on pages rendered without room state, and ignores nothing offered", () => {
    const store = new RoomStore(null);
    expect(store.offer(null)).toBe(false);
    expect(store.offer(model(1))).toBe(true);
    expect(store.get()?.seq).toBe(1);
  });

  it("stops notifying an unsubscribed listener", () => {
    const store = new RoomStore(model(1));
    let notified = 0;
    const unsubscribe = store.subscribe(() => (notified += 1));
    unsubscribe();
    store.offer(model(2));
    expect(notified).toBe(0);
  });
});
