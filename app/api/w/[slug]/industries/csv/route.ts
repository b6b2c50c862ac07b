import { getCurrentUser } from "@/lib/auth/session";
import { planCsvTemplate, serializePlanCsv } from "@/lib/industries/csv";
import { entriesForExport, listClusters } from "@/lib/industries/data";
import { findMembership, findWorkshopBySlug, listDelegations } from "@/lib/workshop/data";

export const dynamic = "force-dynamic";

/** A delegation's list as CSV (what the member may see of it), or the blank template. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const workshop = await findWorkshopBySlug((await params).slug);
  const member = workshop ? await findMembership(workshop.id, user.id) : null;
  if (!workshop || !member) return new Response("Not found", { status: 404 });

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

function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
