"use client";

import { useRouter } from "next/navigation";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import type { LiveEvent, PresenceSummary } from "@/lib/live/types";
import { touches } from "@/lib/room/effects";
import type { Pushed, RoomModel } from "@/lib/room/types";
import { PushedStore } from "./pushed-store";

export type ConnectionStatus = "connecting" | "live" | "reconnecting";

interface LiveState {
  status: ConnectionStatus;
  /** Who is online: counts per group, names for small groups; null until the stream has said
   * (a page shows no count rather than a wrong "0" for its first moment). */
  presence: PresenceSummary | null;
  lastSeq: number;
}

const LiveContext = createContext<LiveState>({ status: "connecting", presence: null, lastSeq: 0 });
export const useLive = () => useContext(LiveContext);

/** What the page shows of server-rendered data, declared by <LiveScope> (live-scope.tsx). */
type RegisterScope = (reads: readonly string[]) => () => void;
const ScopeContext = createContext<RegisterScope>(() => () => {});
export const useRegisterScope = () => useContext(ScopeContext);

const PushedContext = createContext<PushedStore>(new PushedStore());

/**
 * A pushed topic's model (lib/room/types.ts), starting from what the server rendered (`initial`)
 * and following the stream from there: re-renders when a newer one arrives, with no server
 * request. A refresh renders a new `initial`, which the store keeps if it is the newest.
 */
export function usePushed<T>(initial: Pushed<T>): T {
  const store = useContext(PushedContext);
  const held = useSyncExternalStore(
    store.subscribe,
    () => store.get(initial.topic),
    () => undefined,
  );
  useEffect(() => void store.offer(initial), [store, initial]);
  return (held && held.seq > initial.seq ? held : initial).model as T;
}

/** The room's state (topic "room"), which every workshop page's layout renders. */
export function useRoomState(): RoomModel {
  const store = useContext(PushedContext);
  const held = useSyncExternalStore(
    store.subscribe,
    () => store.get("room"),
    () => store.get("room"),
  );
  if (!held) throw new Error("useRoomState: this page's layout did not render the room's state");
  return held.model as RoomModel;
}

/** Refreshes are spread over this window, so that a room's pages do not reach the server at once. */
const REFRESH_SPREAD_MS = 300;

const MAX_BACKOFF_MS = 15_000;
/** The server pings every 15 s (lib/live/stream.ts): this much silence means the connection died
 * without closing (a sleeping laptop, a proxy that dropped it), which the browser may not notice. */
const SILENCE_MS = 40_000;

/**
 * The tab's single connection to the workshop's live stream. What changes during a session comes
 * as data: pushed models (into the PushedStore) and presence. Other events name the data they
 * touched, and the page refreshes its server components (which re-read what this member may see)
 * only when it shows some of it. On error it reconnects with exponential back-off, resuming after
 * the last event applied.
 */
export function LiveProvider({
  slug,
  initialSeq,
  initialRoom = null,
  children,
}: {
  slug: string;
  initialSeq: number;
  /** The room's state as the server rendered it (null: the page does not show it). */
  initialRoom?: Pushed<RoomModel> | null;
  children: ReactNode;
}) {
  const router = useRouter();
  const [state, setState] = useState<LiveState>({ status: "connecting", presence: null, lastSeq: initialSeq });
  const lastSeq = useRef(initialSeq);
  // The newest seq a server render of this page reflects: an action that answered with the page
  // (lib/server/action.ts) already shows its own event, so the refresh that event asks for is
  // not needed.
  const renderedSeq = useRef(initialSeq);
  useEffect(() => {
    renderedSeq.current = Math.max(renderedSeq.current, initialSeq);
  }, [initialSeq]);
  const [store] = useState(() => {
    const created = new PushedStore();
    created.offer(initialRoom);
    return created;
  });
  // A refresh renders the layout again: its state joins the store if newer than what was pushed.
  useEffect(() => void store.offer(initialRoom), [store, initialRoom]);

  const scopes = useRef(new Map<symbol, readonly string[]>());
  const registerScope = useCallback<RegisterScope>((reads) => {
    const key = Symbol();
    scopes.current.set(key, reads);
    return () => scopes.current.delete(key);
  }, []);
  // A page that declared nothing is refreshed by every event that touches any server-rendered data.
  const pageReads = () => (scopes.current.size === 0 ? ["*"] : [...scopes.current.values()].flat());

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    // Events arrived that the page has not re-read yet (the refresh waits for a live connection).
    let stale = false;

    const connected = () => source?.readyState === EventSource.OPEN && navigator.onLine;

    // A burst of events (an import, a room joining) becomes one refresh. It is only asked for
    // while the stream is open: a refresh that cannot reach the server makes Next.js fall back to
    // a full page load, which would replace the workshop with the browser's error page.
    const scheduleRefresh = () => {
      if (!connected()) {
        stale = true;
        return;
      }
      refreshTimer ??= setTimeout(
        () => {
          refreshTimer = undefined;
          if (!connected()) {
            stale = true;
            return;
          }
          stale = false;
          if (lastSeq.current > renderedSeq.current) router.refresh();
        },
        60 + Math.random() * REFRESH_SPREAD_MS,
      );
    };

    const lost = () => {
      source?.close();
      source = null;
      if (refreshTimer !== undefined) {
        clearTimeout(refreshTimer);
        refreshTimer = undefined;
        stale = true;
      }
      setState((s) => ({ ...s, status: "reconnecting" }));
    };

    let lastHeard = 0;
    const heard = () => (lastHeard = Date.now());

    const retry = () => {
      lost();
      if (stopped) return;
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt += 1;
      retryTimer = setTimeout(connect, delay);
    };

    const connect = () => {
      clearTimeout(retryTimer);
      source?.close();
      source = new EventSource(`/api/w/${encodeURIComponent(slug)}/events?after=${lastSeq.current}`);
      source.addEventListener("ping", heard);
      source.onopen = () => {
        heard();
        attempt = 0;
        setState((s) => ({ ...s, status: "live" }));
        if (stale) scheduleRefresh();
      };
      source.addEventListener("change", (message) => {
        heard();
        const event = JSON.parse((message as MessageEvent<string>).data) as LiveEvent;
        if (event.seq <= lastSeq.current) return;
        lastSeq.current = event.seq;
        setState((s) => ({ ...s, lastSeq: event.seq }));
        window.dispatchEvent(new CustomEvent("roundtable:event", { detail: event }));
        if (touches(event.reads, pageReads())) scheduleRefresh();
      });
      source.addEventListener("state", (message) => {
        heard();
        store.offer(JSON.parse((message as MessageEvent<string>).data) as Pushed);
      });
      // This person's bell has news (any workshop): the header re-reads its count.
      source.addEventListener("notifications", () => {
        heard();
        window.dispatchEvent(new Event("roundtable:notifications"));
      });
      source.addEventListener("presence", (message) => {
        heard();
        const presence = JSON.parse((message as MessageEvent<string>).data) as PresenceSummary;
        setState((s) => ({ ...s, presence }));
      });
      source.onerror = retry;
    };

    // An open stream that has gone silent is dead: drop it and resume after the last event seen.
    const watchdog = setInterval(() => {
      if (source?.readyState === EventSource.OPEN && Date.now() - lastHeard > SILENCE_MS) retry();
    }, 5_000);

    // The browser knows before the stream does: a laptop's network dropping does not always
    // close an open EventSource. Offline, stop; back online, resume after the last event seen.
    const offline = () => {
      clearTimeout(retryTimer);
      lost();
    };
    const online = () => {
      attempt = 0;
      connect();
    };
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);

    connect();
    return () => {
      stopped = true;
      clearInterval(watchdog);
      source?.close();
      clearTimeout(retryTimer);
      clearTimeout(refreshTimer);
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
    };
  }, [slug, router, store]);

  return (
    <LiveContext.Provider value={state}>
      <PushedContext.Provider value={store}>
        <ScopeContext.Provider value={registerScope}>{children}</ScopeContext.Provider>
      </PushedContext.Provider>
    </LiveContext.Provider>
  );
}
