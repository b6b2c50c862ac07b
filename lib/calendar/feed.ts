import "server-only";
import { createTranslator } from "@/lib/i18n/translate";
import { appUrl } from "@/lib/mail/config";
import { feedOwner, timedBallots } from "./data";
import { icsOf } from "./ics";
import { ballotItem } from "./items";

/** A private calendar link's feed as iCalendar text, in its owner's language; null for a link
 * that is not (or no longer) one. `slug` keeps one workshop. */
export async function calendarFeed(token: string, slug?: string): Promise<string | null> {
  const owner = await feedOwner(token);
  if (!owner) return null;
  const t = createTranslator(owner.locale);
  const items = (await timedBallots(owner.id, slug)).flatMap((ballot) => ballotItem(t, ballot, appUrl) ?? []);
  return icsOf(t("calendar.name"), items);
}
