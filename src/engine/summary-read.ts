import type { Parsed } from '../content/index.js';
import { isObject } from './answers.js';
import { scanCombinedSteps } from './combined-scan.js';
import { parseResultCsv } from './result-csv.js';
import { resultFormat } from './result-format.js';
import { parseCsv, parseResultFile, type SelfCheckResultFile } from './result-file.js';

/** The schema of the combined JSON the summary exports (and reads back). */
export const SUMMARY_SCHEMA = 'ambitions-elements/self-check-summary';

/** A reader of one team's CSV (by default the engine's `parseResultCsv`). */
export type ResultCsvReader = (text: string) => Parsed<SelfCheckResultFile>;

/** What one text (a file's contents or pasted text) gave: its results, or why it gave none. */
export type ReadOutcome =
  | {
      readonly ok: true;
      readonly results: readonly SelfCheckResultFile[];
      /**
       * Results of a combined file that could not be used: the first `MAX_LISTED_DROPPED`, each
       * "Result 2 of 4: why", then one line counting the rest by kind of reason.
       */
      readonly dropped?: readonly string[];
      /** How many results of a combined file could not be used (all of them, not only listed). */
      readonly droppedCount?: number;
    }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): ReadOutcome => ({ ok: false, reason });

/**
 * Largest file the summary reads (16 MB): its own combined file of a thousand results fits; a
 * single team's result file must still be under 1 MB (the parser's limit).
 */
export const MAX_SUMMARY_BYTES = 16 * 1024 * 1024;

/** Why a file over the limit was not read. */
export const TOO_LARGE_REASON =
  'This file is too large to be a result file (they are a few KB), so it was not read.';

/** Why a file that is not UTF-8 (Latin-1, Windows-1252, UTF-16) was not read. */
export const NOT_UTF8_REASON =
  'This file is not UTF-8 text, so its letters would be read wrongly and it was not read; save it again as UTF-8 (in a spreadsheet: "CSV UTF-8").';

/**
 * A file's bytes as text, or `undefined` when they are not UTF-8. A lenient decode would put
 * U+FFFD in place of each byte it cannot read, and a team's name would be shown and exported
 * changed; refusing says what to do instead. A byte-order mark is dropped, as `Blob.text()` does.
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** True when the text looks like a binary file (a PDF, a picture, a Word or Excel file). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  // A NUL byte, or many replacement characters: what a binary file decodes to as UTF-8.
  return (
    sample.includes('\u0000') ||
    sample.startsWith('%PDF') ||
    sample.startsWith('PK\u0003\u0004') ||
    (sample.match(/\uFFFD/g)?.length ?? 0) > 8
  );
}

/**
 * The parser's errors (each naming a field) as one sentence for a programme lead, who needs to
 * know what to ask the team for rather than which field failed. The field names stay at the end
 * for whoever fixes the file.
 */
export function plainReason(errors: readonly string[]): string {
  const first = errors[0] ?? '';
  if (first.startsWith('file: larger')) return TOO_LARGE_REASON;
  if (first === 'file: not valid JSON')
    return 'This is not a result file: it is neither JSON nor CSV text from the self-check (it may have been cut short or edited).';
  if (first === 'file: expected a JSON object')
    return 'This JSON file is not a self-check result: it holds a list or a single value, not a result.';
  if (first.startsWith('schema:'))
    return 'This JSON file is not a self-check result (it is some other kind of JSON file).';
  if (/^(createdAt|row \d+, created_at):/.test(first))
    return `The date in this file is not one the self-check writes, so it was not used (it would make a round of its own): ${first}.`;
  if (first.startsWith('version:') && first.includes('newer'))
    return 'This file comes from a newer version of the self-check than this page; ask the site to update ambitions-elements.';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `Parts of this result file are not in the form the self-check writes, so it was not used: ${first}${more}.`;
}

/**
 * Reads one text into results. Accepts our JSON result files of every schema version (migrated by
 * `parseResultFile`), the summary's own combined JSON, our CSV export (`parseResultCsv`, also
 * after a spreadsheet re-saved it) and the summary's combined CSV. Never throws; a refusal
 * carries a plain reason.
 */
export function readResultText(
  text: string,
  name = '',
  readCsv: ResultCsvReader = parseResultCsv,
): ReadOutcome {
  const steps = readResultTextSteps(text, name, readCsv);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `readResultText` as steps: it yields between pieces of work of at most a few milliseconds (an
 * entry of a combined file, a stretch of scanning), so a caller can give the page a turn whenever
 * its time slice is used up. The outcome is the same as `readResultText`'s.
 */
export function* readResultTextSteps(
  text: string,
  name = '',
  readCsv: ResultCsvReader = parseResultCsv,
): Generator<void, ReadOutcome> {
  if (text.length > MAX_SUMMARY_BYTES) return refuse(TOO_LARGE_REASON);
  if (looksBinary(text))
    return refuse(
      'This is a binary file (for example a PDF, a picture, or a Word or Excel file), not a result file. Save the self-check result as JSON or CSV and add that.',
    );
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body === '') return refuse('This file is empty.');
  const format = resultFormat(text, name);
  if (format === 'json') return yield* readJson(text, body);
  if (format === 'csv') return readCsvText(text, readCsv);
  return refuse(
    'This is not a result file: it is neither JSON nor CSV text from the self-check (it may have been cut short or edited).',
  );
}

/** Every cell quoted (RFC 4180), so a row rebuilt from parsed cells reads back the same. */
const csvRow = (cells: readonly string[]) =>
  cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');

/**
 * One team's CSV, or the summary's combined CSV (rows of many teams): split by organisation, team
 * and date, each part read by the quiz's own CSV reader.
 */
function readCsvText(text: string, readCsv: ResultCsvReader): ReadOutcome {
  const [header = [], ...rows] = parseCsv(text);
  const names = header.map((cell) => cell.trim().toLowerCase());
  const columns = ['organisation', 'team', 'created_at'].map((c) => names.indexOf(c));
  const groups = new Map<string, string[][]>();
  if (columns.every((i) => i >= 0))
    for (const row of rows) {
      if (row.every((cell) => cell === '')) continue;
      const key = columns.map((i) => row[i] ?? '').join('\u0000');
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(row);
    }
  const parts =
    groups.size > 1
      ? [...groups.values()].map((group) => [header, ...group].map(csvRow).join('\r\n'))
      : [text];
  const results: SelfCheckResultFile[] = [];
  for (const part of parts) {
    const parsed = readCsv(part);
    if (!parsed.ok) {
      const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
      return refuse(
        `This CSV file is not one the self-check wrote, or it was changed in a spreadsheet in a way that cannot be read back: ${parsed.errors[0]}${more}.`,
      );
    }
    results.push(parsed.value);
  }
  return { ok: true, results };
}

/** A single result file, or the summary's combined file (its results each checked in turn). */
function* readJson(text: string, body: string): Generator<void, ReadOutcome> {
  if (body.startsWith('{') && body.slice(0, 200).includes(SUMMARY_SCHEMA)) {
    const combined = yield* readCombined(body);
    if (combined) return combined;
  }
  const parsed = parseResultFile(text);
  return parsed.ok ? { ok: true, results: [parsed.value] } : refuse(plainReason(parsed.errors));
}

/**
 * The summary's combined file, entry by entry. Its `results` entries are found by a scan and
 * parsed one at a time (a yield after each), so a 14 MB file is never one long `JSON.parse`; a
 * file the scan cannot split is parsed whole, as before. `undefined`: not a combined file.
 */
function* readCombined(body: string): Generator<void, ReadOutcome | undefined> {
  const notJson = () => refuse(plainReason(['file: not valid JSON']));
  const parts = yield* scanCombinedSteps(body);
  let data: unknown;
  try {
    data = JSON.parse(parts ? parts.head : body);
  } catch {
    return notJson();
  }
  yield;
  if (!(isObject(data) && data.schema === SUMMARY_SCHEMA && Array.isArray(data.results)))
    return undefined;
  const whole = data.results as unknown[];
  const count = parts ? parts.entries.length : whole.length;
  const results: SelfCheckResultFile[] = [];
  const dropped = new DroppedList(count);
  for (let i = 0; i < count; i++) {
    let entryText: string;
    if (parts) {
      const [start, end] = parts.entries[i];
      entryText = body.slice(start, end);
      // An entry that is not an object (`null`, a number) costs one small parse, nothing more: a
      // file of a million of them must not hold the page.
      if (entryText.length < 64 && !entryText.trimStart().startsWith('{')) {
        try {
          if (entryText.trim() !== 'null') JSON.parse(entryText);
        } catch {
          return notJson();
        }
        dropped.add(i, NOT_AN_OBJECT);
        yield;
        continue;
      }
      // Checked as the text it would be in a file of its own (compact), as before the scan; the
      // entry's own text is used when it is plainly small enough for the size check not to care.
      if (entryText.length > 64 * 1024) {
        try {
          entryText = JSON.stringify(JSON.parse(entryText));
        } catch {
          return notJson();
        }
      }
    } else if (!isObject(whole[i]) || Array.isArray(whole[i])) {
      dropped.add(i, NOT_AN_OBJECT);
      yield;
      continue;
    } else entryText = JSON.stringify(whole[i]);
    const parsed = parseResultFile(entryText);
    // Each entry had to be valid JSON inside the whole file: one that is not spoils the file.
    if (!parsed.ok && parsed.errors[0] === 'file: not valid JSON') return notJson();
    if (parsed.ok) results.push(parsed.value);
    else dropped.add(i, plainReason(parsed.errors));
    yield;
  }
  const lines = dropped.lines();
  return results.length
    ? {
        ok: true,
        results,
        ...(dropped.count ? { dropped: lines, droppedCount: dropped.count } : {}),
      }
    : refuse(
        `This combined file holds no self-check results that could be read${
          dropped.count
            ? ` (${dropped.count.toLocaleString('en-GB')} could not be used). ${lines.join(' ')}`
            : '.'
        }`,
      );
}

/** Reasons listed one by one for a combined file's unusable results; the rest are counted. */
export const MAX_LISTED_DROPPED = 20;

/** Kinds of reason counted for the results past the listed ones (the rest go under "other"). */
const MAX_REASON_KINDS = 8;

const NOT_AN_OBJECT = plainReason(['file: expected a JSON object']);

/** A reason up to its details: "This JSON file is not a self-check result". */
const kindOf = (reason: string) => reason.split(':')[0].replace(/[.\s]+$/, '');
const NOT_AN_OBJECT_KIND = kindOf(NOT_AN_OBJECT);

/**
 * A combined file's unusable results: the first few with their reasons, the rest only counted
 * per kind of reason, so a file of a million `null`s never builds a million lines (issue: red
 * team, a page held for minutes and 11.6 M characters in the element).
 */
class DroppedList {
  count = 0;
  private readonly listed: string[] = [];
  private readonly kinds = new Map<string, number>();

  constructor(private readonly total: number) {}

  add(index: number, reason: string): void {
    this.count++;
    if (this.listed.length < MAX_LISTED_DROPPED) {
      this.listed.push(
        `Result ${(index + 1).toLocaleString('en-GB')} of ${this.total.toLocaleString('en-GB')}: ${reason}`,
      );
      return;
    }
    // The kind is the reason up to its details (a field name differs from entry to entry).
    let kind = reason === NOT_AN_OBJECT ? NOT_AN_OBJECT_KIND : kindOf(reason);
    if (!this.kinds.has(kind) && this.kinds.size >= MAX_REASON_KINDS) kind = 'Other reasons';
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  /** The listed reasons, then one line for the rest: "and 99,980 more ... (99,980: why)". */
  lines(): string[] {
    const rest = this.count - this.listed.length;
    if (rest <= 0) return this.listed;
    const n = (x: number) => x.toLocaleString('en-GB');
    const kinds = [...this.kinds].map(([kind, k]) => `${n(k)}: ${kind}`).join('; ');
    return [
      ...this.listed,
      `And ${n(rest)} more results could not be used, for the same kinds of reason (${kinds}).`,
    ];
  }
}

/** The part of a name compared for duplicates and for following a team across rounds. */
const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * When two files count as the same: the same organisation, team and date (day). A file without a
 * team name matches only an identical file (same time and answers), since two unnamed teams of
 * one organisation may well answer on the same day.
 */
export function duplicateKey(file: SelfCheckResultFile): string {
  const day = file.createdAt.slice(0, 10);
  return norm(file.team)
    ? `${norm(file.organisation)}\u0000${norm(file.team)}\u0000${day}`
    : resultIdentity(file);
}

/**
 * JSON with every object's keys in sorted order: the same answers give the same text whichever
 * order a file wrote them in (our CSV gives items in the guide's order, a JSON file as it came).
 */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Who a result belongs to, across rounds: organisation and team; undefined without a team name. */
export function teamKey(file: SelfCheckResultFile): string | undefined {
  return norm(file.team) ? `${norm(file.organisation)}\u0000${norm(file.team)}` : undefined;
}

/**
 * A result's own identity, whatever name it carries: when it was made (to the millisecond), its
 * organisation and its answers. A lead's name for an unnamed team changes `team`, not this, so the
 * same result named in one summary and unnamed in its team's file is still one result.
 */
export function resultIdentity(file: SelfCheckResultFile): string {
  return `\u0001${file.createdAt}\u0000${norm(file.organisation)}\u0000${sortedJson(file.answers)}`;
}

/** What `SeenResults.admit` made of a result: new, already there, or the name for one there. */
export type Admission =
  | { readonly kind: 'new' }
  | { readonly kind: 'duplicate' }
  /** A named copy of a result already there unnamed: the named copy takes its place. */
  | { readonly kind: 'names'; readonly unnamed: SelfCheckResultFile };

/**
 * The results seen so far. A named result is already there when its organisation, team and day
 * are (`duplicateKey`); an unnamed one when an identical result is (`resultIdentity`). Across the
 * two, a named result and an unnamed one with the same identity are one result: the lead named
 * it, and the roll-up file with the name meets the team's own unnamed file. Whichever comes
 * first, the name is kept (`admit` says which unnamed result the named copy replaces), so the
 * outcome never depends on the order files are added. Two named teams are never merged on
 * identity alone (scripted files may share a time and answers).
 */
export class SeenResults {
  private readonly names = new Set<string>();
  private readonly unnamed = new Map<string, SelfCheckResultFile>();
  private readonly named = new Set<string>();
  // Named results' identities are worked out only once an unnamed result needs them: a folder of
  // named files (the usual case, and 10,000 of them at scale) never pays for them.
  private pending: SelfCheckResultFile[] = [];

  constructor(files: Iterable<SelfCheckResultFile> = []) {
    for (const file of files) this.add(file);
  }

  has(file: SelfCheckResultFile): boolean {
    return this.admission(file).kind !== 'new';
  }

  private admission(file: SelfCheckResultFile): Admission {
    if (teamKey(file) !== undefined) {
      if (this.names.has(duplicateKey(file))) return { kind: 'duplicate' };
      const unnamed = this.unnamed.size > 0 ? this.unnamed.get(resultIdentity(file)) : undefined;
      return unnamed ? { kind: 'names', unnamed } : { kind: 'new' };
    }
    for (const named of this.pending) this.named.add(resultIdentity(named));
    this.pending = [];
    const identity = resultIdentity(file);
    return this.unnamed.has(identity) || this.named.has(identity)
      ? { kind: 'duplicate' }
      : { kind: 'new' };
  }

  add(file: SelfCheckResultFile): void {
    if (teamKey(file) === undefined) this.unnamed.set(resultIdentity(file), file);
    else {
      this.names.add(duplicateKey(file));
      this.pending.push(file);
    }
  }

  /**
   * Adds a result unless it is already there. A named copy of a result there unnamed is added in
   * its place (the caller swaps the `unnamed` result for it, and counts it as already there).
   */
  admit(file: SelfCheckResultFile): Admission {
    const admission = this.admission(file);
    if (admission.kind === 'names') this.unnamed.delete(resultIdentity(admission.unnamed));
    if (admission.kind !== 'duplicate') this.add(file);
    return admission;
  }

  /** Adds a result unless it is already there; true when it was new. */
  addIfNew(file: SelfCheckResultFile): boolean {
    return this.admit(file).kind === 'new';
  }
}

/**
 * Adds results to a list, skipping those already in it (or earlier in `incoming`); a named copy of
 * an unnamed result there takes its place. Pure.
 */
export function mergeResults(
  existing: readonly SelfCheckResultFile[],
  incoming: readonly SelfCheckResultFile[],
): {
  readonly results: readonly SelfCheckResultFile[];
  readonly added: number;
  readonly duplicates: readonly SelfCheckResultFile[];
} {
  const seen = new SeenResults(existing);
  const results = [...existing];
  const duplicates: SelfCheckResultFile[] = [];
  for (const file of incoming) {
    const admission = seen.admit(file);
    if (admission.kind === 'new') results.push(file);
    else {
      if (admission.kind === 'names') results[results.indexOf(admission.unnamed)] = file;
      duplicates.push(file);
    }
  }
  return { results, added: results.length - existing.length, duplicates };
}
