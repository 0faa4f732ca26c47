import { css } from 'lit';

/** The card's own look. Every token carries its fallback inline; sizes in em/px, never rem. */
export const cardStyles = css`
  .card {
    height: 100%;
    background: var(--ambitions-color-surface, #ffffff);
    border: 1px solid #d8dde0;
    border-top: 0.3em solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    padding: var(--ambitions-space, 1em);
  }
  .card > :last-child,
  section > :last-child {
    margin-bottom: 0;
  }
  [part='heading'] {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    font-size: 1.25em;
  }
  .number {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.75em;
    height: 1.75em;
    padding: 0 0.25em;
    border-radius: 999px;
    background: var(--ambitions-color-brand, #005eb8);
    color: #ffffff;
    font-size: 0.9em;
  }
  [part='label'] {
    font-size: 1em;
    margin-bottom: 0.25em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 0.25em;
  }
  .body section,
  .ambitions {
    margin-bottom: 1em;
  }
  .added-note {
    background: var(--ambitions-color-accent, #e8edee);
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
    padding: 0.5em 0.75em;
    font-size: 0.9em;
  }
  /* Ours, not the guide's text: set apart by a rule above it. */
  .ambitions {
    border-top: 2px dashed var(--ambitions-color-brand, #005eb8);
    padding-top: 0.75em;
  }
  .ambitions ul {
    list-style: none;
    padding: 0;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    text-align: start;
    color: var(--ambitions-color-brand, #005eb8);
    background: var(--ambitions-color-surface, #ffffff);
    border: 2px solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
  }
  .toggle:hover {
    background: var(--ambitions-color-accent, #e8edee);
  }
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .attribution {
    margin-top: 1em;
    padding-top: 0.5em;
    border-top: 1px solid #d8dde0;
    font-size: max(14px, 0.875em);
    color: var(--ambitions-color-text-secondary, #4c6272);
  }
  .attribution a {
    color: inherit;
  }
  .local {
    border-inline-start: 3px dashed var(--ambitions-color-brand, #005eb8);
    padding-inline-start: calc(var(--ambitions-space, 1em) * 1.5);
    list-style: none;
  }
  .local-label {
    display: inline-block;
    margin-inline-end: 0.25em;
    padding: 0 0.375em;
    border: 1px solid currentColor;
    border-radius: var(--ambitions-radius, 4px);
    font-size: max(14px, 0.875em);
    font-weight: 600;
  }
  /* Forced colours keep every border; the number's badge loses its fill, so it gains one. */
  @media (forced-colors: active) {
    .number {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    /* Browsers leave backgrounds out of a printout: the number keeps a border instead. */
    .card {
      border-color: #000000;
    }
    .number {
      color: inherit;
      background: none;
      border: 1px solid;
    }
    /* A lone card never splits across pages; in the guide's columns a card may run on into the
       next column, a heading always with the text under it. */
    .card:not(.g) {
      break-inside: avoid;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    /* Author rules beat the browser's own [hidden] rule: a closed card prints open. */
    .body {
      display: block;
    }
    a[href^='http']:not(.address)::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    /*
     * In the printed guide (.g), as on the original two-page handout: denser lines, run-in
     * labels ("What: ...", "Ask: ...") and each section's questions, examples and Ambitions run
     * on as one paragraph rather than one per line.
     */
    .g {
      line-height: 1.15;
    }
    .g [part='heading'] {
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
    .g section > [part='label']::after {
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
  }
`;
