import { html, nothing, svg } from 'lit';
import { itemTrends, longDate, stages, teamRounds } from '../../engine/index.js';
import { subtitle, table } from './screen-helpers.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * Progress year on year: with three rounds or more (saved on this device, or earlier files loaded
 * on the plan screen), each item's stage round by round, as a small line and in a table, on
 * screen and on paper. Derived from the team's own answers; our words.
 */

const W = 120;
const H = 40;

/** A small line of one item's stages (0-4) across the rounds; gaps where it was not answered. */
function sparkline(values: readonly (number | undefined)[], label: string) {
  const step = values.length > 1 ? (W - 8) / (values.length - 1) : 0;
  const x = (i: number) => 4 + i * step;
  const y = (v: number) => H - 4 - v * ((H - 8) / 4);
  const segments: string[][] = [[]];
  values.forEach((v, i) =>
    v === undefined ? segments.push([]) : segments.at(-1)!.push(`${x(i)},${y(v)}`),
  );
  return html`<svg
    class="trend-line"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${W} ${H}"
    width=${W}
    height=${H}
  >
    ${segments
      .filter((s) => s.length > 1)
      .map((s) => svg`<polyline points=${s.join(' ')}></polyline>`)}
    ${values.map((v, i) =>
      v === undefined ? nothing : svg`<circle cx=${x(i)} cy=${y(v)} r="3"></circle>`,
    )}
  </svg>`;
}

export function renderTrend(q: SelfCheckQuiz) {
  const rounds = teamRounds(q._snapshots, q._answers, new Date().toISOString());
  if (rounds.length < 3) return nothing;
  const dates = rounds.map((r) => `${longDate(r.date)}${r.current ? ' (now)' : ''}`);
  const name = (v?: number) => stages.find((s) => s.value === v)?.label ?? 'not answered';
  const stage = (v?: number) => (v === undefined ? '-' : `${name(v)} (${v})`);
  return html`<section class="trend" part="trend" aria-labelledby="trend-title">
    ${subtitle(q, 'Progress round by round', 'trend-title')}
    <p>
      Each item's stage in each of your ${rounds.length} rounds, oldest first: the rounds saved on
      this device and earlier result files loaded on the plan screen. A dash: not answered that
      round.
    </p>
    ${table(
      'Stage per item in each round',
      ['Item', 'Trend', ...dates],
      itemTrends(rounds, q.items).map((t) => [
        `${t.number}. ${t.title}`,
        sparkline(t.values, `${t.number}. ${t.title}: ${t.values.map(name).join(', then ')}`),
        ...t.values.map(stage),
      ]),
    )}
  </section>`;
}
