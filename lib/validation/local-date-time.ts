import { z } from "zod";
import { emptyToUndefined } from "./fields";

// Local date-times from forms (<input type="datetime-local">), made absolute with the browser's
// offset from UTC, posted alongside (components/ui/date-time-field.tsx). Shared by ballots and the
// agenda.

/** The browser's Date#getTimezoneOffset, in minutes. */
export const timezoneOffset = z.coerce.number().int().min(-900).max(900).default(0);

/**
 * A local date and time from <input type="datetime-local"> ("2026-11-29T09:30"), made absolute
 * with the browser's offset from UTC in minutes (Date#getTimezoneOffset), posted alongside.
 */
export const localDateTime = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "errors.dateTime")
    // The shape alone lets "2026-13-45T25:61" through, which makes an Invalid Date.
    .refine(isRealDateTime, "errors.dateTime")
    .optional(),
);

/** "YYYY-MM-DDTHH:mm" naming a minute that exists (month 1-12, the month's days, 00:00-23:59). */
function isRealDateTime(local: string): boolean {
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return (
    year >= 1970 &&
    instant.getUTCFullYear() === year &&
    instant.getUTCMonth() === month - 1 &&
    instant.getUTCDate() === day &&
    instant.getUTCHours() === hour &&
    instant.getUTCMinutes() === minute
  );
}

export function toInstant(local: string, offsetMinutes: number): Date {
  return new Date(Date.parse(`${local}:00Z`) + offsetMinutes * 60_000);
}
