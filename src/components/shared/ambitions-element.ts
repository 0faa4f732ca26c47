import { LitElement, type PropertyDeclaration } from 'lit';

/** A pristine instance of each element class (never connected): where defaults are read. */
const pristine = new WeakMap<object, Record<string, unknown>>();

/**
 * The base of every element: Lit plus the behaviours all of them share: telling the web editor
 * about bad input once, in the console, naming the attribute or field; and going back to the
 * default when an attribute is removed (Lit would set a text property to null, which no render
 * expects).
 */
export class AmbitionsElement extends LitElement {
  private readonly warnedFields = new Set<string>();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (value === null) {
      const ctor = this.constructor as typeof AmbitionsElement;
      for (const [key, options] of ctor.elementProperties as Map<string, PropertyDeclaration>) {
        const attribute =
          typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
        if (attribute !== name || options.type === Boolean || options.attribute === false) continue;
        if (!pristine.has(ctor))
          pristine.set(ctor, new ctor() as unknown as Record<string, unknown>);
        (this as unknown as Record<string, unknown>)[key] = pristine.get(ctor)![key];
        return;
      }
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * Warns once per field for this element instance, e.g.
   * `<foundation-card> foundation: "99" is not an item; use 1-10 or a slug such as "leadership".`
   */
  protected warnOnce(field: string, message: string): void {
    const key = `${field}\u0000${message}`;
    if (this.warnedFields.has(key)) return;
    this.warnedFields.add(key);
    console.warn(`<${this.localName}> ${field}: ${message}`);
  }
}
