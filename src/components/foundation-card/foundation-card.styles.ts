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
    font-size: 0.875em;
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
    font-size: 0.875em;
    font-weight: 600;
  }
  /* Forced colours keep every border; the number's badge loses its fill, so it gains one. */
  @media (forced-colors: active) {
    .number {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
      border-color: #000000;
    }
    /* Author rules beat the browser's own [hidden] rule: a closed card prints open. */
    .body {
      display: block;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
