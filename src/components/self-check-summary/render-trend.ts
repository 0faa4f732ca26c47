import { html, nothing } from 'lit';
import { SUMMARY_STAGES, summaryStageLabel, type SummaryTrend } from '../../engine/index.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import { renderChartDownloads } from './render-chart-downloads.js';
import { stackedBars } from './charts.js';
import type { SelfCheckSummary } from './self-check-summary.js';

/** Rounds needed before the trend shows: two are the comparison's job. */
export const TREND_ROUNDS = 3;

/** "Jan to Mar 2026 (n = 30): 12 implementing or embedded" per item and round: the chart's text alternative. */
export function trendDescription(trend: SummaryTrend): string {
  return trend.items
    .map(
      (item) =>
        `${item.number}. ${item.title}: ${trend.rounds
          .map((round, i) => {
            const c = item.perRound[i];
            return `${round.label} (n = ${round.teams}): ${c.implement + c.embedded} implementing or embedded`;
          })
          .join('; ')}.`,
    )
    .join(' ');
}

/** The trend chart: per item, one bar per round, oldest first. */
export const trendChart = (trend: SummaryTrend) =>
  stackedBars(
    'chart-trend',
    `Teams at each stage, per item, ${trend.rounds[0].label} to ${trend.rounds[trend.rounds.length - 1].label}`,
    trendDescription(trend),
    trend.items.flatMap((item) =>
      trend.rounds.map((round, i) => ({
        label: i === 0 ? `${item.number}. ${item.title}` : '',
        sublabel: round.label,
        counts: item.perRound[i],
        gap: i === 0,
        showTotal: true,
      })),
    ),
  );

/**
 * The trend over three or more rounds: each item's stages per round (a table and a chart), and
 * how many teams moved up, stayed or moved down between the first and the last round.
 */
export function renderTrend(s: SelfCheckSummary) {
  const trend = s._trend;
  if (trend.rounds.length < TREND_ROUNDS) return nothing;
  const first = trend.rounds[0];
  const last = trend.rounds[trend.rounds.length - 1];
  return html`<section part="trend" class="trend" aria-labelledby="trend-title">
    <div class="keep">
      ${renderHeading(levelBelow(s.level), `Trend over ${trend.rounds.length} rounds`, 'subtitle', 'trend-title')}
      <p>
        Per item, how many teams were at each stage in each round, from ${first.label} to
        ${last.label} (each team's latest result in a round counts once). Each bar is one round's
        teams; "n" is how many.
      </p>
    </div>
    <div class="scroll" role="region" aria-label="Trend table" tabindex="0">
      <table part="table" class="trend-table">
        <caption class="visually-hidden">
          Teams at each stage, per item and round
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Round</th>
            ${SUMMARY_STAGES.map((st) => html`<th scope="col">${summaryStageLabel(st)}</th>`)}
            <th scope="col">Teams (n)</th>
          </tr>
        </thead>
        ${trend.items.map(
          (item) =>
            html`<tbody>
              ${trend.rounds.map(
                (round, i) =>
                  html`<tr>
                    ${
                      i === 0
                        ? html`<th scope="rowgroup" rowspan=${trend.rounds.length}>
                            ${item.number}. ${item.title}
                          </th>`
                        : nothing
                    }
                    <th scope="row">${round.label}</th>
                    ${SUMMARY_STAGES.map((st) => html` <td>${item.perRound[i][st]}</td>`)}
                    <td class="n">${round.teams}</td>
                  </tr>`,
              )}
            </tbody>`,
        )}
      </table>
    </div>
    <figure class="chart">
      <div class="scroll" role="region" aria-label="Trend chart" tabindex="0">
        ${trendChart(trend)}
      </div>
    </figure>
    ${renderChartDownloads(s, 'chart-trend', 'trend')}
    <div class="keep">
      ${renderHeading(levelBelow(levelBelow(s.level)), `From ${first.label} to ${last.label}`, 'subtitle')}
      <p>
        ${trend.both} ${trend.both === 1 ? 'team has' : 'teams have'} a result (with a team name) in
        both rounds. Per item, how many of them moved up a stage or more, stayed, or moved down.
      </p>
    </div>
    <div class="scroll" role="region" aria-label="Movement table" tabindex="0">
      <table part="table" class="movement">
        <caption class="visually-hidden">
          Teams that moved up, stayed or moved down, ${first.label} to ${last.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Moved up</th>
            <th scope="col">Stayed</th>
            <th scope="col">Moved down</th>
            <th scope="col">Not answered in one round</th>
          </tr>
        </thead>
        <tbody>
          ${trend.items.map(
            (i) =>
              html`<tr>
                <th scope="row">${i.number}. ${i.title}</th>
                <td>${i.up}</td>
                <td>${i.same}</td>
                <td>${i.down}</td>
                <td>${i.notComparable}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
