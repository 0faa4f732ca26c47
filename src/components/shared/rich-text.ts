import { html, nothing } from 'lit';
// From the modules themselves, not the content index: the script-tag build's shared `core` chunk
// takes in every module this file imports (rollup.config.mjs), and the index imports them all.
import { isSafeHref } from '../../content/safe-href.js';
import type { RichText } from '../../content/types.js';

/**
 * Renders guide rich text: strings as text (never HTML), links only when their href is safe.
 * An unsafe link (it can only come from a host override) degrades to its text.
 */
export function renderRichText(parts: RichText): unknown[] {
  // An array, not a template around one: one hydration marker pair fewer per text in SSR HTML.
  return parts.map((part) =>
    typeof part === 'string'
      ? part
      : !isSafeHref(part.href)
        ? part.text
        : part.note
          ? html`<a href=${part.href} part="link">${part.text}</a>
              <span part="link-note">${part.note}</span>`
          : html`<a href=${part.href} part="link">${part.text}</a>`,
  );
}

/** `nothing` for an empty list, so callers can skip a whole section. */
export function renderRichTextList(items: readonly RichText[], part: string) {
  if (items.length === 0) return nothing;
  return html`<ul part=${part}>
    ${items.map((item) => html`<li>${renderRichText(item)}</li>`)}
  </ul>`;
}
