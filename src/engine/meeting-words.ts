import { getFoundation } from '../content/index.js';
import { getStage, stages, type Stage } from './stages.js';

/**
 * Plain words for the self-check's results and files: download names, levels in words, import
 * problems for the person choosing the file. Our own UI wording; pure, no DOM.
 */

/**
 * One part of a file name: letters and digits only (accents dropped), words joined by "-",
 * lower case, at most 40 characters. Empty when nothing is left.
 */
export function fileNamePart(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/**
 * The download name of a result: `self-check-<organisation>-<team>-<yyyy-mm-dd>.<ext>`, leaving
 * out organisation or team when not given, safe characters only (a-z, 0-9, "-", ".").
 */
export function resultFileName(
  file: { readonly organisation?: string; readonly team?: string; readonly createdAt: string },
  ext: 'json' | 'csv',
): string {
  const date = /^\d{4}-\d\d-\d\d/.test(file.createdAt) ? file.createdAt.slice(0, 10) : 'undated';
  return ['self-check', fileNamePart(file.organisation), fileNamePart(file.team), `${date}.${ext}`]
    .filter(Boolean)
    .join('-');
}

/** A date as people write it in England: "1 March 2026" (UTC, so it is the same everywhere). */
export function longDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The stage nearest an indicative score (0-1, the weighted mean of stage values / 4): the
 * per-Ambition view in words rather than a percentage.
 */
export function nearestStage(score: number): Stage {
  const value = Math.round(Math.min(1, Math.max(0, score)) * 4);
  return stages.find((s) => s.value === value) ?? stages[0];
}

/**
 * What went wrong with a chosen file, for the person who chose it (a nurse, not a developer).
 * `errors` are the parser's field-by-field errors; each becomes one plain sentence, without
 * repeats. The field detail is for the console.
 */
export function importProblems(errors: readonly string[]): string[] {
  const out = new Set<string>();
  for (const error of errors) {
    const [, field = '', reason = ''] = /^([^:]*):\s*(.*)$/.exec(error) ?? [];
    // The CSV reader names a row and a column: "row 3, stage".
    const row = /^row (\d+), (\w+)$/.exec(field);
    if (row) {
      out.add(
        row[2] === 'stage'
          ? `Row ${row[1]} of the spreadsheet has a stage this version does not know.`
          : row[2] === 'item_id'
            ? `Row ${row[1]} of the spreadsheet is not one of the guide's ten items, or repeats one.`
            : `Row ${row[1]} of the spreadsheet was changed in a way this version cannot read (its ${row[2].replace('_', ' ')}).`,
      );
      continue;
    }
    const item = /^answers\.([\w-]+)(\.(stage|notes))?$/.exec(field);
    const f = item && getFoundation(item[1]);
    if (field === 'file' && reason.startsWith('larger'))
      out.add('This file is larger than 1 MB, so it is not a self-check result.');
    else if (field === 'version' && reason.includes('newer'))
      out.add(
        'This file was made by a newer version of the self-check than this website has. Ask whoever looks after this website to update it.',
      );
    else if (['file', 'schema', 'version', 'header'].includes(field))
      out.add('This file is not a self-check result.');
    else if (f && item[3] === 'stage')
      out.add(`Item ${f.number} has a stage this version does not know.`);
    else if (f && item[3] === 'notes')
      out.add(`The notes for item ${f.number} are too long or not text.`);
    else if (field.startsWith('answers'))
      out.add(
        'The file has answers this version does not know (perhaps for an item it has not got).',
      );
    else
      out.add(
        'This file looks changed or damaged since it was saved (its date, names or notes cannot be read).',
      );
  }
  return [...out];
}

/** `getStage` for labels: "Not answered" when there is none. */
export const stageLabel = (stage?: string) => getStage(stage)?.label ?? 'Not answered';
