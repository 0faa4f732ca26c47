import { css } from 'lit';

/**
 * Pre-rendered HTML (declarative shadow DOM) shows before its element is defined: while the
 * script loads, or for good on a page with scripts off. Its styles apply from the start, so
 * `:host(:not(:defined))` hides the controls that need the script and shows a note in their
 * place (the template is the same on the server and in the browser, as hydration requires).
 * Note and controls share one grid cell, so the box keeps its size when the element is defined
 * and nothing on the page moves. Every button, field and menu in our shadow roots needs the
 * script: any outside a `needsScript()` box is hidden too (a gap, not a dead control).
 */
export const needsScriptStyles = css`
  /* The box takes the margins its first and last control had, so spacing stays as it was. */
  .needs-script {
    display: grid;
    margin: 1em 0;
  }
  .needs-script > div > :first-child {
    margin-top: 0;
  }
  .needs-script > div > :last-child {
    margin-bottom: 0;
  }
  .needs-script > * {
    grid-area: 1 / 1;
    align-self: start;
    min-width: 0;
  }
  .script-note {
    visibility: hidden;
    margin: 0;
    padding: 0.25em 0.75em;
    border-inline-start: 0.25em solid var(--ambitions-color-brand, #005eb8);
    background: var(--ambitions-color-accent, #e8edee);
    color: var(--ambitions-color-text, #212b32);
  }
  :host(:not(:defined)) .script-note {
    visibility: visible;
  }
  :host(:not(:defined)) :is(.needs-script > :not(.script-note), button, input, select, textarea) {
    visibility: hidden;
  }
`;
