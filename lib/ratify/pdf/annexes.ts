// The PDF's annexes: the record of every agreed clause (annex A) and the clauses not agreed at the
// freeze (annex B), each with its proposer, amendments and every delegation's stance; and each
// delegation's pillar-industry plans (annex C).
import type { PlanContent, PlanClause } from "../content";
import { fill, labelOf } from "../labels";
import { clauseMeta } from "./body";
import { ANCHOR } from "./frame";
import { COLOUR, type Row, SIZE, type Writer } from "./writer";

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

/** Annex A: the record of every agreed clause. */
export function clauseAnnex(w: Writer, content: PlanContent): void {
  const { labels } = w;
  w.addPage();
  w.heading(1, labels.annex, ANCHOR.annex);
  w.paragraph(labels.annexIntro, { colour: COLOUR.muted });
  content.sections.forEach((section, s) => {
    section.clauses.forEach((clause, c) => {
      w.heading(3, `A.${s + 1}.${c + 1}  ${clause.title}`);
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
    clauseRecord(
      w,
      clause,
      [
        format.pair(labels.section, format.sectionByTitle(clause.section)),
        format.pair(labels.status, labelOf(labels.statuses, clause.status)),
      ],
      true,
    );
  });
}

type IndustryPlan = PlanContent["industryPlans"][number];

/** The entries by delegation: the plan's delegations in order, then any code the plan does not list. */
function industryPlansByDelegation(content: PlanContent): Array<{ code: string; entries: IndustryPlan[] }> {
  const codes = [
    ...new Set([...content.delegations.map((d) => d.code), ...content.industryPlans.map((e) => e.delegation)]),
  ];
  return codes
    .map((code) => ({ code, entries: content.industryPlans.filter((entry) => entry.delegation === code) }))
    .filter(({ entries }) => entries.length > 0);
}

/** Annex C: the pillar-industry plans each delegation had submitted, a table per delegation. */
export function industryPlanAnnex(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  w.addPage();
  w.heading(1, labels.industryPlans, ANCHOR.industryPlans);
  w.paragraph(labels.industryPlansIntro, { colour: COLOUR.muted });
  if (content.industryPlans.length === 0) w.paragraph(labels.noIndustryPlans);
  industryPlansByDelegation(content).forEach(({ code, entries }, i) => {
    // The delegation's name, the table's header and its first entry on one page (a rough height).
    w.ensureSpace(130);
    w.heading(3, `C.${i + 1}  ${format.delegation(code)}`);
    w.table(
      [
        // Widths in per cent: the investment column takes a trillion (CN¥1,000,000,000,000.00) on one line.
        { header: labels.industry, width: 19 },
        { header: labels.horizon, width: 14 },
        { header: labels.priority, width: 10, align: "center" },
        { header: labels.target, width: 17 },
        { header: labels.investment, width: 24, align: "right" },
        { header: labels.hubCities, width: 16 },
      ],
      entries.flatMap((entry): Row[] => {
        const cells = [
          `${entry.industry}  ${format.industry(entry)}`,
          labelOf(labels.horizonNames, entry.horizon),
          String(entry.priority),
          entry.targetValue === null ? "—" : `${format.decimal(entry.targetValue)} ${entry.targetUnit ?? ""}`.trim(),
          entry.investmentAmount === null ? "—" : format.decimalMoney(entry.investmentAmount, entry.investmentCurrency),
          format.list(entry.hubCities) || "—",
        ];
        // The rationale is free text of any length: a row of its own across the table, under its entry.
        if (!entry.rationale.trim()) return [{ cells }];
        return [
          { cells, joinNext: true },
          { cells: [format.pair(labels.rationale, entry.rationale)], span: true, colour: COLOUR.muted },
        ];
      }),
    );
  });
}
