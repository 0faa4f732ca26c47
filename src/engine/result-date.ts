/**
 * The dates a result file carries (`createdAt`, a review's `earlier`) decide the summary's rounds,
 * its default view and its print heading, so one file must not be able to invent a round
 * ("Jan to Mar NaN", "undefined 275"): only the ISO 8601 form the package writes
 * (`Date#toISOString`, e.g. 2026-03-01T09:00:00.000Z; the milliseconds may be left out), a real
 * calendar date, from 2023-01-01 (before the guide) up to a day from now (a clock a little ahead).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{3})?Z$/;

/** Earliest date a result can carry. */
export const EARLIEST_RESULT_DATE = '2023-01-01T00:00:00.000Z';

/** How far ahead of this device's clock a date may be (a day), for clocks a little ahead. */
const AHEAD_MS = 24 * 60 * 60 * 1000;

/** Why a date is refused, in words (after the field name), or undefined when it is fine. */
export function resultDateProblem(value: unknown, now = Date.now()): string | undefined {
  const example = 'e.g. 2026-03-01T09:00:00.000Z';
  if (typeof value !== 'string' || !ISO.test(value))
    return `expected the date and time as the self-check writes them, ${example}`;
  const time = Date.parse(value);
  // 2026-02-30 parses in some engines (as 2 March): the date must come back as written.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) !== value.slice(0, 19))
    return `${JSON.stringify(value)} is not a real date, ${example}`;
  if (time < Date.parse(EARLIEST_RESULT_DATE))
    return `${value.slice(0, 10)} is before 2023, earlier than any self-check`;
  if (time > now + AHEAD_MS) return `${value.slice(0, 10)} is in the future`;
  return undefined;
}

/** True when `value` is a date a result may carry (see `resultDateProblem`). */
export const isResultDate = (value: unknown): value is string => !resultDateProblem(value);
