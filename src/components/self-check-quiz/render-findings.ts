import { html } from 'lit';
import { barriersAndFacilitators } from '../../content/index.js';

/**
 * The report's 5.1 lists of barriers and facilitators (lines 261-295), word for word, closed
 * beside the plan: what held people back and what helped, for a team choosing its steps. Only
 * the list items are shown: the sentences paired with them in `findings` are mostly our pairings.
 */
export function renderBarriersAndFacilitators() {
  const list = (title: string, items: readonly { text: string; line: number }[]) =>
    html`<div>
      <p><strong>${title}</strong></p>
      <ul>
        ${items.map((i) => html`<li data-line=${i.line}>${i.text}</li>`)}
      </ul>
    </div>`;
  return html`<details class="findings" part="report-findings">
    <summary>What held people back, and what helped (from the report)</summary>
    <p class="small">
      Realising the Ambitions report, section 5.1 (Understand, Interpret, and Implement): the
      barriers and facilitators people named when they talked about implementing the Ambitions.
    </p>
    <div class="two">
      ${list('Barriers:', barriersAndFacilitators.barriers)}
      ${list('Facilitators:', barriersAndFacilitators.facilitators)}
    </div>
  </details>`;
}
