"use client";

import { useSyncExternalStore } from "react";

/** "2026-11-29T09:30" in the browser's time zone, for <input type="datetime-local">. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The browser's offset from UTC in minutes, posted with local times so that the server stores the
 * instant the user meant. Null until mounted: the server does not know the browser's time zone.
 */
export function useTimezoneOffset(): number | null {
  return useSyncExternalStore(
    noSubscription,
    () => new Date().getTimezoneOffset(),
    () => null,
  );
}

const noSubscription = () => () => {};
