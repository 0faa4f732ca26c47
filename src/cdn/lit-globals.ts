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

type Fresh = () => unknown;
type Expected = (value: unknown) => boolean;
interface Guard {
  readonly fresh: Fresh;
  /** True for a value Lit (or the browser, or a polyfill) put there: left alone. */
  readonly expected: Expected;
}
const array: Fresh = () => [];
const none: Fresh = () => undefined;
const isArray: Expected = (value) => Array.isArray(value);
const isFunction: Expected = (value) => typeof value === 'function';
const notMarkup: Expected = (value) => !isMarkup(value);
const versions: Guard = { fresh: array, expected: isArray };
const hook: Guard = { fresh: none, expected: isFunction };
const readOnly: Guard = { fresh: none, expected: notMarkup };
const GLOBALS: Readonly<Record<string, Guard>> = {
  litHtmlVersions: versions,
  reactiveElementVersions: versions,
  litElementVersions: versions,
  litPropertyMetadata: { fresh: () => new WeakMap(), expected: (v) => v instanceof WeakMap },
  litHtmlPolyfillSupport: hook,
  reactiveElementPolyfillSupport: hook,
  litElementPolyfillSupport: hook,
  litElementHydrateSupport: hook,
  trustedTypes: readOnly,
  ShadyCSS: readOnly,
  ShadyDOM: readOnly,
};

/**
 * True for what markup puts on `window`: an element, all the elements of one name, or a named
 * frame's window (a WindowProxy: its `window` is itself, even across origins).
 */
function isMarkup(value: unknown): boolean {
  if (typeof Element === 'undefined' || value === null || typeof value !== 'object') return false;
  if (value instanceof Element || value instanceof HTMLCollection) return true;
  try {
    return (value as { window?: unknown }).window === value;
  } catch {
    return true;
  }
}

/** Shadows each of Lit's globals that page markup has taken; returns their names. */
export function guardLitGlobals(): string[] {
  const scope = globalThis as unknown as Record<string, unknown>;
  const taken = Object.keys(GLOBALS).filter(
    (name) => scope[name] !== undefined && !GLOBALS[name].expected(scope[name]),
  );
  for (const name of taken)
    try {
      // An own property of the window hides the named element behind it.
      Object.defineProperty(scope, name, {
        value: GLOBALS[name].fresh(),
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
