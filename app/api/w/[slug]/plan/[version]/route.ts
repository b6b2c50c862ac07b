import { getLocale, getTranslator } from "@/lib/i18n/server";
import { contentHash } from "@/lib/ratify/canonical";
import { buildPlanContent, versionExport } from "@/lib/ratify/data";
import type { PlanExport } from "@/lib/ratify/content";
import { renderPlanDocx } from "@/lib/ratify/docx";
import { documentLabels } from "@/lib/ratify/labels";
import { renderPlanPdf } from "@/lib/ratify/pdf";
import { memberForRoute } from "@/lib/workshop/access";

export const dynamic = "force-dynamic";

const formats = {
  json: { type: "application/json; charset=utf-8", extension: "json" },
  pdf: { type: "application/pdf", extension: "pdf" },
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
} as const;

/**
 * The plan: a frozen version (`/plan/3`), with its hash and signatures, or a draft of the current
 * state (`/plan/draft`), marked DRAFT and signed by nobody. `?format=json` (default), `pdf` or
 * `docx`; documents are in the reader's interface language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; version: string }> }) {
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
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (!file || !(format in formats)) return new Response("Not found", { status: 404 });
  const { type, extension } = formats[format as keyof typeof formats];
  let body: string | Uint8Array<ArrayBuffer>;
  if (format === "json") body = `${JSON.stringify(file, null, 2)}\n`;
  else {
    const input = {
      content: file.content,
      hash: file.hash,
      signatures: file.signatures ?? [],
      draft: file.draft === true,
      locale: await getLocale(),
      labels: documentLabels(await getTranslator()),
    };
    const buffer = format === "pdf" ? await renderPlanPdf(input) : await renderPlanDocx(input);
    body = Uint8Array.from(buffer);
  }
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${workshop.slug}-plan-${version}.${extension}"`,
      "Cache-Control": "no-store",
    },
  });
}
