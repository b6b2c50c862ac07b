// The PDF's page writer: the A4 layout, its fonts and colours, and the blocks every part of the
// document is built from (headings that feed the contents and the outline, paragraphs, label/value
// lists, tables that break across pages). It keeps the cursor (doc.y) and starts new pages itself.
//
// The document is tagged (PDF 1.7 structure, for screen readers and reflow): everything the writer
// draws is either a structure element under the current parent (H1–H3, P, Table/TR/TH/TD, TOC) in
// reading order, or an artifact (rules, stripes, repeated table headers, running headers, page
// numbers, the watermark), which assistive technology skips.
import type { DocumentFormat } from "../document-format";
import type { TableRow } from "../document-tables";
import type { DocumentLabels } from "../labels";

type Doc = PDFKit.PDFDocument;

// A4, in points.
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BOTTOM = PAGE.height - MARGIN.bottom;

export const COLOUR = {
  text: "#1a1a1a",
  muted: "#5a5a5a",
  accent: "#1f4e79",
  rule: "#c5ccd6",
  header: "#e8eef5",
  zebra: "#f6f8fb",
  draft: "#b3261e",
};

export const SIZE = { body: 10, small: 8.5, table: 9, h1: 18, h2: 13.5, h3: 11.5 };
export const LINE_GAP = 2;
const CELL_PAD = 4;

export type Font = "regular" | "bold";
export type TocEntry = { key: string; level: 1 | 2; title: string; page?: number };

export type Column = { header: string; width: number; align?: "left" | "right" | "center" };
/** How a row is drawn: its background, its text's colour, one cell across, joined to the next. */
type RowStyle = { fill?: string; colour?: string; span?: boolean; joinNext?: boolean };

type StructType = "H1" | "H2" | "H3" | "P" | "Table" | "TR" | "TH" | "TD" | "TOC" | "TOCI" | "Sect";
type Struct = PDFKit.PDFStructureElement;

export class Writer {
  private outlineParents: PDFKit.PDFOutline[] = [];
  readonly toc: TocEntry[] = [];
  private readonly root: Struct;
  private readonly parents: Struct[];

  constructor(
    readonly doc: Doc,
    readonly labels: DocumentLabels,
    readonly format: DocumentFormat,
    private readonly fonts: Record<Font, string>,
  ) {
    this.outlineParents = [doc.outline];
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
    this.parents = [this.root];
  }

  private get parent(): Struct {
    return this.parents[this.parents.length - 1]!;
  }

  /** What `draw` puts on the page, as one structure element of `type` in reading order. */
  tag(type: StructType, draw: () => void, options: { scope?: "Row" | "Column" } = {}): void {
    // pdfkit 0.20 writes a header cell's scope (Table attributes); its type definitions predate that.
    this.parent.add(this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions, draw));
  }

  /** A container (a table, its rows, the contents) for the elements `fill` tags. `element` is one
   * made earlier, to fill later at the place in the reading order where it was made. */
  group(type: StructType, fill: () => void, element: Struct = this.reserve(type)): void {
    this.parents.push(element);
    try {
      fill();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** An empty container in the reading order now, filled by `group` later (the contents). */
  reserve(type: StructType): Struct {
    const element = this.doc.struct(type);
    this.parent.add(element);
    return element;
  }

  /** Drawing that is not content (rules, stripes, running headers, page numbers, watermark). */
  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Closes the structure tree; the document can end after this. */
  finish(): void {
    this.root.end();
  }

  get page(): number {
    return this.doc.bufferedPageRange().count;
  }

  font(font: Font, size: number, colour = COLOUR.text): Doc {
    return this.doc.font(this.fonts[font]).fontSize(size).fillColor(colour);
  }

  addPage(): void {
    this.doc.addPage();
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > BOTTOM) this.addPage();
  }

  space(points: number): void {
    this.doc.y += points;
    if (this.doc.y > BOTTOM) this.addPage();
  }

  height(text: string, font: Font, size: number, width = CONTENT_WIDTH, lineGap = LINE_GAP): number {
    if (!text) return 0;
    this.font(font, size);
    return this.doc.heightOfString(text, { width, lineGap });
  }

  /** A heading, kept with the next lines; levels 1–2 go to the contents, 1–3 to the outline. */
  heading(level: 1 | 2 | 3, text: string, key?: string): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    const before = level === 1 ? 0 : level === 2 ? 14 : 10;
    const height = this.height(text, "bold", size);
    if (this.doc.y > MARGIN.top + 1) this.doc.y += before;
    this.ensureSpace(height + 60);
    const y = this.doc.y;
    this.tag(`H${level}`, () => {
      this.font("bold", size, COLOUR.accent).text(text, MARGIN.left, y, {
        width: CONTENT_WIDTH,
        lineGap: LINE_GAP,
        destination: key,
      });
    });
    if (level === 1) {
      this.artifact(() =>
        this.doc
          .moveTo(MARGIN.left, this.doc.y + 2)
          .lineTo(MARGIN.left + CONTENT_WIDTH, this.doc.y + 2)
          .lineWidth(1)
          .strokeColor(COLOUR.accent)
          .stroke(),
      );
      this.doc.y += 10;
    } else {
      this.doc.y += 4;
    }
    if (key) {
      const entry = this.toc.find((e) => e.key === key);
      if (entry) entry.page = this.page;
    }
    const parent = this.outlineParents[Math.min(level - 1, this.outlineParents.length - 1)] ?? this.doc.outline;
    const item = parent.addItem(text);
    this.outlineParents[level] = item;
    this.outlineParents.length = level + 1;
  }

  paragraph(text: string, options: { font?: Font; size?: number; colour?: string; indent?: number } = {}): void {
    if (!text) return;
    const indent = options.indent ?? 0;
    const size = options.size ?? SIZE.body;
    for (const part of text.split(/\n{2,}/)) {
      const trimmed = part.trim();
      if (!trimmed) continue;
      this.ensureSpace(size * 1.5);
      this.tag("P", () => {
        this.font(options.font ?? "regular", size, options.colour).text(trimmed, MARGIN.left + indent, this.doc.y, {
          width: CONTENT_WIDTH - indent,
          lineGap: LINE_GAP,
        });
      });
      this.doc.y += size * 0.5;
    }
  }

  /** "Label: value" pairs as a two-column list, labels in bold. */
  definitions(pairs: Array<[string, string]>, labelWidth = 130): void {
    const columns: Column[] = [
      { header: "", width: labelWidth },
      { header: "", width: CONTENT_WIDTH - labelWidth },
    ];
    this.table(
      { columns, rows: pairs.map(([label, value]) => ({ cells: [label, value] })) },
      { plain: true, size: SIZE.body },
    );
  }

  /**
   * A table whose rows wrap their cells, break across pages with the header row repeated, and (when a
   * row is taller than a page) split the row itself, so that nothing is ever cut off. A `span` row is
   * one cell across the table; a `joinNext` row and the row after it read as one entry: one stripe,
   * no rule between them, and moved to the next page together when they fit on one.
   */
  table(
    { columns, rows }: { columns: Column[]; rows: TableRow[] },
    options: { plain?: boolean; size?: number } = {},
  ): void {
    const size = options.size ?? SIZE.table;
    // Plain tables (label/value lists) align with the text: no inset, a gap between the columns.
    const [padX, padY, gap] = options.plain ? [0, 2.5, 10] : [CELL_PAD, CELL_PAD, 0];
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const inner = (i: number, span = false) =>
      span ? CONTENT_WIDTH - 2 * padX : widths[i]! - 2 * padX - (i < widths.length - 1 ? gap : 0);
    const measure = (cells: string[], font: Font, span = false) =>
      Math.max(...cells.map((cell, i) => this.height(cell, font, size, inner(i, span)))) + 2 * padY;

    // A row is a TR of TH (the header row, and a label/value list's labels) or TD cells; the
    // header row repeated on a later page is an artifact, read once.
    const drawRow = (
      cells: string[],
      font: Font,
      height: number,
      style: RowStyle = {},
      header: boolean | "repeat" = false,
    ) => {
      const y = this.doc.y;
      if (style.fill)
        this.artifact(() => this.doc.rect(MARGIN.left, y, CONTENT_WIDTH, height).fillColor(style.fill!).fill());
      const drawCell = (cell: string, i: number) =>
        this.font(font, size, style.colour).text(cell, xs[i]! + padX, y + padY, {
          width: inner(i, style.span),
          height: height + size * 4,
          lineGap: LINE_GAP,
          align: (!style.span && columns[i]?.align) || "left",
        });
      if (header === "repeat") this.artifact(() => cells.forEach((cell, i) => cell && drawCell(cell, i)), "Pagination");
      else
        this.group("TR", () =>
          cells.forEach((cell, i) => {
            if (header) this.tag("TH", () => cell && drawCell(cell, i), { scope: "Column" });
            else if (options.plain && i === 0) this.tag("TH", () => cell && drawCell(cell, i), { scope: "Row" });
            else this.tag("TD", () => cell && drawCell(cell, i));
          }),
        );
      if (!options.plain && !style.joinNext) {
        this.artifact(() =>
          this.doc
            .moveTo(MARGIN.left, y + height)
            .lineTo(MARGIN.left + CONTENT_WIDTH, y + height)
            .lineWidth(0.5)
            .strokeColor(COLOUR.rule)
            .stroke(),
        );
      }
      this.doc.x = MARGIN.left;
      this.doc.y = y + height;
    };

    const headers = columns.map((c) => c.header);
    const hasHeader = !options.plain && headers.some(Boolean);
    const headerHeight = hasHeader ? measure(headers, "bold") : 0;
    let headerDrawn = false;
    const drawHeader = () => {
      if (!hasHeader) return;
      drawRow(headers, "bold", headerHeight, { fill: COLOUR.header }, headerDrawn ? "repeat" : true);
      headerDrawn = true;
    };
    const fresh = BOTTOM - MARGIN.top - headerHeight;
    // Zebra stripes count entries: a joined row takes its entry's stripe.
    let stripe = -1;
    const stripes = rows.map((_, index) => (index > 0 && rows[index - 1]!.joinNext ? stripe : ++stripe));

    const rowHeight = (row: TableRow) => measure(row.cells, row.bold ? "bold" : "regular", row.span);
    /** The height of the entry from row `index`: the row and the rows joined to it. */
    const entryHeight = (index: number) => {
      let height = 0;
      for (let i = index; i < rows.length; i++) {
        height += rowHeight(rows[i]!);
        if (!rows[i]!.joinNext) break;
      }
      return height;
    };

    // The header row stays with the first entry when that is short.
    const first = entryHeight(0);
    this.ensureSpace(headerHeight + Math.max(size * 3, first <= fresh / 3 ? first : 0));
    this.group("Table", () => {
      drawHeader();
      rows.forEach((row, index) => {
        const font: Font = row.bold ? "bold" : "regular";
        const style: RowStyle = {
          span: row.span,
          joinNext: row.joinNext,
          colour: row.muted ? COLOUR.muted : undefined,
          fill: row.shade ? COLOUR.header : !options.plain && stripes[index]! % 2 === 1 ? COLOUR.zebra : undefined,
        };
        let cells = row.cells;
        if (row.joinNext) {
          const together = entryHeight(index);
          if (this.doc.y + together > BOTTOM && together <= fresh / 3) {
            this.addPage();
            drawHeader();
          }
        }
        for (;;) {
          const height = measure(cells, font, row.span);
          if (this.doc.y + height <= BOTTOM) {
            drawRow(cells, font, height, style);
            return;
          }
          const available = BOTTOM - this.doc.y - 2 * padY;
          // A short row moves to the next page; a tall one is split here, unless only a line or two fit.
          const move = height <= fresh / 3;
          if (move || available < size * 4) {
            this.addPage();
            drawHeader();
            if (height <= fresh) continue;
          }
          const room = BOTTOM - this.doc.y - 2 * padY;
          const split = cells.map((cell, i) => this.splitToFit(cell, font, size, inner(i, row.span), room));
          drawRow(
            split.map(([head]) => head),
            font,
            measure(
              split.map(([head]) => head),
              font,
              row.span,
            ),
            { ...style, joinNext: false },
          );
          cells = split.map(([, rest]) => rest);
          this.addPage();
          drawHeader();
        }
      });
    });
    this.doc.y += 6;
  }

  /** The longest start of `text` that fits in `height` (ending at a space when there is one), and the rest. */
  private splitToFit(text: string, font: Font, size: number, width: number, height: number): [string, string] {
    if (this.height(text, font, size, width) <= height) return [text, ""];
    let [low, high] = [0, text.length];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.height(text.slice(0, middle), font, size, width) <= height) low = middle;
      else high = middle - 1;
    }
    const space = text.lastIndexOf(" ", low);
    const cut = space > low - 40 && space > 0 ? space : Math.max(low, 1);
    return [text.slice(0, cut).trimEnd(), text.slice(cut).trimStart()];
  }
}
