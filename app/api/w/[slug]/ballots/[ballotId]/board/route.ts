import { getLocale } from "@/lib/auth/request-locale";
import { readBoard } from "@/lib/verifiable/data";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

/**
 * An encrypted ballot's public board (lib/verifiable/board.ts) from the moment it opens: every
 * member may download it, find their tracker in it and verify it with
 * `npm run --silent recount -- board.json`.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; ballotId: string }> }) {
  const { slug, ballotId } = await params;
  const access = await memberForRoute(slug);
  if (access instanceof Response) return access;
  const board = await readBoard(access.workshop.id, ballotId, await getLocale());
  if (!board) return new Response("Not found", { status: 404 });
  return new Response(`${JSON.stringify(board, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${access.workshop.slug}-ballot-${ballotId}.board.json"`,
      "Cache-Control": "no-store",
    },
  });
}
