import "server-only";
import { createTranslator } from "@/lib/i18n/translate";
import { appUrl } from "@/lib/mail/config";
import { feedOwner, timedAgendaItems, timedBallots } from "./data";
import { icsOf } from "./ics";
import { agendaCalendarItem, ballotItem } from "./items";

/** A private calendar link's feed as iCalendar text, in its owner's language; null for a link
 * that is not (or no longer) one. `slug` keeps one workshop. */
export async function calendarFeed(token: string, slug?: string): Promise<string | null> {
  const owner = await feedOwner(token);
  if (!owner) return null;
  const t = createTranslator(owner.locale);
  const [agenda, ballots] = await Promise.all([timedAgendaItems(owner.id, slug), timedBallots(owner.id, slug)]);
  const items = [
    ...agenda.flatMap((item) => agendaCalendarItem(t, item, appUrl) ?? []),
    ...ballots.flatMap((ballot) => ballotItem(t, ballot, appUrl) ?? []),
  ];
  return icsOf(t("calendar.name"), items);
}
