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

/**
 * A translated sentence with a local time in it: `text` is the message with its `{date}`
 * placeholder left in (`t(key, { date: "{date}" })`), replaced here by a LocalTime.
 */
export function TextWithLocalTime({ text, iso, locale }: { text: string; iso: string; locale: string }) {
  const [before = "", ...after] = text.split("{date}");
  return (
    <>
      {before}
      <LocalTime iso={iso} locale={locale} />
      {after.join("{date}")}
    </>
  );
}
