// The PDF's annexes: the record of every agreed clause (annex A) and the clauses not agreed at the
// freeze (annex B), each with its proposer, amendments and every delegation's stance; and each
// delegation's pillar-industry plans (annex C).
import type { PlanContent, PlanClause } from "../content";
import { amendmentParts, clauseMetaParts, notAgreedParts, printedSections } from "../document-format";
import { divisionNotes, divisionTables, industryPlanTables, stanceTable } from "../document-tables";
import { ANCHOR } from "./frame";
import { COLOUR, SIZE, type Writer } from "./writer";

/** Proposer, amendments and each delegation's stance for one clause (annex A and B). */
function clauseRecord(w: Writer, clause: PlanClause, extra: string[] = [], text = false): void {
  const { labels, format } = w;
  w.paragraph([...extra, ...clauseMetaParts(clause, labels, format)].join("  ·  "), {
    size: SIZE.small,
    colour: COLOUR.muted,
  });
  if (text) w.paragraph(clause.text);
  w.space(2);
  w.ensureSpace(40);
  w.paragraph(labels.amendments, { font: "bold", size: SIZE.body });
  if (clause.amendments.length === 0) w.paragraph(labels.noAmendments, { colour: COLOUR.muted, size: SIZE.table });
  clause.amendments.forEach((amendment, index) => {
    w.ensureSpace(45);
    w.paragraph(amendmentParts(amendment, index, labels, format).join("  ·  "), {
      font: "bold",
      size: SIZE.table,
      indent: 10,
      colour: COLOUR.muted,
    });
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
  w.table(stanceTable(clause, labels, format));
}

/** Annex A: the record of every agreed clause. */
export function clauseAnnex(w: Writer, content: PlanContent): void {
  const { labels } = w;
  w.addPage();
  w.heading(1, labels.annex, ANCHOR.annex);
  w.paragraph(labels.annexIntro, { colour: COLOUR.muted });
  printedSections(content).forEach(({ section, number: s }) => {
    section.clauses.forEach((clause, c) => {
      w.heading(3, `A.${s}.${c + 1}  ${clause.title}`);
      clauseRecord(w, clause);
    });
  });
}

/** Annex B: the clauses not agreed, with their section and status. */
export function notAgreedAnnex(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  w.addPage();
  w.heading(1, labels.notAgreed, ANCHOR.notAgreed);
  w.paragraph(content.notAgreed.length ? labels.notAgreedIntro : labels.noNotAgreed, { colour: COLOUR.muted });
  content.notAgreed.forEach((clause, i) => {
    w.heading(3, `B.${i + 1}  ${clause.title}`);
    clauseRecord(w, clause, notAgreedParts(clause, labels, format), true);
  });
}

/** Annex C: the pillar-industry plans each delegation had submitted, a table per delegation. */
export function industryPlanAnnex(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  w.addPage();
  w.heading(1, labels.industryPlans, ANCHOR.industryPlans);
  w.paragraph(labels.industryPlansIntro, { colour: COLOUR.muted });
  if (content.industryPlans.length === 0) w.paragraph(labels.noIndustryPlans);
  industryPlanTables(content, labels, format).forEach((table, i) => {
    // The delegation's name, the table's header and its first entry on one page (a rough height).
    w.ensureSpace(130);
    w.heading(3, `C.${i + 1}  ${table.delegation}`);
    w.table(table);
  });
}

/** Annex D: the division-of-labour proposal behind the industry clauses, when there is one. */
export function divisionAnnex(w: Writer, content: PlanContent): void {
  const division = content.divisionOfLabour;
  if (!division) return;
  const { labels, format } = w;
  w.addPage();
  w.heading(1, labels.division, ANCHOR.division);
  for (const note of divisionNotes(division, labels, format)) w.paragraph(note);
  divisionTables(division, labels, format).forEach((table, i) => {
    w.ensureSpace(130);
    w.heading(3, `D.${i + 1}  ${table.title}`);
    w.table(table);
  });
}
