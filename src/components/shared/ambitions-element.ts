import { LitElement } from 'lit';

/**
 * The base of every element: Lit plus the one behaviour all of them share, telling the web
 * editor about bad input once, in the console, naming the attribute or field.
 */
export class AmbitionsElement extends LitElement {
  private readonly warnedFields = new Set<string>();

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
