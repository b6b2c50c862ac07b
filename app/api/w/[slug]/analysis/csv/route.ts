import { computeAnalysis, parseFilters } from "@/lib/industries/analysis";
import { analysisCsv } from "@/lib/industries/analysis-csv";
import { analysisInput, listClusters } from "@/lib/industries/data";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

/** The overlap analysis (with the same filters as the page) as CSV, for members. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await memberForRoute((await params).slug);
  if (access instanceof Response) return access;
  const { user, workshop } = access;
  const [input, clusters] = await Promise.all([analysisInput(workshop.id), listClusters(workshop.id)]);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const { overlap, hints } = computeAnalysis(
    input,
    parseFilters(
      search,
      clusters.map((c) => c.id),
    ),
  );
  return new Response(analysisCsv(overlap, hints, input.delegations, user.locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${workshop.slug}-overlap-analysis.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
