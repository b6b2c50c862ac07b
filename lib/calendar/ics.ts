// Calendar items as iCalendar (RFC 5545) text, through ical-generator. Times are written in UTC:
// every calendar shows them in its own user's time zone, which is what "in my time zone" means
// for a feed read on a phone in Shenyang and a laptop in Harbin alike.
import ical from "ical-generator";

export interface CalendarItem {
  uid: string;
  summary: string;
  description: string;
  start: Date;
  end: Date;
  url: string;
}

export function icsOf(name: string, items: CalendarItem[]): string {
  const calendar = ical({ name, prodId: { company: "Roundtable", product: "Roundtable", language: "EN" } });
  for (const item of items) {
    calendar.createEvent({
      id: item.uid,
      summary: item.summary,
      description: item.description,
      start: item.start,
      end: item.end,
      url: item.url,
      timezone: "UTC",
    });
  }
  return calendar.toString();
}

/** Items as an .ics file to download (one ballot, one agenda item). */
export function icsAttachment(name: string, items: CalendarItem[], filename: string): Response {
  return new Response(icsOf(name, items), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
