import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ambitions,
  caseStudiesFor,
  foundations,
  getAmbition,
  getFoundation,
  type Ambition,
  type AmbitionId,
  type CaseStudy,
  type Foundation,
  type FoundationId,
} from '../../content/index.js';
import {
  fillItemHref,
  formatMapSelection,
  heatLevel,
  mapLink,
  moveInGrid,
  parseMapSelection,
  stages,
  stagesFromSummary,
  type SelfCheckSummary,
  type StageId,
} from '../../engine/index.js';
import { baseStyles } from '../../styles/tokens.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { renderCompactAttribution } from '../shared/attribution.js';
import { renderHeading, toHeadingLevel } from '../shared/heading.js';
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

const plural = (n: number) =>
  n === 0 ? 'no case studies' : n === 1 ? '1 case study' : `${n} case studies`;
const ambitionName = (a: Ambition) => `Ambition ${a.number}, ${a.title}`;
const itemName = (f: Foundation) => `${f.number}. ${f.title}`;
const linked = (f: Foundation, a: Ambition) => {
  const link = mapLink(f, a.id);
  return link.count > 0 || link.authorsLink;
};
/** What a cell shows: the count, "authors' link" (items 9 and 10 with A6) or a dash. */
const shown = (f: Foundation, a: Ambition) =>
  mapLink(f, a.id).authorsLink
    ? "authors' link"
    : f.addedByGuide
      ? '–'
      : String(mapLink(f, a.id).count);

/**
 * One pair's text in three runs: hidden context, what is shown, hidden rest. Read together they
 * are the cell's accessible name ("Leadership and Ambition 5, All staff are prepared to care:
 * 3 case studies"), which therefore always contains the visible text.
 */
function cellText(f: Foundation, a: Ambition): [string, string, string] {
  const text = shown(f, a);
  const rest =
    text === '–'
      ? 'no case studies'
      : f.addedByGuide
        ? '(no case studies)'
        : text === '1'
          ? ' case study'
          : ' case studies';
  return [`${f.title} and ${ambitionName(a)}: `, text, rest];
}

/** The selection as objects: an Ambition, an item, or both for a pair. */
interface Chosen {
  readonly kind: 'ambition' | 'foundation' | 'cell';
  readonly a?: Ambition;
  readonly f?: Foundation;
}

/**
 * The evidence between the guide's ten items and the six Ambitions: a heat map of how many of the
 * report's case studies link each pair, with a table view of the same numbers.
 *
 * @summary Items x Ambitions heat map with counts, selection, keyboard grid and a table view.
 * @csspart root - The outermost box.
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
 * @csspart item-link - The link to the selected item's card (with `item-href`).
 * @csspart case-studies - The list of case studies in the details.
 * @csspart attribution - The guide's attribution line.
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour (selection, strongest heat).
 * @cssprop [--ambitions-map-heat-1=#e3eef8] - Cell colour for 1 case study.
 * @cssprop [--ambitions-map-heat-2=#b9d4ee] - Cell colour for 2 case studies.
 * @cssprop [--ambitions-map-heat-3=#7fb0df] - Cell colour for 3 case studies.
 * @cssprop [--ambitions-map-heat-4=#005eb8] - Cell colour for 4 or more case studies.
 * @cssprop [--ambitions-color-border=#d8dde0] - Grid lines.
 * @cssprop [--ambitions-color-selected=#fff9c4] - Background of the selected header or cell.
 * @event ambitions-map-select - The reader selected something (`AmbitionMapSelectEvent`,
 *   detail `{ kind, id, ambition?, foundation? }`); `kind: 'none'` when Escape cleared it.
 * @fires ambitions-map-select
 */
export class AmbitionMap extends AmbitionsElement {
  static override styles = [baseStyles, mapStyles];

  /** `map` (default) or `table`. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';

  /** What is selected: "A6" (an Ambition), "7" or a slug (an item), "7:A6" (a pair). */
  @property() selected = '';

  /** A self-check summary: colours each item by its stage and shows a "your map" legend. */
  @property({ attribute: false }) result?: SelfCheckSummary;

  /** Link template to an item's card, e.g. `#item-{number}` or `/guide/{id}`. */
  @property({ attribute: 'item-href' }) itemHref = '';

  /** Heading level (2-6) that fits the host page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;

  /** The one tab stop of the grid: row 0 holds the Ambitions, column 0 the items. */
  @state() private row = 0;
  @state() private col = 1;
  @state() private announcement = '';

  private chosen(): Chosen | undefined {
    if (!this.selected) return undefined;
    const s = parseMapSelection(this.selected);
    if (!s)
      this.warnOnce('selected', `"${this.selected}" is not "A1"-"A6", an item 1-10 or "7:A6".`);
    return (
      s && {
        kind: s.kind,
        a: s.kind === 'foundation' ? undefined : getAmbition(s.ambition),
        f: s.kind === 'ambition' ? undefined : getFoundation(s.foundation),
      }
    );
  }

  private stageMap(): ReadonlyMap<FoundationId, StageId> | undefined {
    if (this.result == null) return undefined;
    const { stages: map, errors } = stagesFromSummary(this.result);
    if (errors.length > 0) this.warnOnce('result', `ignored: ${errors.join('; ')}.`);
    return map.size > 0 || errors.length === 0 ? map : undefined;
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('view') && this.view !== 'map' && this.view !== 'table') {
      this.warnOnce('view', `"${String(this.view)}" is not "map" or "table"; showing the map.`);
      this.view = 'map';
    }
    // A preset selection also moves the tab stop there.
    const c = changed.has('selected') && this.chosen();
    if (c) {
      this.row = c.f?.number ?? 0;
      this.col = c.a?.number ?? 0;
    }
  }

  override render() {
    const level = toHeadingLevel(this.headingLevel, 3);
    const c = this.chosen();
    const stageMap = this.stageMap();
    const isTable = this.view === 'table';
    return html`<div class="root" part="root">
      ${renderHeading(
        level,
        this.t('map-title', 'Which items serve which Ambitions'),
        'heading',
        'title',
      )}
      <p>
        Each number is how many of the report's case studies link an item to an Ambition. Items 9
        and 10 were added by the guide's authors, who link them to Ambition 6. Choose an Ambition,
        an item or a number to see the case studies.
      </p>
      <div class="toolbar" part="toolbar" role="group" aria-label=${this.t('view-as', 'View as')}>
        ${[this.t('map', 'Map'), this.t('table', 'Table')].map(
          (label, i) =>
            html`<button
              type="button"
              part="view-button"
              aria-pressed=${String(!!i === isTable)}
              @click=${() => (this.view = i ? 'table' : 'map')}
            >
              ${label}
            </button>`,
        )}
      </div>
      ${
        stageMap
          ? html`<div class="legend" part="legend">
              <p><strong>Your map:</strong> each item is marked with your stage.</p>
              <ul>
                ${[...stages.map((s) => [s.id, s.label]), ['none', 'Not answered']].map(
                  ([id, label]) => html`<li><span class="swatch stage-${id}"></span>${label}</li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${isTable ? this.renderTable() : this.renderGrid(c, stageMap)}
      ${c ? this.renderDetails(c, level) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${renderCompactAttribution(this.local.adapted)}
    </div>`;
  }

  /** One focusable grid node; `role` is gridcell, columnheader or rowheader. */
  private node(
    role: string,
    row: number,
    col: number,
    classes: string,
    selected: boolean,
    content: unknown,
  ) {
    return html`<div
      role=${role}
      part=${role === 'gridcell' ? 'cell' : role.replace('header', '-header')}
      class="${classes} ${selected ? 'selected' : ''}"
      data-row=${row}
      data-col=${col}
      tabindex=${row === this.row && col === this.col ? 0 : -1}
      aria-selected=${String(selected)}
    >
      ${content}
    </div>`;
  }

  private renderGrid(c: Chosen | undefined, stageMap?: ReadonlyMap<FoundationId, StageId>) {
    const { kind, a: selA, f: selF } = c ?? {};
    return html`<div
        class="grid ${c ? 'has-selection' : ''}"
        part="grid"
        role="grid"
        aria-labelledby="title"
        aria-describedby="hint"
        @click=${this.onClick}
        @keydown=${this.onKeydown}
      >
        <div class="row head" role="row" part="row">
          ${this.node('columnheader', 0, 0, 'corner', false, 'Items and Ambitions')}
          ${ambitions.map((a) =>
            this.node(
              'columnheader',
              0,
              a.number,
              `ambition ${selF && (kind === 'cell' ? a === selA : linked(selF, a)) ? 'linked' : ''}`,
              kind === 'ambition' && a === selA,
              html`<span class="a-num" aria-hidden="true">A${a.number}</span>
                <span class="visually-hidden">Ambition ${a.number}, </span>
                <span class="a-title"
                  >${a.title}<span class="visually-hidden"
                    >: ${plural(caseStudiesFor({ ambition: a.id }).length)}</span
                  ></span
                >`,
            ),
          )}
        </div>
        ${foundations.map((f) => {
          const stage = stageMap && (stageMap.get(f.id) ?? 'none');
          return html`<div class="row" role="row" part="row">
            ${this.node(
              'rowheader',
              f.number,
              0,
              `item-header ${selA && (kind === 'cell' ? f === selF : linked(f, selA)) ? 'linked' : ''} ${stage ? `stage-${stage}` : ''}`,
              kind === 'foundation' && f === selF,
              html`<span class="i-title"
                  >${itemName(f)}<span class="visually-hidden"
                    >${
                      f.addedByGuide
                        ? ''
                        : `: ${plural(caseStudiesFor({ foundation: f.id }).length)}`
                    }</span
                  ></span
                >
                ${
                  f.addedByGuide
                    ? html`<span class="tag"
                        >Added by the guide<span class="visually-hidden"
                          >: no case studies; the authors link it to Ambition 6</span
                        ></span
                      >`
                    : nothing
                }
                ${
                  stage
                    ? html`<span class="tag"
                        >Your stage:
                        ${stages.find((s) => s.id === stage)?.label ?? 'Not answered'}</span
                      >`
                    : nothing
                }`,
            )}
            ${ambitions.map((a) => {
              const [before, text, after] = cellText(f, a);
              const link = mapLink(f, a.id);
              return this.node(
                'gridcell',
                f.number,
                a.number,
                `cell heat-${heatLevel(link.count)} ${link.authorsLink ? 'authors' : ''} ${
                  linked(f, a) &&
                  ((kind === 'ambition' && a === selA) || (kind === 'foundation' && f === selF))
                    ? 'linked'
                    : ''
                }`,
                kind === 'cell' && f === selF && a === selA,
                html`<span class="visually-hidden">${before}</span>
                  <span class="c-label" aria-hidden="true">A${a.number}</span>
                  <span class="count" aria-hidden=${String(text === '–')}>${text}</span>
                  <span class="visually-hidden">${after}</span>`,
              );
            })}
          </div>`;
        })}
      </div>
      <p class="visually-hidden" id="hint">
        Arrow keys move, Home and End go to the start or end of a row, Enter or Space selects,
        Escape clears.
      </p>`;
  }

  private renderTable() {
    return html`<table part="table">
      <caption>
        Number of the report's case studies linking each item to each Ambition
      </caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          ${ambitions.map(
            (a) =>
              html`<th scope="col">
                <span class="a-num">A${a.number}</span> <span class="a-title">${a.title}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${foundations.map(
          (f) =>
            html`<tr>
              <th scope="row">${itemName(f)}${f.addedByGuide ? ' (added by the guide)' : ''}</th>
              ${ambitions.map(
                (a) =>
                  html`<td class=${mapLink(f, a.id).authorsLink ? 'authors' : ''}>
                    ${shown(f, a)}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderStudies(list: readonly CaseStudy[], withItem: boolean) {
    return html`<ul part="case-studies">
      ${list.map(
        (s) =>
          html`<li>
            <strong>${s.title}</strong>${
              withItem ? ` (item ${getFoundation(s.foundation)!.number})` : ''
            }
          </li>`,
      )}
    </ul>`;
  }

  private renderDetails({ kind, a, f }: Chosen, level: number) {
    const heading = (text: string) =>
      renderHeading(toHeadingLevel(level + 1, 4), text, 'details-heading');
    const list = caseStudiesFor({ foundation: f?.id, ambition: a?.id });
    let body;
    if (kind === 'ambition') {
      body = html`${heading(`Ambition ${a!.number}: ${a!.title}`)}
        <p>Items that serve it:</p>
        <ul>
          ${foundations
            .filter((item) => linked(item, a!))
            .map(
              (item) =>
                html`<li>
                  ${itemName(item)}:
                  ${item.addedByGuide ? "the guide authors' link" : plural(mapLink(item, a!.id).count)}
                </li>`,
            )}
        </ul>
        <p>Case studies tagged A${a!.number} (${list.length}):</p>
        ${this.renderStudies(list, true)}`;
    } else if (kind === 'foundation') {
      const href = fillItemHref(this.itemHref, f!);
      body = html`${heading(itemName(f!))}
        <p>${f!.what}</p>
        <p>
          The guide asks ${f!.ask.length} questions about this item. It serves
          ${f!.ambitions.map((id) => `A${id.slice(1)}`).join(', ')}${
            f!.addedByGuide ? " (the guide authors' link)" : ''
          }.
        </p>
        ${
          href
            ? html`<p><a part="item-link" href=${href}>Go to item ${f!.number}: ${f!.title}</a></p>`
            : nothing
        }
        ${
          list.length
            ? html`<p>Case studies under this item (${list.length}):</p>
                ${this.renderStudies(list, false)}`
            : nothing
        }`;
    } else {
      body = html`${heading(`${f!.title} and ${ambitionName(a!)}`)}
        <p>
          ${
            mapLink(f!, a!.id).authorsLink
              ? "The report has no case studies for this item: the guide's authors added it and link it to this Ambition."
              : list.length
                ? `${plural(list.length)}:`
                : 'None of the report’s case studies links these two.'
          }
        </p>
        ${list.length ? this.renderStudies(list, false) : nothing}`;
    }
    return html`<section part="details" aria-label="Selection details">${body}</section>`;
  }

  private select(row: number, col: number) {
    const f = foundations[row - 1];
    const a = ambitions[col - 1];
    if (!f && !a) return;
    const kind = f && a ? 'cell' : f ? 'foundation' : 'ambition';
    this.selected = formatMapSelection(
      f && a
        ? { kind: 'cell', foundation: f.id, ambition: a.id }
        : f
          ? { kind: 'foundation', foundation: f.id }
          : { kind: 'ambition', ambition: a.id },
    );
    this.announcement = `Selected ${
      kind === 'cell'
        ? cellText(f, a).join('').replace('–', '')
        : f
          ? `${itemName(f)}: ${plural(caseStudiesFor({ foundation: f.id }).length)}`
          : `${ambitionName(a)}: ${plural(caseStudiesFor({ ambition: a.id }).length)}`
    }. Details follow the map.`;
    this.dispatchEvent(
      new AmbitionMapSelectEvent({ kind, id: this.selected, ambition: a?.id, foundation: f?.id }),
    );
  }

  private onClick(event: MouseEvent) {
    const node = (event.target as Element).closest<HTMLElement>('[data-row]');
    if (!node) return;
    this.row = Number(node.dataset.row);
    this.col = Number(node.dataset.col);
    this.select(this.row, this.col);
  }

  private async onKeydown(event: KeyboardEvent) {
    const { key } = event;
    if (key === 'Escape' && !this.selected) return;
    const next = moveInGrid(
      { row: this.row, col: this.col },
      key,
      11,
      7,
      event.ctrlKey || event.metaKey,
    );
    if (!next && !['Enter', ' ', 'Escape'].includes(key)) return;
    event.preventDefault();
    if (key === 'Escape') {
      this.selected = '';
      this.announcement = 'Selection cleared.';
      this.dispatchEvent(new AmbitionMapSelectEvent({ kind: 'none', id: '' }));
    } else if (!next) {
      this.select(this.row, this.col);
    } else {
      this.row = next.row;
      this.col = next.col;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[tabindex="0"]`)?.focus();
    }
  }
}
