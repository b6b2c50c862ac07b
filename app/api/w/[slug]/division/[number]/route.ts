import { proposalInput } from "@/lib/optimiser/data";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

/** A proposal's optimiser input, exactly as solved: `npm run --silent optimise -- input.json`. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const access = await memberForRoute(slug);
  if (access instanceof Response) return access;
  const n = Number(number);
  const input = Number.isInteger(n) && n > 0 ? await proposalInput(access.workshop.id, n) : null;
  if (!input) return new Response("Not found", { status: 404 });
  return new Response(`${JSON.stringify(input, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${access.workshop.slug}-division-${n}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
