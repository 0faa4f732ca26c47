/**
 * Guarded registration. Hosts load our bundle in ways we cannot control (twice, next to the npm
 * build, after another library took a name), so registering must never throw.
 */
const warned = new Set<string>();

/**
 * Registers `ctor` as `tag` unless the name is taken.
 * - Same class already registered: returns quietly (the bundle was loaded twice).
 * - Another class holds the name: warns once, naming the tag and how to register ours elsewhere.
 * Returns true when `ctor` is the element registered under `tag` after the call.
 */
export function define(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // Node or a very old browser: nothing to register with.
  const existing = registry.get(tag);
  if (existing === ctor) return true;
  if (existing) {
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `ambitions-elements: <${tag}> is already defined by another script or another copy of ` +
          `this package, so this copy was not registered. To use both, import the class from ` +
          `'ambitions-elements' and register it under another name, e.g. ` +
          `customElements.define('my-${tag}', class extends ${ctor.name || 'Element'} {}).`,
      );
    }
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // A race with another copy, or this class already registered under another name.
    console.warn(`ambitions-elements: could not register <${tag}>: ${String(error)}`);
    return false;
  }
}
