import { ballotExport } from "@/lib/ballots/data";
import { getLocale } from "@/lib/auth/request-locale";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

/** A closed ballot's anonymised ballots as a recount file (`npm run --silent recount -- file`). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; ballotId: string }> }) {
  const { slug, ballotId } = await params;
  const access = await memberForRoute(slug);
  if (access instanceof Response) return access;
  const file = await ballotExport(access.workshop.id, ballotId, await getLocale());
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${access.workshop.slug}-ballot-${ballotId}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
