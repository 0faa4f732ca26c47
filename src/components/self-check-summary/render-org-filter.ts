import { html, nothing } from 'lit';
import { outside } from '../shared/bidi.js';
import { plural } from '../shared/plural.js';
import type { SelfCheckSummary } from './self-check-summary.js';

/**
 * Most organisations ticked boxes are drawn for at once. A national roll-up can name thousands:
 * a box each would be a list nobody can scan, and drawing 6,000 of them held the page for 2.5 s
 * (60,000 would have held it for minutes). Beyond this many, a box to find them by name.
 */
export const ORGANISATIONS_SHOWN = 40;

/** Text as the finder compares it: no case, no accents ("unicode" finds "Ünïcode"). */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Each list of choices' labels as the finder compares them, made once, not once per key typed. */
const plainLabels = new WeakMap<readonly { label: string }[], readonly string[]>();

/** The organisation filter: a ticked box per organisation (none ticked: all). */
export function renderOrganisationFilter(s: SelfCheckSummary, set: (apply: () => void) => void) {
  const choices = s._summary.organisationChoices;
  if (choices.length <= 1) return nothing;
  const many = choices.length > ORGANISATIONS_SHOWN;
  let shown = choices.map((choice, i) => ({ ...choice, i }));
  if (many) {
    // Ticked ones always stay in view (they can be unticked), then the first that match, in order.
    const find = plain(s._findOrganisation);
    let labels = plainLabels.get(choices);
    if (!labels) plainLabels.set(choices, (labels = choices.map((c) => plain(c.label))));
    shown = [];
    let matches = 0;
    choices.forEach((choice, i) => {
      const ticked = s._organisations.includes(choice.value);
      const match = matches < ORGANISATIONS_SHOWN && labels[i]!.includes(find);
      if (match && !ticked) matches++;
      if (ticked || match) shown.push({ ...choice, i });
    });
  }
  return html`<fieldset class="orgs">
    <legend class="label">
      Organisations
      (${
        s._organisations.length
          ? `${s._organisations.length.toLocaleString('en-GB')} ticked: only their teams are shown`
          : 'none ticked: all'
      })
    </legend>
    ${
      many
        ? html`<p class="field org-find">
            <label for="org-find">Find an organisation</label>
            <input
              id="org-find"
              type="search"
              autocomplete="off"
              .value=${s._findOrganisation}
              @input=${(e: Event) => (s._findOrganisation = (e.target as HTMLInputElement).value)}
            />
            <span class="hint">
              ${
                shown.length < choices.length
                  ? `Showing ${plural(shown.length, 'organisation')} of ${choices.length.toLocaleString('en-GB')}: type part of a name to find others.`
                  : `All ${plural(choices.length, 'organisation')} shown.`
              }
            </span>
          </p>`
        : nothing
    }
    ${shown.map(
      ({ value: org, label, i }) =>
        html`<label class="check">
          <input
            type="checkbox"
            id=${`org-${i}`}
            .checked=${s._organisations.includes(org)}
            @change=${(e: Event) =>
              set(() => {
                const on = (e.target as HTMLInputElement).checked;
                s._organisations = on
                  ? [...s._organisations, org]
                  : s._organisations.filter((o) => o !== org);
              })}
          />
          ${outside(label)}
        </label>`,
    )}
  </fieldset>`;
}
