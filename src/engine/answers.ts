import { foundations, type FoundationId } from '../content/index.js';
import { getStage, type StageId } from './stages.js';

/** One item's answer. No `stage` means "not sure / skipped": unanswered, never zero. */
export interface Answer {
  readonly stage?: StageId;
  readonly notes?: string;
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

/**
 * Keeps only what an `Answers` object may hold: known item slugs, known stages, notes as text
 * (trimmed to MAX_NOTES_LENGTH). Anything else is dropped silently; never throws.
 */
export function sanitiseAnswers(input: unknown): Answers {
  const out: Partial<Record<FoundationId, Answer>> = {};
  if (!input || typeof input !== 'object' || Array.isArray(input)) return out;
  for (const [key, raw] of Object.entries(input as Record<string, unknown>)) {
    if (!isFoundationId(key) || !raw || typeof raw !== 'object') continue;
    const { stage, notes } = raw as { stage?: unknown; notes?: unknown };
    const answer: { stage?: StageId; notes?: string } = {};
    if (getStage(stage)) answer.stage = stage as StageId;
    if (typeof notes === 'string' && notes !== '') answer.notes = notes.slice(0, MAX_NOTES_LENGTH);
    if (answer.stage || answer.notes) out[key] = answer;
  }
  return out;
}

/** A copy of `answers` with one item changed; an empty answer removes the item. */
export function withAnswer(answers: Answers, id: FoundationId, change: Answer): Answers {
  const next: Partial<Record<FoundationId, Answer>> = { ...answers };
  const merged = { ...answers[id], ...change };
  const clean: { stage?: StageId; notes?: string } = {};
  if (merged.stage) clean.stage = merged.stage;
  if (merged.notes) clean.notes = merged.notes;
  if (clean.stage || clean.notes) next[id] = clean;
  else delete next[id];
  return next;
}
