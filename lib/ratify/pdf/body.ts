// The PDF's chapters, each on a new page: the agreed clauses by section, cost sharing, the brand
// ballots, the overlap analysis and the signature page.
import type { PlanContent, PlanSignatureRecord } from "../content";
import { clauseMetaParts, fill, printedSections } from "../document-format";
import {
  analysisFacts,
  ballotFacts,
  costFacts,
  costTable,
  overlapTable,
  signatureFacts,
  supportTables,
} from "../document-tables";
import { ANCHOR } from "./frame";
import { BOTTOM, COLOUR, CONTENT_WIDTH, MARGIN, SIZE, type Writer } from "./writer";

export function agreedClauses(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  w.addPage();
  w.heading(1, labels.agreedClauses, ANCHOR.agreed);
  const sections = printedSections(content);
  if (sections.length === 0) w.paragraph(labels.noAgreedClauses);
  sections.forEach(({ section, number: s }) => {
    w.heading(2, `${s}. ${format.section(section)}`, ANCHOR.section(s));
    section.clauses.forEach((clause, c) => {
      w.heading(3, `${s}.${c + 1}  ${clause.title}`);
      w.paragraph(clauseMetaParts(clause, labels, format).join("  ·  "), { size: SIZE.small, colour: COLOUR.muted });
      w.paragraph(clause.text);
      w.space(4);
    });
  });
}

export function costSharing(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  w.addPage();
  w.heading(1, labels.costSharing, ANCHOR.costs);
  if (content.costSharing.length === 0) w.paragraph(labels.noCostSharing);
  content.costSharing.forEach((service, i) => {
    w.heading(2, service.service, ANCHOR.cost(i));
    w.paragraph(service.description);
    w.definitions(costFacts(service, labels, format));
    w.table(costTable(service, labels, format));
  });
}

export function ballots(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  w.addPage();
  w.heading(1, labels.ballots, ANCHOR.ballots);
  if (content.ballots.length === 0) w.paragraph(labels.noBallots);
  content.ballots.forEach((ballot, i) => {
    w.heading(2, ballot.title, ANCHOR.ballot(i));
    w.definitions(ballotFacts(ballot, labels, format));
    w.paragraph(labels.supportByDelegation, { font: "bold", size: SIZE.table });
    for (const table of supportTables(ballot, content.delegations, labels, format)) w.table(table);
  });
}

export function analysis(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  const { analysis } = content;
  w.addPage();
  w.heading(1, labels.analysis, ANCHOR.analysis);
  w.definitions(analysisFacts(analysis, labels));
  if (analysis.overlaps.length === 0) w.paragraph(labels.noOverlaps);
  else w.table(overlapTable(analysis, labels, format));
}

/** A block per delegation in the plan's order: its signature, or lines to sign on. */
export function signaturePage(
  w: Writer,
  content: PlanContent,
  hash: string,
  signatures: Map<string, PlanSignatureRecord>,
): void {
  const { doc, labels, format } = w;
  w.addPage();
  w.heading(1, labels.signatures, ANCHOR.signatures);
  w.paragraph(fill(labels.signaturesIntro, { hash }), { colour: COLOUR.muted });
  w.space(6);
  for (const delegation of content.delegations) {
    const signature = signatures.get(delegation.code);
    const rows = signature ? signatureFacts(signature, hash, labels, format) : [];
    const estimate =
      40 + rows.reduce((sum, [, value]) => sum + w.height(value, "regular", SIZE.body, CONTENT_WIDTH - 140) + 10, 0);
    w.ensureSpace(Math.min(signature ? estimate : 150, BOTTOM - MARGIN.top));
    const top = doc.y;
    w.artifact(() =>
      doc
        .moveTo(MARGIN.left, top)
        .lineTo(MARGIN.left + CONTENT_WIDTH, top)
        .lineWidth(0.75)
        .strokeColor(COLOUR.rule)
        .stroke(),
    );
    doc.y = top + 8;
    w.tag("H2", () => w.font("bold", 12).text(delegation.name, MARGIN.left, doc.y, { width: CONTENT_WIDTH }));
    doc.y += 4;
    if (signature) {
      w.definitions(rows, 130);
    } else {
      w.paragraph(labels.notSigned, { colour: COLOUR.muted, size: SIZE.table });
      for (const line of [labels.signatureLine, labels.nameLine, labels.dateLine]) {
        doc.y += 16;
        const y = doc.y;
        // A line to sign on paper: its label is read, the line itself is drawing.
        w.tag("P", () =>
          w.font("regular", SIZE.body, COLOUR.muted).text(line, MARGIN.left, y, { width: 110, lineBreak: false }),
        );
        w.artifact(() =>
          doc
            .moveTo(MARGIN.left + 110, y + SIZE.body + 2)
            .lineTo(MARGIN.left + 110 + 240, y + SIZE.body + 2)
            .lineWidth(0.75)
            .strokeColor(COLOUR.text)
            .stroke(),
        );
        doc.y = y + SIZE.body + 4;
      }
    }
    doc.y += 14;
  }
}
