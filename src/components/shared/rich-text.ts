import { html, nothing, type TemplateResult } from 'lit';
// From the modules themselves, not the content index: the script-tag build's shared `core` chunk
// takes in every module this file imports (rollup.config.mjs), and the index imports them all.
import { isSafeHref } from '../../content/safe-href.js';
import type { RichText } from '../../content/types.js';

/**
 * Renders guide rich text: strings as text (never HTML), links only when their href is safe.
 * An unsafe link (it can only come from a host override) degrades to its text.
 */
export function renderRichText(parts: RichText): TemplateResult {
  return html`${parts.map((part) =>
    typeof part === 'string'
      ? part
      : isSafeHref(part.href)
        ? html`<a href=${part.href} part="link">${part.text}</a>${
              part.note ? html` <span part="link-note">${part.note}</span>` : nothing
            }`
        : part.text,
  )}`;
}

/** `nothing` for an empty list, so callers can skip a whole section. */
export function renderRichTextList(items: readonly RichText[], part: string) {
  if (items.length === 0) return nothing;
  return html`<ul part=${part}>
    ${items.map((item) => html`<li>${renderRichText(item)}</li>`)}
  </ul>`;
}
