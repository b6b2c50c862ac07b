// The Word document's annexes: the record of every agreed clause (annex A) and the clauses not
// agreed at the freeze (annex B), each with its proposer, amendments and every delegation's stance;
// and each delegation's pillar-industry plans (annex C).
import type { PlanClause, PlanContent } from "../content";
import { fill, labelOf, type DocumentFormat, type DocumentLabels } from "../labels";
import { type Block, COLOUR, gap, heading, muted, paragraph, paragraphs, type Row, SIZE, table } from "./blocks";
import { clauseMeta } from "./body";

function clauseRecord(
  clause: PlanClause,
  labels: DocumentLabels,
  format: DocumentFormat,
  extra: string[] = [],
  withText = false,
): Block[] {
  const out: Block[] = [paragraph([...extra, clauseMeta(clause, labels, format)].join("  ·  "), { run: muted })];
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

/** Annex A: the record of every agreed clause. */
export function clauseAnnex(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [
    heading(1, labels.annex, true),
    paragraph(labels.annexIntro, { run: { color: COLOUR.muted } }),
  ];
  content.sections.forEach((section, s) =>
    section.clauses.forEach((clause, c) => {
      body.push(heading(3, `A.${s + 1}.${c + 1}  ${clause.title}`), ...clauseRecord(clause, labels, format));
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
  return body;
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
export function industryPlanAnnex(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Block[] {
  const body: Block[] = [
    heading(1, labels.industryPlans, true),
    paragraph(labels.industryPlansIntro, { run: { color: COLOUR.muted } }),
  ];
  if (content.industryPlans.length === 0) body.push(paragraph(labels.noIndustryPlans));
  industryPlansByDelegation(content).forEach(({ code, entries }, i) => {
    body.push(
      heading(3, `C.${i + 1}  ${format.delegation(code)}`),
      table(
        [
          // As in the PDF: the investment column takes a trillion (CN¥1,000,000,000,000.00) on one line.
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
            entry.investmentAmount === null
              ? "—"
              : format.decimalMoney(entry.investmentAmount, entry.investmentCurrency),
            format.list(entry.hubCities) || "—",
          ];
          // The rationale is free text of any length: a row of its own across the table, under its entry.
          if (!entry.rationale.trim()) return [{ cells }];
          return [
            { cells, joinNext: true },
            { cells: [format.pair(labels.rationale, entry.rationale)], span: true, colour: COLOUR.muted },
          ];
        }),
      ),
      gap(),
    );
  });
  return body;
}
