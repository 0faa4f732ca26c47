/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, tab or carriage return as a formula (`=HYPERLINK(...)` becomes a live link
 * that can carry other rows' text away). Our export prefixes such text cells with one `'`, which
 * spreadsheets show as text; our importer removes it again.
 *
 * A cell that already starts with apostrophes followed by one of those characters gets one more,
 * so that removing one on import always gives back exactly what was written: `'=x` is exported
 * as `''=x` and read back as `'=x`. Number cells (item, stage_value) are never prefixed.
 */
const TRIGGER = /^'*[=+\-@\t\r]/;

/** The text as it goes into a CSV cell: one `'` added when a spreadsheet would run it. */
export function neutraliseCsvCell(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseCsvCell`: one leading `'` removed when the rest would be a formula. */
export function restoreCsvCell(cell: string): string {
  return cell.startsWith("'") && TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
