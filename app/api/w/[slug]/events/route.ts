import { openEventStream } from "@/lib/live/stream";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The live stream of one workshop (Server-Sent Events), for its members only. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await memberForRoute((await params).slug).catch((error: unknown) => {
    // PostgreSQL is down: the browser keeps trying (it says "Reconnecting…") and resumes after its
    // last event once the database is back.
    if (isDatabaseUnavailable(error))
      return new Response("Database unavailable", { status: 503, headers: { "Retry-After": "2" } });
    throw error;
  });
  if (access instanceof Response) return access;
  const { user, workshop, member } = access;

  // The browser resends Last-Event-ID when EventSource reconnects by itself; our client passes
  // ?after= when it reconnects with its own back-off.
  const url = new URL(request.url);
  const resumeFrom = request.headers.get("last-event-id") ?? url.searchParams.get("after") ?? "0";
  const afterSeq = Number.parseInt(resumeFrom, 10);
  const stream = openEventStream({
    workshopId: workshop.id,
    userId: user.id,
    member,
    afterSeq: Number.isSafeInteger(afterSeq) && afterSeq >= 0 ? afterSeq : 0,
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      // The stream holds its connection for as long as it lives; when it ends (a stopping server
      // closes every stream) the connection goes with it, so the server can close at once.
      Connection: "close",
      "X-Accel-Buffering": "no",
    },
  });
}
