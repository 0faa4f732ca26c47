import { html, nothing } from 'lit';
import {
  ambitions,
  caseStudies,
  caseStudyNote,
  foundations,
  getAmbition,
  getFoundation,
} from '../../content/index.js';
import { filterCaseStudies, localCaseStudies } from '../../engine/index.js';
import { baseStyles } from '../../styles/tokens.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { renderCompactAttribution, renderReportCredit } from '../shared/attribution.js';
import { renderHeading, toHeadingLevel } from '../shared/heading.js';
import { explorerStyles } from './case-study-explorer.styles.js';

/**
 * The report's case studies (section 4), filtered by item, by Ambition and by text.
 *
 * @summary Searchable, filterable list of the report's 36 case studies.
 * @customElement case-study-explorer
 * @csspart root - The outermost box.
 * @csspart note - The report's own words: the case studies were not evaluated, are not 'best practice', and some are composites.
 * @csspart where-from - Beside the count: the report's words on where the case studies came from (mostly palliative care).
 * @csspart notice - A message about a bad attribute value.
 * @csspart filters - The filter controls.
 * @csspart select - Each filter menu.
 * @csspart search - The search box.
 * @csspart count - How many case studies are shown (a polite live region).
 * @csspart list - The list of case studies.
 * @csspart case-study - Each case study.
 * @csspart case-study-title - Each case study's heading.
 * @csspart summary - Each case study's text.
 * @csspart meta - The item a case study sits under.
 * @csspart tags - Its Ambition tags.
 * @csspart empty - The message shown when nothing matches.
 * @csspart clear-button - The "Clear filters" button.
 * @csspart attribution - The guide's attribution line.
 * @csspart report-credit - The credit to the report the case studies and findings come from.
 * @csspart local - A case study this website added (with `case-study`).
 * @csspart local-label - The "Local case study" label.
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour for borders and tags.
 * @cssprop [--ambitions-color-border=#d8dde0] - Borders of the controls and list.
 */
export class CaseStudyExplorer extends AmbitionsElement {
  static override styles = [baseStyles, explorerStyles];

  static override properties = {
    foundation: {},
    ambition: {},
    query: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** Item filter: number (1-10) or slug; empty for all items. */
  foundation = '';

  /** Ambition filter: "A1"-"A6" (or 1-6); empty for all Ambitions. */
  ambition = '';

  /** Search text: every word must appear in a case study's title, text or item. */
  query = '';

  /** Heading level (2-6) of each case study's title. */
  headingLevel: number | string = 3;

  override render() {
    const locals = localCaseStudies(this.local);
    const { items, foundation, ambition, ignored } = filterCaseStudies(
      { foundation: this.foundation, ambition: this.ambition, text: this.query },
      [...caseStudies, ...locals],
    );
    const level = toHeadingLevel(this.headingLevel, 3);
    /** One filter menu; its `name` is the property it sets. */
    const menu = (
      id: string,
      name: string,
      label: string,
      every: string,
      list: readonly { id: string; number: number; title: string }[],
      chosen?: string,
    ) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} name=${name} part="select" @change=${this.set}>
          <option value="" ?selected=${!chosen}>${every}</option>
          ${list.map(
            (x) =>
              html`<option value=${x.id} ?selected=${x.id === chosen}>
                ${x.number}. ${x.title}
              </option>`,
          )}
        </select>
      </div>`;
    return html`<div class="root" part="root">
      <p class="note" part="note">
        The report on its case studies: “${caseStudyNote.notEvaluated.text}”
      </p>
      ${ignored.map((field) => {
        const message = `"${this[field]}" is not ${
          field === 'foundation'
            ? 'an item; use 1-10 or a slug. Showing all items'
            : 'an Ambition; use A1-A6. Showing all Ambitions'
        }.`;
        this.warnOnce(field, message);
        return html`<p class="notice" part="notice">${message}</p>`;
      })}
      <div class="filters" part="filters">
        ${menu('item', 'foundation', this.t('item', 'Item'), 'All items', foundations, foundation)}
        ${menu(
          'ambition',
          'ambition',
          this.t('ambition', 'Ambition'),
          'All Ambitions',
          ambitions,
          ambition,
        )}
        <div class="field">
          <label for="search">${this.t('search', 'Search')}</label>
          <input
            id="search"
            name="query"
            type="search"
            part="search"
            autocomplete="off"
            .value=${this.query}
            @input=${this.set}
          />
        </div>
      </div>
      <p class="count" part="count" role="status">
        Showing ${items.length} of ${caseStudies.length + locals.length} case studies
      </p>
      <p class="where-from" part="where-from">
        Where they came from, in the report’s words: “${caseStudyNote.whereFrom.text}”
      </p>
      ${
        items.length
          ? html`<ul class="list" part="list">
              ${items.map((study) => {
                const f = getFoundation(study.foundation)!;
                const local = 'local' in study;
                return html`<li class="study" part=${local ? 'case-study local' : 'case-study'}>
                  ${
                    local
                      ? html`<p class="local-label" part="local-label">
                          ${this.t('local-case-study', 'Local case study')}
                        </p>`
                      : nothing
                  }
                  ${renderHeading(level, study.title, 'case-study-title')}
                  ${
                    study.summary !== study.title
                      ? html`<p part="summary">${study.summary}</p>`
                      : nothing
                  }
                  <p class="meta" part="meta">Item ${f.number}: ${f.title}</p>
                  <ul class="tags" part="tags" aria-label="Ambitions">
                    ${study.ambitions.map(
                      (id) =>
                        html`<li title=${getAmbition(id)!.title}>Ambition ${id.slice(1)}</li>`,
                    )}
                  </ul>
                </li>`;
              })}
            </ul>`
          : html`<div class="empty" part="empty">
              <p>${this.t('no-match', 'No case studies match these filters.')}</p>
              ${
                foundation && getFoundation(foundation)!.addedByGuide
                  ? html`<p>
                      The report gives no case studies for items 9 and 10: the guide's authors added
                      them.
                    </p>`
                  : nothing
              }
              <button type="button" part="clear-button" @click=${this.clear}>
                ${this.t('clear-filters', 'Clear filters')}
              </button>
            </div>`
      }
      ${renderCompactAttribution(this.local.adapted)} ${renderReportCredit()}
    </div>`;
  }

  /** A filter control changed: its `name` is the property it sets. */
  private set(event: Event) {
    const { name, value } = event.target as HTMLInputElement;
    (this as unknown as Record<string, string>)[name] = value;
  }

  /** Clears every filter and puts focus in the search box, so keyboard users are not lost. */
  async clear() {
    this.foundation = '';
    this.ambition = '';
    this.query = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }
}
