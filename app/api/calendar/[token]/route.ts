import { calendarFeed } from "@/lib/calendar/feed";

export const dynamic = "force-dynamic";

/**
 * A person's private calendar feed (what calendar apps subscribe to): the ballot times of every
 * workshop they belong to, or of one (`?workshop=<slug>`). The link is the key: no session, since
 * a calendar app has none; replacing the link in account settings revokes it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const slug = new URL(request.url).searchParams.get("workshop") ?? undefined;
  const ics = await calendarFeed(token, slug);
  if (ics === null) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
