import type { Pushed } from "@/lib/room/types";

/**
 * The tab's copy of the room's pushed state (lib/room/types.ts), one model per topic. Two sources
 * feed it: the server render (the first page load, and every later refresh) and the live stream's
 * `state` frames. Each carries the event sequence number it reflects at least, and only a newer
 * one replaces what the store holds for its topic, so a refresh that left the server before a
 * pushed update cannot undo it, and a replayed frame after a reconnection is applied once.
 */
export class PushedStore {
  private readonly models = new Map<string, Pushed>();
  private readonly listeners = new Set<() => void>();

  readonly get = (topic: string): Pushed | undefined => this.models.get(topic);

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Keeps `next` if it is newer than what the store holds for its topic; true if it did. */
  offer(next: Pushed | null | undefined): boolean {
    if (!next) return false;
    const held = this.models.get(next.topic);
    if (held && next.seq <= held.seq) return false;
    this.models.set(next.topic, next);
    this.listeners.forEach((listener) => listener());
    return true;
  }
}
