import { getLocale } from "@/lib/auth/request-locale";
import { timedBallot } from "@/lib/calendar/data";
import { icsAttachment } from "@/lib/calendar/ics";
import { ballotItem } from "@/lib/calendar/items";
import { createTranslator } from "@/lib/i18n/translate";
import { appUrl } from "@/lib/mail/config";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

/** One ballot's times as an .ics file, for a member to add to their calendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; ballotId: string }> }) {
  const { slug, ballotId } = await params;
  const access = await memberForRoute(slug);
  if (access instanceof Response) return access;
  const ballot = await timedBallot(access.workshop.id, ballotId);
  const t = createTranslator(await getLocale());
  const item = ballot && ballotItem(t, ballot, appUrl);
  if (!item) return new Response("Not found", { status: 404 });
  return icsAttachment(ballot.workshop.title, [item], `${access.workshop.slug}-ballot-${ballotId}.ics`);
}
