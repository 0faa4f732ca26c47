import { html, nothing } from 'lit';
import { foundations } from '../../content/index.js';
import { renderCompactAttribution } from '../shared/attribution.js';
import { renderHeading } from '../shared/heading.js';
import { renderProgress } from './render-progress.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/** Knowledge mode: start, one question at a time with feedback, then the score. */
export function renderKnowledge(q: SelfCheckQuiz) {
  const list = q.questionList;
  if (q._screen === 'start')
    return html`<section part="start" aria-labelledby="title">
      ${renderHeading(q.level, 'How well do you know the guide?', 'screen-title', 'title')}
      <p>
        ${list.length} questions made from the Grab-and-Go Guide and the report's examples. After
        each answer you see why, with a link to the item. Nothing is stored or sent.
      </p>
      <div class="actions">
        <button part="button" class="primary" @click=${() => q.go('step', 0)}>Start</button>
      </div>
      ${renderCompactAttribution(q.adapted)}
    </section>`;

  if (q._screen === 'results') {
    const correct = list.filter((x) => q._chosen[x.id] === x.answer).length;
    return html`<section part="results" aria-labelledby="title">
      ${renderHeading(q.level, 'Your score', 'screen-title', 'title')}
      <p class="score">You answered ${correct} of ${list.length} questions correctly.</p>
      <div class="actions">
        <button part="button" class="primary" @click=${() => q.restartKnowledge()}>
          Try again
        </button>
      </div>
      ${renderCompactAttribution(q.adapted)}
    </section>`;
  }

  const question = list[Math.min(q._index, list.length - 1)];
  const chosen = q._chosen[question.id];
  const checked = q._checked[question.id];
  const right = chosen === question.answer;
  const item = foundations.find((f) => f.id === question.foundation)!;
  const answerLabel = question.options.find((o) => o.id === question.answer)!.label;
  return html`<section part="question" aria-labelledby="title">
    ${renderProgress(`Question ${q._index + 1} of ${list.length}`, q._index + 1, list.length)}
    ${renderHeading(q.level, question.prompt, 'screen-title', 'title')}
    ${question.context ? html`<blockquote>${question.context}</blockquote>` : nothing}
    <fieldset part="stages" ?disabled=${checked}>
      <legend>Choose one answer</legend>
      ${question.options.map(
        (o) =>
          html`<label class="choice ${checked && o.id === question.answer ? 'right' : ''}">
            <input
              type="radio"
              name="option"
              .value=${o.id}
              .checked=${chosen === o.id}
              @change=${() => q.choose(question.id, o.id)}
            />
            <span>${o.label}</span>
          </label>`,
      )}
    </fieldset>
    <div part="feedback" class="feedback" role="status">
      ${
        checked
          ? html`<p>
                <strong>${right ? 'Right.' : `Not quite. The answer is: ${answerLabel}.`}</strong>
              </p>
              <p>${question.explanation}</p>
              <p>
                <a part="link" href=${q.itemLink(item)}
                  >Read item ${item.number}, ${item.title}, in the guide</a
                >
              </p>`
          : nothing
      }
    </div>
    <div part="nav" class="actions">
      <button
        part="button"
        class="primary"
        ?disabled=${!chosen}
        @click=${() => (checked ? q.nextQuestion() : q.check(question.id))}
      >
        ${!checked ? 'Check answer' : q._index + 1 < list.length ? 'Next question' : 'See your score'}
      </button>
    </div>
  </section>`;
}
