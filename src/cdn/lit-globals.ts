// Lit keeps a few values on the page's global object (`litHtmlVersions`, `litPropertyMetadata`,
// hooks such as `litElementHydrateSupport`). Markup makes globals too: an element with
// `id="litHtmlVersions"`, or an image `name`d like a hook, is `window.litHtmlVersions`, and Lit's
// `(globalThis.litHtmlVersions ??= []).push(...)` then throws, so no element loads (issue 25). A
// visitor's comment is enough. The script-tag bundles and the autoloader import this first, before
// Lit runs: a global that is page markup (an element or a collection of them), never a value a
// script set, is shadowed by a fresh value of the kind Lit expects, and one warning names it.

type Fresh = () => unknown;
const array: Fresh = () => [];
const none: Fresh = () => undefined;
const GLOBALS: Readonly<Record<string, Fresh>> = {
  litHtmlVersions: array,
  reactiveElementVersions: array,
  litElementVersions: array,
  litPropertyMetadata: () => new WeakMap(),
  litHtmlPolyfillSupport: none,
  reactiveElementPolyfillSupport: none,
  litElementPolyfillSupport: none,
  litElementHydrateSupport: none,
  trustedTypes: none,
  ShadyCSS: none,
  ShadyDOM: none,
};

/** True for what markup puts on `window`: an element, or all the elements of one name. */
function isMarkup(value: unknown): boolean {
  return (
    typeof Element !== 'undefined' && (value instanceof Element || value instanceof HTMLCollection)
  );
}

/** Shadows each of Lit's globals that page markup has taken; returns their names. */
export function guardLitGlobals(): string[] {
  const scope = globalThis as unknown as Record<string, unknown>;
  const taken = Object.keys(GLOBALS).filter((name) => isMarkup(scope[name]));
  for (const name of taken)
    try {
      // An own property of the window hides the named element behind it.
      Object.defineProperty(scope, name, {
        value: GLOBALS[name](),
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
