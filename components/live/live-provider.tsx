"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { LiveEvent, OnlineMember } from "@/lib/live/types";

export type ConnectionStatus = "connecting" | "live" | "reconnecting";

interface LiveState {
  status: ConnectionStatus;
  online: OnlineMember[];
  lastSeq: number;
}

const LiveContext = createContext<LiveState>({ status: "connecting", online: [], lastSeq: 0 });
export const useLive = () => useContext(LiveContext);

const MAX_BACKOFF_MS = 15_000;
/** The server pings every 15 s (lib/live/stream.ts): this much silence means the connection died
 * without closing (a sleeping laptop, a proxy that dropped it), which the browser may not notice. */
const SILENCE_MS = 40_000;

/**
 * The tab's single connection to the workshop's live stream. Every event refreshes the server
 * components of the page (they re-read what this member may see); presence updates come as
 * data. On error it reconnects with exponential back-off, resuming after the last event applied.
 */
export function LiveProvider({
  slug,
  initialSeq,
  children,
}: {
  slug: string;
  initialSeq: number;
  children: ReactNode;
}) {
  const router = useRouter();
  const [state, setState] = useState<LiveState>({ status: "connecting", online: [], lastSeq: initialSeq });
  const lastSeq = useRef(initialSeq);

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
      refreshTimer ??= setTimeout(() => {
        refreshTimer = undefined;
        if (!connected()) {
          stale = true;
          return;
        }
        stale = false;
        router.refresh();
      }, 60);
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
        scheduleRefresh();
      });
      source.addEventListener("presence", (message) => {
        heard();
        const online = JSON.parse((message as MessageEvent<string>).data) as OnlineMember[];
        setState((s) => ({ ...s, online }));
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
  }, [slug, router]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}
