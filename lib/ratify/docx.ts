// The ratified plan as a Word document (issue 7): the same content as the PDF, with real Heading 1–3
// paragraphs (so the navigation pane and the contents field work), a TOC field (written with its
// entries, page numbers filled in when Word updates the field), tables for cost sharing, ballots,
// stances, industry plans and signatures, and DRAFT in the header of a draft. Pure: the frozen content
// in, bytes out. This file orders the parts (./docx/) and sets the document up: styles, page, header
// and footer.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from "docx";
import { clauseAnnex, divisionAnnex, industryPlanAnnex, notAgreedAnnex } from "./docx/annexes";
import { COLOUR, CONTENT_WIDTH, muted, PAGE, SIZE, thin } from "./docx/blocks";
import { agreedClauses, analysis, ballots, contents, costSharing, signaturePage, titlePage } from "./docx/body";
import { documentFormat, fill, type PlanDocumentInput, signaturesByDelegation } from "./document-format";

export type DocxInput = PlanDocumentInput;

// Word's fonts for Latin text and Simplified Chinese; other applications substitute their own.
const FONT = { ascii: "Calibri", hAnsi: "Calibri", cs: "Calibri", eastAsia: "Microsoft YaHei" };

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
  const body = [
    ...titlePage(input, format),
    ...contents(labels),
    ...agreedClauses(content, labels, format),
    ...costSharing(content, labels, format),
    ...ballots(content, labels, format),
    ...analysis(content, labels, format),
    ...clauseAnnex(content, labels, format),
    ...notAgreedAnnex(content, labels, format),
    ...industryPlanAnnex(content, labels, format),
    ...divisionAnnex(content, labels, format),
    ...signaturePage(input, format, signaturesByDelegation(input.signatures)),
  ];

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
