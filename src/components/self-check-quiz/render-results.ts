import { html, nothing, svg } from 'lit';
import { compareAnswers, getStage, stages } from '../../engine/index.js';
import { renderFullAttribution } from '../shared/attribution.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import { renderRichTextList } from '../shared/rich-text.js';
import { renderData } from './render-data.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

const label = (stage?: string) => getStage(stage)?.label ?? 'Not answered';

/** An inline SVG bar chart of stage per item, with a table of the same data. */
function renderChart(q: SelfCheckQuiz) {
  const rows = q._summary.items;
  const rowH = 28;
  const left = 32;
  const width = 280;
  const height = rows.length * rowH + 24;
  return html`<figure part="chart" class="chart">
      <svg
        role="img"
        aria-labelledby="chart-title"
        viewBox="0 0 ${left + width + 10} ${height}"
        preserveAspectRatio="xMinYMin meet"
      >
        ${stages.map(
          (s) =>
            svg`<line
              class="grid"
              x1=${left + (s.value * width) / 4}
              x2=${left + (s.value * width) / 4}
              y1="0"
              y2=${height - 20}
            ></line>`,
        )}
        ${rows.map(
          (r, i) =>
            svg`<text x="0" y=${i * rowH + 18} class="axis">${r.number}</text> ${
              r.value === undefined
                ? svg`<text x=${left + 4} y=${i * rowH + 18} class="axis">not answered</text>`
                : svg`<rect
                      class="bar"
                      x=${left}
                      y=${i * rowH + 4}
                      height=${rowH - 8}
                      width=${Math.max(4, (r.value * width) / 4)}
                    ></rect>`
            }`,
        )}
        ${stages.map(
          (s) =>
            svg`<text
              class="axis"
              x=${left + (s.value * width) / 4}
              y=${height - 4}
              text-anchor=${s.value === 0 ? 'start' : s.value === 4 ? 'end' : 'middle'}
            >
              ${s.value}
            </text>`,
        )}
      </svg>
      <figcaption id="chart-title">
        Stage per item, from 0 (not started) to 4 (embedded); the table below gives the same data.
      </figcaption>
    </figure>
    <table part="table">
      <caption class="visually-hidden">
        Stage per item
      </caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Stage</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.number}. ${r.title}</th>
              <td>${r.value === undefined ? 'Not answered' : `${label(r.stage)} (${r.value})`}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function renderAmbitions(q: SelfCheckQuiz) {
  return html`${renderHeading(levelBelow(q.level), 'Across the six Ambitions', 'subtitle')}
    <p>
      This view is indicative, not a measure. It weights your stages by how often the report's case
      studies link each item to each Ambition (items 9 and 10 count toward Ambition 6).
    </p>
    <table part="table">
      <caption class="visually-hidden">
        Indicative view per Ambition
      </caption>
      <thead>
        <tr>
          <th scope="col">Ambition</th>
          <th scope="col">Indicative level</th>
        </tr>
      </thead>
      <tbody>
        ${q._summary.ambitions.map(
          (a) =>
            html`<tr>
              <th scope="row">${a.ambition.slice(1)}. ${a.title}</th>
              <td>
                ${
                  a.score === undefined
                    ? 'No answered items link to it'
                    : html`${Math.round(a.score * 100)}%
                        <svg class="meter" aria-hidden="true" focusable="false">
                          <rect width="${a.score * 100}%" height="100%"></rect>
                        </svg>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function renderNextSteps(q: SelfCheckQuiz) {
  const { nextSteps, strengths } = q._summary;
  const title = (id: string) => q.items.find((f) => f.id === id)!;
  return html`${
      strengths.length
        ? html`${renderHeading(levelBelow(q.level), 'Strengths', 'subtitle')}
            <ul>
              ${strengths.map((id) => {
                const f = title(id);
                return html`<li>${f.number}. ${f.title}: ${label(q._answers[f.id]?.stage)}</li>`;
              })}
            </ul>`
        : nothing
    }
    <section part="next-steps" aria-labelledby="next-title">
      ${renderHeading(levelBelow(q.level), 'Next small steps', 'subtitle', 'next-title')}
      ${
        nextSteps.length
          ? html`<p>
                The report found that teams who made progress over years worked on a small number of
                changes at a time. Choose one of these to start.
              </p>
              ${nextSteps.map((s) => {
                const related = s.caseStudies.slice(0, 3);
                return html`<article class="next">
                  ${renderHeading(
                    levelBelow(levelBelow(q.level)),
                    html`${s.number}. ${s.title} <span class="small">(${label(s.stage)})</span>`,
                    'subtitle',
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
          : html`<p>Answer some items (other than "embedded") to see suggested next steps.</p>`
      }
    </section>`;
}

function renderCompare(q: SelfCheckQuiz) {
  if (q._snapshots.length === 0) return nothing;
  const chosen =
    q._snapshots.find((s) => s.id === q._compare) ?? q._snapshots[q._snapshots.length - 1];
  const changes = compareAnswers(chosen.answers, q._answers, q.items);
  return html`<section class="compare" aria-labelledby="compare-title">
    ${renderHeading(levelBelow(q.level), 'Compare with a saved result', 'subtitle', 'compare-title')}
    <p class="field">
      <label for="compare">Saved result</label>
      <select
        id="compare"
        @change=${(e: Event) => (q._compare = (e.target as HTMLSelectElement).value)}
      >
        ${q._snapshots.map(
          (s) =>
            html`<option .value=${s.id} ?selected=${s === chosen}>
              ${s.createdAt.slice(0, 10)} ${s.createdAt.slice(11, 16)}
            </option>`,
        )}
      </select>
    </p>
    <table part="table">
      <caption class="visually-hidden">
        Change per item since the saved result
      </caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Then</th>
          <th scope="col">Now</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        ${changes.map(
          (c) =>
            html`<tr>
              <th scope="row">${c.number}. ${c.title}</th>
              <td>${label(c.before)}</td>
              <td>${label(c.after)}</td>
              <td>
                ${
                  c.change === undefined
                    ? '-'
                    : c.change === 0
                      ? 'No change'
                      : `${c.change > 0 ? 'Up' : 'Down'} ${Math.abs(c.change)}`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

/** The results screen. */
export function renderResults(q: SelfCheckQuiz) {
  const r = q._summary;
  return html`<section part="results" aria-labelledby="title">
    ${renderHeading(q.level, 'Your reflection', 'screen-title', 'title')}
    <p>
      ${r.answered} of ${r.total} items answered. Items you skipped are left out, not counted as
      zero.
    </p>
    ${q.storageMessage} ${renderChart(q)} ${renderAmbitions(q)} ${renderNextSteps(q)}
    ${renderCompare(q)}
    <div class="actions">
      <button part="button" @click=${() => q.go('step', 0)}>Review your answers</button>
    </div>
    ${renderData(q, true)} ${renderFullAttribution(q.adapted)}
  </section>`;
}
