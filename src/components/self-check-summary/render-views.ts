import { html, nothing, type TemplateResult } from 'lit';
import {
  addedItemsCounting,
  foundations,
  smallNumberOfChanges,
  type FoundationId,
} from '../../content/index.js';
import {
  shownRanks,
  getStage,
  SUMMARY_STAGES,
  summaryStageLabel,
  type SummaryStage,
  type SummaryTeam,
} from '../../engine/index.js';
import { renderFullAttribution } from '../shared/attribution.js';
import { outside } from '../shared/bidi.js';
import { dataTable } from '../shared/data-table.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import { renderRichTextList } from '../shared/rich-text.js';
import { renderBoard } from './render-board.js';
import { renderOrganisationFilter } from './render-org-filter.js';
import { renderTrend } from './render-trend.js';
import type { SelfCheckSummary } from './self-check-summary.js';
import { plural } from '../shared/plural.js';

/**
 * Matrix rows drawn until the lead asks for all: a table of a few hundred rows renders within a
 * frame or two; thousands take longer, so they wait for "Show all".
 */
const SHOWN_TEAMS = 200;
/** Notes drawn per item until the lead asks for all: 10,000 teams' notes are 20,000 list items. */
const SHOWN_NOTES = 50;

const sub = (s: SelfCheckSummary, text: unknown, id: string) =>
  renderHeading(levelBelow(s.level), text, 'subtitle', id);
const minor = (s: SelfCheckSummary, text: unknown) =>
  renderHeading(levelBelow(levelBelow(s.level)), text, 'subtitle');

/** A data table with a visible or hidden caption, scrolling in its own box on a narrow screen. */
function table(
  caption: unknown,
  columns: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  hidden = true,
) {
  return html`<div class="scroll" role="region" aria-label=${String(caption)} tabindex="0">
    ${dataTable(caption, columns, rows, hidden)}
  </div>`;
}

/** The stage key (for colour classes): "not-answered" when none. */
const key = (stage: SummaryStage | undefined): SummaryStage => stage ?? 'not-answered';

function renderLegend() {
  return html`<ul class="legend" aria-hidden="true">
    ${SUMMARY_STAGES.map((st) => html`<li><span class="swatch s-${st}"></span>${summaryStageLabel(st)}</li>`)}
  </ul>`;
}

/** 1. Per item: a stacked bar with the counts written on it, then the same numbers as a table. */
function renderSystem(s: SelfCheckSummary) {
  const { items, teams } = s._summary;
  // Teams that gathered members' ratings: only then the "split" column means something.
  const gathered = teams.filter((t) => Object.values(t.file.answers).some((a) => a?.spread)).length;
  return html`<section part="system" class="system" aria-labelledby="system-title">
    ${sub(s, s.t('summary-system', 'Across the system, per item'), 'system-title')}
    <p>How many of the ${teams.length} teams are at each stage on each item.</p>
    ${renderLegend()}
    <ol part="bars" class="bars" aria-hidden="true">
      ${items.map(
        (item) =>
          html`<li>
            <span class="bar-label">${item.number}. ${item.title}</span>
            <span class="bar">
              ${SUMMARY_STAGES.filter((st) => item.counts[st] > 0).map(
                (st) =>
                  html`<span
                    class="seg s-${st}"
                    .style=${
                      // Set through the style object, which a strict style-src allows (an inline
                      // style attribute it refuses); one property, so Lit's styleMap is not needed.
                      `flex-grow: ${item.counts[st]}`
                    }
                    title=${`${summaryStageLabel(st)}: ${item.counts[st]}`}
                    >${item.counts[st]}</span
                  >`,
              )}
            </span>
          </li>`,
      )}
    </ol>
    ${table(
      'Teams at each stage, per item',
      [
        'Item',
        ...SUMMARY_STAGES.map(summaryStageLabel),
        ...(gathered ? ['Split before agreeing'] : []),
      ],
      items.map((item) => [
        `${item.number}. ${item.title}`,
        ...SUMMARY_STAGES.map((st) => item.counts[st]),
        ...(gathered ? [`${item.split} of ${teams.length} teams`] : []),
      ]),
    )}
    ${
      gathered
        ? html`<p class="small">
            Split before agreeing: the team’s members, rating on their own before the meeting, were
            two or more stages apart on the item. Counted from the members’ spread the results keep
            (${gathered} of ${teams.length} teams gathered their members’ ratings on at least one
            item).
          </p>`
        : nothing
    }
  </section>`;
}

/**
 * Orders already made, per list of teams and column: a redraw (each step of a later read redraws
 * the status line) must not sort 10,000 teams again.
 */
const orders = new WeakMap<readonly SummaryTeam[], Map<string, readonly SummaryTeam[]>>();

/** The matrix's rows in the chosen order (not answered sorts after every stage). */
function sortedTeams(s: SelfCheckSummary): readonly SummaryTeam[] {
  const by = s._sort;
  const teams = s._summary.teams;
  const cached = orders.get(teams) ?? new Map<string, readonly SummaryTeam[]>();
  orders.set(teams, cached);
  const key = `${by} ${s._descending}`;
  const known = cached.get(key);
  if (known) return known;
  // The same order as the organisation filter's (compareShown), by rank: one collator
  // comparison per pair of distinct names, not per pair of rows.
  const org = shownRanks(teams.map((t) => t.organisation));
  const team = shownRanks(teams.map((t) => t.name));
  const value = (t: SummaryTeam) => getStage(t.stages[by as FoundationId])?.value ?? -1;
  const primary = (t: SummaryTeam) =>
    by === 'team' ? team.get(t.name)! : by === 'organisation' ? org.get(t.organisation)! : value(t);
  const name = (a: SummaryTeam, b: SummaryTeam) =>
    org.get(a.organisation)! - org.get(b.organisation)! || team.get(a.name)! - team.get(b.name)!;
  const direction = s._descending ? -1 : 1;
  const sorted = [...teams].sort((a, b) => direction * (primary(a) - primary(b)) || name(a, b));
  cached.set(key, sorted);
  return sorted;
}

/** 2. Teams x items: a real table, sortable by any column with a button in its heading. */
function renderMatrix(s: SelfCheckSummary) {
  const teams = sortedTeams(s);
  const sortHead = (column: typeof s._sort, label: unknown, full: string) => {
    const sorted = s._sort === column;
    return html`<th
      scope="col"
      aria-sort=${sorted ? (s._descending ? 'descending' : 'ascending') : 'none'}
    >
      <button part="button" class="sort" type="button" @click=${() => s.sortBy(column)}>
        ${label}<span class="visually-hidden">${full}, sort</span>
        <span aria-hidden="true" class="arrow"
          >${sorted ? (s._descending ? '\u25BC' : '\u25B2') : '\u2195'}</span
        >
      </button>
    </th>`;
  };
  return html`<section part="matrix" class="matrix" aria-labelledby="matrix-title">
    ${sub(s, s.t('summary-matrix', 'Teams and items'), 'matrix-title')}
    <p id="matrix-help">
      Each team's stage on each item. Choose a column heading to sort by it; choose it again to
      reverse the order. On a narrow screen the table scrolls sideways.
    </p>
    <div class="scroll" role="region" aria-label="Teams and items table" tabindex="0">
      <table part="table" aria-describedby="matrix-help">
        <caption class="visually-hidden">
          Stage of each team on each item
        </caption>
        <thead>
          <tr>
            ${sortHead('organisation', 'Organisation', '')} ${sortHead('team', 'Team', '')}
            ${foundations.map((f) => sortHead(f.id, html`<abbr title=${f.title}>${f.number}</abbr>`, `Item ${f.number}: ${f.title}`))}
          </tr>
        </thead>
        <tbody>
          ${teams.slice(0, s._allTeams ? teams.length : SHOWN_TEAMS).map(
            (t) =>
              html`<tr>
                <td>${t.organisation ? outside(t.organisation) : '-'}</td>
                <th scope="row">${outside(t.name)}</th>
                ${foundations.map((f) => {
                  const st = t.stages[f.id];
                  return html`<td class="cell s-${key(st)}">${summaryStageLabel(st)}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      teams.length > SHOWN_TEAMS && !s._allTeams
        ? html`<p>
            The first ${SHOWN_TEAMS} of ${teams.length} teams are shown.
            <button
              part="button"
              class="show-all"
              type="button"
              @click=${() => (s._allTeams = true)}
            >
              Show all ${teams.length} teams
            </button>
          </p>`
        : nothing
    }
  </section>`;
}

/** The report's finding on working on a few changes at a time (verbatim). */
const fewChanges = smallNumberOfChanges;

/** 3. The items most teams are early on, with the guide's examples and the report's case studies. */
function renderFocus(s: SelfCheckSummary) {
  const { focus, teams } = s._summary;
  return html`<section part="focus" class="focus" aria-labelledby="focus-title">
    ${sub(s, s.t('summary-focus', 'Where to focus together'), 'focus-title')}
    ${
      fewChanges
        ? html`<blockquote>
            <p>${fewChanges.text}</p>
            <footer>${fewChanges.source}</footer>
          </blockquote>`
        : nothing
    }
    ${
      focus.length
        ? html`<p>
              The items where the most teams are not started or understanding (chosen by us from the
              counts above):
            </p>
            ${focus.map(
              (item) =>
                html`<article class="focus-item">
                  ${minor(s, `${item.number}. ${item.title}`)}
                  <p>
                    <strong>${item.early} of ${teams.length} teams</strong> are not started
                    (${item.counts['not-started']}) or understanding (${item.counts.understand}).
                  </p>
                  <p>Example in action from the guide:</p>
                  ${renderRichTextList(item.examples, 'examples')}
                  ${
                    item.caseStudies.length
                      ? html`<p>From the report's case studies:</p>
                          <ul>
                            ${item.caseStudies.slice(0, 3).map((c) => html`<li><strong>${c.title}</strong>: ${c.summary}</li>`)}
                          </ul>`
                      : nothing
                  }
                </article>`,
            )}`
        : html`<p>No team is at "not started" or "understanding" on any item in this view.</p>`
    }
  </section>`;
}

/** 4. Change since the comparison round, for teams in both. */
function renderChange(s: SelfCheckSummary) {
  const c = s._summary.comparison;
  if (!c) return nothing;
  const names = (list: readonly string[]) =>
    list.length ? list.map((name, i) => html`${i ? ', ' : ''}${outside(name)}`) : 'none';
  return html`<section part="change" class="change" aria-labelledby="change-title">
    <div class="keep">
      ${sub(s, `Change since ${c.round.label}`, 'change-title')}
      <p>
        ${c.both} ${c.both === 1 ? 'team has' : 'teams have'} results in both rounds. Per item, how
        many of them moved up a stage or more, stayed, or moved down.
        ${c.unnamed ? `${c.unnamed} results without a team name cannot be followed between rounds.` : ''}
      </p>
    </div>
    ${table(
      `Change per item since ${c.round.label}`,
      ['Item', 'Moved up', 'Stayed', 'Moved down', 'Not answered in one round'],
      c.items.map((i) => [`${i.number}. ${i.title}`, i.up, i.same, i.down, i.notComparable]),
    )}
    <p><strong>New in this round:</strong> ${names(c.newTeams)}.</p>
    <p><strong>In ${c.round.label} but not in this round:</strong> ${names(c.missingTeams)}.</p>
  </section>`;
}

/** Characters of a note shown before "Read the whole note": the rest waits, closed. */
const NOTE_SHOWN = 400;

/**
 * A note as shown: whole when short; a long one (notes may hold 10,000 characters) as its start,
 * then the whole of it behind a closed "Read the whole note from <team>" (named, so a screen
 * reader's list of them says whose each is). Laying out 140 teams' notes of 10,000 characters
 * each held the page for 0.8 s; closed, the text costs nothing until opened.
 */
function renderNoteText(text: string, team: string) {
  if (text.length <= NOTE_SHOWN + 100) return outside(text);
  // By code point, so an emoji at the cut is not split in two.
  const start = Array.from(text.slice(0, NOTE_SHOWN + 1))
    .slice(0, -1)
    .join('');
  return html`${outside(start)}…
    <details class="long-note">
      <summary>Read the whole note from ${outside(team)}</summary>
      ${outside(text)}
    </details>`;
}

/** How a planned step or an earlier step's outcome is marked among the notes. */
const KIND_LABEL = { plan: 'Planned step:', outcome: 'Earlier step:' } as const;

/** 5. What teams wrote, by item, each with its team: notes, planned steps, earlier steps' outcomes. */
function renderNotes(s: SelfCheckSummary) {
  const { notes } = s._summary;
  return html`<section part="notes" class="notes" aria-labelledby="notes-title">
    ${sub(s, s.t('summary-notes', 'What teams wrote'), 'notes-title')}
    ${
      notes.length
        ? notes.map(
            (group) =>
              html`${minor(s, group.number ? `${group.number}. ${group.title}` : group.title)}
                <ul>
                  ${(s._allNotes ? group.notes : group.notes.slice(0, SHOWN_NOTES)).map(
                    (n) =>
                      html`<li>
                        <strong>${outside(n.team)}</strong>${
                          n.organisation ? html` (${outside(n.organisation)})` : ''
                        }:
                        ${n.kind ? html`<em>${KIND_LABEL[n.kind]}</em> ` : nothing}${renderNoteText(n.text, n.team)}
                      </li>`,
                  )}
                </ul>
                ${
                  !s._allNotes && group.notes.length > SHOWN_NOTES
                    ? html`<p>
                        The first ${SHOWN_NOTES} of ${group.notes.length} are shown.
                        <button part="button" type="button" @click=${() => (s._allNotes = true)}>
                          Show all notes
                        </button>
                      </p>`
                    : nothing
                }`,
          )
        : html`<p>No team wrote notes in this round.</p>`
    }
  </section>`;
}

/** 6. The quiz's indicative view per Ambition, averaged over teams, in words. */
function renderAmbitions(s: SelfCheckSummary) {
  return html`<section part="ambitions" class="ambitions" aria-labelledby="ambitions-title">
    ${sub(s, s.t('summary-ambitions', 'Per Ambition (indicative)'), 'ambitions-title')}
    <p>
      Derived by us, not a measure: each team's stages weighted by how often the report's case
      studies link each item to each Ambition, then averaged over the teams, and given as the
      nearest stage. ${addedItemsCounting}
    </p>
    ${table(
      'Indicative level per Ambition',
      ['Ambition', 'Indicative level', 'Teams counted'],
      s._summary.ambitions.map((a) => [`${a.ambition.slice(1)}. ${a.title}`, a.words, a.teams]),
    )}
  </section>`;
}

/** Round, comparison, grouping, organisations, hidden names, export and print. */
function renderControls(s: SelfCheckSummary) {
  const { rounds, round } = s._summary;
  const set = (apply: () => void) => {
    apply();
    s.changed();
  };
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  const shown = round ? `${round.label} (${plural(s._summary.teams.length, 'team')})` : '';
  return html`<div part="controls" class="controls">
    <p class="field">
      <label class="label" for="grouping">Group results into rounds by</label>
      <select
        id="grouping"
        @change=${(e: Event) => set(() => (s._grouping = value(e) as 'quarter'))}
      >
        <option value="quarter" ?selected=${s._grouping === 'quarter'}>Quarter (3 months)</option>
        <option value="financial-year" ?selected=${s._grouping === 'financial-year'}>
          Financial year (April to March)
        </option>
      </select>
    </p>
    ${
      s._grouping === 'financial-year'
        ? html`<p class="grouping-note" id="grouping-note">
            Each team's latest result in the financial year is
            used${
              s._summary.superseded
                ? html`; ${s._summary.superseded} earlier
                  ${s._summary.superseded === 1 ? 'result' : 'results'} of the same teams in this
                  year ${s._summary.superseded === 1 ? 'is' : 'are'} not counted`
                : ''
            }.
          </p>`
        : nothing
    }
    <p class="field">
      <label class="label" for="round">Round shown</label>
      <select id="round" @change=${(e: Event) => set(() => (s.round = value(e)))}>
        ${rounds.map((r) => html`<option .value=${r.id} ?selected=${r.id === round?.id}>${r.label} (${plural(r.teams, 'team')})</option>`)}
      </select>
    </p>
    <p class="field">
      <label class="label" for="compare">Compare with</label>
      <select id="compare" @change=${(e: Event) => set(() => (s.compareRound = value(e)))}>
        <option value="" ?selected=${!s._summary.comparison}>No comparison</option>
        ${rounds
          .filter((r) => r.id !== round?.id)
          .map(
            (r) =>
              html`<option .value=${r.id} ?selected=${r.id === s.compareRound}>${r.label}</option>`,
          )}
      </select>
    </p>
    ${renderOrganisationFilter(s, set)}
    <label class="check hide">
      <input
        type="checkbox"
        .checked=${s.hideNames}
        @change=${(e: Event) => set(() => (s.hideNames = (e.target as HTMLInputElement).checked))}
      />
      Hide team names (Team A, B, C... on screen, in print and in exports)
    </label>
    <p class="export-note" id="export-note">
      The combined CSV and JSON hold the round shown, ${shown}, with the names as shown. For the
      next level up (a region or the nation), the roll-up file holds every round and where each
      result came from.
    </p>
    <div class="free-text">
      <p>
        Notes, planned steps and their leads are the teams' own words: they may name people, even
        with team names hidden.
      </p>
      <label class="check">
        <input
          type="checkbox"
          .checked=${s._withoutFreeText}
          @change=${(e: Event) => (s._withoutFreeText = (e.target as HTMLInputElement).checked)}
        />
        Leave what teams wrote (notes, steps and leads) out of the downloads
      </label>
    </div>
    <div class="actions">
      <button
        part="button"
        type="button"
        aria-describedby="export-note"
        @click=${() => s.download('csv')}
      >
        Download ${round?.label ?? ''} as CSV
      </button>
      <button
        part="button"
        type="button"
        aria-describedby="export-note"
        @click=${() => s.download('json')}
      >
        Download ${round?.label ?? ''} as JSON
      </button>
      <button
        part="button"
        type="button"
        aria-describedby=${s.hideNames ? 'export-note rollup-note' : 'export-note'}
        ?disabled=${s.hideNames}
        @click=${() => s.downloadRollup()}
      >
        Download roll-up file (all rounds)
      </button>
      <button part="button" type="button" @click=${() => print()}>Print for the meeting</button>
    </div>
    ${
      s.hideNames
        ? html`<p class="export-note" id="rollup-note">
            The roll-up file needs the names, so that the next level up counts each team once: turn
            off "Hide team names" to download it.
          </p>`
        : nothing
    }
  </div>`;
}

/** Everything below the intake, once there are results. */
export function renderViews(s: SelfCheckSummary): TemplateResult | typeof nothing {
  // While the first figures of these results are counted there is nothing to show yet (the
  // figures from before are of no results); the status line says "Counting...".
  if (!s._results.length || (s._counting && !s._summary.rounds.length)) return nothing;
  const r = s._summary;
  return html`${renderControls(s)}
    <p class="print-only">
      ${r.round?.label}:
      ${plural(r.teams.length, 'team')}${s._organisations.length ? ` from ${plural(s._organisations.length, 'organisation')}` : ''}.
    </p>
    ${
      r.teams.length
        ? html`${renderSystem(s)} ${renderFocus(s)} ${renderChange(s)} ${renderTrend(s)}
          ${s._drawLists ? html`${renderMatrix(s)} ${renderNotes(s)}` : nothing}
          ${renderAmbitions(s)} ${renderBoard(s)}`
        : html`<p class="notice" role="status">
            No team of the ticked organisations has a result in this round.
          </p>`
    }
    ${renderFullAttribution(s.local.adapted)}`;
}
