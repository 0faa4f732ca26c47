import { html, nothing } from 'lit';
import type { Foundation } from '../../content/index.js';
import type { Answer } from '../../engine/answers.js';
import { displayName, FAR_APART_STAGES, isSplit } from '../../engine/spread-rule.js';
import { stages } from '../../engine/stages.js';
import { lazyModule } from '../shared/lazy-module.js';
import { gatheredCount, gatherState } from './gathering.js';
import { subtitle } from './screen-helpers.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * The meeting screen's gathering of members' ratings (issue 28): on the start screen, a panel to
 * add members by code, file or QR; on each item, the members' spread before "Where are we?".
 */

/** How "far apart" is measured, in the words the screen uses everywhere. */
export const FAR_APART_RULE = `Far apart: two members chose stages ${FAR_APART_STAGES} or more steps apart on the scale (for example Understanding and Implementing).`;

/**
 * The panel, loaded when the toggle opens it (only the panel's own code opens it otherwise). It
 * was loaded on every redraw while open, which offline fetched it again and again: now opening
 * it again after a failure tries again.
 */
const gatherPanel = lazyModule(
  () => import('./gather-panel.js'),
  '<self-check-quiz> mode="meeting": the gathering panel could not load.',
  true,
);

/**
 * On the meeting's start screen: "Gather members' ratings", which opens the panel (loaded on
 * demand, with the code reader: a team that does not gather never downloads it).
 */
export function renderGathering(q: SelfCheckQuiz) {
  const s = gatherState(q);
  const n = s.members.length;
  const toggle = html`<button
    part="button"
    class="gather-toggle"
    aria-expanded=${s.open ? 'true' : 'false'}
    aria-controls="gathering"
    data-focus="gather-toggle"
    @click=${(e: Event) => {
      q.keepFocus('gather-toggle', e);
      s.open = !s.open;
      if (s.open) void gatherPanel.load().then(() => q.requestUpdate());
      q.requestUpdate();
    }}
  >
    Gather members’ ratings${n ? ` (${gatheredCount(n)})` : ''}
  </button>`;
  const panel = gatherPanel.module;
  // One template whatever is open, so the toggle button (and its focus) stays as the panel comes.
  return html`<div
    class="gathering"
    part="gathering"
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      if (panel) void panel.takeFiles(q, [...(e.dataTransfer?.files ?? [])]);
    }}
  >
    ${toggle}
    ${
      !s.open
        ? nothing
        : panel
          ? panel.renderPanel(q)
          : html`<p id="gathering">
              ${
                gatherPanel.failed
                  ? 'The gathering panel could not load. Check the connection, then try again.'
                  : 'Loading…'
              }
            </p>`
    }
  </div>`;
}

/**
 * The members' spread on one item, before "Where are we?": members per stage in large type, who
 * did not rate it, and a plain flag when they are far apart. Read from the answer (what the result
 * keeps), so it shows again after a reload; first names only while the codes are in memory.
 */
export function renderSpread(q: SelfCheckQuiz, f: Foundation) {
  const answer = q._answers[f.id];
  const spread = answer?.spread;
  if (!spread) return nothing;
  const total = stages.reduce((sum, s) => sum + (spread[s.id] ?? 0), 0);
  const notRated = answer.spreadNotRated ?? 0;
  const names = (stage: string) =>
    gatherState(q)
      .members.filter((m) => m.name && m.ratings[f.id] === stage)
      .map((m) => displayName(m.name));
  const split = isSplit(spread);
  return html`<div class="spread ${split ? 'far-apart' : ''}" part="spread">
    ${subtitle(q, 'Where members placed it', 'spread-title')}
    ${
      // First, under its title: on a laptop the note must not sit under the button bar.
      split
        ? html`<p class="far-apart-flag" part="far-apart">
            <strong>Members are far apart on this item.</strong> ${FAR_APART_RULE} Talk it through
            before you agree.
          </p>`
        : nothing
    }
    <ul class="spread-counts" aria-labelledby="spread-title">
      ${stages.map((s) => {
        const count = spread[s.id] ?? 0;
        const who = names(s.id);
        return html`<li class=${count ? 'chosen' : ''}>
          <span class="spread-count">${count}</span>
          <span class="spread-stage">${s.label}</span>
          ${who.length ? html`<span class="small">${who.join(', ')}</span>` : nothing}
        </li>`;
      })}
    </ul>
    <p class="small">
      ${total} member${total === 1 ? '' : 's'} rated this
      item${notRated ? `; ${notRated} did not` : ''}.
    </p>
  </div>`;
}

/** The spread in words: "2 Understanding, 1 Implementing; 1 did not rate it". */
export function spreadWords(answer: Answer | undefined): string {
  const spread = answer?.spread;
  if (!spread) return '';
  const counts = stages.filter((s) => spread[s.id]).map((s) => `${spread[s.id]} ${s.label}`);
  const notRated = answer.spreadNotRated ? `; ${answer.spreadNotRated} did not rate it` : '';
  return `${counts.join(', ')}${notRated}`;
}

/**
 * On the results and their printout: the members' spread before the team agreed. Also beside
 * "Where are we?" (labelled "Members:"), as the spread above it has scrolled away by then.
 */
export function spreadLine(answer: Answer | undefined, label = 'Members before agreeing:') {
  return answer?.spread
    ? html`<p class="spread-line" part="spread-line">
        <strong>${label}</strong> ${spreadWords(answer)}${
          isSplit(answer.spread)
            ? html` <strong class="far-apart-word">(far apart)</strong>`
            : nothing
        }
      </p>`
    : nothing;
}
