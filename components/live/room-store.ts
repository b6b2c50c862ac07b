import type { RoomModel } from "@/lib/room/types";

/**
 * The tab's copy of the room's pushed state (lib/room/types.ts). Two sources feed it: the server
 * render (the first page load, and every later refresh) and the live stream's `room` frames. Each
 * carries the event sequence number it reflects at least, and only a newer one replaces what the
 * store holds, so a refresh that left the server before a pushed update cannot undo it, and a
 * replayed frame after a reconnection is applied once.
 */
export class RoomStore {
  private listeners = new Set<() => void>();

  constructor(private model: RoomModel | null) {}

  readonly get = (): RoomModel | null => this.model;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Keeps `next` if it is newer than what the store holds; true if it did. */
  offer(next: RoomModel | null): boolean {
    if (!next || (this.model && next.seq <= this.model.seq)) return false;
    this.model = next;
    this.listeners.forEach((listener) => listener());
    return true;
  }
}
