import { html, nothing, type TemplateResult } from 'lit';
import { isSafeHref, type RichText } from '../../content/index.js';

/** "example.org/a" from "https://example.org/a/": how a web address reads on paper. */
const bare = (url: string) =>
  url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');

/**
 * Whether a link's text already is its address: print styles then add no "(address)" after it,
 * which would print the same address twice.
 */
export const showsItsAddress = (href: string, text: string): boolean => bare(href) === bare(text);

/**
 * Renders guide rich text: strings as text (never HTML), links only when their href is safe.
 * An unsafe link (it can only come from a host override) degrades to its text.
 */
export function renderRichText(parts: RichText): TemplateResult {
  return html`${parts.map((part) =>
    typeof part === 'string'
      ? part
      : isSafeHref(part.href)
        ? html`<a
            href=${part.href}
            part="link"
            class=${showsItsAddress(part.href, part.text) ? 'address' : ''}
            >${part.text}</a
          >`
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
