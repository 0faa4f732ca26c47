import { html } from 'lit';

/** "Item 3 of 10" (or "Question 3 of 8") with a progress bar labelled by that text. */
export function renderProgress(label: string, current: number, total: number) {
  return html`<p part="progress" class="progress">
    <span id="progress-label">${label}</span>
    <progress aria-labelledby="progress-label" max=${total} .value=${current}></progress>
  </p>`;
}
