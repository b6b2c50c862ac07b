import { csvResponse } from "@/lib/csv/response";
import { serializeBaselineCsv } from "@/lib/optimiser/baseline-csv";
import { baselineRows } from "@/lib/optimiser/data";
import { memberForRoute } from "@/lib/workshop/access";
import { listDelegations } from "@/lib/workshop/data";

export const dynamic = "force-dynamic";

/** A delegation's economic base as CSV (every member sees the base), or the blank template. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await memberForRoute((await params).slug);
  if (access instanceof Response) return access;
  const { user, workshop } = access;
  const url = new URL(request.url);
  if (url.searchParams.get("template"))
    return csvResponse(serializeBaselineCsv([], user.locale), "roundtable-economic-base-template.csv");
  const delegation = (await listDelegations(workshop.id)).find((d) => d.id === url.searchParams.get("delegation"));
  if (!delegation) return new Response("Not found", { status: 404 });
  const rows = await baselineRows(workshop.id, delegation.id);
  return csvResponse(
    serializeBaselineCsv(rows, user.locale),
    `${workshop.slug}-${delegation.code.toLowerCase()}-economic-base.csv`,
  );
}
