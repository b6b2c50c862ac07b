// The ratified plan as a Word document (issue 7): the same content as the PDF, with real Heading 1–3
// paragraphs (so the navigation pane and the contents field work), a TOC field (written with its
// entries, page numbers filled in when Word updates the field), tables for cost sharing, ballots,
// stances and signatures, and DRAFT in the header of a draft. Pure: the frozen content in, bytes out.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
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

export type DocxInput = PlanDocumentInput;

// A4 with 2 cm side margins, in twips.
const PAGE = { width: 11906, height: 16838, margin: 1134, top: 1247, bottom: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const COLOUR = { text: "1A1A1A", muted: "5A5A5A", accent: "1F4E79", rule: "C5CCD6", header: "E8EEF5", draft: "B3261E" };
// Word's fonts for Latin text and Simplified Chinese; other applications substitute their own.
const FONT = { ascii: "Calibri", hAnsi: "Calibri", cs: "Calibri", eastAsia: "Microsoft YaHei" };
// Half-points.
const SIZE = { body: 21, small: 17, table: 19 };

type Run = IRunOptions;
type Column = { header: string; width: number; align?: "left" | "right" };
type Row = { cells: Array<string | Paragraph[]>; bold?: boolean; shade?: boolean };

/** Text runs, with line breaks for "\n". */
function runs(text: string, options: Omit<Run, "text" | "break"> = {}): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

function paragraph(
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
function paragraphs(text: string, run: Omit<Run, "text" | "break"> = {}, indent?: number): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => paragraph(part, { run, indent }));
}

function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  const headingLevel =
    level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, children: runs(text), pageBreakBefore, keepNext: true });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** A table across the text width; the header row repeats on every page the table continues on. */
function table(columns: Column[], rows: Row[], options: { plain?: boolean } = {}): Table {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  const border = options.plain ? none : thin;
  const cell = (text: string | Paragraph[], i: number, bold: boolean, shade: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: shade ? { type: ShadingType.CLEAR, color: "auto", fill: COLOUR.header } : undefined,
      margins: options.plain
        ? { top: 20, bottom: 20, left: 0, right: 120 }
        : { top: 60, bottom: 60, left: 100, right: 100 },
      children:
        typeof text === "string"
          ? [
              new Paragraph({
                alignment: columns[i]?.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
                spacing: { after: 0 },
                children: runs(text, { bold, size: options.plain ? SIZE.body : SIZE.table }),
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
          children: columns.map((c, i) => cell(c.header, i, true, true)),
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
        (row) =>
          new TableRow({ children: row.cells.map((text, i) => cell(text, i, row.bold ?? false, row.shade ?? false)) }),
      ),
    ],
  });
}

function definitions(pairs: Array<[string, string]>): Table {
  return table(
    [
      { header: "", width: 28 },
      { header: "", width: 72 },
    ],
    pairs.map(([label, value]) => ({ cells: [label, value] })),
    { plain: true },
  );
}

/** Space after a table (Word runs a following table into it otherwise). */
const gap = () => new Paragraph({ spacing: { after: 120 }, children: [] });

function clauseMeta(clause: PlanClause, labels: DocumentLabels, format: DocumentFormat): string {
  const parts = [
    labelOf(labels.horizonNames, clause.horizon),
    fill(labels.versionNumber, { version: clause.version }),
    format.pair(labels.proposedBy, format.delegation(clause.proposedBy)),
  ];
  if (clause.industries.length) parts.push(format.pair(labels.industries, clause.industries.join(", ")));
  return parts.join("  ·  ");
}

const muted = { color: COLOUR.muted, size: SIZE.small };

function clauseRecord(
  clause: PlanClause,
  labels: DocumentLabels,
  format: DocumentFormat,
  extra: string[] = [],
  withText = false,
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    paragraph([...extra, clauseMeta(clause, labels, format)].join("  ·  "), { run: muted }),
  ];
  if (withText) out.push(...paragraphs(clause.text));
  out.push(paragraph(labels.amendments, { run: { bold: true }, keepNext: true, after: 60 }));
  if (clause.amendments.length === 0) out.push(paragraph(labels.noAmendments, { run: muted }));
  clause.amendments.forEach((amendment, index) => {
    const title = [
      fill(labels.amendment, { number: index + 1 }),
      labelOf(labels.amendmentStatuses, amendment.status),
      fill(labels.onVersion, { version: amendment.baseVersion }),
      format.pair(labels.proposedBy, format.delegation(amendment.proposedBy)),
    ].join("  ·  ");
    out.push(paragraph(title, { run: { bold: true, ...muted }, indent: 240, keepNext: true, after: 40 }));
    out.push(...paragraphs(amendment.text, { size: SIZE.table }, 240));
    if (amendment.rationale)
      out.push(...paragraphs(format.pair(labels.rationale, amendment.rationale), { ...muted }, 240));
  });
  out.push(paragraph(labels.stances, { run: { bold: true }, keepNext: true, after: 60 }));
  out.push(
    table(
      [
        { header: labels.delegation, width: 24 },
        { header: labels.position, width: 16 },
        { header: labels.reason, width: 60 },
      ],
      clause.stances.map((stance) => ({
        cells: [format.delegation(stance.delegation), labelOf(labels.positions, stance.position), stance.reason || "—"],
      })),
    ),
    gap(),
  );
  return out;
}

/** "Page {page} of {pages}" with Word's page fields in place of the placeholders. */
function pageNumberRuns(template: string): TextRun[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) =>
      part === "{page}"
        ? new TextRun({ children: [PageNumber.CURRENT], ...muted })
        : part === "{pages}"
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], ...muted })
          : new TextRun({ text: part, ...muted }),
    );
}

export async function renderPlanDocx(input: DocxInput): Promise<Buffer> {
  const { content, hash, labels, draft } = input;
  const format = documentFormat(input);
  const signatures = signaturesByDelegation(input.signatures);
  const body: Array<Paragraph | Table | TableOfContents> = [];

  // Title page.
  body.push(
    paragraph(labels.planTitle.toUpperCase(), {
      run: { bold: true, color: COLOUR.accent, size: 22, characterSpacing: 30 },
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(content.workshop.title) }),
    paragraph(content.workshop.region, { run: { size: 30, color: COLOUR.muted }, after: 360 }),
  );
  if (draft) {
    body.push(
      paragraph(labels.draft, { run: { bold: true, size: 56, color: COLOUR.draft, characterSpacing: 60 }, after: 60 }),
      paragraph(labels.draftNotice, { run: { color: COLOUR.draft }, after: 360 }),
    );
  }
  body.push(
    definitions([
      [labels.region, content.workshop.region],
      [labels.horizons, format.horizons().join("\n")],
      [labels.consensusRule, labelOf(labels.consensusRules, content.workshop.consensusRule)],
      [labels.delegations, content.delegations.map((d) => d.name).join("\n")],
      [labels.date, format.date(content.frozenAt)],
      [labels.version, fill(labels.versionNumber, { version: content.version })],
    ]),
    gap(),
    paragraph(labels.hash, { run: { bold: true }, after: 40 }),
    paragraph(hash, { run: { size: SIZE.table } }),
    ...paragraphs(content.workshop.description, { color: COLOUR.muted }),
  );

  // Contents: the TOC field (headings 1–2), written with its entries.
  body.push(
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [new TextRun({ text: labels.contents, bold: true, size: 36, color: COLOUR.accent })],
    }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: "1-2" }),
    paragraph(labels.tocHint, { run: muted }),
  );

  // Agreed clauses.
  body.push(heading(1, labels.agreedClauses, true));
  if (content.sections.every((s) => s.clauses.length === 0)) body.push(paragraph(labels.noAgreedClauses));
  content.sections.forEach((section, s) => {
    body.push(heading(2, `${s + 1}. ${format.section(section)}`));
    section.clauses.forEach((clause, c) => {
      body.push(
        heading(3, `${s + 1}.${c + 1}  ${clause.title}`),
        paragraph(clauseMeta(clause, labels, format), { run: muted, keepNext: true }),
        ...paragraphs(clause.text),
      );
    });
  });

  // Cost sharing.
  body.push(heading(1, labels.costSharing, true));
  if (content.costSharing.length === 0) body.push(paragraph(labels.noCostSharing));
  for (const service of content.costSharing) {
    const sum = service.shares.reduce((total, share) => total + share.shareMinor, 0);
    const percent = (minor: number) => format.percent(service.annualCostMinor ? minor / service.annualCostMinor : NaN);
    body.push(
      heading(2, service.service),
      ...paragraphs(service.description),
      definitions([
        [labels.annualCost, format.money(service.annualCostMinor, service.currency)],
        [labels.allocationRule, service.rule || "—"],
      ]),
      gap(),
      table(
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
              percent(share.shareMinor),
            ],
          })),
          { cells: [labels.total, format.money(sum, service.currency), percent(sum)], bold: true, shade: true },
        ],
      ),
      gap(),
    );
  }

  // Brand ballots.
  body.push(heading(1, labels.ballots, true));
  if (content.ballots.length === 0) body.push(paragraph(labels.noBallots));
  for (const ballot of content.ballots) {
    body.push(
      heading(2, ballot.title),
      definitions([
        [labels.method, labelOf(labels.methods, ballot.method)],
        [
          labels.weighting,
          `${labelOf(labels.weightings, ballot.weighting)}; ${ballot.secret ? labels.secretBallot : labels.openBallot}`,
        ],
        [labels.turnout, fill(labels.turnoutValue, { voters: ballot.voters, eligible: ballot.eligible })],
        [labels.quorum, ballot.quorumMet ? labels.quorumMet : labels.quorumNotMet],
        [labels.result, ballotResult(ballot, labels, format)],
      ]),
      gap(),
      paragraph(labels.supportByDelegation, { run: { bold: true }, keepNext: true, after: 60 }),
    );
    for (const { columns, rows } of supportTables(ballot, content.delegations, labels, format))
      body.push(table(columns, rows), gap());
  }

  // Overlap analysis.
  const { analysis } = content;
  body.push(
    heading(1, labels.analysis, true),
    definitions([
      [labels.industriesPlanned, String(analysis.industries)],
      [labels.contested, fill(labels.contestedValue, { contested: analysis.contested, ...analysis.bySeverity })],
    ]),
    gap(),
  );
  if (analysis.overlaps.length === 0) body.push(paragraph(labels.noOverlaps));
  else
    body.push(
      table(
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
      ),
      gap(),
    );

  // Annex A and B.
  body.push(heading(1, labels.annex, true), paragraph(labels.annexIntro, { run: { color: COLOUR.muted } }));
  content.sections.forEach((section, s) =>
    section.clauses.forEach((clause, c) => {
      body.push(heading(3, `A.${s + 1}.${c + 1}  ${clause.title}`), ...clauseRecord(clause, labels, format));
    }),
  );
  body.push(
    heading(1, labels.notAgreed, true),
    paragraph(content.notAgreed.length ? labels.notAgreedIntro : labels.noNotAgreed, { run: { color: COLOUR.muted } }),
  );
  content.notAgreed.forEach((clause, i) => {
    body.push(
      heading(3, `B.${i + 1}  ${clause.title}`),
      ...clauseRecord(
        clause,
        labels,
        format,
        [
          format.pair(labels.section, format.sectionByTitle(clause.section)),
          format.pair(labels.status, labelOf(labels.statuses, clause.status)),
        ],
        true,
      ),
    );
  });

  // Signatures: one row per delegation; blank lines where a delegation has not signed.
  // A caption and an empty line to sign or write on.
  const blank = (caption: string) => [
    new Paragraph({ spacing: { after: 0 }, children: runs(caption, muted) }),
    new Paragraph({
      spacing: { before: 360, after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.text, space: 1 } },
      children: [],
    }),
  ];
  body.push(
    heading(1, labels.signatures, true),
    paragraph(fill(labels.signaturesIntro, { hash }), { run: { color: COLOUR.muted } }),
    table(
      [
        { header: labels.delegation, width: 22 },
        { header: labels.signer, width: 22 },
        { header: labels.signedAt, width: 22 },
        { header: labels.kind, width: 34 },
      ],
      content.delegations.map((delegation) => {
        const signature = signatures.get(delegation.code);
        if (!signature)
          return {
            cells: [
              delegation.name,
              [...blank(labels.signatureLine), ...blank(labels.nameLine)],
              blank(labels.dateLine),
              labels.notSigned,
            ],
          };
        const kind = [
          labelOf(labels.kinds, signature.kind),
          signature.statement ? format.pair(labels.statement, signature.statement) : "",
          signature.hash !== hash ? fill(labels.otherHash, { hash: signature.hash }) : "",
        ];
        return {
          cells: [delegation.name, signature.signer, format.date(signature.signedAt), kind.filter(Boolean).join("\n")],
        };
      }),
    ),
  );

  const headerTitle = `${content.workshop.title}  ·  ${fill(labels.versionNumber, { version: content.version })}`;
  const document = new Document({
    creator: "Roundtable",
    lastModifiedBy: "Roundtable",
    title: `${content.workshop.title} — ${labels.planTitle}`,
    subject: fill(labels.versionNumber, { version: content.version }),
    keywords: hash,
    description: content.workshop.description,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: SIZE.body,
            color: COLOUR.text,
            // Latin text is English in either language (a Chinese `value` would break English words anywhere).
            language: { value: "en-GB", eastAsia: "zh-CN" },
          },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: COLOUR.text },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: COLOUR.accent },
          paragraph: { spacing: { before: 0, after: 240 } },
        },
        heading2: {
          run: { font: FONT, size: 27, bold: true, color: COLOUR.accent },
          paragraph: { spacing: { before: 280, after: 120 } },
        },
        heading3: {
          run: { font: FONT, size: 23, bold: true, color: COLOUR.accent },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.margin,
              right: PAGE.margin,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                border: { bottom: { ...thin, space: 4 } },
                children: [
                  new TextRun({ text: headerTitle, ...muted }),
                  draft
                    ? new TextRun({ children: [new Tab(), labels.draft], bold: true, color: COLOUR.draft, size: 22 })
                    : new TextRun({
                        children: [new Tab(), fill(labels.hashShort, { hash: format.shortHash(hash) })],
                        ...muted,
                      }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(labels.page) })],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
