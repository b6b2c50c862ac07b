import { contentHash } from "@/lib/ratify/canonical";
import { buildPlanContent, versionExport } from "@/lib/ratify/data";
import type { PlanExport } from "@/lib/ratify/content";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

/**
 * The plan as JSON: a frozen version (`/plan/3`), with its hash and signatures, or a draft of the
 * current state (`/plan/draft`), marked as such and signed by nobody.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; version: string }> }) {
  const { slug, version } = await params;
  const access = await memberForRoute(slug);
  if (access instanceof Response) return access;
  const { workshop } = access;
  let file: PlanExport | null;
  if (version === "draft") {
    const content = await buildPlanContent(workshop.id, 0, new Date());
    file = { draft: true, content, hash: contentHash(content) };
  } else {
    const number = Number(version);
    file = Number.isInteger(number) && number > 0 ? await versionExport(workshop.id, number) : null;
  }
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${workshop.slug}-plan-${version}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
