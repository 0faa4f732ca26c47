import { foundations, type FoundationId } from '../content/index.js';
import type { SelfCheckResultFile } from './result-file.js';
import { getStage } from './stages.js';
import {
  summaryRounds,
  SUMMARY_STAGES,
  teamsInRound,
  type RoundGrouping,
  type SummaryRound,
  type SummaryStage,
} from './summary.js';
import { teamKey } from './summary-read.js';

/** Stage counts (every stage and "not answered") of one item in one round. */
export type StageCounts = Readonly<Record<SummaryStage, number>>;

/** One item across the rounds: its stage counts per round, oldest round first. */
export interface TrendItem {
  readonly foundation: FoundationId;
  readonly number: number;
  readonly title: string;
  /** One entry per round of `SummaryTrend.rounds`, in the same order. */
  readonly perRound: readonly StageCounts[];
  /** Named teams in both the first and the last round: moved up a stage or more, stayed, moved down. */
  readonly up: number;
  readonly same: number;
  readonly down: number;
  /** Teams in both rounds without a stage for this item in one of them. */
  readonly notComparable: number;
}

/** The system's stages per item over every round in the results. */
export interface SummaryTrend {
  /** Oldest first, with the teams of each round (after the organisation filter). */
  readonly rounds: readonly SummaryRound[];
  readonly items: readonly TrendItem[];
  /** Named teams with a result in both the first and the last round (the movement's base). */
  readonly both: number;
}

export interface TrendOptions {
  readonly grouping?: RoundGrouping;
  /** Only these organisations (as written in the files); all when empty. */
  readonly organisations?: readonly string[];
}

const zero = (): Record<SummaryStage, number> =>
  Object.fromEntries(SUMMARY_STAGES.map((s) => [s, 0])) as Record<SummaryStage, number>;

/**
 * Each item's stages over the rounds (quarters or financial years), counting each team's latest
 * result in a round once, as the round view does; and, for named teams in the first and the last
 * round, how many moved up, stayed or moved down. Pure; never throws.
 */
export function summariseTrend(
  results: readonly SelfCheckResultFile[],
  options: TrendOptions = {},
): SummaryTrend {
  const grouping = options.grouping ?? 'quarter';
  const wanted = new Set(options.organisations?.filter(Boolean) ?? []);
  const kept = results.filter((r) => wanted.size === 0 || wanted.has(r.organisation?.trim() ?? ''));
  const keyed = kept.map((file, i) => [teamKey(file) ?? `#${i}`, file] as const);
  const rounds = summaryRounds(kept, grouping);
  const perRound = rounds.map((r) => teamsInRound(keyed, r.id, grouping).teams);
  const first = perRound[0];
  const last = perRound[perRound.length - 1];
  const both =
    rounds.length > 1
      ? [...last.keys()].filter((key) => !key.startsWith('#') && first.has(key))
      : [];
  const items = foundations.map((f): TrendItem => {
    const counts = perRound.map((teams) => {
      const c = zero();
      for (const file of teams.values())
        c[getStage(file.answers[f.id]?.stage)?.id ?? 'not-answered']++;
      return c;
    });
    const move = { up: 0, same: 0, down: 0, notComparable: 0 };
    for (const key of both) {
      const a = getStage(first.get(key)!.answers[f.id]?.stage);
      const b = getStage(last.get(key)!.answers[f.id]?.stage);
      if (!a || !b) move.notComparable++;
      else if (b.value > a.value) move.up++;
      else if (b.value < a.value) move.down++;
      else move.same++;
    }
    return { foundation: f.id, number: f.number, title: f.title, perRound: counts, ...move };
  });
  return {
    rounds: rounds.map((r, i) => ({ ...r, teams: perRound[i].size })),
    items,
    both: both.length,
  };
}

/**
 * Per item, how many of the given results mark it with a flag (for example, "held back by
 * something outside our control", once result files carry it). `flag` reads one item's answer;
 * results are counted once each. Pure.
 */
export function countItemFlag(
  results: Iterable<SelfCheckResultFile>,
  flag: (answer: unknown, file: SelfCheckResultFile) => boolean,
): Readonly<Record<FoundationId, number>> {
  const counts = Object.fromEntries(foundations.map((f) => [f.id, 0])) as Record<
    FoundationId,
    number
  >;
  for (const file of results)
    for (const f of foundations) if (flag(file.answers[f.id], file)) counts[f.id]++;
  return counts;
}
