import { ELEMENT_TAGS, describeElement } from '../components/shared/element-attributes.js';
import {
  HEIGHT_MESSAGE_TYPE,
  parseEmbedParams,
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

function isColour(value: string): boolean {
  return value.trim() !== '' && CSS.supports('color', value);
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

/** Builds the page from its URL: the element, or a clear message naming what was wrong. */
export function renderEmbedPage(root: HTMLElement, search: string): EmbedRequest | undefined {
  const parsed = parseEmbedParams(search, registeredElements(), isColour);
  root.replaceChildren();
  if (!parsed.ok) {
    root.append(message(parsed.errors, 'This embedded element could not be shown.'));
    return undefined;
  }
  const request = parsed.value;
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
