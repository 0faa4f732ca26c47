import { html, type TemplateResult } from 'lit';

/*
 * Text from outside (files, examples sources, storage, attributes) may hold bidi controls: a name
 * ending in U+202E (right-to-left override) would draw everything after it backwards, our own
 * words and dates included ("2026-11-30" as "03-11-6202"). Each such string is drawn isolated, so
 * its controls end where it ends (DESIGN.md "Everything from outside is untrusted").
 */

/** Isolate characters (U+2066-U+2069): stray ones inside could close our isolate early. */
const ISOLATES = /[\u2066-\u2069]/g;

/** Text from outside, drawn in a `<bdi>` (direction from its own first strong letter). */
export function outside(text: string | undefined | null): TemplateResult {
  return html`<bdi>${(text ?? '').replace(ISOLATES, '')}</bdi>`;
}

/**
 * The same for places that take plain text only (an `<option>`, a status message, an attribute):
 * wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE.
 */
export function outsideText(text: string | undefined | null): string {
  return `\u2068${(text ?? '').replace(ISOLATES, '')}\u2069`;
}
