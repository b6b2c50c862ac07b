// The Word document's body up to the annexes, and its signature page: the title page, the contents
// (a TOC field), the agreed clauses by section, cost sharing, the brand ballots and the overlap
// analysis; each chapter starts on a new page.
import { BorderStyle, HeadingLevel, Paragraph, TableOfContents, TextRun } from "docx";
import type { PlanContent, PlanSignatureRecord } from "../content";
import {
  clauseMetaParts,
  fill,
  labelOf,
  printedSections,
  type DocumentFormat,
  type PlanDocumentInput,
} from "../document-format";
import {
  analysisFacts,
  ballotFacts,
  costFacts,
  costTable,
  overlapTable,
  supportTables,
  titleFacts,
} from "../document-tables";
import type { DocumentLabels } from "../labels";
import {
  type Block,
  COLOUR,
  definitions,
  gap,
  heading,
  muted,
  paragraph,
  paragraphs,
  runs,
  SIZE,
  table,
} from "./blocks";

export function titlePage(input: PlanDocumentInput, format: DocumentFormat): Block[] {
  const { content, hash, labels, draft } = input;
  const body: Block[] = [
    paragraph(labels.planTitle.toUpperCase(), {
      run: { bold: true, color: COLOUR.accent, size: 22, characterSpacing: 30 },
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(content.workshop.title) }),
    paragraph(content.workshop.region, { run: { size: 30, color: COLOUR.muted }, after: 360 }),
  ];
  if (draft) {
    body.push(
      paragraph(labels.draft, { run: { bold: true, size: 56, color: COLOUR.draft, characterSpacing: 60 }, after: 60 }),
      paragraph(labels.draftNotice, { run: { color: COLOUR.draft }, after: 360 }),
    );
  }
  body.push(
    definitions(titleFacts(content, labels, format)),
    gap(),
    paragraph(labels.hash, { run: { bold: true }, after: 40 }),
    paragraph(hash, { run: { size: SIZE.table } }),
    ...paragraphs(content.workshop.description, { color: COLOUR.muted }),
  );
  return body;
}

/** The TOC field (headings 1–2), written with its entries. */
export function contents(labels: DocumentLabels): Block[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [new TextRun({ text: labels.contents, bold: true, size: 36, color: COLOUR.accent })],
    }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: "1-2" }),
    paragraph(labels.tocHint, { run: muted }),
  ];
}

export function agreedClauses(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [heading(1, labels.agreedClauses, true)];
  const sections = printedSections(content);
  if (sections.length === 0) body.push(paragraph(labels.noAgreedClauses));
  sections.forEach(({ section, number: s }) => {
    body.push(heading(2, `${s}. ${format.section(section)}`));
    section.clauses.forEach((clause, c) => {
      body.push(
        heading(3, `${s}.${c + 1}  ${clause.title}`),
        paragraph(clauseMetaParts(clause, labels, format).join("  ·  "), { run: muted, keepNext: true }),
        ...paragraphs(clause.text),
      );
    });
  });
  return body;
}

export function costSharing(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [heading(1, labels.costSharing, true)];
  if (content.costSharing.length === 0) body.push(paragraph(labels.noCostSharing));
  for (const service of content.costSharing) {
    body.push(
      heading(2, service.service),
      ...paragraphs(service.description),
      definitions(costFacts(service, labels, format)),
      gap(),
      table(costTable(service, labels, format)),
      gap(),
    );
  }
  return body;
}

export function ballots(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [heading(1, labels.ballots, true)];
  if (content.ballots.length === 0) body.push(paragraph(labels.noBallots));
  for (const ballot of content.ballots) {
    body.push(
      heading(2, ballot.title),
      definitions(ballotFacts(ballot, labels, format)),
      gap(),
      paragraph(labels.supportByDelegation, { run: { bold: true }, keepNext: true, after: 60 }),
    );
    for (const support of supportTables(ballot, content.delegations, labels, format)) body.push(table(support), gap());
  }
  return body;
}

export function analysis(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const { analysis } = content;
  const body: Block[] = [heading(1, labels.analysis, true), definitions(analysisFacts(analysis, labels)), gap()];
  if (analysis.overlaps.length === 0) body.push(paragraph(labels.noOverlaps));
  else body.push(table(overlapTable(analysis, labels, format)), gap());
  return body;
}

/** A caption and an empty line to sign or write on. */
function blank(caption: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { after: 0 }, children: runs(caption, muted) }),
    new Paragraph({
      spacing: { before: 360, after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.text, space: 1 } },
      children: [],
    }),
  ];
}

/** One row per delegation in the plan's order; blank lines where a delegation has not signed. */
export function signaturePage(
  input: PlanDocumentInput,
  format: DocumentFormat,
  signatures: Map<string, PlanSignatureRecord>,
): Block[] {
  const { content, hash, labels } = input;
  return [
    heading(1, labels.signatures, true),
    paragraph(fill(labels.signaturesIntro, { hash }), { run: { color: COLOUR.muted } }),
    table({
      columns: [
        { header: labels.delegation, width: 22 },
        { header: labels.signer, width: 22 },
        { header: labels.signedAt, width: 22 },
        { header: labels.kind, width: 34 },
      ],
      rows: content.delegations.map((delegation) => {
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
    }),
  ];
}
