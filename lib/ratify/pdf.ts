// The ratified plan as a PDF (issue 7): title page, contents with page numbers, agreed clauses by
// section, cost sharing, brand ballots, overlap analysis, the clause annex, the clauses not agreed and
// the signature page; a running header, "Page n of m" and (for drafts) a DRAFT watermark on every
// page. Pure: the frozen content in, bytes out. Text is set in Noto Sans Hans (OFL, from
// @embedpdf/fonts-sc), which covers Latin and the GB 2312 Chinese characters; pdfkit embeds only
// the glyphs used.
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { PlanClause } from "./content";
import {
  ballotResult,
  documentFormat,
  fill,
  labelOf,
  signaturesByDelegation,
  type DocumentFormat,
  type DocumentLabels,
  type PlanDocumentInput,
  supportTables,
} from "./labels";

export type PdfLabels = DocumentLabels;
export type PdfInput = PlanDocumentInput;

type Doc = PDFKit.PDFDocument;

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

// A4, in points.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;

const COLOUR = {
  text: "#1a1a1a",
  muted: "#5a5a5a",
  accent: "#1f4e79",
  rule: "#c5ccd6",
  header: "#e8eef5",
  zebra: "#f6f8fb",
  draft: "#b3261e",
};

const SIZE = { body: 10, small: 8.5, table: 9, h1: 18, h2: 13.5, h3: 11.5 };
const LINE_GAP = 2;
const CELL_PAD = 4;

type Font = "regular" | "bold";
type TocEntry = { key: string; level: 1 | 2; title: string; page?: number };

type Column = { header: string; width: number; align?: "left" | "right" | "center" };
type Row = { cells: string[]; bold?: boolean; fill?: string };

class Writer {
  private outlineParents: PDFKit.PDFOutline[] = [];
  readonly toc: TocEntry[] = [];

  constructor(
    readonly doc: Doc,
    readonly labels: DocumentLabels,
    readonly format: DocumentFormat,
    private readonly fonts: Record<Font, string>,
  ) {
    this.outlineParents = [doc.outline];
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
    this.font("bold", size, COLOUR.accent).text(text, MARGIN.left, y, {
      width: CONTENT_WIDTH,
      lineGap: LINE_GAP,
      destination: key,
    });
    if (level === 1) {
      this.doc
        .moveTo(MARGIN.left, this.doc.y + 2)
        .lineTo(MARGIN.left + CONTENT_WIDTH, this.doc.y + 2)
        .lineWidth(1)
        .strokeColor(COLOUR.accent)
        .stroke();
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
      this.font(options.font ?? "regular", size, options.colour).text(trimmed, MARGIN.left + indent, this.doc.y, {
        width: CONTENT_WIDTH - indent,
        lineGap: LINE_GAP,
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
      columns,
      pairs.map(([label, value]) => ({ cells: [label, value] })),
      { plain: true, size: SIZE.body },
    );
  }

  /**
   * A table whose rows wrap their cells, break across pages with the header row repeated, and (when a
   * row is taller than a page) split the row itself, so that nothing is ever cut off.
   */
  table(columns: Column[], rows: Row[], options: { plain?: boolean; size?: number } = {}): void {
    const size = options.size ?? SIZE.table;
    // Plain tables (label/value lists) align with the text: no inset, a gap between the columns.
    const [padX, padY, gap] = options.plain ? [0, 2.5, 10] : [CELL_PAD, CELL_PAD, 0];
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const inner = (i: number) => widths[i]! - 2 * padX - (i < widths.length - 1 ? gap : 0);
    const measure = (cells: string[], font: Font) =>
      Math.max(...cells.map((cell, i) => this.height(cell, font, size, inner(i)))) + 2 * padY;

    const drawRow = (cells: string[], font: Font, fill: string | undefined, height: number) => {
      const y = this.doc.y;
      if (fill) this.doc.rect(MARGIN.left, y, CONTENT_WIDTH, height).fillColor(fill).fill();
      cells.forEach((cell, i) => {
        if (!cell) return;
        this.font(font, size).text(cell, xs[i]! + padX, y + padY, {
          width: inner(i),
          height: height + size * 4,
          lineGap: LINE_GAP,
          align: columns[i]?.align ?? "left",
        });
      });
      if (!options.plain) {
        this.doc
          .moveTo(MARGIN.left, y + height)
          .lineTo(MARGIN.left + CONTENT_WIDTH, y + height)
          .lineWidth(0.5)
          .strokeColor(COLOUR.rule)
          .stroke();
      }
      this.doc.x = MARGIN.left;
      this.doc.y = y + height;
    };

    const headers = columns.map((c) => c.header);
    const hasHeader = !options.plain && headers.some(Boolean);
    const headerHeight = hasHeader ? measure(headers, "bold") : 0;
    const drawHeader = () => {
      if (hasHeader) drawRow(headers, "bold", COLOUR.header, headerHeight);
    };

    this.ensureSpace(headerHeight + size * 3);
    drawHeader();
    rows.forEach((row, index) => {
      const font: Font = row.bold ? "bold" : "regular";
      const fill = row.fill ?? (!options.plain && index % 2 === 1 ? COLOUR.zebra : undefined);
      let cells = row.cells;
      for (;;) {
        const height = measure(cells, font);
        if (this.doc.y + height <= BOTTOM) {
          drawRow(cells, font, fill, height);
          return;
        }
        const fresh = BOTTOM - MARGIN.top - headerHeight;
        const available = BOTTOM - this.doc.y - 2 * padY;
        // A short row moves to the next page; a tall one is split here, unless only a line or two fit.
        const move = height <= fresh / 3;
        if (move || available < size * 4) {
          this.addPage();
          drawHeader();
          if (height <= fresh) continue;
        }
        const room = BOTTOM - this.doc.y - 2 * padY;
        const split = cells.map((cell, i) => this.splitToFit(cell, font, size, inner(i), room));
        drawRow(
          split.map(([head]) => head),
          font,
          fill,
          measure(
            split.map(([head]) => head),
            font,
          ),
        );
        cells = split.map(([, rest]) => rest);
        this.addPage();
        drawHeader();
      }
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

function clauseMeta(clause: PlanClause, w: Writer): string {
  const { labels, format } = w;
  const parts = [
    labelOf(labels.horizonNames, clause.horizon),
    fill(labels.versionNumber, { version: clause.version }),
    format.pair(labels.proposedBy, format.delegation(clause.proposedBy)),
  ];
  if (clause.industries.length) parts.push(format.pair(labels.industries, clause.industries.join(", ")));
  return parts.join("  ·  ");
}

/** Proposer, amendments and each delegation's stance for one clause (annex A and B). */
function clauseRecord(w: Writer, clause: PlanClause, extra: string[] = [], text = false): void {
  const { labels, format } = w;
  w.paragraph([...extra, clauseMeta(clause, w)].join("  ·  "), { size: SIZE.small, colour: COLOUR.muted });
  if (text) w.paragraph(clause.text);
  w.space(2);
  w.ensureSpace(40);
  w.paragraph(labels.amendments, { font: "bold", size: SIZE.body });
  if (clause.amendments.length === 0) w.paragraph(labels.noAmendments, { colour: COLOUR.muted, size: SIZE.table });
  clause.amendments.forEach((amendment, index) => {
    const heading = [
      fill(labels.amendment, { number: index + 1 }),
      labelOf(labels.amendmentStatuses, amendment.status),
      fill(labels.onVersion, { version: amendment.baseVersion }),
      format.pair(labels.proposedBy, format.delegation(amendment.proposedBy)),
    ].join("  ·  ");
    w.ensureSpace(45);
    w.paragraph(heading, { font: "bold", size: SIZE.table, indent: 10, colour: COLOUR.muted });
    w.paragraph(amendment.text, { size: SIZE.table, indent: 10 });
    if (amendment.rationale)
      w.paragraph(format.pair(labels.rationale, amendment.rationale), {
        size: SIZE.table,
        indent: 10,
        colour: COLOUR.muted,
      });
  });
  w.space(4);
  w.ensureSpace(50);
  w.paragraph(labels.stances, { font: "bold", size: SIZE.body });
  w.table(
    [
      { header: labels.delegation, width: 24 },
      { header: labels.position, width: 16 },
      { header: labels.reason, width: 60 },
    ],
    clause.stances.map((stance) => ({
      cells: [format.delegation(stance.delegation), labelOf(labels.positions, stance.position), stance.reason || "—"],
    })),
  );
}

function titlePage(w: Writer, input: PdfInput): void {
  const { doc, labels, format } = w;
  const { content, hash, draft } = input;
  doc.y = MARGIN.top + 40;
  w.font("bold", 11, COLOUR.accent).text(labels.planTitle.toUpperCase(), MARGIN.left, doc.y, {
    width: CONTENT_WIDTH,
    characterSpacing: 1.5,
  });
  doc.y += 10;
  w.font("bold", 26).text(content.workshop.title, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 4 });
  doc.y += 6;
  w.font("regular", 15, COLOUR.muted).text(content.workshop.region, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.y += 14;
  doc
    .moveTo(MARGIN.left, doc.y)
    .lineTo(MARGIN.left + CONTENT_WIDTH, doc.y)
    .lineWidth(1.5)
    .strokeColor(COLOUR.accent)
    .stroke();
  doc.y += 16;
  if (draft) {
    const top = doc.y;
    const noteHeight = w.height(labels.draftNotice, "regular", 11, CONTENT_WIDTH - 32);
    const boxHeight = 58 + noteHeight;
    doc.rect(MARGIN.left, top, CONTENT_WIDTH, boxHeight).lineWidth(2).strokeColor(COLOUR.draft).stroke();
    w.font("bold", 28, COLOUR.draft).text(labels.draft, MARGIN.left + 16, top + 12, {
      width: CONTENT_WIDTH - 32,
      characterSpacing: 4,
    });
    w.font("regular", 11, COLOUR.draft).text(labels.draftNotice, MARGIN.left + 16, top + 50, {
      width: CONTENT_WIDTH - 32,
    });
    doc.y = top + boxHeight + 18;
  }
  w.definitions(
    [
      [labels.region, content.workshop.region],
      [labels.horizons, format.horizons().join("\n")],
      [labels.consensusRule, labelOf(labels.consensusRules, content.workshop.consensusRule)],
      [labels.delegations, content.delegations.map((d) => d.name).join("\n")],
      [labels.date, format.date(content.frozenAt)],
      [labels.version, fill(labels.versionNumber, { version: content.version })],
    ],
    140,
  );
  doc.y += 6;
  w.font("bold", SIZE.body).text(labels.hash, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.y += 3;
  w.font("regular", 9.5).text(hash, MARGIN.left, doc.y, { width: CONTENT_WIDTH, characterSpacing: 0.3 });
  if (content.workshop.description) {
    doc.y += 10;
    w.paragraph(content.workshop.description, { colour: COLOUR.muted });
  }
}

/** Lays the contents out; with `draw` false, only counts the pages they need. */
function contents(w: Writer, firstPage: number, draw: boolean): number {
  const { doc, labels } = w;
  let pages = 1;
  let y = MARGIN.top;
  if (draw) {
    doc.switchToPage(firstPage - 1);
    w.font("bold", SIZE.h1, COLOUR.accent).text(labels.contents, MARGIN.left, y, { width: CONTENT_WIDTH });
  }
  y += w.height(labels.contents, "bold", SIZE.h1) + 14;
  const numberWidth = 36;
  for (const entry of w.toc) {
    const indent = entry.level === 1 ? 0 : 16;
    const font: Font = entry.level === 1 ? "bold" : "regular";
    const size = entry.level === 1 ? 11 : 10;
    const width = CONTENT_WIDTH - indent - numberWidth - 8;
    const height = w.height(entry.title, font, size, width);
    const gap = entry.level === 1 ? 8 : 3;
    if (y + gap + height > BOTTOM) {
      pages += 1;
      y = MARGIN.top;
      if (draw) doc.switchToPage(firstPage - 1 + pages - 1);
    } else {
      y += gap;
    }
    if (draw) {
      const x = MARGIN.left + indent;
      w.font(font, size).text(entry.title, x, y, { width, lineGap: LINE_GAP, goTo: entry.key });
      const number = String(entry.page ?? "");
      w.font(font, size).text(number, MARGIN.left + CONTENT_WIDTH - numberWidth, y, {
        width: numberWidth,
        align: "right",
        goTo: entry.key,
      });
      const titleWidth = doc.widthOfString(entry.title);
      if (titleWidth < width) {
        // A dotted leader on one-line titles.
        const baseline = y + size * 0.95;
        doc
          .moveTo(x + titleWidth + 6, baseline)
          .lineTo(MARGIN.left + CONTENT_WIDTH - doc.widthOfString(number) - 6, baseline)
          .dash(1, { space: 3 })
          .lineWidth(0.6)
          .strokeColor(COLOUR.muted)
          .stroke()
          .undash();
      }
    }
    y += height;
  }
  return pages;
}

/** Header, footer and (for drafts) the watermark on every page, drawn once the page count is known. */
function decorate(w: Writer, input: PdfInput): void {
  const { doc, labels, format } = w;
  const { count } = doc.bufferedPageRange();
  const headerText = `${input.content.workshop.title}  ·  ${fill(labels.versionNumber, { version: input.content.version })}`;
  for (let index = 0; index < count; index++) {
    doc.switchToPage(index);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const headerY = 34;
    const rightWidth = input.draft ? 70 : 150;
    w.font("regular", SIZE.small, COLOUR.muted).text(headerText, MARGIN.left, headerY, {
      width: CONTENT_WIDTH - rightWidth - 10,
      lineBreak: false,
      ellipsis: true,
      height: SIZE.small * 1.4,
    });
    if (input.draft) {
      w.font("bold", 10, COLOUR.draft).text(labels.draft, MARGIN.left + CONTENT_WIDTH - rightWidth, headerY - 1, {
        width: rightWidth,
        align: "right",
        lineBreak: false,
      });
    } else {
      w.font("regular", SIZE.small, COLOUR.muted).text(
        fill(labels.hashShort, { hash: format.shortHash(input.hash) }),
        MARGIN.left + CONTENT_WIDTH - rightWidth,
        headerY,
        { width: rightWidth, align: "right", lineBreak: false },
      );
    }
    doc
      .moveTo(MARGIN.left, headerY + 14)
      .lineTo(MARGIN.left + CONTENT_WIDTH, headerY + 14)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
    const footerY = PAGE.height - 40;
    w.font("regular", SIZE.small, COLOUR.muted).text(
      fill(labels.page, { page: index + 1, pages: count }),
      MARGIN.left,
      footerY,
      { width: CONTENT_WIDTH, align: "center", lineBreak: false },
    );
    if (input.draft) {
      doc.save();
      doc.rotate(-45, { origin: [PAGE.width / 2, PAGE.height / 2] });
      doc.fillOpacity(0.07);
      w.font("bold", 110, COLOUR.draft).text(labels.draft, 0, PAGE.height / 2 - 70, {
        width: PAGE.width,
        align: "center",
        lineBreak: false,
        characterSpacing: 8,
      });
      doc.restore();
    }
    doc.page.margins = margins;
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
  const signatures = signaturesByDelegation(input.signatures);

  // The contents' entries are known before the body is laid out; their pages are filled in after.
  const sectionKey = (index: number) => `section-${index + 1}`;
  w.toc.push({ key: "agreed", level: 1, title: labels.agreedClauses });
  content.sections.forEach((section, i) =>
    w.toc.push({ key: sectionKey(i), level: 2, title: `${i + 1}. ${format.section(section)}` }),
  );
  w.toc.push({ key: "costs", level: 1, title: labels.costSharing });
  content.costSharing.forEach((service, i) => w.toc.push({ key: `cost-${i + 1}`, level: 2, title: service.service }));
  w.toc.push({ key: "ballots", level: 1, title: labels.ballots });
  content.ballots.forEach((ballot, i) => w.toc.push({ key: `ballot-${i + 1}`, level: 2, title: ballot.title }));
  w.toc.push({ key: "analysis", level: 1, title: labels.analysis });
  w.toc.push({ key: "annex", level: 1, title: labels.annex });
  w.toc.push({ key: "not-agreed", level: 1, title: labels.notAgreed });
  w.toc.push({ key: "signatures", level: 1, title: labels.signatures });

  titlePage(w, input);
  w.addPage();
  const tocFirstPage = w.page;
  doc.outline.addItem(labels.contents);
  const tocPages = contents(w, tocFirstPage, false);
  for (let i = 1; i < tocPages; i++) w.addPage();

  // Agreed clauses.
  w.addPage();
  w.heading(1, labels.agreedClauses, "agreed");
  if (content.sections.every((s) => s.clauses.length === 0)) w.paragraph(labels.noAgreedClauses);
  content.sections.forEach((section, s) => {
    w.heading(2, `${s + 1}. ${format.section(section)}`, sectionKey(s));
    section.clauses.forEach((clause, c) => {
      w.heading(3, `${s + 1}.${c + 1}  ${clause.title}`);
      w.paragraph(clauseMeta(clause, w), { size: SIZE.small, colour: COLOUR.muted });
      w.paragraph(clause.text);
      w.space(4);
    });
  });

  // Cost sharing.
  w.addPage();
  w.heading(1, labels.costSharing, "costs");
  if (content.costSharing.length === 0) w.paragraph(labels.noCostSharing);
  content.costSharing.forEach((service, i) => {
    w.heading(2, service.service, `cost-${i + 1}`);
    w.paragraph(service.description);
    w.definitions([
      [labels.annualCost, format.money(service.annualCostMinor, service.currency)],
      [labels.allocationRule, service.rule || "—"],
    ]);
    const sum = service.shares.reduce((total, share) => total + share.shareMinor, 0);
    w.table(
      [
        { header: labels.delegation, width: 50 },
        { header: labels.share, width: 30, align: "right" },
        { header: labels.percent, width: 20, align: "right" },
      ],
      [
        ...service.shares.map((share) => ({
          cells: [
            format.delegation(share.delegation),
            format.money(share.shareMinor, service.currency),
            format.percent(service.annualCostMinor ? share.shareMinor / service.annualCostMinor : NaN),
          ],
        })),
        {
          cells: [
            labels.total,
            format.money(sum, service.currency),
            format.percent(service.annualCostMinor ? sum / service.annualCostMinor : NaN),
          ],
          bold: true,
          fill: COLOUR.header,
        },
      ],
    );
  });

  // Brand ballots.
  w.addPage();
  w.heading(1, labels.ballots, "ballots");
  if (content.ballots.length === 0) w.paragraph(labels.noBallots);
  content.ballots.forEach((ballot, i) => {
    w.heading(2, ballot.title, `ballot-${i + 1}`);
    w.definitions([
      [labels.method, labelOf(labels.methods, ballot.method)],
      [
        labels.weighting,
        `${labelOf(labels.weightings, ballot.weighting)}; ${ballot.secret ? labels.secretBallot : labels.openBallot}`,
      ],
      [labels.turnout, fill(labels.turnoutValue, { voters: ballot.voters, eligible: ballot.eligible })],
      [labels.quorum, ballot.quorumMet ? labels.quorumMet : labels.quorumNotMet],
      [labels.result, ballotResult(ballot, labels, format)],
    ]);
    w.paragraph(labels.supportByDelegation, { font: "bold", size: SIZE.table });
    for (const { columns, rows } of supportTables(ballot, content.delegations, labels, format)) w.table(columns, rows);
  });

  // Overlap analysis.
  w.addPage();
  w.heading(1, labels.analysis, "analysis");
  const { analysis } = content;
  w.definitions([
    [labels.industriesPlanned, String(analysis.industries)],
    [labels.contested, fill(labels.contestedValue, { contested: analysis.contested, ...analysis.bySeverity })],
  ]);
  if (analysis.overlaps.length === 0) w.paragraph(labels.noOverlaps);
  else
    w.table(
      [
        { header: labels.industry, width: 45 },
        { header: labels.plannedBy, width: 35 },
        { header: labels.severity, width: 20, align: "right" },
      ],
      analysis.overlaps.map((overlap) => ({
        cells: [
          `${overlap.industry}  ${format.industry(overlap)}`,
          overlap.delegations.map((code) => format.delegation(code)).join(", "),
          `${format.score(overlap.score)} · ${labelOf(labels.bands, overlap.severity)}`,
        ],
      })),
    );

  // Annex A: the record of every agreed clause.
  w.addPage();
  w.heading(1, labels.annex, "annex");
  w.paragraph(labels.annexIntro, { colour: COLOUR.muted });
  content.sections.forEach((section, s) => {
    section.clauses.forEach((clause, c) => {
      w.heading(3, `A.${s + 1}.${c + 1}  ${clause.title}`);
      clauseRecord(w, clause);
    });
  });

  // Annex B: clauses not agreed.
  w.addPage();
  w.heading(1, labels.notAgreed, "not-agreed");
  w.paragraph(content.notAgreed.length ? labels.notAgreedIntro : labels.noNotAgreed, { colour: COLOUR.muted });
  content.notAgreed.forEach((clause, i) => {
    w.heading(3, `B.${i + 1}  ${clause.title}`);
    clauseRecord(
      w,
      clause,
      [
        w.format.pair(labels.section, format.sectionByTitle(clause.section)),
        w.format.pair(labels.status, labelOf(labels.statuses, clause.status)),
      ],
      true,
    );
  });

  // Signatures.
  w.addPage();
  w.heading(1, labels.signatures, "signatures");
  w.paragraph(fill(labels.signaturesIntro, { hash }), { colour: COLOUR.muted });
  w.space(6);
  for (const delegation of content.delegations) {
    const signature = signatures.get(delegation.code);
    const rows: Array<[string, string]> = signature
      ? [
          [labels.signer, signature.signer],
          [labels.signedAt, format.date(signature.signedAt)],
          [labels.kind, labelOf(labels.kinds, signature.kind)],
          ...(signature.statement ? [[labels.statement, signature.statement] as [string, string]] : []),
          ...(signature.hash !== hash
            ? [["", fill(labels.otherHash, { hash: signature.hash })] as [string, string]]
            : []),
        ]
      : [];
    const estimate =
      40 + rows.reduce((sum, [, value]) => sum + w.height(value, "regular", SIZE.body, CONTENT_WIDTH - 140) + 10, 0);
    w.ensureSpace(Math.min(signature ? estimate : 150, BOTTOM - MARGIN.top));
    const top = doc.y;
    doc
      .moveTo(MARGIN.left, top)
      .lineTo(MARGIN.left + CONTENT_WIDTH, top)
      .lineWidth(0.75)
      .strokeColor(COLOUR.rule)
      .stroke();
    doc.y = top + 8;
    w.font("bold", 12).text(delegation.name, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.y += 4;
    if (signature) {
      w.definitions(rows, 130);
    } else {
      w.paragraph(labels.notSigned, { colour: COLOUR.muted, size: SIZE.table });
      for (const line of [labels.signatureLine, labels.nameLine, labels.dateLine]) {
        doc.y += 16;
        const y = doc.y;
        w.font("regular", SIZE.body, COLOUR.muted).text(line, MARGIN.left, y, { width: 110, lineBreak: false });
        doc
          .moveTo(MARGIN.left + 110, y + SIZE.body + 2)
          .lineTo(MARGIN.left + 110 + 240, y + SIZE.body + 2)
          .lineWidth(0.75)
          .strokeColor(COLOUR.text)
          .stroke();
        doc.y = y + SIZE.body + 4;
      }
    }
    doc.y += 14;
  }

  contents(w, tocFirstPage, true);
  decorate(w, input);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
