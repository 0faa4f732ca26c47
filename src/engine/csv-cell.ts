/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, tab or carriage return as a formula (`=HYPERLINK(...)` becomes a live link
 * that can carry other rows' text away). Our export prefixes such text with one `'`, which
 * spreadsheets show as text; our importer removes it again.
 *
 * Which character splits cells depends on the reader's locale: `,` here, `;` in most of Europe
 * (Excel), tab for pasted text, and LibreOffice splits on all three at once. So the writer quotes
 * every text cell (`csvQuote`), and the `'` goes not only at the start of the text but also after
 * every `;`, `,`, tab, CR and LF inside it: wherever a reader that ignores our quotes could start a
 * new cell (issue 25: `Agreed;=1+1` became a live formula in a `;` locale).
 *
 * Where apostrophes are already followed by one of those characters, one more is added, so that
 * removing one on import always gives back exactly what was written: `'=x` is exported as `''=x`
 * and read back as `'=x`. Number cells (item, stage_value) are never prefixed.
 */
const STARTS = '(?<=^|[;,\\t\\r\\n])';
const FORMULA = "'*[=+\\-@\\t\\r]";
const NEUTRALISE = new RegExp(`${STARTS}(?=${FORMULA})`, 'g');
const RESTORE = new RegExp(`${STARTS}'(?=${FORMULA})`, 'g');

/** The text as it goes into a CSV cell: one `'` wherever a spreadsheet could start a formula. */
export function neutraliseCsvCell(text: string): string {
  return text.replace(NEUTRALISE, "'");
}

/** Undoes `neutraliseCsvCell`: one `'` removed wherever the export added one. */
export function restoreCsvCell(cell: string): string {
  return cell.replace(RESTORE, '');
}

/**
 * One text cell quoted, always (RFC 4180): a quoted cell is one cell whatever the reader's
 * separator, so a `;` or tab inside it never starts another.
 */
export function csvQuote(cell: string): string {
  return `"${cell.replace(/"/g, '""')}"`;
}
