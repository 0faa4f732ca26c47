import { html, nothing, svg } from 'lit';
import {
  chosenRound,
  compareAnswers,
  describeChange,
  longDate,
  nearestStage,
  stageLabel,
  stages,
} from '../../engine/index.js';
import { addedItemsCounting, smallNumberOfChanges } from '../../content/index.js';
import { renderFullAttribution } from '../shared/attribution.js';
import { renderRichTextList } from '../shared/rich-text.js';
import { renderData, renderResultsHeader } from './render-data.js';
import { renderPlanProgress } from './render-plan.js';
import { heldBackLine } from './render-held-back.js';
import { spreadLine } from './render-gathering.js';
import { renderTrend } from './render-trend.js';
import { actions, button, quote, screen, subtitle, table } from './screen-helpers.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/** An inline SVG bar chart of stage per item, with a table of the same data. */
function renderChart(q: SelfCheckQuiz) {
  const rows = q._summary.items;
  const height = rows.length * 28 + 24;
  // On a projector (meeting mode) the chart spans the width: longer bars, same height.
  const unit = q.mode === 'meeting' ? 200 : 70;
  const x = (value: number) => 32 + value * unit;
  return html`<figure part="chart" class="chart">
      <svg
        role="img"
        aria-labelledby="chart-title"
        viewBox="0 0 ${42 + 4 * unit} ${height}"
        preserveAspectRatio="xMinYMin meet"
      >
        ${stages.map(
          ({ value }) =>
            svg`<line x1=${x(value)} x2=${x(value)} y1="0" y2=${height - 20}></line>
              <text
                x=${x(value)}
                y=${height - 4}
                text-anchor=${value ? (value > 3 ? 'end' : 'middle') : 'start'}
              >
                ${value}
              </text>`,
        )}
        ${rows.map(
          (r, i) =>
            svg`<text x="0" y=${i * 28 + 18}>${r.number}</text> ${
              r.value === undefined
                ? svg`<text x="36" y=${i * 28 + 18}>not answered</text>`
                : svg`<rect class="bar" x="32" y=${i * 28 + 4} height="20" width=${Math.max(4, r.value * unit)}></rect>`
            }`,
        )}
      </svg>
      <figcaption id="chart-title">
        Stage per item, from 0 (not started) to 4 (embedded); the table below gives the same data.
      </figcaption>
    </figure>
    ${table(
      'Stage per item, with your notes',
      ['Item', 'Stage and notes'],
      rows.map((r, n) => [
        html`<button
            part="button"
            class="link-button screen-only"
            data-focus="item-${r.number}"
            @click=${() => {
              q.go('step', n);
              q._fromResults = true;
            }}
          >
            ${r.number}. ${r.title}<span class="visually-hidden">: change</span></button
          ><span class="print-only">${r.number}. ${r.title}</span>`,
        html`${r.value === undefined ? 'Not answered' : `${stageLabel(r.stage)} (${r.value} of 4)`}
        ${r.notes ? html`<p class="item-notes">${r.notes}</p>` : nothing}
        ${heldBackLine(q._answers[r.foundation])} ${spreadLine(q._answers[r.foundation])}`,
      ]),
    )}`;
}

function renderAmbitions(q: SelfCheckQuiz) {
  return html`${subtitle(q, 'Across the six Ambitions')}
    <p>
      Our own rough view, not a measure: for each Ambition, the stage nearest the items linked to
      it, counting an item more where more of the report's case studies link it to that Ambition.
      ${addedItemsCounting}
    </p>
    ${table(
      'Rough view per Ambition, in stages',
      ['Ambition', 'Nearest stage'],
      q._summary.ambitions.map((a) => [
        `${a.ambition.slice(1)}. ${a.title}`,
        a.score === undefined
          ? 'No answered items link to it'
          : `Around ${nearestStage(a.score).label}, from ${a.answered} ${
              a.answered === 1 ? 'item' : 'items'
            }`,
      ]),
    )}`;
}

function renderNextSteps(q: SelfCheckQuiz) {
  const { nextSteps, strengths, items } = q._summary;
  return html`${
      strengths.length
        ? html`${subtitle(q, 'Strengths')}
            <ul>
              ${strengths.map((id) => {
                const r = items.find((row) => row.foundation === id)!;
                return html`<li>${r.number}. ${r.title}: ${stageLabel(r.stage)}</li>`;
              })}
            </ul>`
        : nothing
    }
    <section part="next-steps" aria-labelledby="next-title">
      ${subtitle(q, 'Next small steps', 'next-title')}
      ${
        nextSteps.length
          ? html`${quote(smallNumberOfChanges)}
              <p>Choose one of these to start.</p>
              ${nextSteps.map((s) => {
                const related = s.caseStudies.slice(0, 3);
                return html`<article class="next">
                  ${subtitle(
                    q,
                    html`${s.number}. ${s.title}
                      <span class="small">(${stageLabel(s.stage)})</span>`,
                    undefined,
                    2,
                  )}
                  <p>Example in action from the guide:</p>
                  ${renderRichTextList(s.examples, 'examples')}
                  ${
                    related.length
                      ? html`<p>From the report's case studies:</p>
                          <ul>
                            ${related.map((c) => html`<li><strong>${c.title}</strong>: ${c.summary}</li>`)}
                          </ul>`
                      : nothing
                  }
                  <p>
                    <a part="link" href=${q.itemLink({ number: s.number, id: s.foundation })}
                      >Read item ${s.number} in the guide</a
                    >
                  </p>
                </article>`;
              })}`
          : q._summary.answered
            ? html`<p>
                Every item you answered is at "Embedded", so this self-check has no next small step
                to
                suggest.${
                  q._summary.answered < q._summary.total
                    ? ' Items you skipped are not included: answering them may show one.'
                    : ''
                }
                Saving this result lets you compare with it at a later meeting.
              </p>`
            : html`<p>Answer some items to see suggested next small steps.</p>`
      }
    </section>`;
}

function renderCompare(q: SelfCheckQuiz) {
  const snapshots = q._snapshots;
  const chosen = chosenRound(snapshots, q._compare);
  if (!chosen) return nothing;
  const then = longDate(chosen.createdAt);
  return html`<section class="compare" aria-labelledby="compare-title">
    ${subtitle(q, 'Compare with a saved result', 'compare-title')}
    <p class="print-only">Then: ${q.snapshotLabel(chosen)}. Now: ${longDate(new Date())}.</p>
    <p class="screen-only">
      <label class="label" for="compare">Saved result</label>
      <select
        id="compare"
        @change=${(e: Event) => (q._compare = (e.target as HTMLSelectElement).value)}
      >
        ${snapshots.map(
          (s) =>
            html`<option .value=${s.id} ?selected=${s === chosen}>${q.snapshotLabel(s)}</option>`,
        )}
      </select>
    </p>
    ${table(
      'Change per item since the saved result',
      ['Item', `Then (${then})`, 'Now', 'Change'],
      compareAnswers(chosen.answers, q._answers, q.items).map((c) => [
        `${c.number}. ${c.title}`,
        stageLabel(c.before),
        stageLabel(c.after),
        describeChange(c.change),
      ]),
    )}
  </section>`;
}

/** The results screen. */
export function renderResults(q: SelfCheckQuiz) {
  const r = q._summary;
  return screen(
    q,
    'results',
    'Your reflection',
    html`${renderResultsHeader(q)} ${q.notice}
      <p>
        ${r.answered} of ${r.total} items answered. Items you skipped are left out, not counted as
        zero.<span class="screen-only"> Choose an item to change its answer.</span>
      </p>
      ${renderChart(q)} ${renderNextSteps(q)} ${renderPlanProgress(q)} ${renderAmbitions(q)}
      ${renderCompare(q)} ${renderTrend(q)}
      ${actions(button('Review your answers', () => q.go('step', 0)))} ${renderData(q, true)}
      ${renderFullAttribution(q.local.adapted)}`,
  );
}
