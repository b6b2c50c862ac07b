// The plan as Markdown (CommonMark with GitHub tables): the same sections as the PDF and DOCX, in
// the reader's language, for wikis, e-mail and diffs between versions. Text typed by the
// delegations is escaped so it always reads as text (a title starting with "#" stays a title's
// words, a "|" never breaks a table). Pure.
import type { PlanClause } from "./content";
import {
  ballotResult,
  documentFormat,
  fill,
  labelOf,
  signaturesByDelegation,
  supportTables,
  type DocumentFormat,
  type DocumentLabels,
  type PlanDocumentInput,
} from "./labels";

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

function table(header: string[], rows: string[][], right: number[] = []): string {
  const rule = header.map((_, i) => (right.includes(i) ? "---:" : "---"));
  return [header, rule, ...rows].map((row, i) => `| ${(i === 1 ? row : row.map(cell)).join(" | ")} |`).join("\n");
}

/** Running text: paragraphs stay paragraphs, single line breaks stay line breaks (a trailing "\\"). */
const paragraphs = (text: string) =>
  text.trim() ? escapeBlock(text.trim()).replace(/([^\n])\r?\n(?=[^\r\n])/g, "$1\\\n") : "—";

function clauseMeta(clause: PlanClause, labels: DocumentLabels, format: DocumentFormat): string {
  return [
    labelOf(labels.horizonNames, clause.horizon),
    fill(labels.versionNumber, { version: clause.version }),
    format.pair(labels.proposedBy, format.delegation(clause.proposedBy)),
    ...(clause.industries.length ? [format.pair(labels.industries, clause.industries.join(", "))] : []),
  ]
    .map(escapeMarkdown)
    .join(" · ");
}

/** Proposer, amendments and stances of one clause (annexes A and B). */
function clauseRecord(clause: PlanClause, labels: DocumentLabels, format: DocumentFormat): string[] {
  const out = [`_${clauseMeta(clause, labels, format)}_`, `**${escapeMarkdown(labels.amendments)}**`];
  if (clause.amendments.length === 0) out.push(escapeMarkdown(labels.noAmendments));
  clause.amendments.forEach((amendment, index) => {
    const heading = [
      fill(labels.amendment, { number: index + 1 }),
      labelOf(labels.amendmentStatuses, amendment.status),
      fill(labels.onVersion, { version: amendment.baseVersion }),
      format.pair(labels.proposedBy, format.delegation(amendment.proposedBy)),
    ].join(" · ");
    out.push(`- ${escapeMarkdown(heading)}`, `  ${paragraphs(amendment.text).replace(/\n/g, "\n  ")}`);
    if (amendment.rationale) out.push(`  _${escapeMarkdown(format.pair(labels.rationale, amendment.rationale))}_`);
  });
  out.push(
    `**${escapeMarkdown(labels.stances)}**`,
    table(
      [labels.delegation, labels.position, labels.reason],
      clause.stances.map((s) => [
        format.delegation(s.delegation),
        labelOf(labels.positions, s.position),
        s.reason || "—",
      ]),
    ),
  );
  return out;
}

export function renderPlanMarkdown(input: PlanDocumentInput): string {
  const { content, labels, hash, draft } = input;
  const format = documentFormat(input);
  const h = (level: number, text: string) => `${"#".repeat(level)} ${escapeMarkdown(text)}`;
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks);

  // Title block.
  if (draft) push(`> **${escapeMarkdown(labels.draft)}**: ${escapeMarkdown(labels.draftNotice)}`);
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
      .map(([label, value]) => `- **${escapeMarkdown(label ?? "")}**: ${escapeMarkdown(value ?? "")}`)
      .concat(`- **${escapeMarkdown(labels.hash)}**: \`${hash}\``)
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
    labels.signatures,
  ];
  push(h(2, labels.contents), parts.map((part, i) => `${i + 1}. ${escapeMarkdown(part)}`).join("\n"));

  // Agreed clauses.
  push(h(2, labels.agreedClauses));
  if (content.sections.every((s) => s.clauses.length === 0)) push(escapeMarkdown(labels.noAgreedClauses));
  content.sections.forEach((section, s) => {
    push(h(3, `${s + 1}. ${format.section(section)}`));
    section.clauses.forEach((clause, c) => {
      push(
        h(4, `${s + 1}.${c + 1} ${clause.title}`),
        `_${clauseMeta(clause, labels, format)}_`,
        paragraphs(clause.text),
      );
    });
  });

  // Cost sharing.
  push(h(2, labels.costSharing));
  if (content.costSharing.length === 0) push(escapeMarkdown(labels.noCostSharing));
  for (const service of content.costSharing) {
    const sum = service.shares.reduce((total, share) => total + share.shareMinor, 0);
    const percent = (minor: number) => format.percent(service.annualCostMinor ? minor / service.annualCostMinor : NaN);
    push(h(3, service.service));
    if (service.description) push(paragraphs(service.description));
    push(
      `- ${escapeMarkdown(format.pair(labels.annualCost, format.money(service.annualCostMinor, service.currency)))}\n` +
        `- ${escapeMarkdown(format.pair(labels.allocationRule, service.rule || "—"))}`,
      table(
        [labels.delegation, labels.share, labels.percent],
        [
          ...service.shares.map((share) => [
            format.delegation(share.delegation),
            format.money(share.shareMinor, service.currency),
            percent(share.shareMinor),
          ]),
          [labels.total, format.money(sum, service.currency), percent(sum)],
        ],
        [1, 2],
      ),
    );
  }

  // Brand ballots.
  push(h(2, labels.ballots));
  if (content.ballots.length === 0) push(escapeMarkdown(labels.noBallots));
  for (const ballot of content.ballots) {
    push(
      h(3, ballot.title),
      [
        format.pair(labels.method, labelOf(labels.methods, ballot.method)),
        format.pair(
          labels.weighting,
          `${labelOf(labels.weightings, ballot.weighting)}; ${ballot.secret ? labels.secretBallot : labels.openBallot}`,
        ),
        format.pair(labels.turnout, fill(labels.turnoutValue, { voters: ballot.voters, eligible: ballot.eligible })),
        format.pair(labels.quorum, ballot.quorumMet ? labels.quorumMet : labels.quorumNotMet),
        format.pair(labels.result, ballotResult(ballot, labels, format)),
      ]
        .map((line) => `- ${escapeMarkdown(line)}`)
        .join("\n"),
      `**${escapeMarkdown(labels.supportByDelegation)}**`,
    );
    for (const { columns, rows } of supportTables(ballot, content.delegations, labels, format)) {
      const right = columns.flatMap((column, i) => (column.align === "right" ? [i] : []));
      push(
        table(
          columns.map((c) => c.header),
          rows.map((row) => (row.bold ? row.cells.map((text, i) => (i === 0 ? `${text} ✓` : text)) : row.cells)),
          right,
        ),
      );
    }
  }

  // Overlap analysis.
  const { analysis } = content;
  push(
    h(2, labels.analysis),
    `- ${escapeMarkdown(format.pair(labels.industriesPlanned, String(analysis.industries)))}\n` +
      `- ${escapeMarkdown(format.pair(labels.contested, fill(labels.contestedValue, { contested: analysis.contested, ...analysis.bySeverity })))}`,
  );
  if (analysis.overlaps.length === 0) push(escapeMarkdown(labels.noOverlaps));
  else
    push(
      table(
        [labels.industry, labels.plannedBy, labels.severity],
        analysis.overlaps.map((o) => [
          `${o.industry} ${format.industry(o)}`,
          o.delegations.map((code) => format.delegation(code)).join(", "),
          `${format.score(o.score)} · ${labelOf(labels.bands, o.severity)}`,
        ]),
      ),
    );

  // Annex A: the record of every agreed clause.
  push(h(2, labels.annex), `_${escapeMarkdown(labels.annexIntro)}_`);
  content.sections.forEach((section, s) =>
    section.clauses.forEach((clause, c) => {
      push(h(4, `A.${s + 1}.${c + 1} ${clause.title}`), ...clauseRecord(clause, labels, format));
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
      `_${escapeMarkdown(
        [
          format.pair(labels.section, format.sectionByTitle(clause.section)),
          format.pair(labels.status, labelOf(labels.statuses, clause.status)),
        ].join(" · "),
      )}_`,
      paragraphs(clause.text),
      ...clauseRecord(clause, labels, format),
    );
  });

  // Annex C: the pillar-industry plans.
  push(h(2, labels.industryPlans), `_${escapeMarkdown(labels.industryPlansIntro)}_`);
  if (content.industryPlans.length === 0) push(escapeMarkdown(labels.noIndustryPlans));
  for (const delegation of content.delegations) {
    const entries = content.industryPlans.filter((entry) => entry.delegation === delegation.code);
    if (entries.length === 0) continue;
    push(
      h(3, delegation.name),
      table(
        [
          labels.industry,
          labels.horizon,
          labels.priority,
          labels.target,
          labels.investment,
          labels.hubCities,
          labels.rationale,
        ],
        entries.map((entry) => [
          `${entry.industry} ${format.industry(entry)}`,
          labelOf(labels.horizonNames, entry.horizon),
          String(entry.priority),
          entry.targetValue === null ? "—" : `${entry.targetValue} ${entry.targetUnit ?? ""}`.trim(),
          entry.investmentAmount === null ? "—" : `${entry.investmentAmount} ${entry.investmentCurrency ?? ""}`.trim(),
          entry.hubCities.join(", ") || "—",
          entry.rationale || "—",
        ]),
        [2],
      ),
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
    const lines = [
      format.pair(labels.signer, signature.signer),
      format.pair(labels.signedAt, format.date(signature.signedAt)),
      format.pair(labels.kind, labelOf(labels.kinds, signature.kind)),
      ...(signature.statement ? [format.pair(labels.statement, signature.statement)] : []),
      ...(signature.hash !== hash ? [fill(labels.otherHash, { hash: signature.hash })] : []),
    ];
    push(lines.map((line) => `- ${escapeMarkdown(line).replace(/\r?\n/g, " ")}`).join("\n"));
  }
  if (draft) push(`> **${escapeMarkdown(labels.draft)}**: ${escapeMarkdown(labels.draftNotice)}`);
  return `${out.join("\n\n")}\n`;
}
