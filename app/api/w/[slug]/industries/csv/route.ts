import { csvResponse } from "@/lib/csv/response";
import { planCsvTemplate, serializePlanCsv } from "@/lib/industries/csv";
import { entriesForExport, listClusters } from "@/lib/industries/data";
import { memberForRoute } from "@/lib/workshop/access";
import { listDelegations } from "@/lib/workshop/data";

export const dynamic = "force-dynamic";

/** A delegation's list as CSV (what the member may see of it), or the blank template. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await memberForRoute((await params).slug);
  if (access instanceof Response) return access;
  const { user, workshop, member } = access;

  const url = new URL(request.url);
  if (url.searchParams.get("template"))
    return csvResponse(planCsvTemplate(user.locale), "roundtable-plan-template.csv");

  const delegation = (await listDelegations(workshop.id)).find((d) => d.id === url.searchParams.get("delegation"));
  if (!delegation) return new Response("Not found", { status: 404 });
  const [entries, clusters] = await Promise.all([
    entriesForExport(workshop.id, delegation.id, member),
    listClusters(workshop.id),
  ]);
  const csv = serializePlanCsv(entries, {
    locale: user.locale,
    clusterNames: new Map(clusters.map((c) => [c.id, c.name])),
  });
  return csvResponse(csv, `${workshop.slug}-${delegation.code.toLowerCase()}-plan.csv`);
}
