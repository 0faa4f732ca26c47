import { foundations, type FoundationId } from '../content/index.js';
import { getStage, stages, type StageId } from './stages.js';

/** One item's answer. No `stage` means "not sure / skipped": unanswered, never zero. */
export interface Answer {
  readonly stage?: StageId;
  readonly notes?: string;
  /**
   * Held back by something outside the team's control (result file version 3): staff using RAG
   * self-assessments report that some actions "cannot physically be GREEN" for such reasons.
   * Only `true` is kept.
   */
  readonly heldBack?: boolean;
  /** What holds the team back (version 3). */
  readonly heldBackNote?: string;
  /**
   * Reserved for a later version, not read or written by this one (importers drop it): the
   * members' spread, how each member placed the item (by member code) before the team agreed,
   * e.g. `{ "A": "understand", "B": "implement" }`.
   */
  readonly members?: Readonly<Record<string, StageId>>;
}

/** Answers by item slug. Items not present are unanswered. */
export type Answers = Readonly<Partial<Record<FoundationId, Answer>>>;

/** Longest notes kept per item (characters); longer text is cut, not refused. */
export const MAX_NOTES_LENGTH = 10000;

const ids = new Set<string>(foundations.map((f) => f.id));

/** True for one of the guide's ten item slugs. */
export function isFoundationId(value: unknown): value is FoundationId {
  return typeof value === 'string' && ids.has(value);
}

/** A plain object (not null, not an array). @internal */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An answer without empty parts; undefined when nothing is left. */
const clean = ({ stage, notes, heldBack, heldBackNote }: Answer): Answer | undefined =>
  stage || notes || heldBack || heldBackNote
    ? {
        ...(stage ? { stage } : {}),
        ...(notes ? { notes } : {}),
        ...(heldBack === true ? { heldBack } : {}),
        ...(heldBackNote ? { heldBackNote } : {}),
      }
    : undefined;

/**
 * Keeps only what an `Answers` object may hold: known item slugs, known stages, notes as text
 * (trimmed to MAX_NOTES_LENGTH). Anything else is dropped silently; never throws.
 * With `errors`, each problem is also named there by field and reason (e.g.
 * `answers.leadership.stage: expected one of ...`), and over-long notes are refused, not cut.
 */
export function sanitiseAnswers(input: unknown, errors?: string[]): Answers {
  const out: Partial<Record<FoundationId, Answer>> = {};
  const report = (error: string) => errors?.push(error);
  if (!isObject(input)) report('answers: expected an object keyed by item, e.g. "leadership"');
  else
    for (const [key, raw] of Object.entries(input)) {
      const path = /^[\w-]+$/.test(key) ? `answers.${key}` : `answers[${JSON.stringify(key)}]`;
      if (!isFoundationId(key)) report(`${path}: not an item of the guide`);
      else if (!isObject(raw)) report(`${path}: expected an object with "stage" and/or "notes"`);
      else {
        const { stage, notes, heldBack, heldBackNote } = raw;
        if (stage != null && !getStage(stage))
          report(`${path}.stage: expected one of ${stages.map((s) => s.id).join(', ')}`);
        if (heldBack != null && typeof heldBack !== 'boolean')
          report(`${path}.heldBack: expected true or false`);
        const answer = clean({
          stage: getStage(stage)?.id,
          notes: readText(notes, `${path}.notes`, MAX_NOTES_LENGTH, errors),
          heldBack: heldBack === true,
          heldBackNote: readText(heldBackNote, `${path}.heldBackNote`, MAX_NOTES_LENGTH, errors),
        });
        if (answer) out[key] = answer;
      }
    }
  return out;
}

/**
 * Optional text: undefined when absent or empty. Not text, or longer than `max`: named in
 * `errors` when given (and then refused), else dropped or cut. @internal
 */
export function readText(
  value: unknown,
  path: string,
  max: number,
  errors?: string[],
): string | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value !== 'string') errors?.push(`${path}: expected text`);
  else if (!errors || value.length <= max) return value.slice(0, max);
  else errors.push(`${path}: longer than ${max} characters`);
  return undefined;
}

/** A copy of `answers` with one item changed; an empty answer removes the item. */
export function withAnswer(answers: Answers, id: FoundationId, change: Answer): Answers {
  const next: Partial<Record<FoundationId, Answer>> = { ...answers };
  const answer = clean({ ...answers[id], ...change });
  if (answer) next[id] = answer;
  else delete next[id];
  return next;
}
