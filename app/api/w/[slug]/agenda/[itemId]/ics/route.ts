import { getLocale } from "@/lib/auth/request-locale";
import { timedAgendaItem } from "@/lib/calendar/data";
import { icsAttachment } from "@/lib/calendar/ics";
import { agendaCalendarItem } from "@/lib/calendar/items";
import { createTranslator } from "@/lib/i18n/translate";
import { appUrl } from "@/lib/mail/config";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

/** One agenda item with a planned start as an .ics file, for a member's calendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const { slug, itemId } = await params;
  const access = await memberForRoute(slug);
  if (access instanceof Response) return access;
  const item = await timedAgendaItem(access.workshop.id, itemId);
  const calendarItem = item && agendaCalendarItem(createTranslator(await getLocale()), item, appUrl);
  if (!calendarItem) return new Response("Not found", { status: 404 });
  return icsAttachment(item.workshop.title, [calendarItem], `${access.workshop.slug}-agenda-${itemId}.ics`);
}
