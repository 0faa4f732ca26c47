import type { Parsed } from '../content/index.js';
import { parseResultCsv } from './result-csv.js';
import { CSV_SEPARATORS, parseResultFile, type SelfCheckResultFile } from './result-file.js';

/**
 * Which of our formats a chosen file's text is in: `json` when it starts with `{` or `[` (after a
 * byte order mark and spaces), whatever its name; `csv` when it is named `.csv` or has one of the
 * separators the CSV reader takes (`,`, or `;` and tab from a spreadsheet); otherwise undefined. One rule for every reader of result files (the quiz's import, its plan
 * screen's "last round's result file" and the summary), so a file one of them reads, all read.
 */
export function resultFormat(text: string, name = ''): 'json' | 'csv' | undefined {
  // Tested in place: a 16 MB file is not copied to strip its mark and spaces first.
  if (/^\uFEFF?\s*[{[]/.test(text)) return 'json';
  const separated = CSV_SEPARATORS.some((separator) => text.includes(separator));
  return /\.csv$/i.test(name) || separated ? 'csv' : undefined;
}

/**
 * One team's result from a chosen file: our JSON (every schema version) or our CSV export (also
 * after a spreadsheet re-saved it). A text in neither format is read as JSON, whose errors then
 * say why. Never throws.
 */
export function readResultFile(text: string, name = ''): Parsed<SelfCheckResultFile> {
  return resultFormat(text, name) === 'csv' ? parseResultCsv(text) : parseResultFile(text);
}
