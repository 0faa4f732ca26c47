import { ambitions } from './ambitions.js';
import { getFoundation } from './queries.js';
import { isSafeHref } from './safe-href.js';
import type { ContentOverride, Parsed } from './types.js';

/*
 * Validation of host overrides (JSON from an attribute, a script tag or a URL).
 * The input is untrusted: it may be anything, including Proxies and objects
 * whose getters throw. The override is walked by small checks, one per kind of
 * field; every check runs inside `at`, which reads the field once and turns any
 * exception into a `could not be read` error, so the function never throws.
 * Errors read `path: message` so a host can find the field at once; on success
 * a fresh plain object is returned, never the caller's (which could change later).
 */

/** A check: the field's value and path in, a fresh copy out (or an error recorded). */
export type Check = (value: unknown, path: string) => unknown;
type Loose = Record<PropertyKey, unknown>;

/** Limits keep a hostile or mistaken override from costing unbounded work. */
const MAX_ERRORS = 50;

/**
 * The validation running now (saved and restored, so a getter may re-enter): its errors, and the
 * items overridden so far, by slug, with the path of the first override of each.
 */
let errors: string[] = [];
let seen = new Map<string, string>();

/** Records an error (until there are too many) and returns undefined, so a check can return it. */
export const fail = (path: string, message: string): undefined => {
  const n = errors.length;
  if (n <= MAX_ERRORS)
    errors.push(
      n < MAX_ERRORS ? `${path || '(root)'}: ${message}` : `(root): stopped after ${n} errors`,
    );
  return undefined;
};

/** The path of a key: `path.name`, or `path["odd key"]` (quoted, shortened) when not a name. */
const key = (path: string, name: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(name)
    ? path
      ? `${path}.${name}`
      : name
    : `${path}[${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)}]`;

/** Runs `check` on `source[name]`, read once; whatever throws becomes an error at `path`. */
function at(check: Check, source: unknown, name: PropertyKey, path: string): unknown {
  try {
    return check((source as Loose)[name], path);
  } catch {
    return fail(path, 'could not be read');
  }
}

/** The own keys of a plain object (any realm, or no prototype); else an error. */
function keysOf(value: unknown, path: string, expected = 'expected an object') {
  const proto =
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    (Object.getPrototypeOf(value) as object | null);
  return proto === false || (proto && Object.getPrototypeOf(proto) !== null)
    ? fail(path, expected)
    : Object.keys(value as object);
}

/**
 * An object with the given fields, checked in order; the first `required` of them must be
 * present (a check sees `undefined` for a missing one), the others are optional.
 */
export const object =
  (fields: Record<string, Check>, required = 0): Check =>
  (value, path) => {
    const keys = keysOf(value, path);
    if (!keys) return;
    const names = Object.keys(fields);
    for (const k of keys) if (!names.includes(k)) fail(key(path, k), 'unknown field');
    const out: Loose = {};
    names.forEach((name, i) => {
      // An optional field that is absent or undefined is left out; a required one is an error.
      const check: Check = (v, p) => (v === undefined && i >= required ? v : fields[name]!(v, p));
      const p = key(path, name);
      // Only own keys are read: never a getter on the prototype chain.
      const item = keys.includes(name) ? at(check, value, name, p) : check(undefined, p);
      if (item !== undefined) out[name] = item;
    });
    return out;
  };

/** An array of at most `max` items, each checked; `of` completes "expected an array of ...". */
export const array =
  (check: Check, max: number, of: string): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return fail(path, `expected an array of ${of}`);
    const length = value.length;
    // A Proxy may report any length (10.5, NaN): only whole numbers up to max get walked.
    if (!(length <= max && length % 1 === 0))
      return fail(path, `too many entries (at most ${max})`);
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) out.push(at(check, value, i, `${path}[${i}]`));
    return out;
  };

export const string: Check = (value, path) =>
  typeof value === 'string' ? value : fail(path, 'expected a string');

/** A string that must also pass `ok`, else `message`. */
export const matching =
  (ok: (value: string) => boolean, message: string): Check =>
  (value, path) =>
    typeof value !== 'string' ? string(value, path) : ok(value) ? value : fail(path, message);

export const ambitionIds = ambitions.map((a) => a.id as string);

export const link = object(
  { text: string, href: matching(isSafeHref, 'only https:, http: and mailto: links are allowed') },
  2,
);
const richText = array(
  (value, path) =>
    typeof value === 'string'
      ? value
      : value === null || typeof value !== 'object'
        ? fail(path, 'expected a string or a { text, href } link')
        : link(value, path),
  100,
  'strings and { text, href } links',
);
const richTexts = array(richText, 50, 'rich-text paragraphs');

/**
 * `foundations[i].id`: an item by number (kept as given) or slug (a numeric string becomes the
 * slug), each item at most once.
 */
const foundationId: Check = (value, path) => {
  const found = getFoundation(value as string);
  if (!found) return fail(path, 'expected 1-10 or a slug such as "leadership"');
  const first = seen.get(found.id);
  if (first) fail(path, `same item as ${first}`);
  else seen.set(found.id, path.slice(0, -3)); // "foundations[i]"
  return typeof value === 'number' ? value : found.id;
};

const root = object({
  foundations: array(
    object(
      {
        id: foundationId,
        title: string,
        what: string,
        ask: array(string, 50, 'strings'),
        examples: richTexts,
        localExamples: richTexts,
        localCaseStudies: array(
          object(
            {
              title: string,
              summary: string,
              ambitions: array(
                matching(
                  (id) => ambitionIds.includes(id),
                  `expected one of ${ambitionIds.join(', ')}`,
                ),
                ambitionIds.length,
                'Ambition ids such as "A1"',
              ),
            },
            2,
          ),
          100,
          'case studies',
        ),
      },
      1,
    ),
    10,
    'item overrides',
  ),
  contact: object({
    name: string,
    phone: string,
    email: matching(
      (email) => /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]+$/.test(email.trim()),
      'expected an email address such as name@example.org',
    ),
    url: matching(
      (url) => /^\s*https?:/i.test(url) && isSafeHref(url),
      'expected an https: or http: address',
    ),
  }),
  strings: (value, path) => {
    const keys = keysOf(value, path, 'expected an object of strings by key');
    if (keys && keys.length > 1000) return fail(path, 'too many entries (at most 1000)');
    // fromEntries defines own properties, so a "__proto__" key stays a plain key.
    return keys && Object.fromEntries(keys.map((k) => [k, at(string, value, k, key(path, k))]));
  },
});

/**
 * Checks a host's override against the content types. Never throws. On success
 * returns a fresh copy; on failure, every problem as `path: message`.
 */
export function validateContentOverride(value: unknown): Parsed<ContentOverride> {
  return validateWith<ContentOverride>(root, value);
}

/**
 * Runs a check built from these parts (`object`, `array`, `string`, ...) on untrusted input, the
 * way `validateContentOverride` does: never throws, every error as `path: message`. Shared with
 * the examples-file validator (local-examples.ts), so both read files the same way.
 */
export function validateWith<T>(check: Check, value: unknown): Parsed<T> {
  const outer = [errors, seen] as const;
  errors = [];
  seen = new Map();
  try {
    const out = at(check, [value], 0, '') as T;
    return errors.length ? { ok: false, errors } : { ok: true, value: out };
  } finally {
    [errors, seen] = outer;
  }
}
