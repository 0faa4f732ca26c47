import { html } from 'lit';

/**
 * Controls that work only once the element's script runs, with a note in our own words that
 * takes their place in pre-rendered HTML until then ("The self-check needs JavaScript. ...").
 * The styles that switch between them: src/styles/needs-script.ts.
 */
export const needsScript = (what: string, controls: unknown) =>
  html`<div class="needs-script">
    <div>${controls}</div>
    <p class="script-note" part="script-note">
      ${what} needs JavaScript. It is turned off in this browser, or still loading.
    </p>
  </div>`;
