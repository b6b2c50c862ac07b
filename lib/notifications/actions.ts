"use server";

import { fields, noInput, oneId, publicAction, userAction } from "@/lib/server/action";
import { z } from "zod";
import { markAllRead, markRead, savePreferences, unsubscribe } from "./mutations";
import { preferencesSchema } from "./schema";

// Declared actions (lib/server/action.ts): a person's own notifications and settings only.

export const markNotificationReadAction = userAction({
  name: "markNotificationRead",
  ...oneId,
  run: (user, notificationId) => markRead(user.id, notificationId),
  // The bell's count is in the layout: the answer carries it, and the next page keeps it.
  refreshes: true,
});

export const markAllNotificationsReadAction = userAction({
  name: "markAllNotificationsRead",
  ...noInput,
  run: (user) => markAllRead(user.id),
  refreshes: true,
});

export const saveNotificationPreferencesAction = userAction({
  name: "saveNotificationPreferences",
  input: fields,
  schema: preferencesSchema,
  run: (user, preferences) => savePreferences(user.id, preferences),
});

/** The signed link from an email is the authority, signed in or not. */
export const unsubscribeAction = publicAction({
  name: "unsubscribe",
  input: (token: string) => token,
  schema: z.string().min(1, "errors.unsubscribeInvalid").max(300, "errors.unsubscribeInvalid"),
  run: (_user, token) => unsubscribe(token),
});
