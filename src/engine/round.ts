import { isObject } from './answers.js';

/**
 * The dates of the round being worked on: when it started and when the person last changed it.
 * A round keeps its own date forever: when the next round starts months later, the earlier one
 * is filed under the day its work was done, never the day it was put away. Pure; never throws.
 */
export interface RoundDates {
  /** ISO date and time of the round's first change. */
  readonly startedAt?: string;
  /** ISO date and time of the round's latest change. */
  readonly changedAt?: string;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The dates after a change made now: started (if not yet), changed now. */
export function touchRound(round: RoundDates, now: Date = new Date()): RoundDates {
  const at = now.toISOString();
  return { startedAt: round.startedAt ?? at, changedAt: at };
}

/** The date a finished round is filed under: its last change, else its start, else `fallback`. */
export function roundDate(round: RoundDates, fallback: Date = new Date()): string {
  return round.changedAt ?? round.startedAt ?? fallback.toISOString();
}

/** The round dates kept in stored (attacker-writable) data: valid ISO dates only. */
export function readRoundDates(raw: unknown): RoundDates {
  if (!isObject(raw)) return {};
  const { startedAt, changedAt } = raw;
  return {
    ...(isDate(startedAt) ? { startedAt } : {}),
    ...(isDate(changedAt) ? { changedAt } : {}),
  };
}
