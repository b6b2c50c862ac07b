// The PDF is tagged (issue 14): read back with pdf.js as assistive technology would, through the
// structure tree and the marked content of each page.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { documentInput, samplePlan } from "./fixtures";
import { renderPlanPdf } from "./pdf";

interface Node {
  role: string;
  children?: Array<Node | { type: "content"; id: string }>;
}

/** The roles of the tree in reading order, depth first. */
function roles(node: Node, out: string[] = []): string[] {
  out.push(node.role);
  for (const child of node.children ?? []) if ("role" in child) roles(child, out);
  return out;
}

/** The children of the first element with `role`, by role. */
function find(node: Node, role: string): Node | null {
  if (node.role === role) return node;
  for (const child of node.children ?? []) {
    if (!("role" in child)) continue;
    const found = find(child, role);
    if (found) return found;
  }
  return null;
}

describe("the plan's PDF is tagged", { timeout: 60_000 }, () => {
  it("has a language, a structure tree in reading order, tables with header cells, and nothing untagged", async () => {
    const pdf = await renderPlanPdf(documentInput(samplePlan(), "zh-CN", false));
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    const { info } = (await document.getMetadata()) as { info: { Language?: string } };
    expect(info.Language).toBe("zh-CN");

    const tree: string[] = [];
    let tables = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const structure = (await page.getStructTree()) as Node | null;
      if (structure) tree.push(...roles(structure));
      const table = structure && find(structure, "Table");
      if (table) {
        tables += 1;
        const row = table.children!.find((child) => "role" in child && child.role === "TR") as Node;
        expect(row.children!.every((cell) => "role" in cell && ["TH", "TD"].includes(cell.role))).toBe(true);
      }
      // Every piece of text is inside marked content: a structure element's, or an artifact's.
      const { items } = await page.getTextContent({ includeMarkedContent: true });
      let depth = 0;
      for (const item of items as Array<{ type?: string; str?: string }>) {
        if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") depth++;
        else if (item.type === "endMarkedContent") depth--;
        else if (item.str && item.str.trim())
          expect(depth, `untagged text on page ${number}: ${item.str}`).toBeGreaterThan(0);
      }
    }
    // The title page's heading, the contents as a TOC of entries, parts and clauses as headings,
    // paragraphs and tables.
    for (const role of ["H1", "H2", "H3", "P", "TOC", "TOCI", "Table", "TR", "TH", "TD"]) expect(tree).toContain(role);
    expect(tree.indexOf("TOC")).toBeLessThan(tree.lastIndexOf("H2"));
    expect(tables).toBeGreaterThan(2);
  });
});
