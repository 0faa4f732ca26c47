import { css } from 'lit';

/**
 * The guide's layout, after the items' own styles (`cardStyles`, once for all ten items in the
 * guide's shadow root). The items sit in this same root, so rules meant for the guide's own
 * elements name them precisely (`ol.ambitions`, `.added .ambition-id`): the items have an
 * Ambitions list and badges of their own. Every token carries its fallback inline; sizes in
 * em/px, never rem.
 */
export const guideStyles = css`
  .header {
    margin-bottom: calc(var(--ambitions-space, 1em) * 1.5);
  }
  [part='title'] {
    font-size: 1.75em;
    padding-bottom: 0.25em;
    border-bottom: 0.15em solid var(--ambitions-color-brand, #005eb8);
  }
  .lead {
    font-size: 1.125em;
    font-weight: 600;
  }
  /* Ours, not the guide's text: set apart by a dashed frame and a label. */
  .added {
    border: 2px dashed var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    padding: 0.5em 0.75em;
    margin: 1em 0;
  }
  .added-label {
    margin: 0 0 0.5em;
    font-style: italic;
  }
  ol.ambitions {
    margin: 0;
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.25em 1em;
  }
  .added .ambition-id {
    background: var(--ambitions-color-brand, #005eb8);
    color: #ffffff;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: var(--ambitions-space, 1em);
    margin-bottom: calc(var(--ambitions-space, 1em) * 1.5);
  }
  .contact {
    background: var(--ambitions-color-accent, #e8edee);
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    padding: var(--ambitions-space, 1em);
    margin-bottom: calc(var(--ambitions-space, 1em) * 1.5);
  }
  .contact > :last-child,
  .contact-details {
    margin-bottom: 0;
  }
  .contact-details {
    list-style: none;
    padding: 0;
  }
  .contact-name {
    font-weight: 600;
  }
  /*
   * The contact as light-DOM children (pre-rendered HTML, src/ssr/contact-markup.ts): a list like
   * .contact-details. ::slotted reaches only the list itself; its rows inherit from it, and the name
   * is a <b>.
   */
  ::slotted(.ambitions-contact) {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }
  ::slotted(.ambitions-contact:last-child) {
    margin-bottom: 0;
  }
  .no-contact {
    margin: 0;
    font-style: italic;
  }
  .footnote {
    font-size: max(14px, 0.875em);
    color: var(--ambitions-color-text-secondary, #4c6272);
  }
  .footnote a {
    color: inherit;
  }
  .footnote .attribution {
    border-top: 1px solid #d8dde0;
    padding-top: 0.5em;
  }
  @media (forced-colors: active) {
    .contact {
      border: 1px solid CanvasText;
    }
    .added .ambition-id {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    /*
     * The original is a two-page A4 handout; so is ours. 9pt (the smallest size the guide uses
     * anywhere on paper), tighter lines and the ten cards flowing through three columns fit the
     * introduction, ten items, local contact and attribution on two portrait pages with the
     * browser's default margins. A host's own --ambitions-font-size still wins.
     */
    :host {
      --ambitions-font-size: 9pt;
      --ambitions-space: 0.5em;
    }
    /* Everything under the header flows through three columns: cards, contact and footnote. */
    .guide {
      line-height: 1.15;
      columns: 3;
      column-gap: 0.75em;
    }
    /* Browsers leave backgrounds out of a printout: the Ambition badges keep their text colour. */
    .added .ambition-id {
      color: inherit;
      background: none;
      border: 1px solid currentColor;
    }
    .header {
      column-span: all;
      margin-bottom: 0.5em;
    }
    [part='title'] {
      font-size: 1.4em;
    }
    .lead {
      font-size: 1em;
    }
    p {
      margin-bottom: 0.4em;
    }
    ol.ambitions {
      grid-template-columns: repeat(3, 1fr);
      margin-bottom: 0.4em;
    }
    /* Our A1-A6 list is not on the original handout, and every printed card names its Ambitions
       in full: on paper the handout keeps to the guide's own introduction and two pages. */
    [part='added-ambitions'] {
      display: none;
    }
    /* Columns, not grid rows: a short card leaves no empty space beside a long one. */
    .cards {
      display: block;
      margin-bottom: 0.5em;
    }
    /*
     * The items, as on the original two-page handout: an item may run on into the next column
     * (a heading always with the text under it), denser lines, run-in labels ("What: ...",
     * "Ask: ...") and each section's questions, examples and Ambitions run on as one paragraph
     * rather than one per line.
     */
    .g {
      margin-bottom: 0.5em;
      break-inside: auto;
      line-height: 1.15;
    }
    .g [part$='heading'] {
      font-size: 1.1em;
      margin-bottom: 0.25em;
    }
    .g .number {
      height: 1.5em;
      min-width: 1.5em;
      font-size: 1em;
    }
    .g .added-note {
      font-size: 1em;
      margin-bottom: 0.3em;
    }
    .g section > :not(.local),
    .g section > ul:not(.local) > li,
    .g .ambition-id {
      display: inline;
      padding: 0;
      margin: 0;
      background: none;
    }
    .g section > :first-child::after {
      content: ': ';
    }
    .g section > ul > li + li::before {
      content: ' ';
    }
    .g .ambitions > ul > li + li::before {
      content: '; ';
    }
    .g section {
      margin-bottom: 0.3em;
    }
    /* Still set apart as ours by its label; the rule above it would cost the handout a line. */
    .g .ambitions {
      border-top: 0;
      padding-top: 0;
    }
    .contact {
      break-inside: avoid;
      margin-bottom: 0.5em;
    }
    [part='label'] {
      break-after: avoid;
    }
    /* Secondary text keeps the body size on paper: 9pt is the floor. */
    .footnote {
      font-size: 1em;
    }
    .footnote .attribution {
      padding-top: 0.25em;
    }
    /* Web addresses print after their links by the items' own rule (cardStyles, in this root). */
  }
`;
