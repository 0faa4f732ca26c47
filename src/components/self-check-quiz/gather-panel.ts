import { html, nothing } from 'lit';
import { encodeMemberCode } from '../../engine/member-code.js';
import { displayName } from '../../engine/spread-rule.js';
import { gather, gatherFiles, orderBySpread, ungather } from './gather-actions.js';
import { gatheredCount, gatherState } from './gathering.js';
import { actions, button, subtitle } from './screen-helpers.js';
import { FAR_APART_RULE } from './render-gathering.js';
import { renderScanner } from './render-scanner.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/*
 * The gathering panel (issue 28), loaded when the facilitator opens it: a box for a member's
 * code, members' files and pictures of QR codes (chosen or dropped), the camera, the list of
 * members with a Remove button each, and the order by spread.
 */

const from = {
  typed: 'typed',
  file: 'from a file',
  scanned: 'scanned',
  picture: 'from a picture',
} as const;

/** The hint's example: a code that is accepted (one item rated), never one that is refused. */
const EXAMPLE_CODE = encodeMemberCode({ ratings: { 'personalised-care-planning': 'understand' } });

/** The files a person chose or dropped: images are read as QR codes, the rest as members' files. */
export async function takeFiles(q: SelfCheckQuiz, files: readonly File[]) {
  const images = files.filter((f) => f.type.startsWith('image/'));
  const others = files.filter((f) => !f.type.startsWith('image/'));
  if (others.length) await gatherFiles(q, others);
  if (images.length) {
    const { readQrFromImages } = await import('./qr-scan.js');
    await readQrFromImages(q, images);
  }
}

/** The open panel on the meeting's start screen, below its toggle button. */
export function renderPanel(q: SelfCheckQuiz) {
  const s = gatherState(q);
  const n = s.members.length;
  // The box is emptied by hand once a code is in: its binding's last value may already be ''
  // (the typing never went through it), so a re-render alone would leave the old code there.
  const emptyBox = () => {
    const box = q.renderRoot.querySelector<HTMLInputElement>('#member-code');
    if (box) box.value = '';
  };
  const add = (e: Event) => {
    q.keepFocus('member-code', e);
    if (gather(q, s.draft, 'typed')) emptyBox();
  };
  return html`<div id="gathering" role="group" aria-labelledby="gather-title">
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
        For example ${EXAMPLE_CODE}: capitals or not, with or without dashes.
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
              if (gather(q, text, from, true) && from === 'typed') emptyBox();
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
                      ${from[m.from]}, code ending
                      <span class="code"
                        >…${
                          // Only the check character: the rest of a code, on the projector, would
                          // let anyone in the room read a named member's ratings.
                          m.code.slice(-1)
                        }</span
                      >
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
  </div>`;
}
