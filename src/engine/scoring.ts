import {
  ambitions,
  caseStudiesFor,
  evidenceMatrix,
  foundations as allFoundations,
  getFoundation,
  type AmbitionId,
  type CaseStudy,
  type Foundation,
  type FoundationId,
  type RichText,
} from '../content/index.js';
import type { Answers } from './answers.js';
import type { Plan, PlanReview } from './plan.js';
import {
  getStage,
  type SelfCheckAmbitionSummary,
  type SelfCheckItemSummary,
  type SelfCheckSummary,
  type StageId,
} from './stages.js';

export interface SelfCheckItemResult extends SelfCheckItemSummary {
  readonly number: number;
  readonly title: string;
  /** 0-4 when answered. */
  readonly value?: number;
  readonly notes?: string;
  /** Held back by something outside our control (as in the result file). */
  readonly heldBack?: boolean;
  readonly heldBackNote?: string;
}

export interface SelfCheckAmbitionResult extends SelfCheckAmbitionSummary {
  readonly title: string;
  /** How many answered items contributed to the score. */
  readonly answered: number;
}

/** A suggested next small step for one of the lowest answered items. */
export interface NextStep {
  readonly foundation: FoundationId;
  readonly number: number;
  readonly title: string;
  readonly stage: StageId;
  /** The guide's "Example in action". */
  readonly examples: readonly RichText[];
  /** The report's case studies for this item (none for items 9 and 10). */
  readonly caseStudies: readonly CaseStudy[];
}

export interface SelfCheckResult extends SelfCheckSummary {
  readonly items: readonly SelfCheckItemResult[];
  /** Indicative, not a measure: stage values weighted by the evidence matrix. */
  readonly ambitions: readonly SelfCheckAmbitionResult[];
  readonly answered: number;
  readonly total: number;
  /** Items at "implementing" or "embedded", highest first. */
  readonly strengths: readonly FoundationId[];
  readonly nextSteps: readonly NextStep[];
  /** The team's small-steps plan, when it chose any steps (set by the quiz, not by `summarise`). */
  readonly plan?: Plan;
  /** How the earlier round's steps went, when an earlier plan was reviewed. */
  readonly review?: PlanReview;
}

/** The items of a subset given as slugs, numbers or Foundation objects; all ten when empty. */
export function resolveFoundations(
  subset?: readonly (Foundation | FoundationId | number | string)[],
): readonly Foundation[] {
  if (!subset || subset.length === 0) return allFoundations;
  const seen = new Set<FoundationId>();
  const out: Foundation[] = [];
  for (const entry of subset) {
    const f = typeof entry === 'object' ? getFoundation(entry.id) : getFoundation(entry);
    if (f && !seen.has(f.id)) {
      seen.add(f.id);
      out.push(f);
    }
  }
  return out.length > 0 ? out.sort((a, b) => a.number - b.number) : allFoundations;
}

/**
 * How much an item counts toward an Ambition: the number of case studies linking them. Items 9
 * and 10 have no case studies; the report added them as themes "invaluable to realising the
 * Ambitions" (line 373), so they weigh 1 toward every Ambition.
 */
export function ambitionWeight(f: Foundation, ambition: AmbitionId): number {
  return evidenceMatrix()[f.id][ambition] || (f.ambitions.includes(ambition) ? 1 : 0);
}

/**
 * The indicative score of one Ambition: each answered item's stage value (0-4, "embedded" is 4)
 * weighted by `weights` (ambitionWeight, in the same order), as a fraction of "embedded", to two
 * decimals; no score when no weighted item is answered. `answered` counts the weighted items
 * answered. The one rule behind the quiz's results and the summary's per-team scores.
 */
export function ambitionScore(
  weights: readonly number[],
  values: readonly (number | undefined)[],
): { score?: number; answered: number } {
  let weight = 0;
  let sum = 0;
  let answered = 0;
  weights.forEach((w, i) => {
    const value = values[i];
    if (w && value !== undefined) {
      weight += w;
      sum += (w * value) / 4;
      answered += 1;
    }
  });
  return weight > 0 ? { score: Math.round((sum / weight) * 100) / 100, answered } : { answered };
}

/**
 * The first two of a ranked list, and a third when it ranks level with the second (`rank` gives
 * what they are ranked by): the quiz's next steps and the summary's focus items.
 */
export function firstTwoAndTie<T>(ranked: readonly T[], rank: (item: T) => number): T[] {
  return ranked.slice(0, ranked.length > 2 && rank(ranked[2]) === rank(ranked[1]) ? 3 : 2);
}

type Answered = SelfCheckItemResult & { readonly value: number; readonly stage: StageId };

/** Summarises answers over the given items (all ten by default). Pure; never throws. */
export function summarise(
  answers: Answers,
  foundations?: readonly (Foundation | FoundationId | number | string)[],
): SelfCheckResult {
  const items = resolveFoundations(foundations);
  const rows: SelfCheckItemResult[] = items.map((f) => {
    const answer = answers?.[f.id];
    const stage = getStage(answer?.stage);
    return {
      foundation: f.id,
      number: f.number,
      title: f.title,
      ...(stage ? { stage: stage.id, value: stage.value } : {}),
      ...(answer?.notes ? { notes: answer.notes } : {}),
      ...(answer?.heldBack === true ? { heldBack: true } : {}),
      ...(answer?.heldBackNote ? { heldBackNote: answer.heldBackNote } : {}),
    };
  });
  const answeredRows = rows.filter((r) => r.value !== undefined) as Answered[];

  const values = rows.map((r) => r.value);
  const ambitionRows = ambitions.map((a) => {
    const { score, answered } = ambitionScore(
      items.map((f) => ambitionWeight(f, a.id)),
      values,
    );
    return {
      ambition: a.id,
      title: a.title,
      answered,
      ...(score === undefined ? {} : { score }),
    };
  });

  const order = (direction: number) => (a: Answered, b: Answered) =>
    direction * (a.value - b.value) || a.number - b.number;
  const strengths = answeredRows
    .filter((r) => r.value >= 3)
    .sort(order(-1))
    .map((r) => r.foundation);

  // The two lowest answered items below "embedded", and a third when it ties with the second.
  const lowest = answeredRows.filter((r) => r.value < 4).sort(order(1));
  const nextSteps = firstTwoAndTie(lowest, (r) => r.value).map((r) => {
    const f = items.find((i) => i.id === r.foundation)!;
    return {
      foundation: f.id,
      number: f.number,
      title: f.title,
      stage: r.stage,
      examples: f.examples,
      caseStudies: caseStudiesFor({ foundation: f.id }),
    };
  });

  return {
    items: rows,
    ambitions: ambitionRows,
    answered: answeredRows.length,
    total: rows.length,
    strengths,
    nextSteps,
  };
}

/** One item's change between an earlier and a later set of answers. */
export interface StageChange {
  readonly foundation: FoundationId;
  readonly number: number;
  readonly title: string;
  readonly before?: StageId;
  readonly after?: StageId;
  /** after - before in stage steps, when both were answered. */
  readonly change?: number;
}

/** Per-item change from `before` to `after` (e.g. a saved snapshot and today's answers). */
export function compareAnswers(
  before: Answers,
  after: Answers,
  foundations?: readonly (Foundation | FoundationId | number | string)[],
): readonly StageChange[] {
  return resolveFoundations(foundations).map((f) => {
    const b = getStage(before?.[f.id]?.stage);
    const a = getStage(after?.[f.id]?.stage);
    return {
      foundation: f.id,
      number: f.number,
      title: f.title,
      ...(b ? { before: b.id } : {}),
      ...(a ? { after: a.id } : {}),
      ...(a && b ? { change: a.value - b.value } : {}),
    };
  });
}
