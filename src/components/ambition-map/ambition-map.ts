import { html, nothing, type TemplateResult } from 'lit';
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
  type MapSelection,
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

const ROWS = foundations.length + 1;
const COLS = ambitions.length + 1;

const plural = (n: number) =>
  n === 0 ? 'no case studies' : n === 1 ? '1 case study' : `${n} case studies`;
const ambitionName = (a: Ambition) => `Ambition ${a.number}, ${a.title}`;
const itemName = (f: Foundation) => `${f.number}. ${f.title}`;

/**
 * One pair's text in three runs: hidden context, what is shown, hidden rest. Read together they
 * are the cell's accessible name ("Leadership and Ambition 5, All staff are prepared to care:
 * 3 case studies"), which therefore always contains the visible text.
 */
function cellText(f: Foundation, a: Ambition): [string, string, string] {
  const { count, authorsLink } = mapLink(f, a.id);
  const before = `${f.title} and ${ambitionName(a)}: `;
  if (authorsLink) return [before, "authors' link", '(no case studies)'];
  if (f.addedByGuide) return [before, '–', 'no case studies'];
  return [before, String(count), count === 1 ? ' case study' : ' case studies'];
}

const cellName = (f: Foundation, a: Ambition) => {
  const [before, shown, after] = cellText(f, a);
  return before + (shown === '–' ? '' : shown) + after;
};

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

  @state() private focusRow = 0;
  @state() private focusCol = 1;
  @state() private announcement = '';

  private selection(): MapSelection | undefined {
    if (!this.selected) return undefined;
    const selection = parseMapSelection(this.selected);
    if (!selection)
      this.warnOnce('selected', `"${this.selected}" is not "A1"-"A6", an item 1-10 or "7:A6".`);
    return selection;
  }

  private stageMap(): ReadonlyMap<FoundationId, StageId> | undefined {
    if (this.result === undefined || this.result === null) return undefined;
    const { stages: map, errors } = stagesFromSummary(this.result);
    if (errors.length > 0) this.warnOnce('result', `ignored: ${errors.join('; ')}.`);
    return map.size > 0 || errors.length === 0 ? map : undefined;
  }

  override render() {
    const level = toHeadingLevel(this.headingLevel, 3);
    const selection = this.selection();
    const stageMap = this.stageMap();
    const isTable = this.view === 'table';
    return html`<div class="root" part="root">
      ${renderHeading(level, 'Which items serve which Ambitions', 'heading', 'title')}
      <p class="intro">
        Each number is how many of the report's case studies link an item to an Ambition. Items 9
        and 10 were added by the guide's authors, who link them to Ambition 6. Choose an Ambition,
        an item or a number to see the case studies.
      </p>
      <div class="toolbar" part="toolbar" role="group" aria-label="View as">
        ${(['map', 'table'] as const).map(
          (view) =>
            html`<button
              type="button"
              part="view-button"
              aria-pressed=${String((view === 'table') === isTable)}
              @click=${() => (this.view = view)}
            >
              ${view === 'map' ? 'Map' : 'Table'}
            </button>`,
        )}
      </div>
      ${stageMap ? this.renderLegend() : nothing}
      ${isTable ? this.renderTable() : this.renderGrid(selection, stageMap)}
      ${this.renderDetails(selection, level)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${renderCompactAttribution()}
    </div>`;
  }

  private renderLegend(): TemplateResult {
    return html`<div class="legend" part="legend">
      <p class="legend-title">Your map: each item is marked with your stage</p>
      <ul>
        ${stages.map(
          (s) =>
            html`<li><span class="swatch stage-${s.id}" aria-hidden="true"></span>${s.label}</li>`,
        )}
        <li><span class="swatch" aria-hidden="true"></span>Not answered</li>
      </ul>
    </div>`;
  }

  private tabindex(row: number, col: number) {
    return row === this.focusRow && col === this.focusCol ? '0' : '-1';
  }

  private renderGrid(
    selection: MapSelection | undefined,
    stageMap: ReadonlyMap<FoundationId, StageId> | undefined,
  ): TemplateResult {
    const selA = selection && selection.kind !== 'foundation' ? selection.ambition : undefined;
    const selF = selection && selection.kind !== 'ambition' ? selection.foundation : undefined;
    const kind = selection?.kind;
    return html`<div
        class="grid ${selection ? 'has-selection' : ''}"
        part="grid"
        role="grid"
        aria-labelledby="title"
        aria-describedby="hint"
        @click=${this.onClick}
        @keydown=${this.onKeydown}
      >
        <div class="row head" role="row" part="row">
          <div
            class="corner"
            role="columnheader"
            data-row="0"
            data-col="0"
            tabindex=${this.tabindex(0, 0)}
          >
            Items and Ambitions
          </div>
          ${ambitions.map((a, i) => {
            const isSel = kind === 'ambition' && selA === a.id;
            const link = selF ? mapLink(getFoundation(selF)!, a.id) : undefined;
            const linked = !isSel && !!link && (link.count > 0 || link.authorsLink);
            return html`<div
              class="ambition ${isSel ? 'selected' : ''} ${linked ? 'linked' : ''}"
              role="columnheader"
              part="column-header"
              data-row="0"
              data-col=${i + 1}
              tabindex=${this.tabindex(0, i + 1)}
              aria-selected=${String(isSel)}
            >
              <span class="a-num" aria-hidden="true">A${a.number}</span>
              <span class="visually-hidden">Ambition ${a.number}, </span>
              <span class="a-title"
                >${a.title}<span class="visually-hidden"
                  >: ${plural(caseStudiesFor({ ambition: a.id }).length)}</span
                ></span
              >
            </div>`;
          })}
        </div>
        ${foundations.map((f, r) => {
          const stage = stageMap?.get(f.id);
          const stageLabel = stageMap
            ? (stages.find((s) => s.id === stage)?.label ?? 'Not answered')
            : '';
          const isSel = kind === 'foundation' && selF === f.id;
          const rowLinked =
            !isSel &&
            !!selA &&
            (kind === 'cell'
              ? selF === f.id
              : mapLink(f, selA).count > 0 || mapLink(f, selA).authorsLink);
          const total = caseStudiesFor({ foundation: f.id }).length;
          return html`<div class="row item ${f.addedByGuide ? 'added' : ''}" role="row" part="row">
            <div
              class="item-header ${isSel ? 'selected' : ''} ${rowLinked ? 'linked' : ''} ${stageMap ? `stage-${stage ?? 'none'}` : ''}"
              role="rowheader"
              part="row-header"
              data-row=${r + 1}
              data-col="0"
              tabindex=${this.tabindex(r + 1, 0)}
              aria-selected=${String(isSel)}
            >
              <span class="i-title"
                >${itemName(f)}${
                  f.addedByGuide
                    ? nothing
                    : html`<span class="visually-hidden">: ${plural(total)}</span>`
                }</span
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
              ${stageMap ? html`<span class="stage">Your stage: ${stageLabel}</span>` : nothing}
            </div>
            ${ambitions.map((a, c) => {
              const { count, authorsLink } = mapLink(f, a.id);
              const [before, shown, after] = cellText(f, a);
              const isCell = kind === 'cell' && selF === f.id && selA === a.id;
              const linked =
                !isCell &&
                (count > 0 || authorsLink) &&
                ((kind === 'ambition' && selA === a.id) ||
                  (kind === 'foundation' && selF === f.id));
              return html`<div
                class="cell heat-${heatLevel(count)} ${authorsLink ? 'authors' : ''} ${f.addedByGuide && !authorsLink ? 'none' : ''} ${isCell ? 'selected' : ''} ${linked ? 'linked' : ''}"
                role="gridcell"
                part="cell"
                data-row=${r + 1}
                data-col=${c + 1}
                tabindex=${this.tabindex(r + 1, c + 1)}
                aria-selected=${String(isCell)}
              >
                <span class="visually-hidden">${before}</span>
                <span class="c-label" aria-hidden="true">A${a.number}</span>
                <span class="count" aria-hidden=${shown === '–' ? 'true' : 'false'}>${shown}</span>
                <span class="visually-hidden">${after}</span>
              </div>`;
            })}
          </div>`;
        })}
      </div>
      <p class="visually-hidden" id="hint">
        Arrow keys move, Home and End go to the start or end of a row, Enter or Space selects,
        Escape clears.
      </p>`;
  }

  private renderTable(): TemplateResult {
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
              ${ambitions.map((a) => {
                const { count, authorsLink } = mapLink(f, a.id);
                return html`<td class=${authorsLink ? 'authors' : ''}>
                  ${authorsLink ? "authors' link" : f.addedByGuide ? '–' : count}
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderStudies(list: readonly CaseStudy[], withItem: boolean): TemplateResult {
    return html`<ul part="case-studies" class="studies">
      ${list.map(
        (c) =>
          html`<li>
            <strong>${c.title}</strong>${
              withItem
                ? html` (item ${getFoundation(c.foundation)!.number},
                  ${getFoundation(c.foundation)!.title})`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  private renderDetails(selection: MapSelection | undefined, level: number) {
    if (!selection) return nothing;
    const sub = toHeadingLevel(level + 1, 4);
    let body: TemplateResult;
    if (selection.kind === 'ambition') {
      const a = getAmbition(selection.ambition)!;
      const list = caseStudiesFor({ ambition: a.id });
      const items = foundations.filter((f) => {
        const link = mapLink(f, a.id);
        return link.count > 0 || link.authorsLink;
      });
      body = html`${renderHeading(sub, `Ambition ${a.number}: ${a.title}`, 'details-heading')}
        <p>Items that serve it:</p>
        <ul>
          ${items.map((f) => {
            const link = mapLink(f, a.id);
            return html`<li>
              ${itemName(f)}: ${link.authorsLink ? "the guide authors' link" : plural(link.count)}
            </li>`;
          })}
        </ul>
        <p>Case studies tagged A${a.number} (${list.length}):</p>
        ${this.renderStudies(list, true)}`;
    } else if (selection.kind === 'foundation') {
      const f = getFoundation(selection.foundation)!;
      const href = fillItemHref(this.itemHref, f);
      const list = caseStudiesFor({ foundation: f.id });
      body = html`${renderHeading(sub, itemName(f), 'details-heading')}
        <p>${f.what}</p>
        <p>The guide asks ${f.ask.length} questions about this item.</p>
        <p>
          Ambitions it serves${f.addedByGuide ? " (the guide authors' link)" : ''}:
          ${f.ambitions.map((id) => `A${getAmbition(id)!.number}`).join(', ')}.
        </p>
        ${
          href
            ? html`<p><a part="item-link" href=${href}>Go to item ${f.number}: ${f.title}</a></p>`
            : nothing
        }
        ${
          list.length
            ? html`<p>Case studies under this item (${list.length}):</p>
                ${this.renderStudies(list, false)}`
            : nothing
        }`;
    } else {
      const f = getFoundation(selection.foundation)!;
      const a = getAmbition(selection.ambition)!;
      const { authorsLink } = mapLink(f, a.id);
      const list = caseStudiesFor({ foundation: f.id, ambition: a.id });
      body = html`${renderHeading(sub, `${f.title} and ${ambitionName(a)}`, 'details-heading')}
        <p>
          ${
            authorsLink
              ? "The report has no case studies for this item: the guide's authors added it and link it to this Ambition."
              : list.length
                ? `${plural(list.length)}:`
                : 'None of the report’s case studies links these two.'
          }
        </p>
        ${list.length ? this.renderStudies(list, false) : nothing}`;
    }
    return html`<section class="details" part="details" aria-label="Selection details">
      ${body}
    </section>`;
  }

  private cellAt(row: number, col: number): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-row="${row}"][data-col="${col}"]`);
  }

  private selectAt(row: number, col: number) {
    let selection: MapSelection | undefined;
    const f = foundations[row - 1];
    const a = ambitions[col - 1];
    if (row === 0 && a) selection = { kind: 'ambition', ambition: a.id };
    else if (f && col === 0) selection = { kind: 'foundation', foundation: f.id };
    else if (f && a) selection = { kind: 'cell', foundation: f.id, ambition: a.id };
    if (!selection) return;
    this.selected = formatMapSelection(selection);
    this.announcement = `Selected ${
      selection.kind === 'ambition'
        ? `${ambitionName(a)}: ${plural(caseStudiesFor({ ambition: a.id }).length)}`
        : selection.kind === 'foundation'
          ? `${itemName(f)}: ${plural(caseStudiesFor({ foundation: f.id }).length)}`
          : cellName(f, a)
    }. Details follow the map.`;
    this.dispatchEvent(
      new AmbitionMapSelectEvent({
        kind: selection.kind,
        id: this.selected,
        ambition: selection.kind === 'foundation' ? undefined : selection.ambition,
        foundation: selection.kind === 'ambition' ? undefined : selection.foundation,
      }),
    );
  }

  private onClick(event: MouseEvent) {
    const cell = (event.target as Element).closest<HTMLElement>('[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    this.focusRow = row;
    this.focusCol = col;
    this.selectAt(row, col);
  }

  private async onKeydown(event: KeyboardEvent) {
    const { key } = event;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.selectAt(this.focusRow, this.focusCol);
      return;
    }
    if (key === 'Escape') {
      if (!this.selected) return;
      event.preventDefault();
      this.selected = '';
      this.announcement = 'Selection cleared.';
      this.dispatchEvent(new AmbitionMapSelectEvent({ kind: 'none', id: '' }));
      return;
    }
    const next = moveInGrid(
      { row: this.focusRow, col: this.focusCol },
      key,
      ROWS,
      COLS,
      event.ctrlKey || event.metaKey,
    );
    if (!next) return;
    event.preventDefault();
    this.focusRow = next.row;
    this.focusCol = next.col;
    await this.updateComplete;
    this.cellAt(next.row, next.col)?.focus();
  }

  override willUpdate(changed: Map<string, unknown>) {
    // A preset selection also decides where the one tab stop sits.
    if (changed.has('selected')) {
      const s = parseMapSelection(this.selected);
      if (s && !this.matchesFocus(s)) {
        this.focusRow = s.kind === 'ambition' ? 0 : getFoundation(s.foundation)!.number;
        this.focusCol = s.kind === 'foundation' ? 0 : getAmbition(s.ambition)!.number;
      }
    }
    if (changed.has('view') && this.view !== 'map' && this.view !== 'table') {
      this.warnOnce('view', `"${String(this.view)}" is not "map" or "table"; showing the map.`);
      this.view = 'map';
    }
  }

  private matchesFocus(s: MapSelection): boolean {
    return formatMapSelection(s) === this.focusedId();
  }

  private focusedId(): string {
    const f = foundations[this.focusRow - 1];
    const a = ambitions[this.focusCol - 1];
    if (!f) return a ? a.id : '';
    return a ? `${f.number}:${a.id}` : String(f.number);
  }
}
