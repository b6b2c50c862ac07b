// Reading exported documents back as a reader would: the text of each PDF page (pdf.js, as a
// viewer extracts it) and the paragraphs of a DOCX body. Shared by the renderer unit tests and the
// export integration tests; no tool outside node_modules.
import { strFromU8, unzipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await document.destroy();
  return pages;
}

/** Without white space, so that wrapped lines still match. */
export const squash = (text: string) => text.replace(/\s+/g, "");

/** The files of a DOCX (a zip) as text, by name. */
export function docxFiles(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(docx))).map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The paragraphs' text of a WordprocessingML part, tags dropped and entities decoded. */
export const docxPlain = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
