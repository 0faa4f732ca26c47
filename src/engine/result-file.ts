import {
  getFoundation,
  type Foundation,
  type FoundationId,
  type Parsed,
} from '../content/index.js';
import {
  isFoundationId,
  isObject,
  MAX_NOTES_LENGTH,
  readText,
  sanitiseAnswers,
  type Answer,
  type Answers,
} from './answers.js';
import {
  caseStudyChoices,
  sanitisePlan,
  sanitiseReview,
  type Plan,
  type PlanReview,
} from './plan.js';
import { csvQuote, neutraliseCsvCell, restoreCsvCell } from './csv-cell.js';
import { resultDateProblem } from './result-date.js';
import { resolveFoundations } from './scoring.js';
import { isSplit } from './spread-rule.js';
import { getStage, stages, type StageId } from './stages.js';

/** The package version written into exported files. */
export const PACKAGE_VERSION = '0.1.0';
export const RESULT_SCHEMA = 'ambitions-elements/self-check';
/**
 * 2 added the small-steps plan and the review of the earlier plan; 3 added "held back by something
 * outside our control" per item (`heldBack`, `heldBackNote`); 4 added the members' spread per item
 * (`spread`, `spreadNotRated`: counts per stage, never who said what). Every older version still
 * imports.
 */
export const RESULT_VERSION = 4;
/** Files larger than this (1 MB) are refused before being parsed. */
export const MAX_RESULT_BYTES = 1024 * 1024;
/** Longest organisation or team name (characters). */
export const MAX_NAME_LENGTH = 200;

/**
 * An exported self-check (version 4). Documented in docs/intranet-and-icb.md; readers should check `schema`
 * and `version` first.
 */
export interface SelfCheckResultFile {
  readonly schema: typeof RESULT_SCHEMA;
  readonly version: typeof RESULT_VERSION;
  /** Version of ambitions-elements that wrote the file. */
  readonly packageVersion: string;
  /** ISO 8601 date and time of export. */
  readonly createdAt: string;
  readonly organisation?: string;
  readonly team?: string;
  readonly mode: 'reflect' | 'knowledge';
  /** Per item slug: `{ stage?, notes? }`; a missing stage means not sure / skipped. */
  readonly answers: Answers;
  /** General notes for the whole self-check. */
  readonly notes: string;
  /** The team's small-steps plan (version 2); absent when no step was chosen. */
  readonly plan?: Plan;
  /** How the earlier round's steps went (version 2); absent when there was no earlier plan. */
  readonly review?: PlanReview;
}

export interface ResultFileOptions {
  readonly organisation?: string;
  readonly team?: string;
  readonly mode?: 'reflect' | 'knowledge';
  readonly notes?: string;
  readonly createdAt?: Date | string;
  readonly plan?: Plan;
  readonly review?: PlanReview;
}

/** Builds a current-version file from answers (and a plan and review, when given). */
export function createResultFile(
  answers: Answers,
  options: ResultFileOptions = {},
): SelfCheckResultFile {
  const {
    organisation,
    team,
    mode = 'reflect',
    notes = '',
    createdAt = new Date(),
    plan,
    review,
  } = options;
  return {
    schema: RESULT_SCHEMA,
    version: RESULT_VERSION,
    packageVersion: PACKAGE_VERSION,
    createdAt: typeof createdAt === 'string' ? createdAt : createdAt.toISOString(),
    ...(organisation ? { organisation } : {}),
    ...(team ? { team } : {}),
    mode,
    answers,
    notes,
    ...(plan?.length ? { plan } : {}),
    ...(review ? { review } : {}),
  };
}

/** Pretty-printed JSON of a file. */
export function toJson(file: SelfCheckResultFile): string {
  return JSON.stringify(file, null, 2);
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades older files one version at a time. Version 0 (the pre-release format) kept a bare
 * stage id per item number: `{ "answers": { "8": "implement" } }`.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  0: (old) => {
    const answers: Record<string, Answer | unknown> = {};
    if (isObject(old.answers))
      for (const [key, value] of Object.entries(old.answers))
        answers[getFoundation(key)?.id ?? key] =
          typeof value === 'string' ? { stage: value } : value;
    return { ...old, version: 1, answers, notes: old.notes ?? '' };
  },
  // Version 2 only added the optional `plan` and `review`: a version-1 file is a valid one.
  1: (old) => ({ ...old, version: 2 }),
  // Version 3 only added the optional held-back flag and note per answer.
  2: (old) => ({ ...old, version: 3 }),
  // Version 4 added the optional spread per answer. A version-3 file never held one (the
  // reserved `members` field was never written, and is dropped like any unknown field).
  3: (old) => ({ ...old, version: 4 }),
};

const refuse = (error: string): Parsed<never> => ({ ok: false, errors: [error] });

/**
 * Reads an exported result file. Never throws; every error names the field and the reason, e.g.
 * `answers.leadership.stage: expected one of not-started, understand, ...`.
 */
export function parseResultFile(text: unknown): Parsed<SelfCheckResultFile> {
  if (typeof text !== 'string') return refuse('file: expected text');
  // UTF-8 takes at most 3 bytes per UTF-16 unit: a short text needs no encoding to know it fits
  // (encoding each of 10,000 entries of a combined file cost more than parsing them).
  if (
    text.length > MAX_RESULT_BYTES ||
    (text.length * 3 > MAX_RESULT_BYTES && new TextEncoder().encode(text).length > MAX_RESULT_BYTES)
  )
    return refuse('file: larger than 1 MB, so it was not read');
  let d: Record<string, unknown>;
  try {
    d = JSON.parse(text);
  } catch {
    return refuse('file: not valid JSON');
  }
  if (!isObject(d)) return refuse('file: expected a JSON object');
  if (d.schema !== RESULT_SCHEMA) return refuse(`schema: expected "${RESULT_SCHEMA}"`);
  let version = d.version as number;
  if (!Number.isInteger(version) || version < 0) return refuse('version: expected a whole number');
  if (version > RESULT_VERSION)
    return refuse(
      `version: ${version} is newer than this package reads (${RESULT_VERSION}); update ambitions-elements`,
    );
  while (version < RESULT_VERSION) {
    const migrate = migrations[version];
    const next = migrate && (d = migrate(d)).version;
    if (!(typeof next === 'number' && next > version))
      return refuse(`version: ${version} cannot be upgraded`);
    version = next;
  }
  const errors: string[] = [];
  const { packageVersion, createdAt, mode = 'reflect' } = d;
  if (typeof packageVersion !== 'string') errors.push('packageVersion: expected text');
  const dateProblem = resultDateProblem(createdAt);
  if (dateProblem) errors.push(`createdAt: ${dateProblem}`);
  if (mode !== 'reflect' && mode !== 'knowledge')
    errors.push('mode: expected "reflect" or "knowledge"');
  const [organisation, team, notes] = (
    [
      ['organisation', MAX_NAME_LENGTH],
      ['team', MAX_NAME_LENGTH],
      ['notes', MAX_NOTES_LENGTH],
    ] as const
  ).map(([field, max]) => readText(d[field], field, max, errors));
  const answers = sanitiseAnswers(d.answers, errors);
  const plan = sanitisePlan(d.plan, errors);
  const review = sanitiseReview(d.review, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...createResultFile(answers, {
        organisation,
        team,
        mode: mode as SelfCheckResultFile['mode'],
        notes,
        createdAt: createdAt as string,
        plan,
        review,
      }),
      packageVersion: packageVersion as string,
    },
  };
}

/**
 * One CSV field. Text is always quoted and gets a `'` wherever a spreadsheet could start a
 * formula (csv-cell.ts), so it stays one inert cell in a `,`, `;` or tab locale; numbers are
 * written bare.
 */
export function csvField(value: string | number | undefined): string {
  if (typeof value === 'number') return String(value);
  return value === undefined ? '' : csvQuote(neutraliseCsvCell(value));
}

export { csvQuote };

/** The CSV column of each stage's count of members (version 4). */
export const SPREAD_COLUMN = {
  'not-started': 'members_not_started',
  understand: 'members_understand',
  interpret: 'members_interpret',
  implement: 'members_implement',
  embedded: 'members_embedded',
} as const satisfies Record<StageId, string>;

export const CSV_COLUMNS = [
  'organisation',
  'team',
  'created_at',
  'item',
  'item_id',
  'title',
  'stage',
  'stage_label',
  'stage_value',
  'notes',
  // Version 2: the plan's and the review's own rows (`record` says which kind each row is).
  'record',
  'step',
  'lead',
  'by_when',
  'how_we_know',
  'case_study',
  'outcome',
  'outcome_note',
  'earlier_round',
  // Version 3: held back by something outside our control (answer rows only).
  'held_back',
  'held_back_note',
  // Version 4: the members' spread (answer rows only): members per stage before the team agreed,
  // those who did not rate the item, and whether they were far apart (derived, `isSplit`).
  ...stages.map((s) => SPREAD_COLUMN[s.id]),
  'members_not_rated',
  'members_far_apart',
] as const;

/** The empty plan and review cells of an answer row. */
const PLAN_CELLS: readonly string[] = Array(CSV_COLUMNS.indexOf('earlier_round') - 10).fill('');

/** What a CSV row holds: an item's answer, a step of the plan, or an earlier step's review. */
export type CsvRecord = 'answer' | 'plan' | 'review';

/** A CSV row's cells before quoting: text, numbers, or nothing. */
export type CsvCells = readonly (string | number | undefined)[];

/**
 * The rows of `toCsv` as cells (no header): one per item (all ten, or the given subset), then one
 * per planned step and per reviewed earlier step. Plan and review rows leave the stage columns
 * empty.
 */
export function toCsvCells(
  file: SelfCheckResultFile,
  subset?: readonly (Foundation | FoundationId | number | string)[],
): CsvCells[] {
  const rows: CsvCells[] = [];
  for (const f of resolveFoundations(subset)) {
    const answer = file.answers[f.id];
    const stage = getStage(answer?.stage);
    rows.push([
      file.organisation,
      file.team,
      file.createdAt,
      f.number,
      f.id,
      f.title,
      stage?.id,
      stage?.label,
      stage?.value,
      answer?.notes,
      'answer',
      ...PLAN_CELLS,
      answer?.heldBack ? 'yes' : '',
      answer?.heldBackNote,
      ...stages.map((s) => (answer?.spread ? (answer.spread[s.id] ?? 0) : undefined)),
      answer?.spread ? (answer.spreadNotRated ?? 0) : undefined,
      answer?.spread ? (isSplit(answer.spread) ? 'yes' : 'no') : undefined,
    ]);
  }
  const own = (foundation: FoundationId, record: CsvRecord, cells: (string | undefined)[]) => {
    const f = getFoundation(foundation)!;
    const head = [file.organisation, file.team, file.createdAt, f.number, f.id, f.title];
    const row = [...head, '', '', '', '', record, ...cells];
    rows.push(CSV_COLUMNS.map((_, i) => row[i]));
  };
  for (const s of file.plan ?? [])
    own(s.foundation, 'plan', [
      s.step,
      s.lead,
      s.byWhen,
      s.howWeKnow,
      caseStudyChoices(s.foundation).find((c) => c.id === s.caseStudy)?.title,
    ]);
  for (const r of file.review?.steps ?? [])
    own(r.foundation, 'review', [r.step, '', '', '', '', r.outcome, r.note, file.review!.earlier]);
  return rows;
}

/**
 * CSV with one row per item, then one per planned step and per reviewed earlier step
 * (`toCsvCells`); every text cell quoted and formula-safe (`csvField`), CRLF line ends and a UTF-8
 * byte-order mark so Excel keeps accents.
 */
export function toCsv(
  file: SelfCheckResultFile,
  subset?: readonly (Foundation | FoundationId | number | string)[],
): string {
  const rows = [CSV_COLUMNS.join(','), ...toCsvCells(file, subset).map(csvRow)];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** The separators parseCsv reads (`,` first: ours, and the choice when the first line ties). */
export const CSV_SEPARATORS = [',', ';', '\t'] as const;

/** One CSV line of cells, each through `csvField`. */
export const csvRow = (cells: CsvCells): string => cells.map(csvField).join(',');

/**
 * The separator a CSV uses, read from its first line: ours write `,`, but a spreadsheet set to a
 * `;` locale (much of Europe, and Excel where the list separator is `;`) saves `;`, and a paste
 * from a spreadsheet is tab-separated. Our header names every column, so its separators show.
 */
function separatorOf(text: string): string {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => line.split(c).length;
  return CSV_SEPARATORS.reduce((best, c) => (count(c) > count(best) ? c : best));
}

/**
 * Parses RFC 4180 CSV (a leading BOM is ignored) into rows of fields, separated by `,`, `;` or
 * tab, whichever the first line uses most.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = separatorOf(s);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && s[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads the plan and review rows back from our own CSV export (rows from `parseCsv`, header
 * first). Columns are found by name; answer rows are left to the answers' reader. Bad parts are
 * dropped the way `sanitisePlan` drops them; never throws.
 */
export function readPlanCsv(rows: readonly (readonly string[])[]): {
  readonly plan: Plan;
  readonly review?: PlanReview;
} {
  const [raw = [], ...body] = rows;
  const header = raw.map((cell) => cell.trim().toLowerCase());
  const col = (row: readonly string[], name: (typeof CSV_COLUMNS)[number]) => {
    const i = header.indexOf(name);
    return i < 0 ? '' : restoreCsvCell(row[i] ?? '');
  };
  const plan: Record<string, string>[] = [];
  const steps: Record<string, string>[] = [];
  let earlier = '';
  for (const row of body) {
    const foundation = col(row, 'item_id');
    const record = col(row, 'record');
    if (record === 'plan') {
      const title = col(row, 'case_study');
      const caseStudy = isFoundationId(foundation)
        ? caseStudyChoices(foundation).find((c) => c.title === title)?.id
        : undefined;
      plan.push({
        foundation,
        step: col(row, 'step'),
        lead: col(row, 'lead'),
        byWhen: col(row, 'by_when'),
        howWeKnow: col(row, 'how_we_know'),
        caseStudy: caseStudy ?? '',
      });
    } else if (record === 'review') {
      earlier ||= col(row, 'earlier_round');
      steps.push({
        foundation,
        step: col(row, 'step'),
        outcome: col(row, 'outcome'),
        note: col(row, 'outcome_note'),
      });
    }
  }
  return {
    plan: sanitisePlan(plan),
    ...(earlier ? { review: sanitiseReview({ earlier, steps }) } : {}),
  };
}
