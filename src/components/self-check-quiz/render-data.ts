// The team's details and data: the organisation, team and date fields at the top of the results
// (renderResultsHeader), and the "Your answers" section that the start and results screens show
// (renderData: saving on this device, downloads, import, clear).
import { html, nothing } from 'lit';
import { longDate } from '../../engine/index.js';
import { outside } from '../shared/bidi.js';
import { actions, button, confirm, subtitle } from './screen-helpers.js';
import { renderSaveState, saveOnDevice } from './render-save-state.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/** The organisation's or team's name box, on the results (ids `org`, `team`) and the plan. */
export const nameField = (
  q: SelfCheckQuiz,
  key: '_org' | '_team',
  label: string,
  id: string,
  autocomplete?: string,
) =>
  html`<p class="field">
    <label class="label" for=${id}>${label} (optional)</label>
    <input
      id=${id}
      type="text"
      maxlength="200"
      autocomplete=${autocomplete ?? nothing}
      .value=${q[key]}
      @input=${(e: Event) => {
        q[key] = (e.target as HTMLInputElement).value;
        q.storage.autosave();
      }}
    />
  </p>`;

/**
 * The top of the results: organisation, team and date (what a meeting's printout needs), then
 * saving, downloads and print. On paper the fields print as one line of text.
 */
export function renderResultsHeader(q: SelfCheckQuiz) {
  const org = q._org.trim();
  const team = q._team.trim();
  const today = longDate(new Date());
  const saving = q.storage.saving && !q.noStorage;
  return html`<div part="meeting" class="meeting">
    <p class="print-only meeting-line">
      ${org ? html`<strong>${outside(org)}</strong>` : nothing}${org && team ? ', ' : ''}${
        team ? html`<strong>${outside(team)}</strong>` : nothing
      }${org || team ? ' · ' : ''}${today}
    </p>
    <div class="fields screen-only">
      ${nameField(q, '_org', 'Organisation', 'org', 'organization')}
      ${nameField(q, '_team', 'Team', 'team', 'off')}
    </div>
    <p class="screen-only">Date: ${today}</p>
    ${actions(
      q.noStorage
        ? nothing
        : saving
          ? button(
              'Save this result',
              (e) => {
                q.keepFocus('snapshot', e);
                q.snapshot();
              },
              '',
              false,
              'snapshot',
            )
          : html`<span class="save-state unsaved" part="save-state">Not saved</span>
              ${saveOnDevice(q, 'snapshot', 'snapshot')}`,
      button('Download JSON', () => q.download('json')),
      button('Download CSV (spreadsheet)', () => q.download('csv')),
      button('Print', () => print()),
      q.storage.saving || q.noStorage ? renderSaveState(q) : nothing,
    )}
  </div>`;
}

/**
 * Where the answers are kept, "Clear my answers" (with its confirmation) and import. On the
 * results (`onResults`) "Save on this device" is at the top instead.
 */
export function renderData(q: SelfCheckQuiz, onResults = false) {
  const saving = q.storage.saving && !q.noStorage;
  return html`<section part="data" class="data" aria-labelledby="data-title">
    ${subtitle(q, 'Your answers', 'data-title')}
    ${
      saving
        ? html`<p>
              Saved in this browser on this device (its local storage). Anyone who uses this browser
              can see them.
            </p>
            ${actions(
              button(
                'Clear my answers',
                (e) => {
                  q._clearing = true;
                  q.keepFocus('clear-q', e);
                },
                '',
                false,
                'clear',
              ),
            )}
            ${
              q._clearing
                ? confirm(
                    'clear-q',
                    'Remove all your answers, notes and saved results from this device?',
                    ['Yes, clear everything', () => q.clearAll()],
                    [
                      'Cancel',
                      () => {
                        q._clearing = false;
                        q.keepFocus('clear');
                        q.announce('Nothing was cleared.');
                      },
                    ],
                  )
                : nothing
            }`
        : html`<p>Your answers are kept only while this page is open.</p>
            ${q.noStorage || onResults ? nothing : actions(saveOnDevice(q, 'clear', 'save'))}`
    }
    <p>
      <label class="label" for="import">Import a result file (JSON or CSV, up to 1 MB)</label>
      <input
        id="import"
        type="file"
        data-focus="import"
        accept=".json,application/json,.csv,text/csv"
        @change=${(e: Event) => q.readFile(e.target as HTMLInputElement)}
      />
    </p>
    ${
      q._errors.length
        ? html`<div class="notice">
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
            [
              'Keep my answers',
              () => {
                q._pending = undefined;
                q.keepFocus('import');
                q.announce('Your answers were kept; the file was not imported.');
              },
            ],
          )
        : nothing
    }
  </section>`;
}
