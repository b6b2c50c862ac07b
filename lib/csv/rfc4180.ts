// Generic CSV (RFC 4180) reading and writing, with a guard against formula injection. Pure.
export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** Set when a quoted field is never closed: the record starting at `line` and the rest of the text are lost. */
  unterminated?: { line: number; column: number };
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks; records end with
 * CRLF, LF or CR; a leading UTF-8 BOM is dropped; a trailing line break and empty lines are ignored.
 * Lenient where the RFC is undefined: a quote inside an unquoted field is literal, and text after a
 * closing quote is appended (`"ab"c` reads as `abc`).
 */
export function parseCsv(text: string): CsvParseResult {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const records: CsvRecord[] = [];

  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (text.charCodeAt(i) === QUOTE) {
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) return { records, unterminated: { line: recordLine, column: fields.length } };
          const chunk = text.slice(i, close);
          value += chunk;
          line += countLineBreaks(chunk);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
      }
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === CR || c === LF) break;
        i++;
      }
      if (i > start) value += text.slice(start, i);
      fields.push(value);

      if (i >= n) break;
      const c = text.charCodeAt(i);
      i++;
      if (c === COMMA) continue;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (fields.length > 1 || fields[0] !== "") records.push({ line: recordLine, fields });
  }
  return { records };
}

function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === LF || (c === CR && chunk.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Spreadsheet formula injection guard: Excel, LibreOffice and Google Sheets run a cell that starts
 * with =, +, - or @ as a formula (tab and CR are stripped by some of them, exposing what follows), so
 * text typed by one delegation could execute in another user's spreadsheet (e.g. =HYPERLINK(...)
 * leaking data, or DDE commands). Such cells get a leading apostrophe, which spreadsheets read as
 * "this is text". Cells already starting with apostrophes before such a character get one more, so
 * that `unguardFormula` restores every value exactly. Plan exports never hold negative numbers, so
 * no number is turned into text by this.
 */
export function guardFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Inverse of `guardFormula`, applied to imported cells. */
export function unguardFormula(cell: string): string {
  return cell.charCodeAt(0) === 39 /* ' */ && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function quoteCell(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Writes rows as CSV: UTF-8 BOM (so Excel detects UTF-8 and shows Chinese text), CRLF line ends, formula guard. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  let out = "\uFEFF";
  for (const row of rows) out += row.map((cell) => quoteCell(guardFormula(cell))).join(",") + "\r\n";
  return out;
}
