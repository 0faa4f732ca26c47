import { html, isServer, noChange, nothing, render } from 'lit';
import {
  ambitions,
  ambitionsNotes,
  caseStudies,
  caseStudiesFor,
  foundations,
  getFoundation,
  type AmbitionId,
  type FoundationId,
  addedItemsQuotes,
} from '../../content/index.js';
import {
  fillItemHref,
  formatMapSelection,
  mapLink,
  moveInGrid,
  parseMapSelection,
  getStage,
  stages,
  stagesFromSummary,
  type MapSelection,
  type SelfCheckSummary,
} from '../../engine/index.js';
import {
  DEFAULT_SOURCE_TIMEOUT,
  countExchangeExamples,
  exchangeCaseStudies,
  exchangeCountLine,
  type ExchangeCaseStudy,
  type SourceResult,
} from '../../engine/exchange.js';
import { needsScriptStyles } from '../../styles/needs-script.js';
import { baseStyles } from '../../styles/tokens.js';
import { SourcesController } from '../shared/exchange-sources.js';
import { renderSourceProblems } from '../shared/source-problems.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { renderCompactAttribution, renderReportCredit } from '../shared/attribution.js';
import { needsScript } from '../shared/needs-script.js';
import { levelBelow, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { mapStyles } from './ambition-map.styles.js';

/** What a reader chose; `none` when Escape cleared the choice. */
export interface AmbitionMapSelectDetail {
  readonly kind: 'ambition' | 'foundation' | 'cell' | 'none';
  /** The `selected` form: "A6", "7", "7:A6", or "" for none. */
  readonly id: string;
  readonly ambition?: AmbitionId;
  readonly foundation?: FoundationId;
}

/** Fired when the reader selects an Ambition, an item or a pair on the map (not for presets). */
export class AmbitionMapSelectEvent extends Event {
  constructor(readonly detail: AmbitionMapSelectDetail) {
    super('ambitions-map-select', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ambitions-map-select': AmbitionMapSelectEvent;
  }
}

/** " + 3" after the report's number, when organisations' examples are included. */
const plusExamples = (n: number | undefined) => (n === undefined ? '' : ` + ${n}`);

const plural = (n: number) => (n === 1 ? '1 case study' : `${n || 'no'} case studies`);

/**
 * One node of the map. The first three runs read together are its accessible name ("Leadership
 * and Ambition 5, All staff are prepared to care: 3 case studies"): hidden context, what is
 * shown, hidden rest; so the name always contains the visible text. Then how many of the
 * report's case studies it stands for, and for a pair whether it is the guide authors' link
 * (items 9 and 10, with every Ambition).
 */
type MapNode = readonly [
  before: string,
  shown: string,
  rest: string,
  count: number,
  authors?: boolean,
];

/** A pair is linked by case studies or by the authors. */
const linked = (node: MapNode) => node[3] > 0 || !!node[4];

let model: readonly (readonly MapNode[])[] | undefined;

/**
 * Every node by grid position: row 0 holds the Ambitions, column 0 the items, [0][0] is the
 * corner. Built once: the map always shows the guide's own content.
 */
const nodes = () =>
  (model ??= [undefined, ...foundations].map((f) =>
    [undefined, ...ambitions].map((a): MapNode => {
      if (f && a) {
        const { count, authorsLink } = mapLink(f, a.id);
        const shown = authorsLink ? "authors' link" : f.addedByGuide ? '–' : String(count);
        return [
          `${f.title} and Ambition ${a.number}, ${a.title}: `,
          shown,
          authorsLink
            ? ' (no case studies)'
            : f.addedByGuide
              ? 'no case studies'
              : ` case stud${count === 1 ? 'y' : 'ies'}`,
          count,
          authorsLink,
        ];
      }
      const n = caseStudiesFor({ foundation: f?.id, ambition: a?.id }).length;
      return f
        ? ['', `${f.number}. ${f.title}`, `: ${plural(n)}`, n]
        : a
          ? [`Ambition ${a.number}, `, a.title, `: ${plural(n)}`, n]
          : ['', 'Items and Ambitions', '', 0];
    }),
  ));

/** What the selection links to, and its case studies. */
function renderDetails([r, c]: [number, number], level: HeadingLevel, itemHref: string) {
  const f = foundations[r - 1];
  const a = ambitions[c - 1];
  const m = nodes();
  const list = caseStudiesFor({ foundation: f?.id, ambition: a?.id });
  const href = f && !a && fillItemHref(itemHref, f);
  return html`<section part="details" aria-label="Selection details">
    ${renderHeading(
      levelBelow(level),
      // The selected node's name without its count ("Ambition 6, Each community is prepared to help").
      f && a ? m[r][c][0].slice(0, -2) : m[r][c][0] + m[r][c][1],
      'details-heading',
    )}
    ${
      !f
        ? html`<p>Items the report's case studies link to it:</p>
            <ul>
              ${m
                .slice(1)
                .map((row) =>
                  row[c][3] ? html`<li>${row[0][1]}: ${plural(row[c][3])}</li>` : nothing,
                )}
            </ul>
            <p>
              Items 9 and 10 have no case studies. The report on adding them:
              “${foundations[9].ambitionsInReport!.text}”.
            </p>`
        : !a
          ? html`<p>${f.what}</p>
              <p>The guide asks ${f.ask.length} questions about this item.</p>
              <p>
                ${
                  f.ambitionsInReport
                    ? `The report has no case studies for it. The report on adding items 9 and 10: “${f.ambitionsInReport.text}”.`
                    : `The report's case studies link it to ${f.ambitions.map((id) => `A${id.slice(1)}`).join(', ')}. ${ambitionsNotes[f.id] ?? ''}`
                }
              </p>
              ${
                href
                  ? html`<p><a part="item-link" href=${href}>Go to item ${r}: ${f.title}</a></p>`
                  : nothing
              }`
          : list.length
            ? nothing
            : html`<p>
                ${
                  m[r][c][4]
                    ? `The report has no case studies for this item. The guide's authors added items 9 and 10 as themes people found “${addedItemsQuotes.invaluable.text}” that “${addedItemsQuotes.foreground.text}”.`
                    : 'None of the report’s case studies links these two.'
                }
              </p>`
    }
    ${
      list.length
        ? html`<p>
              ${
                f && a
                  ? plural(list.length)
                  : `Case studies ${f ? 'under this item' : `tagged A${c}`} (${list.length})`
              }:
            </p>
            <ul part="case-studies">
              ${list.map(
                (s) =>
                  html`<li>
                    <strong>${s.title}</strong>${
                      f ? '' : ` (item ${getFoundation(s.foundation)!.number})`
                    }
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}

/**
 * The evidence between the guide's ten items and the six Ambitions: a heat map of how many of the
 * report's case studies link each pair, with a table view of the same numbers.
 *
 * @summary Items x Ambitions heat map with counts, selection, keyboard grid and a table view.
 * @customElement ambition-map
 * @csspart base - The outermost box.
 * @csspart root - Deprecated: the old name of `base`, kept for one version (0.x); use `base`.
 * @csspart heading - The element's heading.
 * @csspart toolbar - The Map/Table view switch.
 * @csspart view-button - Each view button.
 * @csspart grid - The map (ARIA grid).
 * @csspart row - Each row of the map.
 * @csspart column-header - Each Ambition header.
 * @csspart row-header - Each item header.
 * @csspart cell - Each count cell.
 * @csspart table - The table view.
 * @csspart legend - The "your map" legend (only with a `result`).
 * @csspart details - What the current selection links to.
 * @csspart details-heading - The heading of the selection's details.
 * @csspart item-link - The link to the selected item's card (with `item-href`).
 * @csspart case-studies - The list of case studies in the details.
 * @csspart exchange - With `sources`: the "Include organisations' examples" toggle and its lines.
 * @csspart exchange-count - How many examples from how many organisations the toggle adds.
 * @csspart sources-failed - What could not be shown from other organisations' files, in one plain sentence.
 * @csspart sources-details - Under it, folded: each address and reason, for the site's editor.
 * @csspart attribution - The guide's attribution line.
 * @csspart report-credit - The credit to the report the case studies and findings come from.
 * @csspart script-note - Pre-rendered HTML only, until the script runs: the note that says the
 *   hidden controls need JavaScript.
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour (selection, strongest heat).
 * @cssprop [--ambitions-map-heat-1=#e3eef8] - Cell colour for 1 case study.
 * @cssprop [--ambitions-map-heat-2=#b9d4ee] - Cell colour for 2 case studies.
 * @cssprop [--ambitions-map-heat-3=#7fb0df] - Cell colour for 3 case studies.
 * @cssprop [--ambitions-map-heat-4=#005eb8] - Cell colour for 4 or more case studies.
 * @cssprop [--ambitions-color-border=#d8dde0] - Grid lines.
 * @cssprop [--ambitions-color-selected=#fff9c4] - Background of the selected header or cell.
 * @event ambitions-map-select - The reader selected something (`AmbitionMapSelectEvent`,
 *   detail `{ kind, id, ambition?, foundation? }`); `kind: 'none'` when Escape cleared it.
 * @fires {AmbitionMapSelectEvent} ambitions-map-select
 */
export class AmbitionMap extends AmbitionsElement {
  static override styles = [baseStyles, mapStyles, needsScriptStyles];

  static override properties = {
    view: { reflect: true },
    selected: {},
    result: { attribute: false },
    itemHref: { attribute: 'item-href' },
    headingLevel: { attribute: 'heading-level' },
    sources: {},
  };

  static {
    // Internal state, declared here so the API docs do not list it as attributes.
    for (const name of ['row', 'col', 'announcement', 'withExamples', 'live', 'detailsAt'])
      this.createProperty(name, { state: true });
  }

  /** `map` (default) or `table`. */
  view: 'map' | 'table' = 'map';

  /** What is selected: "A6" (an Ambition), "7" or a slug (an item), "7:A6" (a pair). */
  selected = '';

  /** A self-check summary: colours each item by its stage and shows a "your map" legend. */
  result?: SelfCheckSummary;

  /** Link template to an item's card, e.g. `#item-{number}` or `/guide/{id}`. */
  itemHref = '';

  /** Heading level (2-6) of the map's title, 2 as the guide's; the details sit one below. */
  headingLevel: number | string = 2;

  /**
   * Addresses of organisations' examples files (space separated, full https:// URLs), read as
   * <case-study-explorer> reads them; once one has loaded, a toggle adds their examples to the
   * numbers. Without `sources` the map makes no network request. See docs/evidence-and-exchange.md.
   */
  sources = '';

  /** What the sources gave so far, by address (undefined: still loading). */
  private readonly read = new SourcesController(
    this,
    () => [this.sources ?? '', DEFAULT_SOURCE_TIMEOUT],
    (field, message) => this.warnOnce(field, message),
  );
  /** The reader's choice: organisations' examples added to the numbers (off by default). */
  private withExamples = false;

  /** The one tab stop of the grid: row 0 holds the Ambitions, column 0 the items. */
  private row = 0;
  /**
   * Whether the grid has its tab stop: not in pre-rendered HTML, where a cell would take focus
   * and do nothing until the script runs; the element hydrates the same way, then adds it.
   */
  private live = !isServer && !this.shadowRoot;
  private col = 1;
  private announcement = '';
  /** Where the details panel is drawn for: the selection, one frame later (see updated). */
  private detailsAt?: [number, number] | null;
  /**
   * What each grid cell was last drawn from, by position, while the grid is on screen (empty when
   * it is not): a cell drawn from the same values is left as it is (`noChange`), so a selection
   * redraws the 15-20 cells it changes, not all 77 (issue 31: re-rendering every cell took about
   * 5 ms of a selection's frame on the phone CPU).
   */
  private drawn: string[] = [];

  /** The selection as a grid position: [item number or 0, Ambition number or 0]. */
  private chosen(): [number, number] | undefined {
    if (!this.selected) return undefined;
    const s = parseMapSelection(this.selected);
    if (!s)
      this.warnOnce('selected', `"${this.selected}" is not "A1"-"A6", an item 1-10 or "7:A6".`);
    return (
      s && [
        'foundation' in s ? getFoundation(s.foundation)!.number : 0,
        'ambition' in s ? +s.ambition[1] : 0,
      ]
    );
  }

  /**
   * Prepares the details panel's templates (an Ambition's, an item's, a pair's) while the page is
   * idle, in a fragment no one sees: a reader's first selection then does not pay for them
   * (issue 31: the first selection was the slowest on a phone CPU).
   */
  override firstUpdated() {
    this.live = true;
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() =>
        render(
          (
            [
              [0, 1],
              [1, 0],
              [1, 1],
              [9, 1],
            ] as [number, number][]
          ).map((at) => renderDetails(at, 2, '')),
          document.createDocumentFragment(),
        ),
      );
  }

  /**
   * A new selection's details are drawn in the frame after the one that paints the selection: the
   * grid answers the click at once, and building and laying out a list of up to 50 case studies
   * (most of a first selection's work on a phone CPU, issue 31) is a frame of its own. Two
   * animation frames: the first one's callbacks run before that frame's style, layout and paint,
   * so one would only move the work inside the same frame. Until then the panel shows what it
   * showed. Not on the first render: pre-rendered details stay shown.
   */
  override updated(changed: Map<string, unknown>) {
    if (changed.get('selected') !== undefined)
      requestAnimationFrame(() =>
        requestAnimationFrame(() => (this.detailsAt = this.chosen() ?? null)),
      );
  }

  override willUpdate(changed: Map<string, unknown>) {
    // The first render (and the server's) draws the details of a preset selection with the grid.
    if (this.detailsAt === undefined) this.detailsAt = this.chosen() ?? null;
    if (changed.has('view') && this.view !== 'map' && this.view !== 'table') {
      this.warnOnce('view', `"${String(this.view)}" is not "map" or "table"; showing the map.`);
      this.view = 'map';
    }
    // A preset selection also moves the tab stop there.
    const c = changed.has('selected') && this.chosen();
    if (c) [this.row, this.col] = c;
  }

  override render() {
    const level = this.headingLevelOf(this.headingLevel, 2);
    const sel = this.chosen();
    const [sr, sc] = sel ?? [];
    const { stages: stageMap, errors } = stagesFromSummary(this.result ?? { items: [] });
    if (errors.length) this.warnOnce('result', `ignored: ${errors.join('; ')}.`);
    // Your map: only with a result that has at least one good entry (or no bad one).
    const mine = this.result != null && (stageMap.size > 0 || !errors.length);
    const results = [...this.read.results.values()];
    const examples = exchangeCaseStudies(results.filter((r) => r !== undefined));
    // The examples' count for a node, when the reader added them (undefined otherwise).
    const extra = (r: number, c: number) =>
      this.withExamples && examples.length
        ? countExchangeExamples(examples, {
            foundation: foundations[r - 1]?.id,
            ambition: ambitions[c - 1]?.id,
          })
        : undefined;
    const m = nodes();
    // The grid is drawn afresh after the table (or on the first render): no cell can be skipped.
    if (this.view !== 'map') this.drawn = [];
    return html`<div class="root" part="root base">
      ${renderHeading(
        level,
        this.t('map-title', 'Which items serve which Ambitions'),
        'heading',
        'title',
      )}
      <p>
        Each number is how many of the report's case studies link an item to an Ambition. Items 9
        and 10 have no case studies: the guide's authors added them as themes people found
        “${addedItemsQuotes.invaluable.text}” that “${addedItemsQuotes.foreground.text}” (the
        report, section 5.3), so their cells say “authors' link” under every Ambition.
      </p>
      ${needsScript(
        'Choosing and the Table view need JavaScript, which is turned off or still loading.',
        html`<p>Choose an Ambition, an item or a number to see the case studies.</p>
          <div
            class="toolbar"
            part="toolbar"
            role="group"
            aria-label=${this.t('view-as', 'View as')}
          >
            ${(['map', 'table'] as const).map(
              (view, i) =>
                html`<button
                  type="button"
                  part="view-button"
                  aria-pressed=${String(view === this.view)}
                  @click=${() => (this.view = view)}
                >
                  ${this.t(view, i ? 'Table' : 'Map')}
                </button>`,
            )}
          </div>`,
      )}
      ${this.renderExchange(examples, results)}
      ${
        mine
          ? html`<div class="legend" part="legend">
              <p><strong>Your map:</strong> each item is marked with your stage.</p>
              <ul>
                ${[...stages, { id: 'none', label: 'Not answered' }].map(
                  (s) => html`<li><span class="swatch stage-${s.id}"></span>${s.label}</li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        this.view === 'table'
          ? html`<table part="table">
              <caption>
                Number of the report's case studies linking each item to each
                Ambition${this.withExamples && examples.length ? ', + organisations’ examples' : ''}
              </caption>
              <thead>
                <tr>
                  ${m[0].map(
                    (node, c) =>
                      html`<th scope="col">
                        ${
                          c
                            ? html`<span class="a-num">A${c}</span>
                                <span class="a-title">${node[1]}</span>`
                            : 'Item'
                        }
                      </th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${m.slice(1).map(
                  (row, i) =>
                    html`<tr>
                      ${row.map((node, c) =>
                        c
                          ? html`<td class=${node[4] ? 'authors' : ''}>
                              ${node[1]}${plusExamples(extra(i + 1, c))}
                            </td>`
                          : html`<th scope="row">
                              ${node[1]}${foundations[i].addedByGuide ? ' (added by the guide)' : ''}
                            </th>`,
                      )}
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<div
                class="grid ${sel ? 'has-selection' : ''}"
                part="grid"
                role="grid"
                aria-labelledby="title"
                aria-describedby="hint"
                @click=${this.onClick}
                @keydown=${this.onKeydown}
              >
                ${m.map(
                  (row, r) =>
                    html`<div class="row ${r ? '' : 'head'}" role="row" part="row">
                      ${row.map(([before, shown, rest, count, authors], c) => {
                        const f = foundations[r - 1];
                        const more = r || c ? extra(r, c) : undefined;
                        const n = count + (more ?? 0);
                        const stage = mine && f && !c ? (stageMap.get(f.id) ?? 'none') : '';
                        const added = f?.addedByGuide && !c;
                        // Selecting an Ambition highlights its items and its linked pairs; an
                        // item, its Ambitions and its linked pairs; a pair, its item and Ambition.
                        const isLinked =
                          sel &&
                          (sr && sc
                            ? (r === sr && !c) || (!r && c === sc)
                            : sr
                              ? c > 0 && (!r || r === sr) && linked(m[sr][c])
                              : r > 0 && (!c || c === sc) && linked(m[r][sc!]));
                        const tab = this.live && r === this.row && c === this.col;
                        const key = `${n} ${more} ${stage} ${isLinked} ${tab} ${r === sr && c === sc}`;
                        const cell = r * row.length + c;
                        if (this.drawn[cell] === key) return noChange;
                        this.drawn[cell] = key;
                        const [role, part, kind] = !r
                          ? ['columnheader', 'column-header', c ? 'ambition' : 'corner']
                          : c
                            ? [
                                'gridcell',
                                'cell',
                                `cell heat-${Math.min(n, 4)} ${authors ? 'authors' : ''}`,
                              ]
                            : [
                                'rowheader',
                                'row-header',
                                `item-header ${stage && `stage-${stage}`}`,
                              ];
                        return html`<div
                          role=${role}
                          part=${part}
                          class="${kind} ${isLinked ? 'linked' : ''}"
                          data-row=${r}
                          data-col=${c}
                          tabindex=${tab ? 0 : -1}
                          aria-selected=${String(r === sr && c === sc)}
                        >
                          <span class="a-num" aria-hidden="true">${c ? `A${c}` : ''}</span>
                          <span class="visually-hidden">${before}</span>
                          <span class="count" aria-hidden=${String(shown === '–')}>${shown}</span
                          ><span class="visually-hidden">${added ? '' : rest}</span>${
                            more !== undefined && r && c
                              ? html`<span class="extra">${plusExamples(more)}</span
                                  ><span class="visually-hidden">
                                    from organisations’ examples</span
                                  >`
                              : more !== undefined
                                ? html`<span class="visually-hidden"
                                    >, and ${more} of organisations’ examples</span
                                  >`
                                : nothing
                          }
                          ${
                            added
                              ? html`<span class="tag"
                                  >Added by the guide<span class="visually-hidden"
                                    >: no case studies; the authors link it to every Ambition</span
                                  ></span
                                >`
                              : nothing
                          }
                          ${
                            stage
                              ? html`<span class="tag"
                                  >Your stage: ${getStage(stage)?.label ?? 'Not answered'}</span
                                >`
                              : nothing
                          }
                        </div>`;
                      })}
                    </div>`,
                )}
              </div>
              <p class="visually-hidden" id="hint">
                Arrow keys move, Home and End go to the start or end of a row, Enter or Space
                selects, Escape clears.
              </p>`
      }
      ${this.detailsAt ? renderDetails(this.detailsAt, level, this.itemHref) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${renderCompactAttribution(this.local.adapted)} ${renderReportCredit()}
    </div>`;
  }

  /** The toggle adding organisations' examples, its count line, and sources with problems. */
  private renderExchange(
    examples: readonly ExchangeCaseStudy[],
    results: readonly (SourceResult | undefined)[],
  ) {
    const problems = renderSourceProblems(results);
    if (!examples.length && problems === nothing) return nothing;
    return html`<div class="exchange" part="exchange">
      ${
        examples.length
          ? html`<label class="include">
                <input
                  type="checkbox"
                  .checked=${this.withExamples}
                  @change=${(e: Event) =>
                    (this.withExamples = (e.target as HTMLInputElement).checked)}
                />
                Include organisations’ examples
              </label>
              <p part="exchange-count">
                ${exchangeCountLine(caseStudies.length, examples)}${
                  this.withExamples
                    ? '. The numbers show the report’s count, then + the organisations’ examples.'
                    : ' (not in the numbers).'
                }
                Organisations’ examples are shown as they published them. They have not been
                evaluated or endorsed by the report’s authors or by this website.
              </p>`
          : nothing
      }
      ${problems}
    </div>`;
  }

  /** Selects the node at row r, column c; both 0 (the corner, or Escape) clears the selection. */
  private select(r: number, c: number) {
    const foundation = foundations[r - 1]?.id;
    const ambition = ambitions[c - 1]?.id;
    const kind = r ? (c ? 'cell' : 'foundation') : c ? 'ambition' : 'none';
    const [before, shown, rest] = nodes()[r][c];
    this.selected = formatMapSelection({ kind, foundation, ambition } as MapSelection);
    this.announcement =
      r || c
        ? `Selected ${before}${shown.replace('–', '')}${rest}. Details follow the map.`
        : 'Selection cleared.';
    this.dispatchEvent(
      new AmbitionMapSelectEvent({ kind, id: this.selected, ambition, foundation }),
    );
  }

  private onClick(event: MouseEvent) {
    const node = (event.target as Element).closest<HTMLElement>('[data-row]');
    if (!node) return;
    this.row = Number(node.dataset.row);
    this.col = Number(node.dataset.col);
    if (this.row || this.col) this.select(this.row, this.col);
  }

  private async onKeydown(event: KeyboardEvent) {
    const { key } = event;
    const next = moveInGrid(
      { row: this.row, col: this.col },
      key,
      11,
      7,
      event.ctrlKey || event.metaKey,
    );
    if (next) {
      event.preventDefault();
      this.row = next.row;
      this.col = next.col;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[tabindex="0"]`)?.focus();
    } else if (key === 'Escape' ? this.selected : ['Enter', ' '].includes(key)) {
      event.preventDefault();
      // Enter on the corner selects nothing; Escape clears.
      if (key === 'Escape') this.select(0, 0);
      else if (this.row || this.col) this.select(this.row, this.col);
    }
  }
}
