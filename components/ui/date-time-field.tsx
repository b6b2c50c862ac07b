"use client";

import { useSyncExternalStore } from "react";
import { TextField } from "@/components/ui/field";
import type { MessageKey } from "@/lib/i18n/translate";

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

interface DateTimeFieldProps {
  name: string;
  label: MessageKey;
  hint: MessageKey;
  /** The stored instant (ISO), shown in the browser's time zone. */
  value: string | null | undefined;
  offset: number | null;
}

/** A local date-time input; keyed on the offset, since its default can only be computed in the browser. */
export function DateTimeField({ name, label, hint, value, offset }: DateTimeFieldProps) {
  return (
    <TextField
      key={`${name}-${offset}`}
      type="datetime-local"
      name={name}
      label={label}
      hint={hint}
      defaultValue={offset === null ? "" : toLocalInput(value)}
    />
  );
}
