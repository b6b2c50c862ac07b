// The Word document's building blocks: the A4 page and its colours and sizes, text runs and
// paragraphs, headings (Word's Heading 1–3 styles, which feed the navigation pane and the TOC field),
// and tables across the text width with a header row that repeats on every page.
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  type TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import type { TableRow as SharedRow } from "../document-tables";

// A4 with 2 cm side margins, in twips.
export const PAGE = { width: 11906, height: 16838, margin: 1134, top: 1247, bottom: 1134 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLOUR = {
  text: "1A1A1A",
  muted: "5A5A5A",
  accent: "1F4E79",
  rule: "C5CCD6",
  header: "E8EEF5",
  draft: "B3261E",
};
// Half-points.
export const SIZE = { body: 21, small: 17, table: 19 };

type Run = IRunOptions;
/** Anything the document body holds. */
export type Block = Paragraph | Table | TableOfContents;
export type Column = { header: string; width: number; align?: "left" | "right" | "center" };
/**
 * A shared row (../document-tables) whose cells may also be paragraphs (the lines to sign on). A
 * `joinNext` row and the next have no rule between them and are kept on one page.
 */
export type Row = Omit<SharedRow, "cells"> & { cells: Array<string | Paragraph[]> };

/** Text runs, with line breaks for "\n". */
export function runs(text: string, options: Omit<Run, "text" | "break"> = {}): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

export function paragraph(
  text: string,
  options: { run?: Omit<Run, "text" | "break">; after?: number; indent?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: runs(text, options.run),
    spacing: { after: options.after ?? 120 },
    indent: options.indent ? { left: options.indent } : undefined,
    keepNext: options.keepNext,
  });
}

/** Paragraphs of a text, split at blank lines. */
export function paragraphs(text: string, run: Omit<Run, "text" | "break"> = {}, indent?: number): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => paragraph(part, { run, indent }));
}

export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  const headingLevel =
    level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, children: runs(text), pageBreakBefore, keepNext: true });
}

export const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** A table across the text width; the header row repeats on every page the table continues on. */
export function table({ columns, rows }: { columns: Column[]; rows: Row[] }, options: { plain?: boolean } = {}): Table {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  const border = options.plain ? none : thin;
  const cell = (text: string | Paragraph[], i: number, row: Omit<Row, "cells">, joinedAbove = false) =>
    new TableCell({
      width: { size: row.span ? CONTENT_WIDTH : widths[i]!, type: WidthType.DXA },
      columnSpan: row.span ? columns.length : undefined,
      // Cell borders override the table's: none between the rows of one entry.
      borders:
        row.joinNext || joinedAbove
          ? { ...(row.joinNext ? { bottom: none } : {}), ...(joinedAbove ? { top: none } : {}) }
          : undefined,
      shading: row.shade ? { type: ShadingType.CLEAR, color: "auto", fill: COLOUR.header } : undefined,
      margins: options.plain
        ? { top: 20, bottom: 20, left: 0, right: 120 }
        : { top: 60, bottom: 60, left: 100, right: 100 },
      children:
        typeof text === "string"
          ? [
              new Paragraph({
                alignment: ALIGNMENT[(!row.span && columns[i]?.align) || "left"],
                spacing: { after: 0 },
                // Keep-with-next on a row's paragraphs keeps the row on the page of the next one.
                keepNext: row.joinNext || undefined,
                children: runs(text, {
                  bold: row.bold ?? false,
                  color: row.muted ? COLOUR.muted : undefined,
                  size: options.plain ? SIZE.body : SIZE.table,
                }),
              }),
            ]
          : text,
    });
  const headerRow = options.plain
    ? []
    : [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: columns.map((c, i) => cell(c.header, i, { bold: true, shade: true })),
        }),
      ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: none,
      right: none,
      insideHorizontal: border,
      insideVertical: none,
    },
    rows: [
      ...headerRow,
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: row.joinNext || undefined,
            children: row.cells.map((text, i) => cell(text, i, row, rows[r - 1]?.joinNext)),
          }),
      ),
    ],
  });
}

export function definitions(pairs: Array<[string, string]>): Table {
  return table(
    {
      columns: [
        { header: "", width: 28 },
        { header: "", width: 72 },
      ],
      rows: pairs.map(([label, value]) => ({ cells: [label, value] })),
    },
    { plain: true },
  );
}

/** Space after a table (Word runs a following table into it otherwise). */
export const gap = () => new Paragraph({ spacing: { after: 120 }, children: [] });

export const muted = { color: COLOUR.muted, size: SIZE.small };
