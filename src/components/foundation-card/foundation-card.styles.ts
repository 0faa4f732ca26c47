import { css } from 'lit';

/**
 * An item's look, alone in `<foundation-card>` or one of ten in `<grab-and-go-guide>`'s shadow
 * root, where the guide's own elements sit beside it: so every rule that could match one of them
 * (lists, sections, the attribution, the guide's `.ambitions` list) is scoped to `.card` or to the
 * card's own elements. The
 * printed handout's layout for items in the guide lives in the guide's styles. Every token
 * carries its fallback inline; sizes in em/px, never rem.
 */
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
  .card section > :last-child {
    margin-bottom: 0;
  }
  /* The title's heading: part "heading" alone, "card-heading" in the guide. */
  [part$='heading'] {
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
  /* Each section's label (What, Ask, Example in action, Ambitions) is its first child. */
  .card section > :first-child {
    font-size: 1em;
    margin-bottom: 0.25em;
  }
  .card ul {
    padding-inline-start: 1.25em;
  }
  .card li + li {
    margin-top: 0.25em;
  }
  .body section,
  section.ambitions {
    margin-bottom: 1em;
  }
  .added-note {
    background: var(--ambitions-color-accent, #e8edee);
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
    padding: 0.5em 0.75em;
    font-size: 0.9em;
  }
  /* Ours, not the guide's text: set apart by a rule above it. */
  section.ambitions {
    border-top: 2px dashed var(--ambitions-color-brand, #005eb8);
    padding-top: 0.75em;
  }
  .ambitions ul {
    list-style: none;
    padding: 0;
  }
  /* Full size: in the printed guide anything smaller would fall under 9pt. */
  .ambitions-note {
    margin: 0.5em 0 0;
  }
  /* A native <summary>: opens and closes with or without scripts, by mouse, Enter or Space. */
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    cursor: pointer;
    color: var(--ambitions-color-brand, #005eb8);
    background: var(--ambitions-color-surface, #ffffff);
    border: 2px solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
  }
  .toggle:hover {
    background: var(--ambitions-color-accent, #e8edee);
  }
  /* Our chevron replaces the browser's marker (WebKit draws it as its own pseudo-element). */
  .toggle::-webkit-details-marker {
    display: none;
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
  [open] .chevron {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .card .attribution {
    margin-top: 1em;
    padding-top: 0.5em;
    border-top: 1px solid #d8dde0;
    font-size: max(14px, 0.875em);
    color: var(--ambitions-color-text-secondary, #4c6272);
  }
  .attribution a {
    color: inherit;
  }
  ul.local {
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
    /* Browsers leave backgrounds out of a printout: the number keeps a border instead. A lone
       card never splits across pages (the guide lets its items run on into the next column). */
    .card {
      border-color: #000000;
      break-inside: avoid;
    }
    .number {
      color: inherit;
      background: none;
      border: 1px solid;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    /* A closed item prints open, with no control to press on paper. */
    .toggle {
      display: none;
    }
    ::details-content {
      display: block;
      content-visibility: visible;
    }
    a[href^='http']:not(.address)::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
