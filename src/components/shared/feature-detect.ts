/**
 * Small guarded checks and fallbacks for platform features that differ between browser engines
 * (Chromium, Firefox, WebKit/Safari) or between their versions. Each check is a function, reads
 * the platform only when called (never at import time, so server rendering is safe) and answers
 * false outside a browser. test/engines/ proves each fallback in all three engines by removing
 * the feature and calling the helper.
 */

function has(object: unknown, key: string): boolean {
  return object != null && key in (object as object);
}

/** True where `CSS.supports` says so; false where there is no CSS object (SSR, old engines). */
function cssSupports(condition: string): boolean {
  return (
    typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports(condition)
  );
}

/** Form-associated custom elements: `attachInternals()` with `setFormValue()`. */
export function supportsFormAssociation(): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    has(HTMLElement.prototype, 'attachInternals') &&
    typeof ElementInternals !== 'undefined' &&
    has(ElementInternals.prototype, 'setFormValue')
  );
}

/** Custom states: `internals.states` (a CustomStateSet) and the `:state()` selector. */
export function supportsCustomStates(): boolean {
  return (
    typeof ElementInternals !== 'undefined' &&
    has(ElementInternals.prototype, 'states') &&
    cssSupports('selector(:state(open))')
  );
}

/** Constructable style sheets adopted by documents and shadow roots (Lit's fast path). */
export function supportsAdoptedStyleSheets(): boolean {
  return (
    typeof Document !== 'undefined' &&
    typeof CSSStyleSheet !== 'undefined' &&
    has(Document.prototype, 'adoptedStyleSheets') &&
    has(CSSStyleSheet.prototype, 'replaceSync')
  );
}

/** Parsing declarative shadow DOM (`<template shadowrootmode>`) from a string at run time. */
export function supportsDeclarativeShadowDomParsing(): boolean {
  return (
    (typeof Document !== 'undefined' && has(Document, 'parseHTMLUnsafe')) ||
    (typeof Element !== 'undefined' && has(Element.prototype, 'setHTMLUnsafe'))
  );
}

/** The `:focus-visible` selector (keyboard-only focus rings). */
export function supportsFocusVisible(): boolean {
  return cssSupports('selector(:focus-visible)');
}

/** The `<dialog>` element with `showModal()`. */
export function supportsDialog(): boolean {
  return typeof HTMLDialogElement !== 'undefined' && has(HTMLDialogElement.prototype, 'showModal');
}

/** Size container queries (`container-type: inline-size` and `@container`). */
export function supportsContainerQueries(): boolean {
  return cssSupports('container-type: inline-size');
}

/** Saving a file from the page: Blob, object URLs and the `download` attribute on links. */
export function supportsBlobDownload(): boolean {
  return (
    typeof Blob !== 'undefined' &&
    typeof URL !== 'undefined' &&
    typeof URL.createObjectURL === 'function' &&
    typeof HTMLAnchorElement !== 'undefined' &&
    has(HTMLAnchorElement.prototype, 'download')
  );
}

/**
 * `element.attachInternals()` where it exists and works, else undefined (the element then
 * keeps working without form association or custom states). Call it once, in the constructor
 * of a custom element class (attachInternals touches no DOM).
 */
export function attachInternalsSafely(element: HTMLElement): ElementInternals | undefined {
  if (!has(element, 'attachInternals')) return undefined;
  try {
    return element.attachInternals();
  } catch {
    return undefined; // already attached, or a built-in element
  }
}

/**
 * Turns a custom state on or off: `:state(name)` where custom states exist, and always the host
 * attribute `data-state-<name>` as well, so styles can use `:host([data-state-open])` in every
 * engine. Returns true when the CustomStateSet was used.
 */
export function setCustomState(
  host: HTMLElement,
  internals: ElementInternals | undefined,
  name: string,
  on: boolean,
): boolean {
  host.toggleAttribute(`data-state-${name}`, on);
  const states = supportsCustomStates() ? internals?.states : undefined;
  if (!states) return false;
  try {
    if (on) states.add(name);
    else states.delete(name);
    return true;
  } catch {
    return false; // an engine with the older `--name` syntax only
  }
}

/**
 * Gives a form-associated element its value: through ElementInternals where it exists, else
 * through a hidden `<input>` child in the light DOM (created on first use, with the given name),
 * so the value still reaches a surrounding `<form>`. Returns which path was used.
 */
export function setFormValue(
  host: HTMLElement,
  internals: ElementInternals | undefined,
  name: string,
  value: string | null,
): 'internals' | 'hidden-input' {
  if (internals && supportsFormAssociation()) {
    try {
      internals.setFormValue(value);
      return 'internals';
    } catch {
      // not form-associated after all: fall through to the hidden input
    }
  }
  let input = host.querySelector<HTMLInputElement>(
    ':scope > input[type="hidden"][data-form-value]',
  );
  if (!input) {
    input = host.ownerDocument.createElement('input');
    input.type = 'hidden';
    input.setAttribute('data-form-value', '');
    host.append(input);
  }
  input.name = name;
  input.disabled = value === null;
  input.value = value ?? '';
  return 'hidden-input';
}

/** A deep copy: `structuredClone` where it exists, else a JSON round trip (plain data only). */
export function cloneData<T>(value: T): T {
  if (typeof structuredClone === 'function') return structuredClone(value);
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Offers text as a file to save. Returns false where the page cannot save files (then show the
 * text for the person to copy instead). The object URL is released after the click.
 */
export function downloadText(filename: string, text: string, type = 'text/plain'): boolean {
  if (!supportsBlobDownload() || typeof document === 'undefined') return false;
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return true;
}
