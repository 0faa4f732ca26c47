import { getFoundation } from './queries.js';
import { HIDDEN_DESTINATION, hidesDestination, isSafeHref } from './safe-href.js';
import {
  ambitionIds,
  array,
  fail,
  matching,
  object,
  string,
  validateWith,
  type Check,
} from './override.js';
import type { AmbitionId, FoundationId, Parsed } from './types.js';

/*
 * The examples file: what an organisation publishes on its own website so that any
 * `<case-study-explorer sources="...">` can show its examples beside the report's. Versioned: a
 * file names its `format` and `version`, so a later version can change the fields and an older
 * explorer says so plainly instead of misreading it. The JSON Schema shipped as
 * `ambitions-elements/schema/local-examples.json` describes the same rules; this validator is the
 * one that counts (it is built from the local-content validator's parts: field-named errors,
 * never throws, a fresh plain copy on success).
 */

/** The value of `format` in every examples file. */
export const LOCAL_EXAMPLES_FORMAT = 'ambitions-local-examples';
/** The version this package reads and writes. */
export const LOCAL_EXAMPLES_VERSION = 1;
/** At most this many examples in one file. */
export const MAX_LOCAL_EXAMPLES = 200;

/** The organisation that publishes the file. */
export interface ExamplesOrganisation {
  readonly name: string;
  /** Its website: an https: or http: address. */
  readonly url: string;
}

/** Who to ask about the examples; at least one way to reach them. */
export interface ExamplesContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

/** One example of what the organisation did. */
export interface LocalExample {
  readonly title: string;
  readonly summary: string;
  /** The guide's items it relates to: numbers 1-10 or slugs, as written in the file. */
  readonly items: readonly (number | FoundationId)[];
  /** Ambition tags, "A1"-"A6". */
  readonly ambitions: readonly AmbitionId[];
  /** Where to read more: an https: or http: address. */
  readonly link?: string;
}

/** An organisation's examples file, version 1. */
export interface LocalExamplesFile {
  readonly format: typeof LOCAL_EXAMPLES_FORMAT;
  readonly version: typeof LOCAL_EXAMPLES_VERSION;
  readonly organisation: ExamplesOrganisation;
  /** Where the organisation works, in its own words (e.g. "North East and Yorkshire"). */
  readonly region: string;
  /** When the file was last updated: YYYY-MM-DD. */
  readonly date: string;
  readonly contact: ExamplesContact;
  readonly examples: readonly LocalExample[];
}

/** A string of 1 to `max` characters that is not only spaces. */
const text =
  (max: number): Check =>
  (value, path) =>
    typeof value !== 'string'
      ? string(value, path)
      : !value.trim()
        ? fail(path, 'must not be empty')
        : value.length > max
          ? fail(path, `too long (at most ${max} characters)`)
          : value;

/**
 * The file's checks, built on first use: a page whose elements never read an examples file
 * (a lone card importing the content module) keeps none of this after tree-shaking.
 */
let built: Check | undefined;
function checks(): Check {
  const anyWebAddress = matching(
    (url) => /^https?:/i.test(url) && isSafeHref(url) && url.length <= 2000,
    'expected an https: or http: address such as https://example.org/',
  );
  // `https://www.nhs.uk@evil.example/` is an https: address, so it gets a reason of its own.
  const webAddress: Check = (value, path) =>
    typeof value === 'string' && hidesDestination(value)
      ? fail(path, HIDDEN_DESTINATION)
      : anyWebAddress(value, path);

  const exact =
    (expected: unknown, message: string): Check =>
    (value, path) =>
      value === expected ? value : fail(path, message);

  /** A real calendar date written YYYY-MM-DD. */
  const isoDate = matching((value) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    return d.toISOString().slice(0, 10) === value;
  }, 'expected a date written YYYY-MM-DD, such as 2026-11-30');

  /** An array of `check`, at least one entry, no entry twice. */
  const nonEmptyUnique =
    (check: Check, max: number, of: string, same: (v: unknown) => unknown = (v) => v): Check =>
    (value, path) => {
      const out = array(check, max, of)(value, path) as unknown[] | undefined;
      if (!out) return undefined;
      if (out.length === 0) return fail(path, `expected at least one of ${of}`);
      const keys = out.map(same);
      keys.forEach((k, i) => {
        if (k !== undefined && keys.indexOf(k) !== i) fail(`${path}[${i}]`, 'listed twice');
      });
      return out;
    };

  /** An item by number 1-10 or slug, kept as written. */
  const item: Check = (value, path) =>
    // Exactly as the schema says: a number 1-10, or a slug as written (not "3" or "Leadership").
    (typeof value === 'number' && getFoundation(value)) ||
    (typeof value === 'string' && getFoundation(value)?.id === value)
      ? value
      : fail(path, 'expected an item 1-10 or a slug such as "sharing-learning"');

  const contact: Check = (value, path) => {
    const out = object({
      name: text(200),
      email: matching(
        (email) => /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]+$/.test(email),
        'expected an email address such as name@example.org',
      ),
      phone: text(50),
      url: webAddress,
    })(value, path) as ExamplesContact | undefined;
    // A contact needs a way to reach them; a field already refused has its own error.
    const given = (name: string) => Object.hasOwn(Object(value), name);
    if (out && !['email', 'phone', 'url'].some(given))
      return fail(path, 'give at least one of email, phone or url');
    return out;
  };

  const example = object(
    {
      title: text(200),
      summary: text(2000),
      items: nonEmptyUnique(item, 10, 'items 1-10', (v) => getFoundation(v as string)?.id),
      ambitions: nonEmptyUnique(
        matching((id) => ambitionIds.includes(id), `expected one of ${ambitionIds.join(', ')}`),
        ambitionIds.length,
        'Ambition ids such as "A6"',
      ),
      link: webAddress,
    },
    4,
  );

  return object(
    {
      format: exact(LOCAL_EXAMPLES_FORMAT, `expected "${LOCAL_EXAMPLES_FORMAT}"`),
      version: (value, path) =>
        typeof value === 'number' && value > LOCAL_EXAMPLES_VERSION && value % 1 === 0
          ? fail(
              path,
              `version ${value} is newer than this explorer reads (${LOCAL_EXAMPLES_VERSION}); update ambitions-elements`,
            )
          : exact(LOCAL_EXAMPLES_VERSION, `expected ${LOCAL_EXAMPLES_VERSION}`)(value, path),
      organisation: object({ name: text(200), url: webAddress }, 2),
      region: text(100),
      date: isoDate,
      contact,
      examples: (value, path) =>
        Array.isArray(value) && value.length === 0
          ? fail(path, 'expected at least one example')
          : array(example, MAX_LOCAL_EXAMPLES, 'examples')(value, path),
    },
    7,
  );
}

/**
 * Checks an organisation's examples file (already parsed from JSON). Never throws. On success
 * returns a fresh copy; on failure, every problem as `path: message`, e.g.
 * `examples[2].ambitions[0]: expected one of A1, A2, A3, A4, A5, A6`.
 */
export function validateLocalExamples(value: unknown): Parsed<LocalExamplesFile> {
  return validateWith<LocalExamplesFile>((built ??= checks()), value);
}
