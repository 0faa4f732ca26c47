import type { SelfCheckResultFile } from './result-file.js';
import type {
  SummaryItem,
  SummaryItemChange,
  SummaryNote,
  SummaryRound,
  SystemSummary,
} from './summary.js';
import { countItemFlag, type SummaryTrend, type TrendItem } from './summary-trend.js';

/** Reads one item's answer: true when the team marked it as held back by something outside its control. */
export type HeldBackReader = (answer: unknown, file: SelfCheckResultFile) => boolean;

/** A one-page view for a board: the round, the hardest items, the change, what holds teams back. */
export interface BoardSummary {
  /** The day it was prepared (YYYY-MM-DD). */
  readonly date: string;
  readonly rounds: readonly SummaryRound[];
  readonly round?: SummaryRound;
  readonly teams: number;
  readonly organisations: number;
  /**
   * The three items with the most teams not started or understanding (lower number first among
   * equals), and every item level with the third: a tie is never hidden.
   */
  readonly hardest: readonly SummaryItem[];
  /**
   * For the hardest items: the change the lead chose on screen (the round shown against "Compare
   * with"), or else the first to the last round of the trend (two rounds or more).
   */
  readonly change?: {
    readonly from: SummaryRound;
    readonly to: SummaryRound;
    readonly both: number;
    readonly items: readonly (SummaryItemChange | TrendItem)[];
  };
  /**
   * Per item, teams whose result marks it held back, with the notes they wrote of what (names as
   * shown: pseudonyms when names are hidden); absent until result files carry the flag.
   */
  readonly heldBack?: readonly {
    readonly number: number;
    readonly title: string;
    readonly teams: number;
    readonly notes: readonly SummaryNote[];
  }[];
}

/**
 * The board page's figures, from the round's summary and the trend. `heldBack` reads the per-item
 * flag from a result once the quiz writes one; without it the page says the files do not say yet.
 * Pure.
 */
export function boardSummary(
  summary: SystemSummary,
  trend: SummaryTrend,
  options: { readonly date?: Date; readonly heldBack?: HeldBackReader } = {},
): BoardSummary {
  const ranked = [...summary.items]
    .filter((i) => i.early > 0)
    .sort((a, b) => b.early - a.early || a.number - b.number);
  const third = ranked[2]?.early;
  const hardest = ranked.filter((i, at) => at < 3 || i.early === third);
  const first = trend.rounds[0];
  const last = trend.rounds[trend.rounds.length - 1];
  const picked = new Set(hardest.map((h) => h.foundation));
  const heldBack = options.heldBack
    ? countItemFlag(
        summary.teams.map((t) => t.file),
        options.heldBack,
      )
    : undefined;
  return {
    date: (options.date ?? new Date()).toISOString().slice(0, 10),
    rounds: summary.rounds,
    ...(summary.round ? { round: summary.round } : {}),
    teams: summary.teams.length,
    organisations: new Set(summary.teams.map((t) => t.organisation).filter(Boolean)).size,
    hardest,
    ...(summary.comparison && summary.round
      ? {
          change: {
            from: summary.comparison.round,
            to: summary.round,
            both: summary.comparison.both,
            items: summary.comparison.items.filter((i) => picked.has(i.foundation)),
          },
        }
      : trend.rounds.length > 1
        ? {
            change: {
              from: first,
              to: last,
              both: trend.both,
              items: trend.items.filter((i) => picked.has(i.foundation)),
            },
          }
        : {}),
    ...(heldBack
      ? {
          heldBack: summary.items
            .map((i) => ({
              number: i.number,
              title: i.title,
              teams: heldBack[i.foundation],
              notes: summary.teams.flatMap((t): SummaryNote[] => {
                const answer = t.file.answers[i.foundation];
                const text = answer?.heldBackNote?.trim();
                return text && options.heldBack!(answer, t.file)
                  ? [{ team: t.name, organisation: t.organisation, text }]
                  : [];
              }),
            }))
            .filter((i) => i.teams > 0)
            .sort((a, b) => b.teams - a.teams || a.number - b.number),
        }
      : {}),
  };
}
