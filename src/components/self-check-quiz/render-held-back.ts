import { html, nothing } from 'lit';
import { MAX_NOTES_LENGTH, type Answer } from '../../engine/index.js';
import type { Foundation } from '../../content/index.js';
import { outside } from '../shared/bidi.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * "Held back by something outside our control" for one item, with a note of what (issue 27):
 * staff using RAG self-assessments report that some actions "cannot physically be GREEN" for
 * reasons outside their control. Our own words; the flag sits beside the stage, never changes it.
 */
export function renderHeldBack(q: SelfCheckQuiz, f: Foundation) {
  const answer = q._answers[f.id];
  const held = answer?.heldBack === true;
  return html`<div class="held-back" part="held-back">
    <label class="check">
      <input
        type="checkbox"
        .checked=${held}
        @change=${(e: Event) => {
          const checked = (e.target as HTMLInputElement).checked;
          q.answer(f.id, { heldBack: checked });
          // The note box opens below: bring it into view (on a projector it would open under the
          // bar of Back / Next buttons fixed at the foot of the screen).
          if (checked)
            void q.updateComplete.then(() =>
              q.renderRoot
                .querySelector('#held-back-note')
                ?.scrollIntoView({ block: 'center', inline: 'nearest' }),
            );
        }}
      />
      Held back by something outside our control
    </label>
    ${
      held
        ? html`<label class="label" for="held-back-note">What holds us back (optional)</label>
            <textarea
              id="held-back-note"
              rows="2"
              maxlength=${MAX_NOTES_LENGTH}
              .value=${answer?.heldBackNote ?? ''}
              @input=${(e: Event) =>
                q.answer(f.id, { heldBackNote: (e.target as HTMLTextAreaElement).value })}
            ></textarea>`
        : nothing
    }
  </div>`;
}

/** On the results and their printout: "Held back by something outside our control: note". */
export function heldBackLine(answer: Answer | undefined) {
  return answer?.heldBack
    ? html`<p class="held-back-line">
        <strong>Held back by something outside our control</strong>${
          answer.heldBackNote ? html`: ${outside(answer.heldBackNote)}` : nothing
        }
      </p>`
    : nothing;
}
