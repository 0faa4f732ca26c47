import { html, nothing } from 'lit';
import { getStage, longDate, roundDate } from '../../engine/index.js';
import { splitRounds } from './gathering.js';
import { actions, button, type QuizScreen } from './screen-helpers.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * Rounds: a team comes back months later. The round on screen is either continued or filed as a
 * saved result under its own date (the day its work was done, never the day it was put away),
 * and a fresh round starts.
 */

/** True when the round on screen holds work: answers or a plan. */
export const hasWork = (q: SelfCheckQuiz) =>
  // Members' spread alone (gathered for this meeting, issue 28) is not a round's work.
  Object.values(q._answers).some((a) => a?.stage || a?.notes || a?.heldBack || a?.heldBackNote) ||
  q._plan.length > 0;

/**
 * Files this round (and its plan) as a saved result dated by the round's own dates, empties the
 * answers, plan and review, and turns saving on (the buttons that call it say "Save" or follow a
 * saved round). Then shows `then`.
 */
export function startNextRound(
  q: SelfCheckQuiz,
  then: Extract<QuizScreen, 'start' | 'step'> = 'start',
): void {
  const date = new Date(roundDate(q.storage.round));
  const { filed, fresh } = splitRounds(q);
  q._answers = filed;
  q.storage.save(true);
  q.snapshot(date);
  q._compare = q._snapshots[q._snapshots.length - 1].id;
  q._plan = [];
  q._review = undefined;
  q.storage.round = {};
  q.changed(fresh);
  q.go(then, 0);
}

/**
 * On a start screen when a round holds work: "Continue this round (started ...)" and "Start the
 * next round (today)", each dated; meeting mode also lists the items and leads to the results.
 */
export function renderRoundChoice(q: SelfCheckQuiz) {
  const started = q.storage.round.startedAt;
  const meeting = q.mode === 'meeting';
  return html`<p>
      ${
        started
          ? `This round was started on ${longDate(started)}${q.storage.saving ? ' and saved on this device' : ''}.`
          : 'A round is under way.'
      }
      Continue it, or keep it as a saved result under its own date and start the next round: next
      time, the plan screen asks how each planned step went.
    </p>
    ${actions(
      button(
        started ? `Continue this round (started ${longDate(started)})` : 'Continue this round',
        () => q.go('step', meeting ? 0 : q._index),
        'primary',
        false,
        'continue',
      ),
      button(`Start the next round (${longDate(new Date())})`, () => startNextRound(q, 'step')),
      button(meeting ? 'See the results' : q.t('see-results', 'See results'), () =>
        q.go('results'),
      ),
    )}
    ${meeting ? renderItemList(q) : nothing}`;
}

/** Meeting mode: every item with its stage, to go straight to one. */
export function renderItemList(q: SelfCheckQuiz) {
  return html`<nav part="items" aria-label="All items" class="item-list">
    <ol>
      ${q.items.map(
        (f, n) =>
          html`<li>
            <button part="button" class="link-button" @click=${() => q.go('step', n)}>
              ${f.number}. ${f.title}
              (${getStage(q._answers[f.id]?.stage)?.label ?? 'not answered'})
            </button>
          </li>`,
      )}
    </ol>
  </nav>`;
}
