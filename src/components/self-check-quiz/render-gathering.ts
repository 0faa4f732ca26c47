import { html, nothing } from 'lit';
import type { Foundation } from '../../content/index.js';
import type { Answer } from '../../engine/answers.js';
import { displayName, FAR_APART_STAGES, isSplit } from '../../engine/member-spread.js';
import { stages } from '../../engine/stages.js';
import {
  gather,
  gatheredCount,
  gatherFiles,
  gatherState,
  orderBySpread,
  ungather,
} from './gathering.js';
import { actions, button, subtitle } from './parts.js';
import { renderScanner } from './render-scanner.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * The meeting screen's gathering of members' ratings (issue 28): on the start screen, a panel to
 * add members by code, file or QR; on each item, the members' spread before "Where are we?".
 */

/** How "far apart" is measured, in the words the screen uses everywhere. */
export const FAR_APART_RULE = `Far apart: two members chose stages ${FAR_APART_STAGES} or more steps apart on the scale (for example Understanding and Implementing).`;

const from = { typed: 'typed', file: 'from a file', scanned: 'scanned' } as const;

/** The files a person chose or dropped: images are read as QR codes, the rest as members' files. */
async function takeFiles(q: SelfCheckQuiz, files: readonly File[]) {
  const images = files.filter((f) => f.type.startsWith('image/'));
  const others = files.filter((f) => !f.type.startsWith('image/'));
  if (others.length) await gatherFiles(q, others);
  if (images.length) {
    const { readQrFromImages } = await import('./qr-scan.js');
    await readQrFromImages(q, images);
  }
}

/** The panel on the meeting's start screen; a button opens it, so a team that does not gather sees one line. */
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
      q.requestUpdate();
    }}
  >
    Gather members’ ratings${n ? ` (${gatheredCount(n)})` : ''}
  </button>`;
  if (!s.open) return html`<div class="gathering" part="gathering">${toggle}</div>`;
  const add = (e: Event) => {
    q.keepFocus('member-code', e);
    gather(q, s.draft, 'typed');
  };
  return html`<div
    class="gathering"
    part="gathering"
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      void takeFiles(q, [...(e.dataTransfer?.files ?? [])]);
    }}
  >
    ${toggle}
    <div id="gathering" role="group" aria-labelledby="gather-title">
      ${subtitle(q, 'Members’ ratings before you agree', 'gather-title')}
      <p>
        Each member rates the items privately on their own phone (the self-check in member mode) and
        gets a code. Add every member’s code here before you start: each item then shows how the
        members’ stages spread, before the team agrees its own. The codes stay in this browser until
        the page is closed; the result keeps only the counts per stage, never who said what.
      </p>
      <p class="field">
        <label class="label" for="member-code">A member’s code</label>
        <input
          id="member-code"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          data-focus="member-code"
          aria-describedby="member-code-hint member-code-problem"
          aria-invalid=${s.problem && !s.duplicate ? 'true' : 'false'}
          .value=${s.draft}
          @input=${(e: Event) => (s.draft = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(e);
            }
          }}
        />
        <span class="small" id="member-code-hint">
          For example A7KM-2QXR-9: capitals or not, with or without dashes.
        </span>
      </p>
      <p id="member-code-problem" class="problem" part="gather-problem">${s.problem}</p>
      ${actions(
        button('Add member', add, 'primary', false, 'add-member'),
        s.duplicate
          ? button(
              'Add anyway: another person with the same ratings',
              (e) => {
                q.keepFocus('member-code', e);
                const { text, from } = s.duplicate!;
                if (gather(q, text, from, true) && from === 'typed') s.draft = '';
              },
              '',
              false,
              'add-again',
            )
          : nothing,
      )}
      <p class="field">
        <label class="label" for="member-files">
          Members’ files, or pictures of their QR codes (or drop them here)
        </label>
        <input
          id="member-files"
          type="file"
          multiple
          accept=".json,.txt,application/json,text/plain,image/*"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void takeFiles(q, [...(input.files ?? [])]).then(() => (input.value = ''));
          }}
        />
      </p>
      ${renderScanner(q)}
      <p class="gathered-count" part="gathered-count"><strong>${gatheredCount(n)}</strong></p>
      ${
        n
          ? html`<ol class="members" part="members">
                ${s.members.map(
                  (m, i) =>
                    html`<li>
                      <span>
                        Member ${i + 1}${m.name ? html` (${displayName(m.name)})` : nothing},
                        ${from[m.from]}: <span class="code">${m.code}</span>
                      </span>
                      ${button(
                        html`Remove<span class="visually-hidden"> member ${i + 1}</span>`,
                        (e) => {
                          // Focus to the next member's button, or the code box when none is left.
                          q.keepFocus(n > 1 ? `remove-${Math.min(i, n - 2)}` : 'member-code', e);
                          ungather(q, i);
                        },
                        '',
                        false,
                        `remove-${i}`,
                      )}
                    </li>`,
                )}
              </ol>
              <p class="small">${FAR_APART_RULE}</p>
              ${actions(
                button(
                  s.order ? 'Back to the guide’s order' : 'Order the items by spread',
                  (e) => {
                    q.keepFocus('order', e);
                    orderBySpread(q, !s.order);
                  },
                  '',
                  false,
                  'order',
                ),
              )}
              ${
                s.order
                  ? html`<p class="small">
                      The meeting takes the items where the members differ most first:
                      ${q.items.map((f) => f.number).join(', ')}.
                    </p>`
                  : nothing
              }`
          : nothing
      }
    </div>
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
    ${
      split
        ? html`<p class="far-apart-flag" part="far-apart">
            <strong>Members are far apart on this item.</strong> ${FAR_APART_RULE} Talk it through
            before you agree.
          </p>`
        : nothing
    }
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

/** On the results and their printout: the members' spread before the team agreed. */
export function spreadLine(answer: Answer | undefined) {
  return answer?.spread
    ? html`<p class="spread-line" part="spread-line">
        <strong>Members before agreeing:</strong> ${spreadWords(answer)}${
          isSplit(answer.spread)
            ? html` <strong class="far-apart-word">(far apart)</strong>`
            : nothing
        }
      </p>`
    : nothing;
}
