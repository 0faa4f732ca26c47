import { html, nothing } from 'lit';
import { links } from '../../content/index.js';
import { getStage, stages } from '../../engine/index.js';
import { renderCompactAttribution } from '../shared/attribution.js';
import { renderHeading } from '../shared/heading.js';
import { renderData } from './render-data.js';
import { renderProgress } from './render-progress.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/** The start screen: what this is (and is not), how long, privacy. */
export function renderStart(q: SelfCheckQuiz) {
  const items = q.items;
  const answered = items.filter((f) => q._answers[f.id]?.stage).length;
  const minutes = Math.max(2, Math.round(items.length * 1.5));
  return html`<section part="start" aria-labelledby="title">
    ${renderHeading(q.level, 'Reflect on the Grab-and-Go Guide', 'screen-title', 'title')}
    <p>
      For each of the guide's ${items.length === 10 ? 'ten items' : `${items.length} chosen items`},
      think about where your team or organisation stands, note your thoughts, then see your
      strengths and some next small steps.
    </p>
    <p>
      This is a reflection aid built on the guide. It is not the official Ambitions self-assessment
      tool, which you can reach through
      <a part="link" href=${links.futureNhs}>FutureNHS</a>.
    </p>
    <p>It takes about ${minutes} minutes. You can skip any item.</p>
    <p>
      <strong>Privacy:</strong> your answers stay in this browser and are never sent anywhere; they
      are kept after you leave only if you choose "Save on this device".
    </p>
    ${q.storageMessage}
    <div class="actions">
      <button part="button" class="primary" @click=${() => q.go('step', answered ? q._index : 0)}>
        ${answered ? q.str('continue', 'Continue') : q.str('start', 'Start')}
      </button>
      ${
        answered
          ? html`<button part="button" @click=${() => q.go('results')}>
              ${q.str('see-results', 'See results')}
            </button>`
          : nothing
      }
    </div>
    ${renderData(q, false)} ${renderCompactAttribution(q.adapted)}
  </section>`;
}

/** One item: title, What, Ask prompts, stage radios, notes, navigation. */
export function renderStep(q: SelfCheckQuiz) {
  const items = q.items;
  const f = items[q._index];
  const answer = q._answers[f.id];
  const last = q._index === items.length - 1;
  const radio = (id: string, label: string, description?: string) =>
    html`<label class="choice">
      <input
        type="radio"
        name="stage"
        .value=${id}
        .checked=${(answer?.stage ?? '') === id}
        @change=${() => q.answer(f.id, { stage: getStage(id)?.id })}
      />
      <span><strong>${label}</strong>${description ? html`<br />${description}` : nothing}</span>
    </label>`;
  return html`<section part="step" aria-labelledby="title">
    ${renderProgress(`Item ${q._index + 1} of ${items.length}`, q._index + 1, items.length)}
    ${renderHeading(q.level, `${f.number}. ${f.title}`, 'screen-title', 'title')}
    ${
      f.addedByGuide
        ? html`<p class="added">
            Added by the guide's authors from their research: not one of the framework's
            foundations.
          </p>`
        : nothing
    }
    <details part="what">
      <summary>What this item means</summary>
      <p>${f.what}</p>
    </details>
    <p class="ask-intro" id="ask">Questions to talk through:</p>
    <ul part="ask" aria-labelledby="ask">
      ${f.ask.map((question) => html`<li>${question}</li>`)}
    </ul>
    <fieldset part="stages">
      <legend>Where are you now with ${f.title.toLowerCase()}?</legend>
      ${stages.map((s) => radio(s.id, s.label, s.description))}
      ${radio('', 'Not sure / skip', 'Leave this item unanswered for now.')}
    </fieldset>
    <label class="notes-label" for="notes">Notes (optional)</label>
    <textarea
      id="notes"
      part="notes"
      rows="3"
      .value=${answer?.notes ?? ''}
      @input=${(e: Event) => q.answer(f.id, { notes: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
    <div part="nav" class="actions">
      <button
        part="button"
        @click=${() => (q._index === 0 ? q.go('start') : q.go('step', q._index - 1))}
      >
        ${q.str('back', 'Back')}
      </button>
      <button
        part="button"
        class="primary"
        @click=${() => (last ? q.go('results') : q.go('step', q._index + 1))}
      >
        ${last ? q.str('see-results', 'See results') : q.str('next', 'Next')}
      </button>
    </div>
    <nav part="items" aria-label="All items">
      <p class="small">Go to any item:</p>
      <ol>
        ${items.map(
          (item, i) =>
            html`<li>
              <button
                part="button"
                class="link-button"
                aria-current=${i === q._index ? 'step' : 'false'}
                @click=${() => q.go('step', i)}
              >
                ${item.number}. ${item.title}
                <span class="small"
                  >(${getStage(q._answers[item.id]?.stage)?.label ?? 'not answered'})</span
                >
              </button>
            </li>`,
        )}
      </ol>
    </nav>
    ${q.storageMessage}
  </section>`;
}
