import { html, nothing } from 'lit';
import { findings, report } from '../../content/index.js';
import {
  SUMMARY_STAGES,
  summaryStageLabel,
  type BoardSummary,
  type SystemSummary,
} from '../../engine/index.js';
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

function renderHeldBack(board: BoardSummary) {
  if (!board.heldBack)
    return html`<p>
      These result files do not say which items are held back by something outside a team's control.
      Once the self-check records it, the count per item shows here.
    </p>`;
  if (!board.heldBack.length) return html`<p>No team marked an item as held back.</p>`;
  return html`<ul>
    ${board.heldBack.map((i) => html`<li>${i.number}. ${i.title}: ${plural(i.teams, 'team')}</li>`)}
  </ul>`;
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
      Prepared ${board.date}. Round shown: ${board.round?.label ?? 'none'},
      ${plural(board.teams, 'team')}${board.organisations ? ` from ${plural(board.organisations, 'organisation')}` : ''}.
      Rounds in these files:
      ${board.rounds.map((r) => `${r.label} (${plural(r.teams, 'team')})`).join(', ')}. Figures
      derived by us from the teams' own result files; a reflection aid, not an assessment.
    </p>
    <div class="board-grid">
      <div class="board-main">
        ${renderHeading(h2, 'Where most teams find it hardest', 'subtitle')}
        ${
          board.hardest.length
            ? html`<ul class="hardest">
                ${board.hardest.map(
                  (i) =>
                    html`<li>
                      ${i.number}. ${i.title}: ${i.early} of ${board.teams} teams not started or
                      understanding
                    </li>`,
                )}
              </ul>`
            : html`<p>No team is at "not started" or "understanding" on any item.</p>`
        }
        ${renderHeading(h2, 'The change', 'subtitle')} ${renderChange(board)}
        ${renderHeading(h2, 'What holds teams back', 'subtitle')} ${renderHeldBack(board)}
        <figure class="chart">${stagesChart(s._summary)}</figure>
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
