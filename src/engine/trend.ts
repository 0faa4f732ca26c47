import type { Answers } from './answers.js';
import { resolveFoundations } from './scoring.js';
import { getStage } from './stages.js';
import type { Snapshot } from './storage.js';

/**
 * Progress year on year (issue 27; the report's participants asked for "a way to see progress
 * year on year"): a team's rounds, those saved on this device and earlier files imported, in date
 * order, and each item's stage across them. Pure; our own derived view, never a score.
 */

/** One round of the self-check: its own date and answers. */
export interface TeamRound {
  readonly id: string;
  /** ISO date and time the round is filed under. */
  readonly date: string;
  readonly answers: Answers;
  /** True for the round on screen now. */
  readonly current: boolean;
}

/** The saved rounds (oldest first, by date) and the round on screen, dated `now`, last. */
export function teamRounds(
  saved: readonly Snapshot[],
  answers: Answers,
  now: string,
): readonly TeamRound[] {
  return [
    ...[...saved]
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
      .map((s) => ({ id: s.id, date: s.createdAt, answers: s.answers, current: false })),
    { id: 'now', date: now, answers, current: true },
  ];
}

/** One item's stage value (0-4) in each round, undefined where it was not answered. */
export interface ItemTrend {
  readonly foundation: string;
  readonly number: number;
  readonly title: string;
  readonly values: readonly (number | undefined)[];
}

/** Each item's stage value per round, items in the guide's order. */
export function itemTrends(
  rounds: readonly TeamRound[],
  foundations?: Parameters<typeof resolveFoundations>[0],
): readonly ItemTrend[] {
  return resolveFoundations(foundations).map((f) => ({
    foundation: f.id,
    number: f.number,
    title: f.title,
    values: rounds.map((r) => getStage(r.answers[f.id]?.stage)?.value),
  }));
}
