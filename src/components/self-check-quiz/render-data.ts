import { html, nothing } from 'lit';
import { levelBelow, renderHeading } from '../shared/heading.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/** Saving on this device, export, import and print. `full` adds export and snapshots. */
export function renderData(q: SelfCheckQuiz, full: boolean) {
  const saving = html`${
    q._saving
      ? html`<p>
            Saved in this browser on this device (its local storage). Anyone who uses this browser
            can see them.
          </p>
          <div class="actions">
            ${
              full
                ? html`<button part="button" @click=${() => q.snapshot()}>Save this result</button>`
                : nothing
            }
            <button part="button" @click=${() => (q._confirmClear = true)}>Clear my answers</button>
          </div>`
      : html`<p>Your answers are kept only while this page is open.</p>
          <div class="actions">
            <button part="button" @click=${() => q.startSaving()}>Save on this device</button>
          </div>`
  }
  ${
    q._confirmClear
      ? html`<div class="confirm" role="group" aria-labelledby="clear-q">
          <p id="clear-q">Remove all your answers, notes and saved results from this device?</p>
          <div class="actions">
            <button part="button" class="warning" @click=${() => q.clearAll()}>
              Yes, clear everything
            </button>
            <button part="button" @click=${() => (q._confirmClear = false)}>Cancel</button>
          </div>
        </div>`
      : nothing
  }`;

  const field = (id: string, label: string, key: '_organisation' | '_team') =>
    html`<p class="field">
      <label for=${id}>${label} (optional)</label>
      <input
        id=${id}
        type="text"
        maxlength="200"
        autocomplete="organization"
        .value=${q[key]}
        @input=${(e: Event) => q.setMeta(key, (e.target as HTMLInputElement).value)}
      />
    </p>`;

  return html`<section part="data" class="data" aria-labelledby="data-title">
    ${renderHeading(levelBelow(q.level), 'Your answers', 'subtitle', 'data-title')}
    ${q.noStorage ? html`<p>Your answers are kept only while this page is open.</p>` : saving}
    ${
      full
        ? html`${field('org', 'Organisation', '_organisation')} ${field('team', 'Team', '_team')}
            <div class="actions">
              <button part="button" @click=${() => q.download('json')}>Download JSON</button>
              <button part="button" @click=${() => q.download('csv')}>
                Download CSV (spreadsheet)
              </button>
              <button part="button" @click=${() => window.print()}>Print</button>
            </div>`
        : nothing
    }
    <p class="field">
      <label for="import">Import a result file (JSON, up to 1 MB)</label>
      <input
        id="import"
        type="file"
        accept=".json,application/json"
        @change=${(e: Event) => q.readFile(e.target as HTMLInputElement)}
      />
    </p>
    ${
      q._importErrors.length
        ? html`<div class="notice" role="alert">
            <p>That file could not be imported:</p>
            <ul>
              ${q._importErrors.slice(0, 20).map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      q._pending
        ? html`<div class="confirm" role="group" aria-labelledby="import-q">
            <p id="import-q">
              Replace your current answers with the ${Object.keys(q._pending.answers).length}
              answers in this file?
            </p>
            <div class="actions">
              <button part="button" class="warning" @click=${() => q.confirmImport()}>
                Yes, replace them
              </button>
              <button part="button" @click=${() => (q._pending = undefined)}>
                Keep my answers
              </button>
            </div>
          </div>`
        : nothing
    }
  </section>`;
}
