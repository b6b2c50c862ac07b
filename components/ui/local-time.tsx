"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const format = (iso: string, locale: string, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));

/**
 * A date and time in the reader's own time zone. The server cannot know it, so the first render
 * shows UTC (marked as such) and the browser replaces it with its local time.
 */
export function LocalTime({ iso, locale }: { iso: string; locale: string }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => format(iso, locale),
    () => `${format(iso, locale, "UTC")} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
