"use server";

import { noInput, userAction } from "@/lib/server/action";
import { removeCalendarFeed, renewCalendarFeed } from "./mutations";

// Declared actions (lib/server/action.ts): one's own calendar link only.

export const renewCalendarFeedAction = userAction({
  name: "renewCalendarFeed",
  ...noInput,
  run: (user) => renewCalendarFeed(user.id),
});

export const removeCalendarFeedAction = userAction({
  name: "removeCalendarFeed",
  ...noInput,
  run: (user) => removeCalendarFeed(user.id),
  refreshes: true,
});
