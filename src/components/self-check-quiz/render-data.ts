import { html, nothing } from 'lit';
import { actions, button, confirm, subtitle } from './parts.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/** Saving on this device, import, and on the results screen (`full`) export, snapshots and print. */
export function renderData(q: SelfCheckQuiz, full = false) {
  const field = (key: '_org' | '_team', label: string) =>
    html`<p>
      <label class="label" for=${key.slice(1)}>${label} (optional)</label>
      <input
        id=${key.slice(1)}
        type="text"
        maxlength="200"
        autocomplete="organization"
        .value=${q[key]}
        @input=${(e: Event) => {
          q[key] = (e.target as HTMLInputElement).value;
          q.autosave();
        }}
      />
    </p>`;

  return html`<section part="data" class="data" aria-labelledby="data-title">
    ${subtitle(q, 'Your answers', 'data-title')}
    ${
      q._saving && !q.noStorage
        ? html`<p>
              Saved in this browser on this device (its local storage). Anyone who uses this browser
              can see them.
            </p>
            ${actions(
              full ? button('Save this result', () => q.snapshot()) : nothing,
              button('Clear my answers', () => (q._clearing = true)),
            )}
            ${
              q._clearing
                ? confirm(
                    'clear-q',
                    'Remove all your answers, notes and saved results from this device?',
                    ['Yes, clear everything', () => q.clearAll()],
                    ['Cancel', () => (q._clearing = false)],
                  )
                : nothing
            }`
        : html`<p>Your answers are kept only while this page is open.</p>
            ${q.noStorage ? nothing : actions(button('Save on this device', () => q.save(true)))}`
    }
    ${
      full
        ? html`${field('_org', 'Organisation')} ${field('_team', 'Team')}
          ${actions(
            button('Download JSON', () => q.download('json')),
            button('Download CSV (spreadsheet)', () => q.download('csv')),
            button('Print', () => print()),
          )}`
        : nothing
    }
    <p>
      <label class="label" for="import">Import a result file (JSON, up to 1 MB)</label>
      <input
        id="import"
        type="file"
        accept=".json,application/json"
        @change=${(e: Event) => q.readFile(e.target as HTMLInputElement)}
      />
    </p>
    ${
      q._errors.length
        ? html`<div class="notice" role="alert">
            <p>That file could not be imported:</p>
            <ul>
              ${q._errors.slice(0, 20).map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      q._pending
        ? confirm(
            'import-q',
            `Replace your current answers with the ${Object.keys(q._pending.answers).length} answers in this file?`,
            ['Yes, replace them', () => q.confirmImport()],
            ['Keep my answers', () => (q._pending = undefined)],
          )
        : nothing
    }
  </section>`;
}
