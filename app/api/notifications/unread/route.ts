import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/data";

export const dynamic = "force-dynamic";

/** The signed-in person's unread count, for the bell when a live stream says there is news: one
 * indexed count, where refreshing the page would render all of it. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "signedOut" }, { status: 401 });
  return Response.json({ unread: await unreadCount(user.id) }, { headers: { "Cache-Control": "no-store" } });
}
