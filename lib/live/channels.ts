// PostgreSQL NOTIFY channels. Payloads are tiny ("<workshopId>:<seq>" / "<workshopId>"): the
// listener reads the rows itself, so nothing sensitive travels through NOTIFY.
export const EVENTS_CHANNEL = "workshop_events";
export const PRESENCE_CHANNEL = "workshop_presence";
/** "<userId>": something was written to this person's notifications (the bell). */
export const NOTIFICATIONS_CHANNEL = "user_notifications";
