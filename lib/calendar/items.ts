// What a workshop puts in a calendar: each agenda item with a planned start (for its planned
// minutes), and each ballot with a time, as the voting period (opens → closes), or the one moment
// it has.
import type { Translate } from "@/lib/i18n/translate";
import type { CalendarItem } from "./ics";

export interface TimedBallot {
  id: string;
  title: string;
  opensAt: Date | null;
  closesAt: Date | null;
  workshop: { title: string; slug: string };
}

export function ballotItem(t: Translate, ballot: TimedBallot, appUrl: (path: string) => string): CalendarItem | null {
  const url = appUrl(`/w/${ballot.workshop.slug}/ballots/${ballot.id}`);
  const description = t("calendar.description", { workshop: ballot.workshop.title, url });
  if (ballot.opensAt && ballot.closesAt)
    return {
      uid: `ballot-${ballot.id}@roundtable`,
      summary: t("calendar.voting", { ballot: ballot.title }),
      description,
      start: ballot.opensAt,
      end: ballot.closesAt,
      url,
    };
  const moment = ballot.closesAt ?? ballot.opensAt;
  if (!moment) return null;
  return {
    uid: `ballot-${ballot.id}@roundtable`,
    summary: t(ballot.closesAt ? "calendar.votingCloses" : "calendar.votingOpens", { ballot: ballot.title }),
    description,
    start: moment,
    end: moment,
    url,
  };
}

export interface TimedAgendaItem {
  id: string;
  title: string;
  startsAt: Date | null;
  plannedMinutes: number;
  workshop: { title: string; slug: string };
}

export function agendaCalendarItem(
  t: Translate,
  item: TimedAgendaItem,
  appUrl: (path: string) => string,
): CalendarItem | null {
  if (!item.startsAt) return null;
  const url = appUrl(`/w/${item.workshop.slug}/session`);
  return {
    uid: `agenda-${item.id}@roundtable`,
    summary: t("calendar.agendaItem", { item: item.title }),
    description: t("calendar.description", { workshop: item.workshop.title, url }),
    start: item.startsAt,
    end: new Date(item.startsAt.getTime() + item.plannedMinutes * 60_000),
    url,
  };
}
