// The PDF's frame: the title page, the contents (entries known before the body is laid out, page
// numbers filled in after) and what every page carries once the page count is known: the running
// header, "Page n of m" and, on a draft, the DRAFT watermark.
import type { PlanContent } from "../content";
import { fill, printedSections, type PlanDocumentInput } from "../document-format";
import { titleFacts } from "../document-tables";
import { BOTTOM, COLOUR, CONTENT_WIDTH, type Font, LINE_GAP, MARGIN, PAGE, SIZE, type Writer } from "./writer";

/** The named destinations the contents and the outline link to. */
export const ANCHOR = {
  agreed: "agreed",
  section: (number: number) => `section-${number}`,
  costs: "costs",
  cost: (index: number) => `cost-${index + 1}`,
  ballots: "ballots",
  ballot: (index: number) => `ballot-${index + 1}`,
  analysis: "analysis",
  annex: "annex",
  notAgreed: "not-agreed",
  industryPlans: "industry-plans",
  division: "division-of-labour",
  signatures: "signatures",
} as const;

/** The contents' entries, in document order; their pages are filled in as the headings are laid out. */
export function contentsEntries(w: Writer, content: PlanContent): void {
  const { labels, format } = w;
  w.toc.push({ key: ANCHOR.agreed, level: 1, title: labels.agreedClauses });
  printedSections(content).forEach(({ section, number }) =>
    w.toc.push({ key: ANCHOR.section(number), level: 2, title: `${number}. ${format.section(section)}` }),
  );
  w.toc.push({ key: ANCHOR.costs, level: 1, title: labels.costSharing });
  content.costSharing.forEach((service, i) => w.toc.push({ key: ANCHOR.cost(i), level: 2, title: service.service }));
  w.toc.push({ key: ANCHOR.ballots, level: 1, title: labels.ballots });
  content.ballots.forEach((ballot, i) => w.toc.push({ key: ANCHOR.ballot(i), level: 2, title: ballot.title }));
  w.toc.push({ key: ANCHOR.analysis, level: 1, title: labels.analysis });
  w.toc.push({ key: ANCHOR.annex, level: 1, title: labels.annex });
  w.toc.push({ key: ANCHOR.notAgreed, level: 1, title: labels.notAgreed });
  w.toc.push({ key: ANCHOR.industryPlans, level: 1, title: labels.industryPlans });
  if (content.divisionOfLabour) w.toc.push({ key: ANCHOR.division, level: 1, title: labels.division });
  w.toc.push({ key: ANCHOR.signatures, level: 1, title: labels.signatures });
}

export function titlePage(w: Writer, input: PlanDocumentInput): void {
  const { doc, labels, format } = w;
  const { content, hash, draft } = input;
  doc.y = MARGIN.top + 40;
  w.tag("P", () =>
    w.font("bold", 11, COLOUR.accent).text(labels.planTitle.toUpperCase(), MARGIN.left, doc.y, {
      width: CONTENT_WIDTH,
      characterSpacing: 1.5,
    }),
  );
  doc.y += 10;
  w.tag("H1", () =>
    w.font("bold", 26).text(content.workshop.title, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 4 }),
  );
  doc.y += 6;
  w.tag("P", () =>
    w.font("regular", 15, COLOUR.muted).text(content.workshop.region, MARGIN.left, doc.y, { width: CONTENT_WIDTH }),
  );
  doc.y += 14;
  w.artifact(() =>
    doc
      .moveTo(MARGIN.left, doc.y)
      .lineTo(MARGIN.left + CONTENT_WIDTH, doc.y)
      .lineWidth(1.5)
      .strokeColor(COLOUR.accent)
      .stroke(),
  );
  doc.y += 16;
  if (draft) {
    const top = doc.y;
    const noteHeight = w.height(labels.draftNotice, "regular", 11, CONTENT_WIDTH - 32);
    const boxHeight = 58 + noteHeight;
    w.artifact(() =>
      doc.rect(MARGIN.left, top, CONTENT_WIDTH, boxHeight).lineWidth(2).strokeColor(COLOUR.draft).stroke(),
    );
    w.tag("P", () =>
      w.font("bold", 28, COLOUR.draft).text(labels.draft, MARGIN.left + 16, top + 12, {
        width: CONTENT_WIDTH - 32,
        characterSpacing: 4,
      }),
    );
    w.tag("P", () =>
      w.font("regular", 11, COLOUR.draft).text(labels.draftNotice, MARGIN.left + 16, top + 50, {
        width: CONTENT_WIDTH - 32,
      }),
    );
    doc.y = top + boxHeight + 18;
  }
  w.definitions(titleFacts(content, labels, format), 140);
  doc.y += 6;
  w.tag("P", () => w.font("bold", SIZE.body).text(labels.hash, MARGIN.left, doc.y, { width: CONTENT_WIDTH }));
  doc.y += 3;
  w.tag("P", () =>
    w.font("regular", 9.5).text(hash, MARGIN.left, doc.y, { width: CONTENT_WIDTH, characterSpacing: 0.3 }),
  );
  if (content.workshop.description) {
    doc.y += 10;
    w.paragraph(content.workshop.description, { colour: COLOUR.muted });
  }
}

/** Lays the contents out; with `element` null, only counts the pages they need. Drawn after the
 * body (when every entry has its page) into `element`: the TOC reserved in the reading order
 * where the contents' pages are. */
export function contents(w: Writer, firstPage: number, element: PDFKit.PDFStructureElement | null): number {
  if (element === null) return layContents(w, firstPage, false);
  let pages = 0;
  w.group("TOC", () => (pages = layContents(w, firstPage, true)), element);
  return pages;
}

function layContents(w: Writer, firstPage: number, draw: boolean): number {
  const { doc, labels } = w;
  let pages = 1;
  let y = MARGIN.top;
  if (draw) {
    doc.switchToPage(firstPage - 1);
    w.tag("P", () =>
      w.font("bold", SIZE.h1, COLOUR.accent).text(labels.contents, MARGIN.left, y, { width: CONTENT_WIDTH }),
    );
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
      const number = String(entry.page ?? "");
      const at = y;
      // One entry: its title and its page number, both links to the part.
      w.group("TOCI", () => {
        w.tag("P", () => w.font(font, size).text(entry.title, x, at, { width, lineGap: LINE_GAP, goTo: entry.key }));
        w.tag("P", () =>
          w.font(font, size).text(number, MARGIN.left + CONTENT_WIDTH - numberWidth, at, {
            width: numberWidth,
            align: "right",
            goTo: entry.key,
          }),
        );
      });
      w.font(font, size);
      const titleWidth = doc.widthOfString(entry.title);
      if (titleWidth < width) {
        // A dotted leader on one-line titles.
        const baseline = y + size * 0.95;
        w.artifact(() =>
          doc
            .moveTo(x + titleWidth + 6, baseline)
            .lineTo(MARGIN.left + CONTENT_WIDTH - doc.widthOfString(number) - 6, baseline)
            .dash(1, { space: 3 })
            .lineWidth(0.6)
            .strokeColor(COLOUR.muted)
            .stroke()
            .undash(),
        );
      }
    }
    y += height;
  }
  return pages;
}

/** Header, footer and (for drafts) the watermark on every page, drawn once the page count is known. */
export function decorate(w: Writer, input: PlanDocumentInput): void {
  const { doc, labels, format } = w;
  const { count } = doc.bufferedPageRange();
  const headerText = `${input.content.workshop.title}  ·  ${fill(labels.versionNumber, { version: input.content.version })}`;
  for (let index = 0; index < count; index++) {
    doc.switchToPage(index);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const headerY = 34;
    const rightWidth = input.draft ? 70 : 150;
    // Running header, page number and watermark: pagination artifacts, skipped by screen readers.
    doc.markContent("Artifact", { type: "Pagination" });
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
    doc.endMarkedContent();
    doc.page.margins = margins;
  }
}
