import { getFoundation, type FoundationId, type Parsed } from '../content/index.js';
import { readText, sanitiseAnswers, type Answer } from './answers.js';
import { restoreCsvCell } from './csv-cell.js';
import { resultDateProblem } from './result-date.js';
import { stages } from './stages.js';
import {
  createResultFile,
  MAX_NAME_LENGTH,
  MAX_RESULT_BYTES,
  parseCsv,
  readPlanCsv,
  SPREAD_COLUMN,
  type SelfCheckResultFile,
} from './result-file.js';

export { neutraliseCsvCell, restoreCsvCell } from './csv-cell.js';

/** Columns the importer needs; the others (item, title, stage_label, stage_value) are ignored. */
const NEEDED = ['organisation', 'team', 'created_at', 'item_id', 'stage', 'notes'] as const;
type Column = (typeof NEEDED)[number];

/**
 * Reads a CSV written by `toCsv` (the quiz's "Download CSV") back into a result file, also after a
 * spreadsheet has re-saved it (columns in another order, blank lines, no byte-order mark, `\n`
 * line ends). Never throws; each error names the row and column, e.g.
 * `row 3, stage: expected one of not-started, understand, ...`.
 *
 * Every text cell loses the one `'` the export put before a leading `=`, `+`, `-`, `@`, tab or
 * carriage return. The CSV has no general notes and no mode: they come back as `''` and `reflect`.
 */
export function parseResultCsv(text: unknown): Parsed<SelfCheckResultFile> {
  const refuse = (error: string): Parsed<never> => ({ ok: false, errors: [error] });
  if (typeof text !== 'string') return refuse('file: expected text');
  if (text.length > MAX_RESULT_BYTES || new TextEncoder().encode(text).length > MAX_RESULT_BYTES)
    return refuse('file: larger than 1 MB, so it was not read');
  const [header, ...rows] = parseCsv(text);
  if (!header || header.every((cell) => cell.trim() === ''))
    return refuse('file: no header row (expected organisation,team,created_at,item,item_id,...)');
  const names = header.map((cell) => cell.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  for (const column of NEEDED) {
    index[column] = names.indexOf(column);
    if (index[column] < 0) return refuse(`header: missing column "${column}"`);
  }

  const errors: string[] = [];
  const answers: Record<string, Answer> = {};
  const shared: Partial<Record<'organisation' | 'team' | 'created_at', [string, number]>> = {};
  // Version 2: the plan's and the review's own rows are read by `readPlanCsv`, not as answers.
  const record = names.indexOf('record');
  // Version 3: the held-back flag and note, when the columns are there.
  const heldBack = names.indexOf('held_back');
  const heldBackNote = names.indexOf('held_back_note');
  // Version 4: the members' spread (counts per stage, then "not rated"), when the columns are there.
  const spreadColumns = stages.map((s) => [s.id, names.indexOf(SPREAD_COLUMN[s.id])] as const);
  const notRated = names.indexOf('members_not_rated');
  const count = (row: readonly string[], i: number) =>
    i >= 0 && (row[i] ?? '').trim() !== '' ? Number(row[i].trim()) : undefined;
  rows.forEach((row, i) => {
    const line = i + 2; // 1-based, after the header: as a spreadsheet numbers it
    if (row.every((cell) => cell === '')) return;
    if (record >= 0 && (row[record] ?? '') !== '' && row[record] !== 'answer') return;
    const at = `row ${line}`;
    const cell = (column: Column) => restoreCsvCell(row[index[column]] ?? '');

    for (const column of ['organisation', 'team', 'created_at'] as const) {
      const value = cell(column);
      const first = shared[column];
      if (!first) shared[column] = [value, line];
      else if (first[0] !== value) errors.push(`${at}, ${column}: differs from row ${first[1]}`);
    }

    const id = cell('item_id');
    const foundation = getFoundation(id);
    if (!foundation || foundation.id !== id)
      errors.push(`${at}, item_id: ${JSON.stringify(id)} is not an item of the guide`);
    else if (answers[id]) errors.push(`${at}, item_id: ${JSON.stringify(id)} appears twice`);
    else {
      const itemErrors: string[] = [];
      const clean = sanitiseAnswers(
        {
          [id]: {
            stage: cell('stage') || undefined,
            notes: cell('notes'),
            heldBack: heldBack >= 0 && /^(yes|true)$/i.test(row[heldBack] ?? ''),
            heldBackNote: heldBackNote >= 0 ? restoreCsvCell(row[heldBackNote] ?? '') : '',
            spread: spreadColumns.some(([, i]) => count(row, i) !== undefined)
              ? Object.fromEntries(spreadColumns.map(([stage, i]) => [stage, count(row, i) ?? 0]))
              : undefined,
            spreadNotRated: count(row, notRated),
          },
        },
        itemErrors,
      );
      errors.push(
        ...itemErrors.map((e) => `${at}, ${e.replace(/^answers\.[\w-]+\.?/, '') || 'item_id'}`),
      );
      answers[id] = clean[id as FoundationId] ?? {};
    }
  });

  const [organisation, team] = (['organisation', 'team'] as const).map((column) => {
    const [value, line] = shared[column] ?? ['', 2];
    return readText(value, `row ${line}, ${column}`, MAX_NAME_LENGTH, errors);
  });
  const [createdAt, createdLine] = shared.created_at ?? ['', 2];
  const dateProblem = resultDateProblem(createdAt);
  if (dateProblem) errors.push(`row ${createdLine}, created_at: ${dateProblem}`);
  if (errors.length > 0) return { ok: false, errors };

  for (const id of Object.keys(answers)) if (!Object.keys(answers[id]).length) delete answers[id];
  const { plan, review } = readPlanCsv([names, ...rows]);
  return {
    ok: true,
    value: createResultFile(answers, { organisation, team, createdAt, plan, review }),
  };
}
