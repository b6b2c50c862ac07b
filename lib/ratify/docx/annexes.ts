// The Word document's annexes: the record of every agreed clause (annex A) and the clauses not
// agreed at the freeze (annex B), each with its proposer, amendments and every delegation's stance;
// and each delegation's pillar-industry plans (annex C).
import type { PlanClause, PlanContent } from "../content";
import {
  amendmentParts,
  clauseMetaParts,
  notAgreedParts,
  printedSections,
  type DocumentFormat,
} from "../document-format";
import { divisionNotes, divisionTables, industryPlanTables, stanceTable } from "../document-tables";
import type { DocumentLabels } from "../labels";
import { type Block, COLOUR, gap, heading, muted, paragraph, paragraphs, SIZE, table } from "./blocks";

function clauseRecord(
  clause: PlanClause,
  labels: DocumentLabels,
  format: DocumentFormat,
  extra: string[] = [],
  withText = false,
): Block[] {
  const out: Block[] = [
    paragraph([...extra, ...clauseMetaParts(clause, labels, format)].join("  ·  "), { run: muted }),
  ];
  if (withText) out.push(...paragraphs(clause.text));
  out.push(paragraph(labels.amendments, { run: { bold: true }, keepNext: true, after: 60 }));
  if (clause.amendments.length === 0) out.push(paragraph(labels.noAmendments, { run: muted }));
  clause.amendments.forEach((amendment, index) => {
    const title = amendmentParts(amendment, index, labels, format).join("  ·  ");
    out.push(paragraph(title, { run: { bold: true, ...muted }, indent: 240, keepNext: true, after: 40 }));
    out.push(...paragraphs(amendment.text, { size: SIZE.table }, 240));
    if (amendment.rationale)
      out.push(...paragraphs(format.pair(labels.rationale, amendment.rationale), { ...muted }, 240));
  });
  out.push(paragraph(labels.stances, { run: { bold: true }, keepNext: true, after: 60 }));
  out.push(table(stanceTable(clause, labels, format)), gap());
  return out;
}

/** Annex A: the record of every agreed clause. */
export function clauseAnnex(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [
    heading(1, labels.annex, true),
    paragraph(labels.annexIntro, { run: { color: COLOUR.muted } }),
  ];
  printedSections(content).forEach(({ section, number: s }) =>
    section.clauses.forEach((clause, c) => {
      body.push(heading(3, `A.${s}.${c + 1}  ${clause.title}`), ...clauseRecord(clause, labels, format));
    }),
  );
  return body;
}

/** Annex B: the clauses not agreed, with their section and status. */
export function notAgreedAnnex(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [
    heading(1, labels.notAgreed, true),
    paragraph(content.notAgreed.length ? labels.notAgreedIntro : labels.noNotAgreed, { run: { color: COLOUR.muted } }),
  ];
  content.notAgreed.forEach((clause, i) => {
    body.push(
      heading(3, `B.${i + 1}  ${clause.title}`),
      ...clauseRecord(clause, labels, format, notAgreedParts(clause, labels, format), true),
    );
  });
  return body;
}

/** Annex C: the pillar-industry plans each delegation had submitted, a table per delegation. */
export function industryPlanAnnex(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [
    heading(1, labels.industryPlans, true),
    paragraph(labels.industryPlansIntro, { run: { color: COLOUR.muted } }),
  ];
  if (content.industryPlans.length === 0) body.push(paragraph(labels.noIndustryPlans));
  industryPlanTables(content, labels, format).forEach((plans, i) => {
    body.push(heading(3, `C.${i + 1}  ${plans.delegation}`), table(plans), gap());
  });
  return body;
}

/** Annex D: the division-of-labour proposal behind the industry clauses, when there is one. */
export function divisionAnnex(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const division = content.divisionOfLabour;
  if (!division) return [];
  const body: Block[] = [
    heading(1, labels.division, true),
    ...divisionNotes(division, labels, format).map((note) => paragraph(note)),
  ];
  divisionTables(division, labels, format).forEach((alternative, i) => {
    body.push(heading(3, `D.${i + 1}  ${alternative.title}`), table(alternative), gap());
  });
  return body;
}
