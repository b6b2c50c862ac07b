// Exports of the ratified plan: PDF and DOCX rendering of a 200-clause plan with full annexes (three
// amendments and three stances with reasons per clause), with the files' sizes and the PDF's pages.
import { createTranslator } from "@/lib/i18n/translate";
import { renderPlanDocx } from "@/lib/ratify/docx";
import { largePlan } from "@/lib/ratify/fixtures";
import { documentLabels } from "@/lib/ratify/labels";
import { renderPlanPdf } from "@/lib/ratify/pdf";
import { summarise, time } from "./stats";

const clauses = 200;
const runs = 5;

export async function benchExports(): Promise<void> {
  const plan = largePlan(clauses);
  for (const locale of ["en", "zh-CN"] as const) {
    const input = {
      content: plan.content,
      hash: plan.hash,
      signatures: plan.signatures ?? [],
      draft: false,
      locale,
      labels: documentLabels(createTranslator(locale)),
    };
    let pdf: Buffer = Buffer.alloc(0);
    let docx: Buffer = Buffer.alloc(0);
    const pdfSamples = await time(async () => (pdf = await renderPlanPdf(input)), runs, 1);
    const docxSamples = await time(async () => (docx = await renderPlanDocx(input)), runs, 1);
    const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
    const kb = (buffer: Buffer) => `${(buffer.length / 1024).toFixed(0)} KiB`;
    console.log(`exports: PDF, ${clauses} clauses (${locale}, ${pages} pages, ${kb(pdf)}): ${summarise(pdfSamples)}`);
    console.log(`exports: DOCX, ${clauses} clauses (${locale}, ${kb(docx)}): ${summarise(docxSamples)}`);
  }
}
