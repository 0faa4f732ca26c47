import type { Answers } from './answers.js';
import { startReview, type Plan, type PlanReview } from './plan.js';
import type { Snapshot } from './storage.js';

// The earlier rounds a quiz compares with and reviews: which saved result, which earlier plan and
// its review, an earlier round read from a file. Pure. A module of its own (not in plan.ts or
// round.ts, which the summary shares) so that only the quiz's own bundle carries it.

/**
 * The saved round a comparison is with: the one with `id`, else the latest (`rounds` are in the
 * order they were saved); undefined when there is none.
 */
export function chosenRound<T extends { readonly id: string }>(
  rounds: readonly T[],
  id: string,
): T | undefined {
  return rounds.find((s) => s.id === id) ?? rounds[rounds.length - 1];
}

/**
 * The earlier round whose plan is reviewed: the saved result with `id` if it has a plan, else the
 * latest saved result with one.
 */
export const earlierPlanRound = (snapshots: readonly Snapshot[], id: string) =>
  chosenRound(
    snapshots.filter((s) => s.plan?.length),
    id,
  );

/** The review of `earlier`'s plan: `review` when it is that round's, else a fresh one. */
export const reviewOf = (review: PlanReview | undefined, earlier: Snapshot): PlanReview =>
  review?.earlier === earlier.createdAt
    ? review
    : startReview(earlier.createdAt, earlier.plan ?? []);

/**
 * The saved results with an earlier round's result file added as one more (it replaces the same
 * file read before, and comes last), so its plan can be reviewed and its stages compared.
 */
export function withEarlierFile(
  snapshots: readonly Snapshot[],
  file: { readonly createdAt: string; readonly answers: Answers; readonly plan?: Plan },
): readonly Snapshot[] {
  const { createdAt, answers, plan } = file;
  const id = `file:${createdAt}`;
  return [
    ...snapshots.filter((s) => s.id !== id),
    { id, createdAt, answers, ...(plan?.length ? { plan } : {}) },
  ];
}
