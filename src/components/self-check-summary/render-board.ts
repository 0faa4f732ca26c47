import { html, nothing } from 'lit';
import { findings, report } from '../../content/index.js';
import {
  longDate,
  SUMMARY_STAGES,
  summaryStageLabel,
  type BoardSummary,
  type SummaryNote,
  type SystemSummary,
} from '../../engine/index.js';
import { outside } from '../shared/bidi.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import { stackedBars } from './charts.js';
import { renderChartDownloads } from './render-chart-downloads.js';
import type { SelfCheckSummary } from './self-check-summary.js';
import { plural } from '../shared/plural.js';

/** The round's stages per item, as a chart with its text alternative. */
export const stagesChart = (summary: SystemSummary) =>
  stackedBars(
    'chart-stages',
    `Teams at each stage, per item${summary.round ? `, ${summary.round.label}` : ''}`,
    summary.items
      .map(
        (item) =>
          `${item.number}. ${item.title}: ${SUMMARY_STAGES.map((st) => `${item.counts[st]} ${summaryStageLabel(st).toLowerCase()}`).join(', ')}.`,
      )
      .join(' '),
    summary.items.map((item) => ({ label: `${item.number}. ${item.title}`, counts: item.counts })),
  );

function renderChange(board: BoardSummary) {
  const change = board.change;
  if (!change) return html`<p>Only one round in these files: no change to show yet.</p>`;
  return html`<p>
      Of the ${plural(change.both, 'team')} with a result in both ${change.from.label} and
      ${change.to.label}, on the hardest items:
    </p>
    <ul>
      ${board.hardest.map((h) => {
        const item = change.items.find((i) => i.foundation === h.foundation);
        return item
          ? html`<li>
              ${item.number}. ${item.title}: ${item.up} moved up, ${item.same} stayed, ${item.down}
              moved down
            </li>`
          : nothing;
      })}
    </ul>`;
}

/** Held-back notes drawn per item on screen (the rest counted): thousands of teams may write one. */
const SHOWN_NOTES = 50;
/** Of those, the ones printed on the board page, which must stay one A4 sheet. */
const PRINTED_NOTES = 2;

/**
 * One team's note of what holds an item back. With names hidden the note stands alone: a
 * pseudonym beside a team's own words could still let a reader match them up.
 */
const heldBackNote = (s: SelfCheckSummary, n: SummaryNote) =>
  html`<li>
    ${
      s._summary.hiddenNames
        ? nothing
        : html`<strong>${outside(n.team)}</strong
            >${n.organisation ? html` (${outside(n.organisation)})` : nothing}: `
    }${outside(n.text)}
  </li>`;

function renderHeldBack(s: SelfCheckSummary, board: BoardSummary) {
  if (!board.heldBack)
    return html`<p>
      These result files do not say which items are held back by something outside a team's control.
      Once the self-check records it, the count per item shows here.
    </p>`;
  if (!board.heldBack.length) return html`<p>No team marked an item as held back.</p>`;
  // "Leave what teams wrote out of the downloads" keeps the teams' words off this page too: it
  // is the page that is printed and handed round.
  const words = !s._withoutFreeText;
  return html`<ul class="held-back">
      ${board.heldBack.map(
        (i) =>
          html`<li>
            ${i.number}. ${i.title}:
            ${plural(i.teams, 'team')}${
              words && i.notes.length
                ? html`<ul class="held-notes">
                      ${i.notes.slice(0, SHOWN_NOTES).map((n) => heldBackNote(s, n))}
                    </ul>
                    ${
                      i.notes.length > SHOWN_NOTES
                        ? html`<p class="held-more">
                            And ${plural(i.notes.length - SHOWN_NOTES, 'more note')} in the teams'
                            own files.
                          </p>`
                        : nothing
                    }${
                      i.notes.length > PRINTED_NOTES
                        ? html`<p class="held-print-more">
                            And ${plural(i.notes.length - PRINTED_NOTES, 'more note')} on screen.
                          </p>`
                        : nothing
                    }`
                : nothing
            }
          </li>`,
      )}
    </ul>
    ${
      words
        ? html`<p class="held-words">
            The notes are the teams' own words: they may name people, even with team names hidden.
          </p>`
        : html`<p class="held-words">
            The teams' notes of what holds them back are left out, as chosen under the downloads.
          </p>`
    }`;
}

/** Items drawn among the hardest: ties with the third are all shown, up to this many. */
const BOARD_HARDEST = 5;

function renderHardest(board: BoardSummary) {
  if (!board.hardest.length)
    return html`<p>No team is at "not started" or "understanding" on any item.</p>`;
  const shown = board.hardest.slice(0, BOARD_HARDEST);
  const more = board.hardest.length - shown.length;
  const last = shown[shown.length - 1];
  return html`<ul class="hardest">
      ${shown.map(
        (i) =>
          html`<li>
            ${i.number}. ${i.title}: ${i.early} of ${board.teams} teams not started or understanding
          </li>`,
      )}
    </ul>
    ${
      more
        ? html`<p>
            And ${plural(more, 'more item')} tied at ${last.early} of ${board.teams} teams.
          </p>`
        : nothing
    }`;
}

/**
 * One page for a board: when, which rounds, how many teams, the three items most teams find
 * hardest, the change, what holds teams back, a chart; the report's recommendations beside it.
 * "Print the board page" prints this section alone, on one A4 page.
 */
export function renderBoard(s: SelfCheckSummary) {
  const board = s._board;
  const h = levelBelow(s.level);
  const h2 = levelBelow(h);
  return html`<section part="board" class="board" aria-labelledby="board-title">
    ${renderHeading(h, 'For a board: one page', 'subtitle', 'board-title')}
    <p class="board-meta">
      Prepared ${longDate(board.date)}. Round shown: ${board.round?.label ?? 'none'},
      ${plural(board.teams, 'team')}${board.organisations ? ` from ${plural(board.organisations, 'organisation')}` : ''}.
      Rounds in these files:
      ${board.rounds.map((r) => `${r.label} (${plural(r.teams, 'team')})`).join(', ')}. Figures
      derived by us from the teams' own result files; a reflection aid, not an assessment.
    </p>
    <div class="board-grid">
      <div class="board-main">
        ${renderHeading(h2, 'Where most teams find it hardest', 'subtitle')} ${renderHardest(board)}
        ${renderHeading(h2, 'The change', 'subtitle')} ${renderChange(board)}
        ${renderHeading(h2, 'What holds teams back', 'subtitle')} ${renderHeldBack(s, board)}
        <figure class="chart">
          <div class="scroll" role="region" aria-label="Board chart" tabindex="0">
            ${stagesChart(s._summary)}
          </div>
        </figure>
        ${renderChartDownloads(s, 'chart-stages', 'stages')}
      </div>
      <aside class="board-recs" aria-labelledby="recs-title">
        ${renderHeading(h2, 'The report\u2019s recommendations', 'subtitle', 'recs-title')}
        <ol>
          ${findings.recommendations.map((r) => html`<li>${r}</li>`)}
        </ol>
        <p class="credit">
          Verbatim from ${report.authors.join(', ')} (${report.year}), <cite>${report.title}</cite>,
          ${report.publisher}, section 7 (Recommendations).
        </p>
      </aside>
    </div>
    <p class="board-actions">
      <button part="button" type="button" @click=${() => s.printBoard()}>
        Print the board page
      </button>
    </p>
  </section>`;
}
