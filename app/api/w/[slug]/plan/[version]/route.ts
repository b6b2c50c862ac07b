import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { contentHash } from "@/lib/hash/canonical";
import type { PlanExport } from "@/lib/ratify/content";
import { isPlanCsvTable, renderPlanCsv } from "@/lib/ratify/csv";
import { buildPlanContent, versionExport } from "@/lib/ratify/data";
import { renderPlanDocx } from "@/lib/ratify/docx";
import type { PlanDocumentInput } from "@/lib/ratify/document-format";
import { documentLabels } from "@/lib/ratify/labels";
import { renderPlanMarkdown } from "@/lib/ratify/markdown";
import { renderPlanPdf } from "@/lib/ratify/pdf";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

type Body = string | Uint8Array<ArrayBuffer>;

/** Each format: its media type, and how the file is written from the export (`table` for CSV). */
const formats: Record<string, { type: string; render: (file: PlanExport, input: PlanDocumentInput) => Promise<Body> }> =
  {
    json: { type: "application/json; charset=utf-8", render: async (file) => `${JSON.stringify(file, null, 2)}\n` },
    pdf: { type: "application/pdf", render: async (_, input) => Uint8Array.from(await renderPlanPdf(input)) },
    docx: {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      render: async (_, input) => Uint8Array.from(await renderPlanDocx(input)),
    },
    md: { type: "text/markdown; charset=utf-8", render: async (_, input) => renderPlanMarkdown(input) },
  };

/**
 * The plan: a frozen version (`/plan/3`), with its hash and signatures, or a draft of the current
 * state (`/plan/draft`), marked DRAFT and signed by nobody. `?format=json` (default), `pdf`,
 * `docx`, `md`, or `csv&table=clauses|stances|costs|industries|ballots`; documents are in the
 * reader's interface language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; version: string }> }) {
  const { slug, version } = await params;
  const access = await memberForRoute(slug);
  if (access instanceof Response) return access;
  const { workshop } = access;
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "json";
  const table = query.get("table");
  if (format === "csv" ? !isPlanCsvTable(table) : !Object.hasOwn(formats, format))
    return new Response("Unknown format or table", { status: 404 });

  let file: PlanExport | null;
  if (version === "draft") {
    const content = await buildPlanContent(workshop.id, 0, new Date());
    file = { draft: true, content, hash: contentHash(content) };
  } else {
    // Digits only, within the column: "1\n", " 1", "1e3" or 20 digits name no version.
    file = /^[1-9][0-9]{0,8}$/.test(version) ? await versionExport(workshop.id, Number(version)) : null;
  }
  if (!file) return new Response("No such version", { status: 404 });

  const input: PlanDocumentInput = {
    // Versions frozen before the format listed industry plans (development databases) still render.
    content: { ...file.content, industryPlans: file.content.industryPlans ?? [] },
    hash: file.hash,
    signatures: file.signatures ?? [],
    draft: file.draft === true,
    locale: await getLocale(),
    labels: documentLabels(await getTranslator()),
  };
  const csv = format === "csv" && isPlanCsvTable(table);
  const body = csv ? renderPlanCsv(input, table) : await formats[format]!.render(file, input);
  const name = csv ? `${workshop.slug}-plan-${version}-${table}.csv` : `${workshop.slug}-plan-${version}.${format}`;
  return new Response(body, {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : formats[format]!.type,
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
