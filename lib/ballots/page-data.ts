import "server-only";
import { notFound } from "next/navigation";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { requireMember } from "@/lib/workshop/access";
import { settleDueBallots } from "./ballot-mutations";
import { ballotView } from "./data";

/**
 * What a ballot's pages (the ballot page, the projector view) start from: the member (404/403 as
 * for every workshop page), the ballot as this member may see it after applying due opening or
 * closing times, and when its next timed transition is (the page reloads itself then).
 */
export async function loadBallotPage(slug: string, ballotId: string) {
  const { workshop, member } = await requireMember(slug);
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  await settleDueBallots(workshop.id);
  const view = await ballotView(workshop.id, ballotId, member, locale);
  if (!view) notFound();
  const { status, opensAt, closesAt } = view.ballot;
  const nextChange = status === "DRAFT" ? opensAt : status === "OPEN" ? closesAt : null;
  return { workshop, member, t, locale, view, nextChange: nextChange?.toISOString() ?? null };
}
