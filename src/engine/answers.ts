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
   * The members' spread (result file version 4): how many members placed the item at each stage
   * on their own phones before the team agreed, e.g. `{ "understand": 2, "implement": 1 }`. Counts
   * only, never who said what; only stages someone chose are present.
   */
  readonly spread?: Spread;
  /** Members gathered who did not rate this item (version 4); only a positive count is kept. */
  readonly spreadNotRated?: number;
}

/** Members per stage on one item; only non-zero counts are present. */
export type Spread = Readonly<Partial<Record<StageId, number>>>;

/** Most members one spread counts per stage (a team, not a survey). */
export const MAX_SPREAD_COUNT = 999;

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
const clean = ({
  stage,
  notes,
  heldBack,
  heldBackNote,
  spread,
  spreadNotRated,
}: Answer): Answer | undefined => {
  const hasSpread = !!spread && Object.keys(spread).length > 0;
  const notRated = hasSpread && spreadNotRated ? spreadNotRated : 0;
  return stage || notes || heldBack || heldBackNote || hasSpread
    ? {
        ...(stage ? { stage } : {}),
        ...(notes ? { notes } : {}),
        ...(heldBack === true ? { heldBack } : {}),
        ...(heldBackNote ? { heldBackNote } : {}),
        ...(hasSpread ? { spread } : {}),
        ...(notRated ? { spreadNotRated: notRated } : {}),
      }
    : undefined;
};

const isCount = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_SPREAD_COUNT;

/**
 * A spread as it may be kept: known stages with whole-number counts (1-999); zero counts dropped.
 * With `errors`, each problem is named there by field. Never throws. @internal
 */
export function readSpread(value: unknown, path: string, errors?: string[]): Spread | undefined {
  if (value == null) return undefined;
  if (!isObject(value)) {
    errors?.push(`${path}: expected counts per stage, e.g. { "understand": 2 }`);
    return undefined;
  }
  const out: Partial<Record<StageId, number>> = {};
  for (const [key, count] of Object.entries(value)) {
    const stage = getStage(key);
    if (!stage) errors?.push(`${path}: "${key}" is not a stage`);
    else if (!isCount(count))
      errors?.push(`${path}.${key}: expected a whole number from 0 to ${MAX_SPREAD_COUNT}`);
    else if (count > 0) out[stage.id] = count;
  }
  return Object.keys(out).length ? out : undefined;
}

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
        const { stage, notes, heldBack, heldBackNote, spread, spreadNotRated } = raw;
        if (stage != null && !getStage(stage))
          report(`${path}.stage: expected one of ${stages.map((s) => s.id).join(', ')}`);
        if (heldBack != null && typeof heldBack !== 'boolean')
          report(`${path}.heldBack: expected true or false`);
        if (spreadNotRated != null && !isCount(spreadNotRated))
          report(`${path}.spreadNotRated: expected a whole number from 0 to ${MAX_SPREAD_COUNT}`);
        const answer = clean({
          stage: getStage(stage)?.id,
          notes: readText(notes, `${path}.notes`, MAX_NOTES_LENGTH, errors),
          heldBack: heldBack === true,
          heldBackNote: readText(heldBackNote, `${path}.heldBackNote`, MAX_NOTES_LENGTH, errors),
          spread: readSpread(spread, `${path}.spread`, errors),
          spreadNotRated: isCount(spreadNotRated) ? spreadNotRated : undefined,
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
