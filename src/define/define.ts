/**
 * Guarded registration. Hosts load our bundle in ways we cannot control (twice, next to the npm
 * build, after another library took a name), so registering must never throw.
 */

/** Marks a class registered by any copy of this package (a copy's classes differ from ours). */
const OURS = Symbol.for('ambitions-elements.element');

/**
 * Warnings already given, shared by every copy of the package on the page (the script-tag
 * bundle and the npm build each have their own module state, but one `globalThis`).
 */
function warnedOnPage(): Set<string> {
  const g = globalThis as { [key: symbol]: Set<string> | undefined };
  const key = Symbol.for('ambitions-elements.warned');
  return (g[key] ??= new Set<string>());
}

/** `foundation-card` -> `FoundationCard`: the exported class name for a tag (never minified). */
export function className(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

/**
 * Registers `ctor` as `tag` unless the name is taken.
 * - Same class already registered: returns quietly.
 * - Another copy of this package registered it (the bundle loaded twice, or the CDN bundle next
 *   to the npm build): one warning for the whole page, not one per element.
 * - Another library holds the name: warns once per tag, naming the tag and how to register ours
 *   under another name with `defineAll(prefix)`.
 * Returns true when `ctor` is the element registered under `tag` after the call.
 */
export function define(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // Node or a very old browser: nothing to register with.
  const existing = registry.get(tag);
  if (existing === ctor) return true;
  const warned = warnedOnPage();
  if (existing) {
    const copy = OURS in existing;
    const key = copy ? 'copy' : tag;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(
        copy
          ? `ambitions-elements: the package is loaded twice on this page (e.g. the script-tag ` +
              `bundle and the npm build); the first copy is used and this one registers nothing. ` +
              `Load it once to save the download.`
          : `ambitions-elements: <${tag}> is already defined by another script, so ours was not ` +
              `registered. To use ours under other names, call defineAll('my-') from ` +
              `'ambitions-elements' (registers <my-${tag}> and the other elements), or ` +
              `customElements.define('my-${tag}', class extends ${className(tag)} {}).`,
      );
    }
    return false;
  }
  try {
    Object.defineProperty(ctor, OURS, { value: true });
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // A race with another copy, or this class already registered under another name.
    console.warn(`ambitions-elements: could not register <${tag}>: ${String(error)}`);
    return false;
  }
}
