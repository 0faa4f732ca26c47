import { foundations, type Foundation, type FoundationId, type Parsed } from '../content/index.js';
import { isFoundationId, MAX_NOTES_LENGTH, type Answer, type Answers } from './answers.js';
import { resolveFoundations } from './scoring.js';
import { getStage, stages, type StageId } from './stages.js';

/** The package version written into exported files. */
export const PACKAGE_VERSION = '0.1.0';
export const RESULT_SCHEMA = 'ambitions-elements/self-check';
export const RESULT_VERSION = 1;
/** Files larger than this (1 MB) are refused before being parsed. */
export const MAX_RESULT_BYTES = 1024 * 1024;
const MAX_NAME_LENGTH = 200;

/**
 * An exported self-check (version 1). Documented in the README; readers should check `schema`
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
}

export interface ResultFileOptions {
  readonly organisation?: string;
  readonly team?: string;
  readonly mode?: 'reflect' | 'knowledge';
  readonly notes?: string;
  readonly createdAt?: Date | string;
}

/** Builds a version-1 file from answers. */
export function createResultFile(
  answers: Answers,
  options: ResultFileOptions = {},
): SelfCheckResultFile {
  const { organisation, team, mode = 'reflect', notes = '', createdAt = new Date() } = options;
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
    const raw = old.answers;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const [key, value] of Object.entries(raw)) {
        const f = foundations.find((item) => String(item.number) === key || item.id === key);
        answers[f ? f.id : key] = typeof value === 'string' ? { stage: value } : value;
      }
    }
    return { ...old, version: 1, answers, notes: old.notes ?? '' };
  },
};

const stageList = stages.map((s) => s.id).join(', ');
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalText(
  data: Record<string, unknown>,
  field: string,
  max: number,
  errors: string[],
): string | undefined {
  const v = data[field];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') errors.push(`${field}: expected text`);
  else if (v.length > max) errors.push(`${field}: longer than ${max} characters`);
  else return v;
  return undefined;
}

/**
 * Reads an exported result file. Never throws; every error names the field and the reason, e.g.
 * `answers.leadership.stage: expected one of not-started, understand, ...`.
 */
export function parseResultFile(text: unknown): Parsed<SelfCheckResultFile> {
  if (typeof text !== 'string') return { ok: false, errors: ['file: expected text'] };
  if (text.length > MAX_RESULT_BYTES || new TextEncoder().encode(text).length > MAX_RESULT_BYTES)
    return { ok: false, errors: ['file: larger than 1 MB, so it was not read'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['file: not valid JSON'] };
  }
  if (!isObject(data)) return { ok: false, errors: ['file: expected a JSON object'] };
  if (data.schema !== RESULT_SCHEMA)
    return { ok: false, errors: [`schema: expected "${RESULT_SCHEMA}"`] };
  const rawVersion = data.version;
  if (typeof rawVersion !== 'number' || !Number.isInteger(rawVersion) || rawVersion < 0)
    return { ok: false, errors: ['version: expected a whole number'] };
  let version: number = rawVersion;
  if (version > RESULT_VERSION)
    return {
      ok: false,
      errors: [
        `version: ${version} is newer than this package reads (${RESULT_VERSION}); update ambitions-elements`,
      ],
    };
  while (version < RESULT_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return { ok: false, errors: [`version: ${version} cannot be upgraded`] };
    data = migrate(data as Record<string, unknown>);
    const next = (data as Record<string, unknown>).version;
    if (typeof next !== 'number' || next <= version)
      return { ok: false, errors: [`version: ${version} cannot be upgraded`] };
    version = next;
  }
  const d = data as Record<string, unknown>;
  const errors: string[] = [];
  const packageVersion = typeof d.packageVersion === 'string' ? d.packageVersion : '';
  if (typeof d.packageVersion !== 'string') errors.push('packageVersion: expected text');
  const createdAt = d.createdAt;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))
    errors.push('createdAt: expected an ISO date, e.g. 2026-03-01T09:00:00.000Z');
  const organisation = optionalText(d, 'organisation', MAX_NAME_LENGTH, errors);
  const team = optionalText(d, 'team', MAX_NAME_LENGTH, errors);
  const mode = d.mode === undefined ? 'reflect' : d.mode;
  if (mode !== 'reflect' && mode !== 'knowledge')
    errors.push('mode: expected "reflect" or "knowledge"');
  const notes = optionalText(d, 'notes', MAX_NOTES_LENGTH, errors) ?? '';
  const answers: Partial<Record<FoundationId, Answer>> = {};
  if (!isObject(d.answers))
    errors.push('answers: expected an object keyed by item, e.g. "leadership"');
  else {
    for (const [key, raw] of Object.entries(d.answers)) {
      const path = /^[\w-]+$/.test(key) ? `answers.${key}` : `answers[${JSON.stringify(key)}]`;
      if (!isFoundationId(key)) {
        errors.push(`${path}: not an item of the guide`);
        continue;
      }
      if (!isObject(raw)) {
        errors.push(`${path}: expected an object with "stage" and/or "notes"`);
        continue;
      }
      const answer: { stage?: StageId; notes?: string } = {};
      if (raw.stage !== undefined && raw.stage !== null) {
        if (getStage(raw.stage)) answer.stage = raw.stage as StageId;
        else errors.push(`${path}.stage: expected one of ${stageList}`);
      }
      if (raw.notes !== undefined && raw.notes !== null && raw.notes !== '') {
        if (typeof raw.notes !== 'string') errors.push(`${path}.notes: expected text`);
        else if (raw.notes.length > MAX_NOTES_LENGTH)
          errors.push(`${path}.notes: longer than ${MAX_NOTES_LENGTH} characters`);
        else answer.notes = raw.notes;
      }
      if (answer.stage || answer.notes) answers[key] = answer;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      schema: RESULT_SCHEMA,
      version: RESULT_VERSION,
      packageVersion,
      createdAt: createdAt as string,
      ...(organisation ? { organisation } : {}),
      ...(team ? { team } : {}),
      mode: mode as 'reflect' | 'knowledge',
      answers,
      notes,
    },
  };
}

/** One CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). */
function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

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
] as const;

/**
 * CSV with one row per item (all ten, or the given subset), RFC 4180 quoting, CRLF line ends
 * and a UTF-8 byte-order mark so Excel keeps accents.
 */
export function toCsv(
  file: SelfCheckResultFile,
  subset?: readonly (Foundation | FoundationId | number | string)[],
): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const f of resolveFoundations(subset)) {
    const answer = file.answers[f.id];
    const stage = getStage(answer?.stage);
    rows.push(
      [
        file.organisation ?? '',
        file.team ?? '',
        file.createdAt,
        f.number,
        f.id,
        f.title,
        stage?.id,
        stage?.label,
        stage?.value,
        answer?.notes ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV (a leading BOM is ignored) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
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
