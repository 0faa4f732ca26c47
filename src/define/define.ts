/**
 * Guarded registration. Hosts load our bundle in ways we cannot control (twice, next to the npm
 * build, after another library took a name), so registering must never throw.
 */

/** Marks a class registered by any copy of this package (a copy's classes differ from ours). */
const OURS = Symbol.for('ambitions-elements.element');

/** `foundation-card` -> `FoundationCard`: the exported class name for a tag (never minified). */
export const className = (tag: string): string =>
  tag.replace(/(^|-)(.)/g, (_, __, c: string) => c.toUpperCase());

/**
 * Registers `ctor` as `tag` unless the name is taken.
 * - Same class already registered: returns quietly.
 * - Another copy of this package registered it (the bundle loaded twice, or the CDN bundle next
 *   to the npm build): one warning for the whole page, not one per element.
 * - Another library holds the name: warns once per tag, naming the tag and how to register ours
 *   under another name with `defineAll(prefix)`.
 * Warnings given are remembered on `globalThis`, shared by every copy of the package on the page
 * (the script-tag bundle and the npm build each have their own module state).
 * Returns true when `ctor` is the element registered under `tag` after the call.
 */
export function define(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (!registry || existing === ctor) return !!registry; // no registry in Node: nothing to do
  const warned = ((globalThis as { [key: symbol]: Set<string> })[
    Symbol.for('ambitions-elements.warned')
  ] ??= new Set());
  const warn = (key: string, message: string) =>
    warned.has(key) || (warned.add(key), console.warn(`ambitions-elements: ${message}`));
  try {
    if (existing) {
      if (OURS in existing)
        warn(
          'copy',
          'the package is loaded twice on this page; the first copy is used. Load it once.',
        );
      else
        warn(
          tag,
          `<${tag}> is taken by another script, so ours was not registered. Use ours under another name: defineAll('my-') or customElements.define('my-${tag}', class extends ${className(tag)} {}).`,
        );
      return false;
    }
    Object.defineProperty(ctor, OURS, { value: true });
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // A race with another copy, or this class already registered under another name.
    console.warn(`ambitions-elements: could not register <${tag}>: ${error}`);
    return false;
  }
}
