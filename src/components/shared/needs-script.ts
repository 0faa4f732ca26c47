import { html } from 'lit';

/**
 * Controls that work only once the element's script runs, with a note in our own words that
 * takes their place in pre-rendered HTML until then ("The self-check needs JavaScript, which is
 * turned off or still loading."). The styles that switch between them: src/styles/needs-script.ts.
 */
export const needsScript = (note: string, controls: unknown) =>
  html`<div class="needs-script">
    <div>${controls}</div>
    <p class="script-note" part="script-note">${note}</p>
  </div>`;

/** The note's usual ending. */
export const OFF_OR_LOADING = 'needs JavaScript, which is turned off or still loading.';
