// What a person can be told about. Each kind names its message (messages/*.json →
// notifications.text.<KIND>, with the params its notify() call stores) and who receives it is
// decided where it happens (the mutation or the reminder scheduler).
import type { NotificationKind } from "@/lib/db/generated/enums";

export const notificationKinds = [
  "BALLOT_OPENING",
  "BALLOT_OPENED",
  "BALLOT_CLOSING",
  "STANCE_NEEDED",
  "SIGNATURE_NEEDED",
  "FLOOR_GIVEN",
  "ADMITTED",
] as const satisfies readonly NotificationKind[];

/** What can be unsubscribed from with one click: a kind's emails, or the digest. */
export type UnsubscribeTarget = NotificationKind | "DIGEST";

export function isUnsubscribeTarget(value: string): value is UnsubscribeTarget {
  return value === "DIGEST" || (notificationKinds as readonly string[]).includes(value);
}

/** Lead times a person can choose for ballot reminders, in minutes. */
export const reminderLeadMinutes = [15, 60, 180, 1440] as const;

/** The parameters a notification's message is written with. */
export type NotificationParams = Record<string, string | number>;
