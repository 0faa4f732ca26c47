import {
  caseStudiesFor,
  getFoundation,
  type CaseStudy,
  type FoundationId,
} from '../content/index.js';
import { resultDateProblem } from './result-date.js';
import { isFoundationId, isObject, MAX_NOTES_LENGTH, readText, type Answers } from './answers.js';
import { compareAnswers, resolveFoundations, type SelfCheckItemResult } from './scoring.js';
import type { StageId } from './stages.js';

/**
 * The small-steps plan: the few items a team chooses to work on next, each in its own words, and
 * at the next round how each of those steps went. Pure; never throws on outside input.
 */

/** Steps a plan holds unless the host says otherwise (the report's "small number of changes"). */
export const DEFAULT_MAX_STEPS = 3;
/** The most a host may allow (`max-steps`), and the most a file may hold. */
export const MAX_STEPS_LIMIT = 5;
/** Longest "who leads it" kept. */
export const MAX_LEAD_LENGTH = 200;

/** One item the team will work on. Everything but the item is optional while it is being written. */
export interface PlanStep {
  readonly foundation: FoundationId;
  /** The step in the team's own words. */
  readonly step?: string;
  /** Who leads it. */
  readonly lead?: string;
  /** By when: a date, `YYYY-MM-DD`. */
  readonly byWhen?: string;
  /** How the team will know it worked. */
  readonly howWeKnow?: string;
  /** Id of one of this item's case studies to learn from. */
  readonly caseStudy?: string;
}

export type Plan = readonly PlanStep[];

/** How an earlier step went, asked at the next round. */
export type OutcomeId = 'done' | 'under-way' | 'not-started' | 'dropped';

export const outcomes: readonly { readonly id: OutcomeId; readonly label: string }[] =
  Object.freeze([
    { id: 'done', label: 'Done' },
    { id: 'under-way', label: 'Under way' },
    { id: 'not-started', label: 'Not started' },
    { id: 'dropped', label: 'Dropped' },
  ] as const);

/** The outcome with this id, or undefined (never throws). */
export const getOutcome = (id: unknown) => outcomes.find((o) => o.id === id);

/** One earlier step and how it went. */
export interface StepReview {
  readonly foundation: FoundationId;
  /** The earlier step's words, so a file stands alone. */
  readonly step?: string;
  readonly outcome?: OutcomeId;
  readonly note?: string;
}

/** The review of an earlier round's plan. */
export interface PlanReview {
  /** When the earlier round was made (ISO date and time). */
  readonly earlier: string;
  readonly steps: readonly StepReview[];
}

/** `max-steps` as a whole number from 1 to 5; anything else gives the default 3. */
export function toMaxSteps(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_STEPS_LIMIT
    ? n
    : DEFAULT_MAX_STEPS;
}

/** Why an item could not be added to a plan. */
export type AddRefusal = 'full' | 'already-planned' | 'unknown-item';

/** Adds an item to the plan, or says why not (full at `max` steps, already there, not an item). */
export function addStep(
  plan: Plan,
  foundation: string,
  max = DEFAULT_MAX_STEPS,
): { ok: true; plan: Plan } | { ok: false; reason: AddRefusal } {
  if (!isFoundationId(foundation)) return { ok: false, reason: 'unknown-item' };
  if (plan.some((s) => s.foundation === foundation))
    return { ok: false, reason: 'already-planned' };
  if (plan.length >= toMaxSteps(max)) return { ok: false, reason: 'full' };
  return { ok: true, plan: [...plan, { foundation }] };
}

/** The plan without an item. */
export const removeStep = (plan: Plan, foundation: FoundationId): Plan =>
  plan.filter((s) => s.foundation !== foundation);

type StepText = Omit<PlanStep, 'foundation'>;

/** A copy of the plan with one step's fields changed (empty text removes the field). */
export function updateStep(plan: Plan, foundation: FoundationId, change: StepText): Plan {
  return plan.map((s) => (s.foundation === foundation ? cleanStep({ ...s, ...change }) : s));
}

const cleanStep = (s: PlanStep): PlanStep =>
  Object.fromEntries(
    Object.entries(s).filter(([, v]) => typeof v === 'string' && v !== ''),
  ) as unknown as PlanStep;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isPlanDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The case studies a step may pick from: the item's own (none for items 9 and 10). */
export const caseStudyChoices = (foundation: FoundationId): readonly CaseStudy[] =>
  caseStudiesFor({ foundation });

/**
 * Keeps only what a plan may hold: known items once each, at most five, text fields as text
 * within their limits, a real date, a case study of that item. With `errors`, each problem is
 * named by field (e.g. `plan[0].byWhen: expected a date, e.g. 2026-06-30`) and the plan is refused
 * by the caller; without, bad parts are dropped silently.
 */
export function sanitisePlan(input: unknown, errors?: string[], path = 'plan'): Plan {
  const report = (e: string) => errors?.push(e);
  if (input == null) return [];
  if (!Array.isArray(input)) {
    report(`${path}: expected a list of steps`);
    return [];
  }
  if (input.length > MAX_STEPS_LIMIT) report(`${path}: more than ${MAX_STEPS_LIMIT} steps`);
  const out: PlanStep[] = [];
  input.slice(0, MAX_STEPS_LIMIT).forEach((raw, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(raw)) return report(`${at}: expected an object with "foundation"`);
    const { foundation, byWhen, caseStudy } = raw;
    if (!isFoundationId(foundation)) return report(`${at}.foundation: not an item of the guide`);
    if (out.some((s) => s.foundation === foundation))
      return report(`${at}.foundation: ${foundation} is planned twice`);
    const step: Record<string, string> = { foundation };
    for (const [field, max] of [
      ['step', MAX_NOTES_LENGTH],
      ['lead', MAX_LEAD_LENGTH],
      ['howWeKnow', MAX_NOTES_LENGTH],
    ] as const) {
      const text = readText(raw[field], `${at}.${field}`, max, errors);
      if (text) step[field] = text;
    }
    if (byWhen != null && byWhen !== '') {
      if (isPlanDate(byWhen)) step.byWhen = byWhen;
      else report(`${at}.byWhen: expected a date, e.g. 2026-06-30`);
    }
    if (caseStudy != null && caseStudy !== '') {
      if (caseStudyChoices(foundation).some((c) => c.id === caseStudy))
        step.caseStudy = caseStudy as string;
      else report(`${at}.caseStudy: not one of this item's case studies`);
    }
    out.push(step as unknown as PlanStep);
  });
  return out;
}

/** Keeps only what a review may hold (see `sanitisePlan`); undefined when there is none. */
export function sanitiseReview(
  input: unknown,
  errors?: string[],
  path = 'review',
): PlanReview | undefined {
  const report = (e: string) => errors?.push(e);
  if (input == null) return undefined;
  if (!isObject(input)) {
    report(`${path}: expected an object with "earlier" and "steps"`);
    return undefined;
  }
  const { earlier, steps } = input;
  const dateProblem = resultDateProblem(earlier);
  if (typeof earlier !== 'string' || dateProblem) {
    report(`${path}.earlier: ${dateProblem}`);
    return undefined;
  }
  if (!Array.isArray(steps)) {
    report(`${path}.steps: expected a list`);
    return undefined;
  }
  const out: StepReview[] = [];
  steps.slice(0, MAX_STEPS_LIMIT).forEach((raw, i) => {
    const at = `${path}.steps[${i}]`;
    if (!isObject(raw)) return report(`${at}: expected an object with "foundation"`);
    const { foundation, outcome } = raw;
    if (!isFoundationId(foundation)) return report(`${at}.foundation: not an item of the guide`);
    if (out.some((s) => s.foundation === foundation))
      return report(`${at}.foundation: ${foundation} is reviewed twice`);
    const entry: Record<string, string> = { foundation };
    const step = readText(raw.step, `${at}.step`, MAX_NOTES_LENGTH, errors);
    if (step) entry.step = step;
    if (outcome != null && outcome !== '') {
      if (getOutcome(outcome)) entry.outcome = outcome as string;
      else report(`${at}.outcome: expected one of ${outcomes.map((o) => o.id).join(', ')}`);
    }
    const note = readText(raw.note, `${at}.note`, MAX_NOTES_LENGTH, errors);
    if (note) entry.note = note;
    out.push(entry as unknown as StepReview);
  });
  if (steps.length > MAX_STEPS_LIMIT) report(`${path}.steps: more than ${MAX_STEPS_LIMIT} steps`);
  return { earlier, steps: out };
}

/** A review of an earlier plan with nothing answered yet: one entry per earlier step. */
export function startReview(earlier: string, plan: Plan): PlanReview {
  return {
    earlier,
    steps: plan.map((s) => ({ foundation: s.foundation, ...(s.step ? { step: s.step } : {}) })),
  };
}

/** A copy of the review with one step's outcome or note changed. */
export function reviewStep(
  review: PlanReview,
  foundation: FoundationId,
  change: { readonly outcome?: OutcomeId; readonly note?: string },
): PlanReview {
  return {
    ...review,
    steps: review.steps.map((s) =>
      s.foundation === foundation ? (cleanStep({ ...s, ...change } as PlanStep) as StepReview) : s,
    ),
  };
}

/**
 * Items in the order a plan suggests them: answered items below "embedded", lowest stage first
 * (ties by item number), then every other item in the guide's order. Any item may be chosen.
 */
export function suggestedOrder(items: readonly SelfCheckItemResult[]): {
  readonly suggested: readonly FoundationId[];
  readonly others: readonly FoundationId[];
} {
  const low = items
    .filter((r) => r.value !== undefined && r.value < 4)
    .sort((a, b) => a.value! - b.value! || a.number - b.number);
  // The three lowest, and any item tied with the third.
  const suggested = low
    .filter((r, i) => i < DEFAULT_MAX_STEPS || r.value === low[DEFAULT_MAX_STEPS - 1].value)
    .map((r) => r.foundation);
  return {
    suggested,
    others: items.map((r) => r.foundation).filter((id) => !suggested.includes(id)),
  };
}

/** One earlier step beside the change in stages since then. */
export interface StepProgress {
  readonly foundation: FoundationId;
  readonly number: number;
  readonly title: string;
  readonly step?: string;
  readonly outcome?: OutcomeId;
  readonly note?: string;
  readonly before?: StageId;
  readonly after?: StageId;
  readonly change?: number;
}

/**
 * Outcome comparison: for each step of the earlier round's plan, how the team says it went and
 * how the item's stage moved between the two rounds.
 */
export function compareOutcomes(
  earlier: { readonly answers: Answers; readonly plan?: Plan },
  now: Answers,
  review?: PlanReview,
): readonly StepProgress[] {
  const plan = earlier.plan ?? [];
  const changes = compareAnswers(
    earlier.answers,
    now,
    resolveFoundations(plan.map((s) => s.foundation)),
  );
  return plan.flatMap((s) => {
    const f = getFoundation(s.foundation);
    const change = changes.find((c) => c.foundation === s.foundation);
    if (!f || !change) return [];
    const r = review?.steps.find((x) => x.foundation === s.foundation);
    return [
      {
        ...change,
        ...(s.step ? { step: s.step } : {}),
        ...(r?.outcome ? { outcome: r.outcome } : {}),
        ...(r?.note ? { note: r.note } : {}),
      },
    ];
  });
}

/** "Up 1", "Down 2", "No change" or "-" (not answered in one of the rounds). Our own words. */
export function describeChange(change?: number): string {
  if (change === undefined) return '-';
  if (!change) return 'No change';
  return `${change > 0 ? 'Up' : 'Down'} ${Math.abs(change)}`;
}
