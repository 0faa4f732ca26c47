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
import {
  claimsOurVoice,
  DEFAULT_SOURCE_TIMEOUT,
  exchangeCaseStudies,
  exchangeCountLine,
  filterBySource,
  isExchangeCaseStudy,
  type SourceResult,
} from '../../engine/exchange.js';
import { outside, outsideText } from '../shared/bidi.js';
import { loadExchange, SourcesController } from '../shared/exchange-sources.js';
import { renderSourceProblems } from '../shared/source-problems.js';
import { needsScriptStyles } from '../../styles/needs-script.js';
import { baseStyles } from '../../styles/tokens.js';
import { selectStyles } from '../../styles/select.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { renderCompactAttribution, renderReportCredit } from '../shared/attribution.js';
import { OFF_OR_LOADING, needsScript } from '../shared/needs-script.js';
import { renderHeading } from '../shared/heading.js';
import { explorerStyles } from './case-study-explorer.styles.js';

/**
 * The report's case studies (section 4), filtered by item, by Ambition and by text. With
 * `sources`, other organisations' published examples files are read and listed beside them,
 * each saying where it comes from, with filters by source and region.
 *
 * @summary Searchable, filterable list of the report's 36 case studies.
 * @customElement case-study-explorer
 * @csspart base - The outermost box.
 * @csspart root - Deprecated: the old name of `base`, kept for one version (0.x); use `base`.
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
 * @csspart exchange-count - With `sources`: how many come from the report and from organisations.
 * @csspart exchange-note - With `sources`: that organisations' examples are not evaluated or endorsed.
 * @csspart origin - With `sources`: where a case study comes from (the report, or an organisation).
 * @csspart exchange - An organisation's example (with `case-study`).
 * @csspart sources-failed - The sources that could not be read, and examples left out of a file: a plain sentence, then the reasons.
 * @csspart sources-details - Under it, folded: each address and reason, for the site's editor.
 * @csspart script-note - Pre-rendered HTML only, until the script runs: the note that says the
 *   hidden controls need JavaScript.
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour for borders and tags.
 * @cssprop [--ambitions-color-border=#d8dde0] - Borders of the controls and list.
 */
export class CaseStudyExplorer extends AmbitionsElement {
  static override styles = [baseStyles, selectStyles, explorerStyles, needsScriptStyles];

  static override properties = {
    foundation: {},
    ambition: {},
    query: {},
    headingLevel: { attribute: 'heading-level' },
    sources: {},
    source: {},
    region: {},
    sourceTimeout: { attribute: 'source-timeout' },
    exampleFiles: { attribute: false },
  };

  static {
    // The example files given as objects, once checked. Internal state.
    this.createProperty('given', { state: true });
  }

  /** Item filter: number (1-10) or slug; empty for all items. */
  foundation = '';

  /** Ambition filter: "A1"-"A6" (or 1-6); empty for all Ambitions. */
  ambition = '';

  /** Search text: every word must appear in a case study's title, text or item. */
  query = '';

  /** Heading level (2-6) of each case study's title: 2, as the guide's title, unless the page nests it. */
  headingLevel: number | string = 2;

  /**
   * Addresses of other organisations' examples files (space separated, full https:// URLs), to
   * list their examples beside the report's. Listing a source is the host's consent to load it:
   * without `sources` the explorer makes no network request. See docs/evidence-and-exchange.md.
   */
  sources = '';

  /** Source filter: `report`, or one of the `sources` addresses; empty for all. */
  source = '';

  /** Region filter: a region named by a source's file; empty for all. */
  region = '';

  /** Seconds to wait for each source before listing it as not answering. */
  sourceTimeout: number | string = DEFAULT_SOURCE_TIMEOUT;

  /**
   * Examples files given as objects (property only), shown like `sources`: for a page that has
   * the files already, such as the "Publish your examples" preview. Each is validated; a bad one
   * is listed with the first problem.
   */
  exampleFiles?: readonly unknown[];

  /** What the sources gave so far, by address (undefined: still loading). */
  private readonly read = new SourcesController(
    this,
    () => [this.sources ?? '', Number(this.sourceTimeout) || DEFAULT_SOURCE_TIMEOUT],
    (field, message) => this.warnOnce(field, message),
  );
  private given: readonly SourceResult[] = [];

  /** Checks example files given as objects (`sources` are read by the SourcesController). */
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate?.(changed);
    if (changed.has('exampleFiles')) {
      const files = Array.isArray(this.exampleFiles) ? this.exampleFiles : [];
      if (!files.length) this.given = [];
      else
        void loadExchange().then(({ checkExamplesFile }) => {
          if (this.exampleFiles !== files) return; // replaced meanwhile
          this.given = files.map((file, i) =>
            checkExamplesFile(`file ${i + 1} given by this page`, file),
          );
        });
    }
  }

  override render() {
    const locals = localCaseStudies(this.local);
    const results = [...this.read.results.values(), ...this.given];
    const exchanging = results.length > 0;
    const exchange = exchangeCaseStudies(results.filter((r) => r !== undefined));
    const all = [...caseStudies, ...locals, ...exchange];
    const filtered = filterCaseStudies(
      { foundation: this.foundation, ambition: this.ambition, text: this.query },
      all,
    );
    const { foundation, ambition, ignored } = filtered;
    const items = filterBySource(filtered.items, { source: this.source, region: this.region });
    const loading = results.filter((r) => r === undefined).length;
    const organisations = results.flatMap((r) =>
      r?.ok ? [{ id: r.url, title: r.file.organisation.name }] : [],
    );
    const regions = [...new Set(exchange.map((e) => e.source.region))].sort();
    const level = this.headingLevelOf(this.headingLevel, 2);
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
    return html`<div class="root" part="root base">
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
      ${needsScript(
        `Filtering ${OFF_OR_LOADING}`,
        html`<div class="filters" part="filters">
          ${menu('item', 'foundation', this.t('item', 'Item'), 'All items', foundations, foundation)}
          ${menu(
            'ambition',
            'ambition',
            this.t('ambition', 'Ambition'),
            'All Ambitions',
            ambitions,
            ambition,
          )}
          ${
            exchanging
              ? html`${this.plainMenu('source', 'source', 'Source', 'All sources', [
                  { id: 'report', title: 'The report' },
                  ...organisations,
                ])}
                ${this.plainMenu(
                  'region',
                  'region',
                  'Region',
                  'All regions',
                  regions.map((r) => ({ id: r, title: r })),
                )}`
              : nothing
          }
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
        </div>`,
      )}
      <p class="count" part="count" role="status">
        Showing ${items.length} of ${all.length} case
        studies${loading ? ` (still loading ${loading} source${loading > 1 ? 's' : ''})` : ''}
      </p>
      <p class="where-from" part="where-from">
        Where they came from, in the report’s words: “${caseStudyNote.whereFrom.text}”
      </p>
      ${
        exchanging && exchange.length
          ? html`<p class="exchange-count" part="exchange-count">
                ${exchangeCountLine(caseStudies.length, exchange)}${
                  locals.length ? `, ${locals.length} from this website` : ''
                }.
              </p>
              <p class="exchange-note" part="exchange-note">
                Organisations’ examples are shown as they published them. They have not been
                evaluated or endorsed by the report’s authors or by this website.
              </p>`
          : nothing
      }
      ${
        items.length
          ? html`<ul class="list" part="list">
              ${items.map((study) => {
                const f = getFoundation(study.foundation)!;
                const local = 'local' in study;
                const from = isExchangeCaseStudy(study) ? study : undefined;
                return html`<li
                  class="study ${from ? 'exchange' : ''}"
                  part=${local ? 'case-study local' : from ? 'case-study exchange' : 'case-study'}
                >
                  ${exchanging && !local ? this.renderOrigin(from) : nothing}
                  ${
                    local
                      ? html`<p class="local-label" part="local-label">
                          ${this.t('local-case-study', 'Local case study')}
                        </p>`
                      : nothing
                  }
                  ${renderHeading(level, outside(study.title), 'case-study-title')}
                  ${
                    study.summary !== study.title
                      ? html`<p part="summary">${outside(study.summary)}</p>`
                      : nothing
                  }
                  ${
                    from?.link
                      ? html`<p>
                          <a href=${from.link} rel="noopener noreferrer"
                            >More about “${outside(study.title)}”</a
                          >
                        </p>`
                      : nothing
                  }
                  <p class="meta" part="meta">
                    ${
                      from && from.items.length > 1
                        ? `Items ${from.items
                            .map(
                              (id) => `${getFoundation(id)!.number}: ${getFoundation(id)!.title}`,
                            )
                            .join('; ')}`
                        : `Item ${f.number}: ${f.title}`
                    }
                  </p>
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
      ${renderSourceProblems(results)} ${renderCompactAttribution(this.local.adapted)}
      ${renderReportCredit()}
    </div>`;
  }

  /** A filter menu of plain choices; its `name` is the property it sets. */
  private plainMenu(
    id: string,
    name: 'source' | 'region',
    label: string,
    every: string,
    list: readonly { id: string; title: string }[],
  ) {
    const chosen = this[name];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${name} part="select" @change=${this.set}>
        <option value="" ?selected=${!chosen}>${every}</option>
        ${list.map((x) => html`<option value=${x.id} ?selected=${x.id === chosen}>${x.id === 'report' ? x.title : outsideText(x.title)}</option>`)}
      </select>
    </div>`;
  }

  /** Where a case study comes from: the report, or an organisation (with its region and date). */
  private renderOrigin(from?: ReturnType<typeof exchangeCaseStudies>[number]) {
    if (!from)
      return html`<p class="origin report" part="origin">
        From the report <cite>Realising the Ambitions</cite>
      </p>`;
    const { organisation, organisationUrl, region, date } = from.source;
    // A name or region in the report's or this site's voice: said plainly to be neither.
    const borrowed = claimsOurVoice(organisation) || claimsOurVoice(region);
    return html`<p class="origin" part="origin">
        Example from
        <a href=${organisationUrl} rel="noopener noreferrer">${outside(organisation)}</a>,
        ${outside(region)},
        <time datetime=${date}>${outside(date)}</time>
      </p>
      ${
        borrowed
          ? html`<p class="voice-flag" part="voice-flag">
              <strong>Note:</strong> this is how the organisation names itself. The example is its
              own: it is not from the report and not from this website.
            </p>`
          : nothing
      }`;
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
    this.source = '';
    this.region = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }
}
