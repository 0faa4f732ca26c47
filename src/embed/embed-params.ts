/**
 * Reads the iframe embed page's URL parameters into an element request. Pure: the element
 * registry and the colour check are passed in, so this runs (and is tested) without a page.
 *
 * `?element=grab-and-go-guide&contact-name=St%20Example%20Hospice&brand=%23702082&frame-id=guide`
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
const PAGE_PARAMS = new Set(['element', 'frame-id']);

/**
 * Attributes a link must not set. Anyone can craft a link to a site's embed page: if the address
 * could widen where `content-src` may load from, a link could show another site's "local" text
 * (a phone number, say) under the host's name. Without it, `content-src` stays same-origin.
 */
const NOT_FROM_ADDRESS = new Set(['allowed-content-origins']);

/** Longest value accepted for any parameter: guide text never needs more. */
export const MAX_PARAM_LENGTH = 2000;

export interface EmbedRequest {
  readonly tag: string;
  /** Attribute name and value pairs, in URL order. Boolean attributes carry ''. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** Design token and colour pairs. */
  readonly tokens: ReadonlyArray<readonly [string, string]>;
  readonly frameId?: string;
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
    } else if (NOT_FROM_ADDRESS.has(name)) {
      problems.push(
        `${name}: cannot be set from the address, ignored (content-src stays on this site).`,
      );
    } else if (element.attributes.has(name)) {
      if (!element.booleans.has(name)) attributes.push([name, value]);
      else if (value !== 'false') attributes.push([name, '']);
    } else {
      problems.push(`${label}: not a setting of <${tag}>, ignored.`);
    }
  }
  const frameId = params.get('frame-id')?.slice(0, 100) || undefined;
  return { ok: true, value: { tag, attributes, tokens, frameId, problems } };
}
