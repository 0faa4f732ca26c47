/**
 * Reads the iframe embed page's URL parameters into an element request, and the site's own
 * settings file (`embed/site.json`, or `embed/config/<name>.json`) into the settings a link may
 * not choose. Pure: the element registry and the colour check are passed in, so this runs (and is
 * tested) without a page.
 *
 * `?element=grab-and-go-guide&foundations=1,2&brand=%23702082&frame-id=guide&config=north`
 */

import type { ElementAttributes } from '../components/shared/element-attributes.js';

/** The documented `postMessage` type the frame sends its parent with its content height. */
export const HEIGHT_MESSAGE_TYPE = 'ambitions-elements:height';

/** Theme parameters and the design token each one sets. */
export const THEME_PARAMS: Readonly<Record<string, string>> = {
  brand: '--ambitions-color-brand',
  text: '--ambitions-color-text',
  accent: '--ambitions-color-accent',
  surface: '--ambitions-color-surface',
  focus: '--ambitions-focus-color',
  link: '--ambitions-color-link',
};

/** Parameters of the page itself rather than of the element. */
const PAGE_PARAMS = new Set(['element', 'frame-id', 'config']);

/**
 * The only attributes a link may set: how things look and which of the guide's own items show.
 * Anyone can craft a link to a site's embed page, so anything that says something on the site's
 * behalf (contact details, local content and where it loads from, link targets, storage keys, a
 * result to overlay) comes from the site's own settings file instead. A new attribute is
 * therefore site-only until it is added here on purpose.
 */
export const DISPLAY_ATTRIBUTES: ReadonlySet<string> = new Set([
  'foundation',
  'foundations',
  'ambition',
  'query',
  'heading-level',
  'collapsible',
  'open',
  'view',
  'selected',
  'mode',
  // The quiz's meeting timer and plan size: how it runs, not what the site says.
  'minutes-per-item',
  'max-steps',
  'questions',
  'seed',
  'compare-round',
  'hide-names',
]);

/**
 * Display attributes whose value is one of a few words, by element: anything else is named as a
 * problem and left out, so the element shows its default rather than a view it does not have.
 * The quiz's `mode` offers the member view (each member rates on their own phone) and the
 * meeting view (issue 28) as well as reflection and knowledge.
 */
export const DISPLAY_VALUES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  {
    'self-check-quiz': { mode: ['reflect', 'knowledge', 'meeting', 'member'] },
  };

/** A settings file's name in `?config=`: `embed/config/<name>.json`. */
export const CONFIG_NAME = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Where the page finds the site's settings, relative to itself; undefined for a bad name. */
export function siteConfigPath(config: string | null): string | undefined {
  if (config === null) return 'site.json';
  return CONFIG_NAME.test(config) ? `config/${config}.json` : undefined;
}

const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'currentcolor']);
const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const PART = String.raw`${NUMBER}(?:%|deg|grad|rad|turn)?`;
const COLOUR_FUNCTION = new RegExp(
  String.raw`^(?:rgba?|hsla?)\(\s*(?:` +
    String.raw`${PART}(?:\s*,\s*${PART}){2}(?:\s*,\s*${PART})?|` +
    String.raw`${PART}(?:\s+${PART}){2}(?:\s*\/\s*${PART})?` +
    String.raw`)\s*\)$`,
  'i',
);

/**
 * A colour written only as hex (`#702082`), `rgb()`/`hsl()` (with or without `a`) holding plain
 * numbers, or one word (a named colour; the caller checks that the browser knows it). Nothing
 * else: `CSS.supports('color', ...)` alone accepts anything with `var()` in it, and a value like
 * `var(--x,) url(https://other.site/p.svg)` then paints a remote image over the element.
 */
export function isPlainColour(value: string): boolean {
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value)) return true;
  if (COLOUR_FUNCTION.test(value)) return true;
  return /^[a-z]{3,20}$/i.test(value) && !CSS_WIDE.has(value.toLowerCase());
}

/** Longest value accepted for any parameter: guide text never needs more. */
export const MAX_PARAM_LENGTH = 2000;

export interface EmbedRequest {
  readonly tag: string;
  /** Attribute name and value pairs, in URL order. Boolean attributes carry ''. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** Design token and colour pairs. */
  readonly tokens: ReadonlyArray<readonly [string, string]>;
  readonly frameId?: string;
  /** Where the site's settings file is, relative to the page (see `siteConfigPath`). */
  readonly configPath?: string;
  /** Parameters that were ignored, each with the reason; the element still renders. */
  readonly problems: readonly string[];
}

export type EmbedParse =
  | { readonly ok: true; readonly value: EmbedRequest }
  | { readonly ok: false; readonly errors: readonly string[] };

/** What the page knows about an element: its attributes and which of them are boolean. */
export type EmbeddableElement = ElementAttributes;

/**
 * Never throws: bad parameters are reported by name. A missing or unknown `element` is the only
 * error that stops the page from showing an element.
 */
export function parseEmbedParams(
  search: string,
  elements: ReadonlyMap<string, EmbeddableElement>,
  isColour: (value: string) => boolean,
): EmbedParse {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const known = [...elements.keys()].join(', ');
  const tag = params.get('element')?.trim().toLowerCase() ?? '';
  if (!tag) return { ok: false, errors: [`element: missing; choose one of ${known}.`] };
  const element = elements.get(tag);
  if (!element) {
    return {
      ok: false,
      errors: [`element: "${tag.slice(0, 60)}" is not available; choose one of ${known}.`],
    };
  }

  const attributes: Array<readonly [string, string]> = [];
  const tokens: Array<readonly [string, string]> = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [rawName, value] of params) {
    const name = rawName.trim().toLowerCase();
    // How a problem names the parameter: quoted when it is empty or has odd characters.
    const label = /^[a-z0-9-]+$/.test(name) ? name : JSON.stringify(name.slice(0, 40));
    if (PAGE_PARAMS.has(name)) continue;
    if (seen.has(name)) {
      problems.push(`${label}: given more than once; the first value is used.`);
      continue;
    }
    seen.add(name);
    if (value.length > MAX_PARAM_LENGTH) {
      problems.push(`${label}: longer than ${MAX_PARAM_LENGTH} characters, ignored.`);
    } else if (Object.hasOwn(THEME_PARAMS, name)) {
      if (isColour(value)) tokens.push([THEME_PARAMS[name], value]);
      else problems.push(`${name}: "${value.slice(0, 40)}" is not a colour (try %23702082).`);
    } else if (element.attributes.has(name) && !DISPLAY_ATTRIBUTES.has(name)) {
      problems.push(
        `${name}: cannot be set from the address, ignored (it comes from this site's embed settings file).`,
      );
    } else if (element.attributes.has(name)) {
      const allowed = DISPLAY_VALUES[tag]?.[name];
      if (allowed && !allowed.includes(value))
        problems.push(
          `${name}: "${value.slice(0, 40)}" is not one of ${allowed.join(', ')}; ignored.`,
        );
      else if (!element.booleans.has(name)) attributes.push([name, value]);
      else if (value !== 'false') attributes.push([name, '']);
    } else {
      problems.push(`${label}: not a setting of <${tag}>, ignored.`);
    }
  }
  const frameId = params.get('frame-id')?.slice(0, 100) || undefined;
  const configPath = siteConfigPath(params.get('config'));
  if (!configPath)
    problems.push(
      `config: "${params.get('config')!.slice(0, 40)}" is not a settings name (lower-case letters, digits and -), ignored.`,
    );
  return {
    ok: true,
    value: { tag, attributes, tokens, frameId, ...(configPath ? { configPath } : {}), problems },
  };
}

/** Longest text value in a settings file. */
const MAX_SETTING_LENGTH = 2000;

export interface SiteSettings {
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly tokens: ReadonlyArray<readonly [string, string]>;
  readonly problems: readonly string[];
}

/**
 * The site's settings file for the chosen element. The file is the site's own (served beside the
 * embed page, never chosen by address), so it may set any attribute, display ones included, and
 * colours; each value is still checked (text or true/false, colours as above), and the element
 * validates what it renders (links, local content) as it does for every host.
 *
 * ```json
 * { "contact-name": "St Example Hospice", "contact-phone": "01234 567890",
 *   "content-src": "local-content.json", "storage-key": "north-icb", "brand": "#702082",
 *   "grab-and-go-guide": { "foundations": "1,2,3" } }
 * ```
 * Top-level settings apply to every element that has them; a block named after an element
 * applies to that element only and wins. `file` names the file in each problem.
 */
export function parseSiteSettings(
  json: unknown,
  file: string,
  tag: string,
  elements: ReadonlyMap<string, EmbeddableElement>,
  isColour: (value: string) => boolean,
): SiteSettings {
  const problems: string[] = [];
  const attributes = new Map<string, string>();
  const tokens = new Map<string, string>();
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(json)) {
    problems.push(`${file}: expected a JSON object of settings, none used.`);
    return { attributes: [], tokens: [], problems };
  }
  const element = elements.get(tag);
  const anyHas = (name: string) => [...elements.values()].some((e) => e.attributes.has(name));
  const read = (block: Record<string, unknown>, path: string) => {
    for (const [name, value] of Object.entries(block)) {
      const field = `${file}: ${path}${/^[a-z0-9-]+$/.test(name) ? name : JSON.stringify(name.slice(0, 40))}`;
      if (elements.has(name) && path === '') {
        if (!isObject(value)) problems.push(`${field}: expected an object of settings, ignored.`);
        else if (name === tag) read(value, `${name}.`);
        continue;
      }
      if (Object.hasOwn(THEME_PARAMS, name)) {
        if (typeof value === 'string' && isColour(value)) tokens.set(THEME_PARAMS[name], value);
        else problems.push(`${field}: ${JSON.stringify(value)?.slice(0, 40)} is not a colour.`);
        continue;
      }
      if (!anyHas(name)) {
        problems.push(`${field}: not a setting of any element, ignored.`);
        continue;
      }
      if (!element?.attributes.has(name)) continue; // another element's setting
      const text =
        element.booleans.has(name) && typeof value === 'boolean'
          ? value
            ? ''
            : undefined
          : typeof value === 'string' || typeof value === 'number'
            ? String(value)
            : null;
      if (text === null) problems.push(`${field}: expected text, ignored.`);
      else if (text !== undefined && text.length > MAX_SETTING_LENGTH)
        problems.push(`${field}: longer than ${MAX_SETTING_LENGTH} characters, ignored.`);
      else if (text === undefined) attributes.delete(name);
      else attributes.set(name, text);
    }
  };
  read(json, '');
  return { attributes: [...attributes], tokens: [...tokens], problems };
}
