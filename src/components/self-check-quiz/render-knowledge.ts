import { html, nothing } from 'lit';
import { getFoundation } from '../../content/index.js';
import { renderCompactAttribution, renderReportCredit } from '../shared/attribution.js';
import { OFF_OR_LOADING, needsScript } from '../shared/needs-script.js';
import { actions, button, choice, screen, subtitle } from './screen-helpers.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

// The generator loads with this module (modes-on-demand.ts), not with the quiz.
export { generateQuestions } from '../../engine/knowledge.js';

/** Knowledge mode: start, one question at a time with feedback, then the score. */
export function renderKnowledge(q: SelfCheckQuiz) {
  const list = q.questionList;
  const i = Math.min(q._index, list.length - 1);
  const attribution = html`${renderCompactAttribution(q.local.adapted)} ${renderReportCredit()}`;
  if (q._screen === 'start')
    return screen(
      q,
      'start',
      'How well do you know the guide?',
      html`<p>
          ${list.length} questions made from the Grab-and-Go Guide and the report's examples. After
          each answer you see why, with a link to the item. Nothing is stored or sent.
        </p>
        ${needsScript(
          `The quiz ${OFF_OR_LOADING}`,
          actions(button('Start', () => q.go('step', 0), 'primary')),
        )}
        ${attribution}`,
    );

  const optionLabel = (question: (typeof list)[number], id?: string) =>
    question.options.find((o) => o.id === id)?.label;
  if (q._screen === 'results')
    return screen(
      q,
      'results',
      'Your score',
      html`<p class="score">
          You answered ${list.filter((x) => q._chosen[x.id] === x.answer).length} of ${list.length}
          questions correctly.
        </p>
        ${actions(button('Try again', () => q.restart(), 'primary'))}
        ${subtitle(q, 'Each question again', 'review-title')}
        <ol part="review" class="review" aria-labelledby="review-title">
          ${list.map((x) => {
            const item = getFoundation(x.foundation)!;
            const right = q._chosen[x.id] === x.answer;
            return html`<li class=${right ? 'right' : 'wrong'}>
              <p><strong>${x.prompt}</strong></p>
              <p>
                ${
                  right
                    ? html`<span class="mark">Right:</span> ${optionLabel(x, x.answer)}`
                    : html`<span class="mark">Your answer:</span>
                        ${optionLabel(x, q._chosen[x.id]) ?? 'none'}<br /><span class="mark"
                          >The answer:</span
                        >
                        ${optionLabel(x, x.answer)}`
                }
              </p>
              <p>
                <a part="link" href=${q.itemLink(item)}
                  >Read item ${item.number}, ${item.title}, in the guide</a
                >
              </p>
            </li>`;
          })}
        </ol>
        ${attribution}`,
    );

  const question = list[i];
  const { id, answer } = question;
  const chosen = q._chosen[id];
  const checked = q._checked[id];
  const item = getFoundation(question.foundation)!;
  return screen(
    q,
    'question',
    question.prompt,
    html`${question.context ? html`<blockquote>${question.context}</blockquote>` : nothing}
      <fieldset part="stages" ?disabled=${checked}>
        <legend>Choose one answer</legend>
        ${question.options.map((o) =>
          choice(
            'option',
            o.id,
            chosen === o.id,
            () => (q._chosen = { ...q._chosen, [id]: o.id }),
            checked && o.id === answer
              ? html`${o.label}
                  <strong class="tag"
                    >${chosen === answer ? 'Your answer: right' : 'The answer'}</strong
                  >`
              : checked && o.id === chosen
                ? html`${o.label} <strong class="tag">Your answer</strong>`
                : o.label,
            checked && o.id === answer ? 'right' : checked && o.id === chosen ? 'wrong' : '',
          ),
        )}
      </fieldset>
      <div part="feedback">
        ${
          checked
            ? html`<p>
                  <strong
                    >${
                      chosen === answer
                        ? 'Right.'
                        : `Not quite. The answer is: ${question.options.find((o) => o.id === answer)!.label}.`
                    }</strong
                  >
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
        ${button(
          !checked ? 'Check answer' : i + 1 < list.length ? 'Next question' : 'See your score',
          (e) =>
            !checked
              ? // The feedback opens above this button: keep the button where it was.
                (q.keepFocus('check', e),
                (q._checked = { ...q._checked, [id]: true }),
                q.announce(
                  chosen === answer
                    ? 'Right.'
                    : `Not quite. The answer is: ${optionLabel(question, answer)}.`,
                ))
              : q.go(i + 1 < list.length ? 'step' : 'results', i + 1),
          'primary',
          !chosen,
          'check',
        )}
      </div>`,
    [`Question ${i + 1} of ${list.length}`, i + 1, list.length],
  );
}
