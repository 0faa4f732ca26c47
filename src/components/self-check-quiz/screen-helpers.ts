import { html, nothing, type TemplateResult } from 'lit';
import type { ReportQuote } from '../../content/index.js';
import { levelBelow, renderHeading } from '../shared/heading.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/** Markup the quiz's screens repeat, written once. */

/** The quiz's screens (`q.go(screen)`): the first page, one item or question, results, plan. */
export type QuizScreen = 'start' | 'step' | 'results' | 'plan';

/**
 * A button; `kind` is "primary" or "warning" for the coloured ones. `key` names it for focus
 * management (`q.keepFocus`): after the action re-renders the screen, focus goes back to the
 * button with that key.
 */
export const button = (
  label: unknown,
  onClick: (e: Event) => void,
  kind = '',
  disabled = false,
  key?: string,
) =>
  html`<button
    part="button"
    class=${kind}
    ?disabled=${disabled}
    data-focus=${key ?? nothing}
    @click=${onClick}
  >
    ${label}
  </button>`;

/** A row of buttons. */
export const actions = (...buttons: unknown[]) => html`<div class="actions">${buttons}</div>`;

/**
 * One screen: a section labelled by its heading (which takes focus on each step), with an
 * optional progress line above it ("Item 3 of 10" with a bar labelled by that text).
 */
export function screen(
  q: SelfCheckQuiz,
  part: string,
  title: unknown,
  body: unknown,
  progress?: [label: string, current: number, total: number],
  nav: unknown = nothing,
): TemplateResult {
  return html`<section part=${part} aria-labelledby="title">
    ${
      progress
        ? html`<p part="progress" class="progress">
            <span id="progress-label">${progress[0]}</span>
            <progress
              aria-labelledby="progress-label"
              max=${progress[2]}
              .value=${progress[1]}
            ></progress>
          </p>`
        : nothing
    }
    ${nav} ${renderHeading(q.level, title, 'screen-title heading', 'title')} ${body}
  </section>`;
}

/** A section heading `depth` levels below the screen's. */
export const subtitle = (q: SelfCheckQuiz, content: unknown, id?: string, depth = 1) =>
  renderHeading(
    depth > 1 ? levelBelow(levelBelow(q.level)) : levelBelow(q.level),
    content,
    'subtitle',
    id,
  );

/** A quotation from the report, its source under it. */
export const quote = ({ text, source }: ReportQuote) =>
  html`<figure class="quote">
    <blockquote><p>${text}</p></blockquote>
    <figcaption>${source}</figcaption>
  </figure>`;

/** The shared data table (src/components/shared/data-table.ts), under the quiz's own name. */
export { dataTable as table } from '../shared/data-table.js';

/**
 * A question that needs an answer before something is replaced or removed. It takes focus when
 * it opens (its key is `id`), and Escape answers "no" (whose handler returns focus to the
 * control that opened it).
 */
export const confirm = (
  id: string,
  question: unknown,
  yes: [string, (e: Event) => void],
  no: [string, (e: Event) => void],
) =>
  html`<div
    class="confirm"
    role="group"
    aria-labelledby=${id}
    tabindex="-1"
    data-focus=${id}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        no[1](e);
      }
    }}
  >
    <p id=${id}>${question}</p>
    ${actions(button(yes[0], yes[1], 'warning'), button(...no))}
  </div>`;

/** A radio choice with its label (and a second line). */
export const choice = (
  name: string,
  value: string,
  checked: boolean,
  onChange: () => void,
  label: unknown,
  className = '',
) =>
  html`<label class="choice ${className}">
    <input type="radio" name=${name} .value=${value} .checked=${checked} @change=${onChange} />
    <span>${label}</span>
  </label>`;
