import { ELEMENT_TAGS, describeElement } from '../components/shared/element-attributes.js';
import {
  HEIGHT_MESSAGE_TYPE,
  isPlainColour,
  parseEmbedParams,
  parseSiteSettings,
  siteConfigPath,
  type EmbeddableElement,
  type EmbedRequest,
} from './embed-params.js';

/** The registered elements of this package, described for the parameter parser. */
export function registeredElements(): Map<string, EmbeddableElement> {
  const elements = new Map<string, EmbeddableElement>();
  for (const tag of ELEMENT_TAGS) {
    const ctor = customElements.get(tag);
    if (ctor) elements.set(tag, describeElement(ctor));
  }
  return elements;
}

/** Hex, rgb()/hsl() with numbers, or a colour name this browser knows (see isPlainColour). */
export function isColour(value: string): boolean {
  return isPlainColour(value) && CSS.supports('color', value);
}

/** The site's settings file as read: its name for messages and its JSON (undefined if none). */
export interface SiteFile {
  readonly file: string;
  readonly json?: unknown;
  readonly problem?: string;
}

/** Settings files larger than this are not read (a site's settings are a few hundred bytes). */
const MAX_SITE_FILE_BYTES = 64 * 1024;

/**
 * Reads the site's settings file beside the page: `site.json`, or `config/<name>.json` for
 * `?config=<name>`. Same origin only (the page's CSP says so too, and a redirect elsewhere is
 * refused). A missing `site.json` is normal (a site with no local settings); a missing named
 * file is a problem. Never rejects.
 */
export async function readSiteFile(search: string, base = location.href): Promise<SiteFile> {
  const config = new URLSearchParams(search).get('config');
  const path = siteConfigPath(config);
  if (!path) return { file: 'config' };
  const file = `embed/${path}`;
  const url = new URL(path, base);
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
    if (new URL(response.url || url).origin !== new URL(base).origin)
      return { file, problem: `${file}: not on this site, not used.` };
    if (!response.ok)
      return config === null
        ? { file }
        : { file, problem: `${file}: could not be read (HTTP ${response.status}).` };
    const text = await response.text();
    if (text.length > MAX_SITE_FILE_BYTES)
      return { file, problem: `${file}: larger than 64 KB, not used.` };
    return { file, json: JSON.parse(text) };
  } catch {
    return { file, problem: `${file}: could not be read as JSON, not used.` };
  }
}

function message(lines: readonly string[], heading: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'embed-message';
  box.setAttribute('role', 'status');
  const title = document.createElement('p');
  title.className = 'embed-message-title';
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  box.append(title, list);
  return box;
}

function createElement(request: EmbedRequest): HTMLElement {
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  return element;
}

/**
 * Tells the parent page how tall the content is, whenever it changes. Without a listening
 * parent nothing happens; with `resize.js` on the parent the frame fits its content.
 */
export function postHeightChanges(
  frameId: string | undefined,
  target: Window = window.parent,
): void {
  if (target === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE_TYPE, frameId: frameId ?? null, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

/**
 * Builds the page from its URL and the site's settings file: the element, or a clear message
 * naming what was wrong. The address chooses display settings only; the file (the site's own)
 * supplies the rest, and the address wins for the display settings both give. Problems with the
 * file are for the web editor: one console warning, not shown to the reader.
 */
export function renderEmbedPage(
  root: HTMLElement,
  search: string,
  site: SiteFile = { file: 'embed/site.json' },
): EmbedRequest | undefined {
  const elements = registeredElements();
  const parsed = parseEmbedParams(search, elements, isColour);
  root.replaceChildren();
  if (!parsed.ok) {
    root.append(message(parsed.errors, 'This embedded element could not be shown.'));
    return undefined;
  }
  const settings = parseSiteSettings(
    site.json ?? {},
    site.file,
    parsed.value.tag,
    elements,
    isColour,
  );
  const siteProblems = [...(site.problem ? [site.problem] : []), ...settings.problems];
  if (siteProblems.length > 0)
    console.warn(`ambitions-elements embed page: ${siteProblems.join(' ')}`);
  const request: EmbedRequest = {
    ...parsed.value,
    attributes: [...new Map([...settings.attributes, ...parsed.value.attributes])],
    tokens: [...new Map([...settings.tokens, ...parsed.value.tokens])],
  };
  for (const [token, colour] of request.tokens) {
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    document.documentElement.style.setProperty(token, colour);
  }
  if (request.problems.length > 0) {
    root.append(message(request.problems, 'Some settings in the address were ignored:'));
  }
  root.append(createElement(request));
  return request;
}
