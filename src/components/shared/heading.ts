import { html, nothing, type TemplateResult } from 'lit';

/** Heading levels a host may choose so our headings fit its document outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Reads a heading-level attribute value: 2-6, anything else falls back (and says so once).
 * Kept free of DOM so it can be tested and reused by every element.
 */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** The level below `level` (at most 6), for section headings under an element's heading. */
export const levelBelow = (level: HeadingLevel): HeadingLevel =>
  Math.min(level + 1, 6) as HeadingLevel;

/**
 * A real heading element of the given level. A switch of static templates rather than
 * `lit/static-html` keeps this tiny and strict-CSP safe.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  part: string,
  id?: string,
): TemplateResult {
  const i = id ?? nothing; // no id attribute at all when none is given
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${i}>${content}</h6>`;
    default:
      return html`<h3 part=${part} id=${i}>${content}</h3>`;
  }
}
