import { ambitions } from './ambitions.js';
import { getFoundation } from './queries.js';
import type {
  AmbitionId,
  ContentOverride,
  FoundationId,
  FoundationOverride,
  LocalCaseStudy,
  LocalContact,
  Parsed,
  RichText,
  RichTextPart,
} from './types.js';

/*
 * Validation of host overrides (JSON from an attribute, a script tag or a URL).
 * The input is untrusted: it may be anything, including Proxies and objects
 * whose getters throw, so every read is guarded and the function never throws.
 * Errors read `path: message` so a host can find the field at once; on success
 * a fresh plain object is returned, never the caller's (which could change later).
 */

/** Limits keep a hostile or mistaken override from costing unbounded work. */
const LIMITS = {
  foundations: 10,
  list: 50,
  parts: 100,
  caseStudies: 100,
  strings: 1000,
  errors: 50,
} as const;

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

interface ParsedUrl {
  readonly protocol: string;
  readonly hostname: string;
}
// WHATWG URL exists in browsers and Node alike; typed locally so this module
// needs no DOM typings.
const URLCtor = (globalThis as unknown as { URL?: new (input: string) => ParsedUrl }).URL;

/**
 * True only for http:, https: and mailto: links that parse as URLs. Trims, and
 * compares the scheme case-insensitively. Rejects `javascript:`, `data:`,
 * relative and protocol-relative (`//host`) links and anything unparsable.
 */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string') return false;
  const trimmed = href.trim();
  // Inner whitespace or control characters: parsers disagree (Chromium keeps a
  // space in a host, others refuse; all silently drop tabs), so refuse them all.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\s\u0000-\u001f\u007f]/.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme || !SAFE_SCHEMES.has(scheme) || !URLCtor) return false;
  try {
    const url = new URLCtor(trimmed);
    if (url.protocol !== `${scheme}:`) return false;
    // mailto: needs something after the colon (an address or ?to=...).
    return scheme === 'mailto' ? trimmed.length > 'mailto:'.length : url.hostname.length > 0;
  } catch {
    return false;
  }
}

const AMBITION_IDS: ReadonlySet<string> = new Set(ambitions.map((a) => a.id));
const ROOT = '(root)';
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]+$/;

/** Collects errors; stops recording (with a note) once there are too many. */
class Errors {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    if (this.list.length < LIMITS.errors) this.list.push(`${path || ROOT}: ${message}`);
    else if (this.list.length === LIMITS.errors)
      this.list.push(`${ROOT}: stopped after ${LIMITS.errors} errors`);
  }
}

/** A sentinel for "could not be read"; distinct from every real value. */
const UNREADABLE: unique symbol = Symbol('unreadable');
type Read = unknown | typeof UNREADABLE;

function key(path: string, name: string): string {
  const safe = /^[A-Za-z_$][\w$]*$/.test(name)
    ? name
    : JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
  if (safe === name) return path ? `${path}.${name}` : name;
  return `${path}[${safe}]`;
}

function read(source: object, name: string | number, path: string, errors: Errors): Read {
  try {
    return (source as Record<string | number, unknown>)[name];
  } catch {
    errors.add(path, 'could not be read');
    return UNREADABLE;
  }
}

/** A plain object (any realm) whose own keys can be listed, or undefined after an error. */
function record(
  value: Read,
  path: string,
  errors: Errors,
  expected = 'expected an object',
): [object, string[]] | undefined {
  if (value === UNREADABLE) return undefined;
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      errors.add(path, expected);
      return undefined;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      errors.add(path, expected);
      return undefined;
    }
    return [value, Object.keys(value)];
  } catch {
    errors.add(path, 'could not be read');
    return undefined;
  }
}

/** Reports keys outside `allowed`; returns the object's reader for allowed keys. */
function fields(
  value: Read,
  path: string,
  allowed: readonly string[],
  errors: Errors,
): ((name: string) => Read) | undefined {
  const rec = record(value, path, errors);
  if (!rec) return undefined;
  const [obj, keys] = rec;
  for (const k of keys) if (!allowed.includes(k)) errors.add(key(path, k), 'unknown field');
  const present = new Set(keys);
  // A key that is absent (or explicitly undefined) reads as undefined.
  return (name) => (present.has(name) ? read(obj, name, key(path, name), errors) : undefined);
}

function array(
  value: Read,
  path: string,
  max: number,
  errors: Errors,
  expected: string,
): Read[] | undefined {
  if (value === UNREADABLE) return undefined;
  try {
    if (!Array.isArray(value)) {
      errors.add(path, expected);
      return undefined;
    }
    const length = (value as unknown[]).length;
    if (length > max) {
      errors.add(path, `too many entries (at most ${max})`);
      return undefined;
    }
    const items: Read[] = [];
    for (let i = 0; i < length; i++) items.push(read(value, i, `${path}[${i}]`, errors));
    return items;
  } catch {
    errors.add(path, 'could not be read');
    return undefined;
  }
}

function string(value: Read, path: string, errors: Errors): string | undefined {
  if (value === UNREADABLE) return undefined;
  if (typeof value === 'string') return value;
  errors.add(path, 'expected a string');
  return undefined;
}

/** Optional string field: absent stays absent. */
function optionalString(
  get: (n: string) => Read,
  name: string,
  path: string,
  errors: Errors,
): string | undefined {
  const v = get(name);
  return v === undefined ? undefined : string(v, key(path, name), errors);
}

function strings(value: Read, path: string, errors: Errors): string[] | undefined {
  const items = array(value, path, LIMITS.list, errors, 'expected an array of strings');
  if (!items) return undefined;
  const out = items.map((item, i) => string(item, `${path}[${i}]`, errors));
  return out.every((s): s is string => s !== undefined) ? out : undefined;
}

function richText(value: Read, path: string, errors: Errors): RichText | undefined {
  const items = array(
    value,
    path,
    LIMITS.parts,
    errors,
    'expected an array of strings and { text, href } links',
  );
  if (!items) return undefined;
  const out: (RichTextPart | undefined)[] = items.map((item, i) => {
    const p = `${path}[${i}]`;
    if (item === UNREADABLE) return undefined;
    if (typeof item === 'string') return item;
    if (item === null || typeof item !== 'object') {
      errors.add(p, 'expected a string or a { text, href } link');
      return undefined;
    }
    const get = fields(item, p, ['text', 'href'], errors);
    if (!get) return undefined;
    const text = string(get('text'), `${p}.text`, errors);
    const href = string(get('href'), `${p}.href`, errors);
    if (href !== undefined && !isSafeHref(href)) {
      errors.add(`${p}.href`, 'only https:, http: and mailto: links are allowed');
      return undefined;
    }
    return text !== undefined && href !== undefined ? { text, href } : undefined;
  });
  return out.every((part) => part !== undefined) ? (out as RichTextPart[]) : undefined;
}

function richTexts(value: Read, path: string, errors: Errors): RichText[] | undefined {
  const items = array(
    value,
    path,
    LIMITS.list,
    errors,
    'expected an array of rich-text paragraphs',
  );
  if (!items) return undefined;
  const out = items.map((item, i) => richText(item, `${path}[${i}]`, errors));
  return out.every((t) => t !== undefined) ? (out as RichText[]) : undefined;
}

function ambitionIds(value: Read, path: string, errors: Errors): AmbitionId[] | undefined {
  const items = array(
    value,
    path,
    AMBITION_IDS.size,
    errors,
    'expected an array of Ambition ids such as "A1"',
  );
  if (!items) return undefined;
  const out = items.map((item, i) => {
    if (typeof item === 'string' && AMBITION_IDS.has(item)) return item as AmbitionId;
    if (item !== UNREADABLE) errors.add(`${path}[${i}]`, 'expected one of A1, A2, A3, A4, A5, A6');
    return undefined;
  });
  return out.every((a) => a !== undefined) ? (out as AmbitionId[]) : undefined;
}

function localCaseStudy(value: Read, path: string, errors: Errors): LocalCaseStudy | undefined {
  const get = fields(value, path, ['title', 'summary', 'ambitions'], errors);
  if (!get) return undefined;
  const title = string(get('title'), `${path}.title`, errors);
  const summary = string(get('summary'), `${path}.summary`, errors);
  const tags = get('ambitions');
  const ambitions = tags === undefined ? undefined : ambitionIds(tags, `${path}.ambitions`, errors);
  if (title === undefined || summary === undefined) return undefined;
  return { title, summary, ...(ambitions && { ambitions }) };
}

const FOUNDATION_KEYS = [
  'id',
  'title',
  'what',
  'ask',
  'examples',
  'localExamples',
  'localCaseStudies',
] as const;

/** Keeps a valid numeric id as given; a numeric string becomes the slug so the type holds. */
function foundationId(
  value: Read,
  path: string,
  errors: Errors,
): FoundationId | number | undefined {
  if (value === UNREADABLE) return undefined;
  const found =
    typeof value === 'number' || typeof value === 'string' ? getFoundation(value) : undefined;
  if (!found) {
    errors.add(path, 'expected 1-10 or a slug such as "leadership"');
    return undefined;
  }
  return typeof value === 'number' ? value : found.id;
}

function foundationOverride(
  value: Read,
  path: string,
  errors: Errors,
): FoundationOverride | undefined {
  const get = fields(value, path, FOUNDATION_KEYS, errors);
  if (!get) return undefined;
  const before = errors.list.length;
  // Each field is read once: a getter may answer differently (or throw) on a second read.
  const v = Object.fromEntries(FOUNDATION_KEYS.map((k) => [k, get(k)])) as Record<
    (typeof FOUNDATION_KEYS)[number],
    Read
  >;
  const id = foundationId(v.id, `${path}.id`, errors);
  const title = v.title === undefined ? undefined : string(v.title, `${path}.title`, errors);
  const what = v.what === undefined ? undefined : string(v.what, `${path}.what`, errors);
  const ask = v.ask === undefined ? undefined : strings(v.ask, `${path}.ask`, errors);
  const examples =
    v.examples === undefined ? undefined : richTexts(v.examples, `${path}.examples`, errors);
  const localExamples =
    v.localExamples === undefined
      ? undefined
      : richTexts(v.localExamples, `${path}.localExamples`, errors);
  let localCaseStudies: LocalCaseStudy[] | undefined;
  if (v.localCaseStudies !== undefined) {
    const p = `${path}.localCaseStudies`;
    const items = array(
      v.localCaseStudies,
      p,
      LIMITS.caseStudies,
      errors,
      'expected an array of case studies',
    );
    const out = items?.map((item, i) => localCaseStudy(item, `${p}[${i}]`, errors));
    localCaseStudies = out?.every((c) => c !== undefined) ? (out as LocalCaseStudy[]) : undefined;
  }
  if (id === undefined || errors.list.length > before) return undefined;
  return {
    id,
    ...(title !== undefined && { title }),
    ...(what !== undefined && { what }),
    ...(ask && { ask }),
    ...(examples && { examples }),
    ...(localExamples && { localExamples }),
    ...(localCaseStudies && { localCaseStudies }),
  };
}

function contact(value: Read, path: string, errors: Errors): LocalContact | undefined {
  const get = fields(value, path, ['name', 'phone', 'email', 'url'], errors);
  if (!get) return undefined;
  const name = optionalString(get, 'name', path, errors);
  const phone = optionalString(get, 'phone', path, errors);
  const email = optionalString(get, 'email', path, errors);
  const url = optionalString(get, 'url', path, errors);
  if (email !== undefined && !EMAIL.test(email.trim())) {
    errors.add(`${path}.email`, 'expected an email address such as name@example.org');
  }
  if (url !== undefined && (!isSafeHref(url) || /^\s*mailto:/i.test(url))) {
    errors.add(`${path}.url`, 'expected an https: or http: address');
  }
  return {
    ...(name !== undefined && { name }),
    ...(phone !== undefined && { phone }),
    ...(email !== undefined && { email }),
    ...(url !== undefined && { url }),
  };
}

function interfaceStrings(
  value: Read,
  path: string,
  errors: Errors,
): Record<string, string> | undefined {
  const rec = record(value, path, errors, 'expected an object of strings by key');
  if (!rec) return undefined;
  const [obj, keys] = rec;
  if (keys.length > LIMITS.strings) {
    errors.add(path, `too many entries (at most ${LIMITS.strings})`);
    return undefined;
  }
  const entries: [string, string][] = [];
  for (const k of keys) {
    const s = string(read(obj, k, key(path, k), errors), key(path, k), errors);
    if (s !== undefined) entries.push([k, s]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(entries);
}

/**
 * Checks a host's override against the content types. Never throws. On success
 * returns a fresh copy; on failure, every problem as `path: message`.
 */
export function validateContentOverride(value: unknown): Parsed<ContentOverride> {
  const errors = new Errors();
  try {
    const get = fields(value, '', ['foundations', 'contact', 'strings'], errors);
    if (!get) return { ok: false, errors: errors.list };
    const out: {
      foundations?: FoundationOverride[];
      contact?: LocalContact;
      strings?: Record<string, string>;
    } = {};

    const list = get('foundations');
    if (list !== undefined) {
      const items = array(
        list,
        'foundations',
        LIMITS.foundations,
        errors,
        'expected an array of item overrides',
      );
      const seen = new Map<FoundationId, number>();
      const parsed = items?.map((item, i) => {
        const f = foundationOverride(item, `foundations[${i}]`, errors);
        const slug = f && getFoundation(f.id)?.id;
        if (slug) {
          const first = seen.get(slug);
          if (first !== undefined)
            errors.add(`foundations[${i}].id`, `same item as foundations[${first}]`);
          else seen.set(slug, i);
        }
        return f;
      });
      if (parsed?.every((f) => f !== undefined)) out.foundations = parsed as FoundationOverride[];
    }
    const c = get('contact');
    const parsedContact = c === undefined ? undefined : contact(c, 'contact', errors);
    if (parsedContact) out.contact = parsedContact;
    const s = get('strings');
    const parsedStrings = s === undefined ? undefined : interfaceStrings(s, 'strings', errors);
    if (parsedStrings) out.strings = parsedStrings;

    return errors.list.length > 0 ? { ok: false, errors: errors.list } : { ok: true, value: out };
  } catch {
    // Defence in depth: every read above is guarded, but a failure here must
    // still come back as a message, never an exception in the host page.
    errors.add('', 'could not be read');
    return { ok: false, errors: errors.list };
  }
}
