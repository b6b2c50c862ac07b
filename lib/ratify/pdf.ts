// The ratified plan as a PDF (issue 7): title page, contents with page numbers, agreed clauses by
// section, cost sharing, brand ballots, overlap analysis, the clause annex (A), the clauses not agreed
// (B), the pillar-industry plans (C) and the signature page; a running header, "Page n of m" and (for
// drafts) a DRAFT watermark on every page. Pure: the frozen content in, bytes out. Text is set in Noto
// Sans Hans (OFL, from @embedpdf/fonts-sc), which covers Latin and the GB 2312 Chinese characters;
// pdfkit embeds only the glyphs used. This file sets the document up and orders its parts (./pdf/).
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import { documentFormat, fill, type PlanDocumentInput, signaturesByDelegation } from "./document-format";
import type { DocumentLabels } from "./labels";
import { clauseAnnex, divisionAnnex, industryPlanAnnex, notAgreedAnnex } from "./pdf/annexes";
import { agreedClauses, analysis, ballots, costSharing, signaturePage } from "./pdf/body";
import { contents, contentsEntries, decorate, titlePage } from "./pdf/frame";
import { MARGIN, Writer } from "./pdf/writer";

export type PdfLabels = DocumentLabels;
export type PdfInput = PlanDocumentInput;

const FONT_FILES = { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" } as const;

/** The font files' directory in the installed @embedpdf/fonts-sc package. */
function fontDirectory(): string {
  try {
    const entry = createRequire(import.meta.url).resolve("@embedpdf/fonts-sc");
    return path.join(path.dirname(entry), "..", "fonts");
  } catch {
    return path.join(process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts");
  }
}

export async function renderPlanPdf(input: PdfInput): Promise<Buffer> {
  const { content, labels, hash } = input;
  const format = documentFormat(input);
  const fonts = fontDirectory();
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    // A path (not bytes): pdfkit caches fonts by path, and re-opens the default font on every page.
    font: path.join(fonts, FONT_FILES.regular),
    lang: input.locale,
    displayTitle: true,
    // Tagged PDF (PDF 1.7 structure tree, marked content, /MarkInfo): see ./pdf/writer.ts.
    tagged: true,
    pdfVersion: "1.7",
    info: {
      Title: `${content.workshop.title} — ${labels.planTitle}`,
      Subject: fill(labels.versionNumber, { version: content.version }),
      Keywords: hash,
      Creator: "Roundtable",
      Producer: "Roundtable",
      CreationDate: new Date(content.frozenAt),
      ModDate: new Date(content.frozenAt),
    },
  });
  // The regular face is the default font, known by its path: registering it again under another name
  // would make pdfkit re-open the (large) font file on every use.
  doc.registerFont("bold", path.join(fonts, FONT_FILES.bold));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  const w = new Writer(doc, labels, format, { regular: path.join(fonts, FONT_FILES.regular), bold: "bold" });

  // The contents' entries are known before the body is laid out; pages for the contents are kept
  // free after the title page and filled in once the body has given every entry its page.
  contentsEntries(w, content);
  titlePage(w, input);
  w.addPage();
  const tocFirstPage = w.page;
  doc.outline.addItem(labels.contents);
  // The contents come here in the reading order, although they are drawn last.
  const toc = w.reserve("TOC");
  const tocPages = contents(w, tocFirstPage, null);
  for (let i = 1; i < tocPages; i++) w.addPage();

  agreedClauses(w, content);
  costSharing(w, content);
  ballots(w, content);
  analysis(w, content);
  clauseAnnex(w, content);
  notAgreedAnnex(w, content);
  industryPlanAnnex(w, content);
  divisionAnnex(w, content);
  signaturePage(w, content, hash, signaturesByDelegation(input.signatures));

  contents(w, tocFirstPage, toc);
  decorate(w, input);
  w.finish();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
