// The plan as Markdown (CommonMark with GitHub tables): the same sections as the PDF and DOCX, in
// the reader's language, for wikis, e-mail and diffs between versions. Text typed by the
// delegations is escaped so it always reads as text (a title starting with "#" stays a title's
// words, a "|" never breaks a table). Pure.
import type { PlanClause } from "./content";
import {
  amendmentParts,
  clauseMetaParts,
  documentFormat,
  fill,
  labelOf,
  notAgreedParts,
  printedSections,
  signaturesByDelegation,
  type DocumentFormat,
  type PlanDocumentInput,
} from "./document-format";
import {
  analysisFacts,
  ballotFacts,
  costFacts,
  costTable,
  divisionNotes,
  divisionTables,
  industryPlanTables,
  overlapTable,
  signatureFacts,
  stanceTable,
  supportTables,
  type Facts,
  type Table,
} from "./document-tables";
import type { DocumentLabels } from "./labels";

/** Escapes the characters that start inline Markdown (emphasis, code, links, HTML, tables). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/**
 * Escapes running text whose lines start blocks: also the marks that would open a list, a heading
 * underline or a thematic break, and leading indentation (which would start a code block).
 */
export function escapeBlock(text: string): string {
  return escapeMarkdown(text)
    .replace(/^[ \t]+/gm, "")
    .replace(/^([-+=]|\d+[.)])/gm, (mark: string) => mark.replace(/^(\d*)/, "$1\\"));
}

/** A table cell: escaped, on one line. */
const cell = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, "<br>");

const RULE = { left: "---", right: "---:", center: ":---:" };

/**
 * A shared table (./document-tables) in GFM. Bold and shading are the other layouts' emphasis and
 * are left out; GFM has no cell across columns, so a `span` row's text takes the first cell.
 */
function table({ columns, rows }: Table): string {
  const rule = columns.map((column) => RULE[column.align ?? "left"]);
  const body = rows.map((row) => (row.span ? columns.map((_, i) => (i === 0 ? (row.cells[0] ?? "") : "")) : row.cells));
  return [columns.map((c) => c.header), rule, ...body]
    .map((row, i) => `| ${(i === 1 ? row : row.map(cell)).join(" | ")} |`)
    .join("\n");
}

/** Label/value pairs as a list; a pair without a label is its value alone. */
const facts = (pairs: Facts, format: DocumentFormat) =>
  pairs.map(([label, value]) => `- ${escapeMarkdown(label ? format.pair(label, value) : value)}`);

/** Running text: paragraphs stay paragraphs, single line breaks stay line breaks (a trailing "\\"). */
const paragraphs = (text: string) =>
  text.trim() ? escapeBlock(text.trim()).replace(/([^\n])\r?\n(?=[^\r\n])/g, "$1\\\n") : "—";

const clauseMeta = (clause: PlanClause, labels: DocumentLabels, format: DocumentFormat) =>
  clauseMetaParts(clause, labels, format).map(escapeMarkdown).join(" · ");

/** Proposer, amendments and stances of one clause (annexes A and B). */
function clauseRecord(clause: PlanClause, labels: DocumentLabels, format: DocumentFormat): string[] {
  const out = [`_${clauseMeta(clause, labels, format)}_`, `**${escapeMarkdown(labels.amendments)}**`];
  if (clause.amendments.length === 0) out.push(escapeMarkdown(labels.noAmendments));
  clause.amendments.forEach((amendment, index) => {
    const heading = amendmentParts(amendment, index, labels, format).join(" · ");
    out.push(`- ${escapeMarkdown(heading)}`, `  ${paragraphs(amendment.text).replace(/\n/g, "\n  ")}`);
    if (amendment.rationale) out.push(`  _${escapeMarkdown(format.pair(labels.rationale, amendment.rationale))}_`);
  });
  out.push(`**${escapeMarkdown(labels.stances)}**`, table(stanceTable(clause, labels, format)));
  return out;
}

export function renderPlanMarkdown(input: PlanDocumentInput): string {
  const { content, labels, hash, draft } = input;
  const format = documentFormat(input);
  const h = (level: number, text: string) => `${"#".repeat(level)} ${escapeMarkdown(text)}`;
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks);

  // Title block. A label and its value are separated as format.pair does (full-width colon in Chinese).
  const colon = input.locale === "zh-CN" ? "：" : ": ";
  if (draft) push(`> **${escapeMarkdown(labels.draft)}**${colon}${escapeMarkdown(labels.draftNotice)}`);
  push(h(1, `${content.workshop.title} — ${labels.planTitle}`));
  if (content.workshop.description) push(paragraphs(content.workshop.description));
  push(
    [
      [labels.region, content.workshop.region],
      [labels.horizons, format.horizons().join("; ")],
      [labels.consensusRule, labelOf(labels.consensusRules, content.workshop.consensusRule)],
      [labels.version, draft ? labels.draft : String(content.version)],
      [labels.date, format.date(content.frozenAt)],
      [labels.delegations, content.delegations.map((d) => d.name).join(", ")],
    ]
      .map(([label, value]) => `- **${escapeMarkdown(label ?? "")}**${colon}${escapeMarkdown(value ?? "")}`)
      .concat(`- **${escapeMarkdown(labels.hash)}**${colon}\`${hash}\``)
      .join("\n"),
  );

  const parts = [
    labels.agreedClauses,
    labels.costSharing,
    labels.ballots,
    labels.analysis,
    labels.annex,
    labels.notAgreed,
    labels.industryPlans,
    ...(content.divisionOfLabour ? [labels.division] : []),
    labels.signatures,
  ];
  push(h(2, labels.contents), parts.map((part, i) => `${i + 1}. ${escapeMarkdown(part)}`).join("\n"));

  // Agreed clauses.
  push(h(2, labels.agreedClauses));
  const sections = printedSections(content);
  if (sections.length === 0) push(escapeMarkdown(labels.noAgreedClauses));
  sections.forEach(({ section, number: s }) => {
    push(h(3, `${s}. ${format.section(section)}`));
    section.clauses.forEach((clause, c) => {
      push(h(4, `${s}.${c + 1} ${clause.title}`), `_${clauseMeta(clause, labels, format)}_`, paragraphs(clause.text));
    });
  });

  // Cost sharing.
  push(h(2, labels.costSharing));
  if (content.costSharing.length === 0) push(escapeMarkdown(labels.noCostSharing));
  for (const service of content.costSharing) {
    push(h(3, service.service));
    if (service.description) push(paragraphs(service.description));
    push(facts(costFacts(service, labels, format), format).join("\n"), table(costTable(service, labels, format)));
  }

  // Brand ballots.
  push(h(2, labels.ballots));
  if (content.ballots.length === 0) push(escapeMarkdown(labels.noBallots));
  for (const ballot of content.ballots) {
    push(
      h(3, ballot.title),
      facts(ballotFacts(ballot, labels, format), format).join("\n"),
      `**${escapeMarkdown(labels.supportByDelegation)}**`,
    );
    // The winner's row is bold in the PDF and DOCX; here it is ticked.
    for (const { columns, rows } of supportTables(ballot, content.delegations, labels, format)) {
      const ticked = rows.map((row) =>
        row.bold ? { cells: row.cells.map((text, i) => (i ? text : `${text} ✓`)) } : row,
      );
      push(table({ columns, rows: ticked }));
    }
  }

  // Overlap analysis.
  const { analysis } = content;
  push(h(2, labels.analysis), facts(analysisFacts(analysis, labels), format).join("\n"));
  if (analysis.overlaps.length === 0) push(escapeMarkdown(labels.noOverlaps));
  else push(table(overlapTable(analysis, labels, format)));

  // Annex A: the record of every agreed clause.
  push(h(2, labels.annex), `_${escapeMarkdown(labels.annexIntro)}_`);
  sections.forEach(({ section, number: s }) =>
    section.clauses.forEach((clause, c) => {
      push(h(4, `A.${s}.${c + 1} ${clause.title}`), ...clauseRecord(clause, labels, format));
    }),
  );

  // Annex B: clauses not agreed, with their text.
  push(
    h(2, labels.notAgreed),
    `_${escapeMarkdown(content.notAgreed.length ? labels.notAgreedIntro : labels.noNotAgreed)}_`,
  );
  content.notAgreed.forEach((clause, i) => {
    push(
      h(4, `B.${i + 1} ${clause.title}`),
      `_${escapeMarkdown(notAgreedParts(clause, labels, format).join(" · "))}_`,
      paragraphs(clause.text),
      ...clauseRecord(clause, labels, format),
    );
  });

  // Annex C: the pillar-industry plans.
  push(h(2, labels.industryPlans), `_${escapeMarkdown(labels.industryPlansIntro)}_`);
  if (content.industryPlans.length === 0) push(escapeMarkdown(labels.noIndustryPlans));
  for (const plans of industryPlanTables(content, labels, format)) push(h(3, plans.delegation), table(plans));

  // Annex D: the division-of-labour proposal, when the workshop has one.
  if (content.divisionOfLabour) {
    const division = content.divisionOfLabour;
    push(h(2, labels.division), ...divisionNotes(division, labels, format).map(escapeMarkdown));
    divisionTables(division, labels, format).forEach((alternative, i) =>
      push(h(3, `D.${i + 1} ${alternative.title}`), table(alternative)),
    );
  }

  // Signatures.
  push(h(2, labels.signatures), escapeMarkdown(fill(labels.signaturesIntro, { hash })));
  const signatures = signaturesByDelegation(input.signatures);
  for (const delegation of content.delegations) {
    const signature = signatures.get(delegation.code);
    push(h(3, delegation.name));
    if (!signature) {
      push(escapeMarkdown(labels.notSigned));
      continue;
    }
    // A statement keeps to its list item.
    const lines = facts(signatureFacts(signature, hash, labels, format), format);
    push(lines.map((line) => line.replace(/\r?\n/g, " ")).join("\n"));
  }
  if (draft) push(`> **${escapeMarkdown(labels.draft)}**${colon}${escapeMarkdown(labels.draftNotice)}`);
  return `${out.join("\n\n")}\n`;
}
