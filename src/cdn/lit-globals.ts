// Lit keeps a few values on the page's global object (`litHtmlVersions`, `litPropertyMetadata`,
// hooks such as `litElementHydrateSupport`). Markup makes globals too: an element with
// `id="litHtmlVersions"`, or an image `name`d like a hook, is `window.litHtmlVersions`, and Lit's
// `(globalThis.litHtmlVersions ??= []).push(...)` then throws, so no element loads (issue 25). A
// visitor's comment is enough; so is an `<iframe name="litHtmlVersions">` (an advert), whose
// window is then the global (red team). The script-tag bundles and the autoloader import this
// first, before Lit runs: a global of Lit's that holds anything but what Lit itself puts there
// (an array, a WeakMap, a hook function) is shadowed by a fresh value of that kind, and one
// warning names it. The few names Lit only reads (`trustedTypes`, the Shady polyfills), whose
// real values are objects of the browser's or a polyfill's, are shadowed only when page markup
// (an element, a collection of them, or a frame's window) took them.

// What Lit keeps in each name: 0 a list of versions, 1 its property metadata (a WeakMap), 2 a
// hook (a function), 3 a value Lit only reads (the browser's or a polyfill's object).
const GLOBALS: Readonly<Record<string, number>> = {
  litHtmlVersions: 0,
  reactiveElementVersions: 0,
  litElementVersions: 0,
  litPropertyMetadata: 1,
  litHtmlPolyfillSupport: 2,
  reactiveElementPolyfillSupport: 2,
  litElementPolyfillSupport: 2,
  litElementHydrateSupport: 2,
  trustedTypes: 3,
  ShadyCSS: 3,
  ShadyDOM: 3,
};

/** True for a value of the kind Lit (or the browser, or a polyfill) puts in the name. */
const expected = (kind: number, value: unknown) =>
  kind === 0
    ? Array.isArray(value)
    : kind === 1
      ? value instanceof WeakMap
      : kind === 2
        ? typeof value === 'function'
        : !isMarkup(value);

/**
 * True for what markup puts on `window`: an element, all the elements of one name, or a named
 * frame's window (a WindowProxy: its `window` is itself, even across origins).
 */
function isMarkup(value: unknown): boolean {
  return (
    value instanceof Element ||
    value instanceof HTMLCollection ||
    (value as { window?: unknown } | null)?.window === value
  );
}

/** Shadows each of Lit's globals that page markup has taken; returns their names. */
export function guardLitGlobals(): string[] {
  const scope = globalThis as unknown as Record<string, unknown>;
  const taken = Object.keys(GLOBALS).filter(
    (name) => scope[name] !== undefined && !expected(GLOBALS[name], scope[name]),
  );
  for (const name of taken)
    try {
      // An own property of the window hides the named element behind it.
      Object.defineProperty(scope, name, {
        value: GLOBALS[name] ? (GLOBALS[name] > 1 ? undefined : new WeakMap()) : [],
        writable: true,
        configurable: true,
      });
    } catch {
      // Nothing more to do: Lit will fail as it would have.
    }
  if (taken.length)
    console.warn(
      `ambitions-elements: elements with the id or name ${taken.join(', ')} took Lit's global names; rename them (the elements use their own values meanwhile).`,
    );
  return taken;
}

guardLitGlobals();
