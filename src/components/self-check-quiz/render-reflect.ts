import { html, nothing } from 'lit';
import {
  links,
  understandInterpretImplement as model,
  type Foundation,
} from '../../content/index.js';
import { getStage, stages } from '../../engine/index.js';
import { renderCompactAttribution, renderReportCredit } from '../shared/attribution.js';
import { OFF_OR_LOADING, needsScript } from '../shared/needs-script.js';
import { renderData } from './render-data.js';
import { actions, button, choice, screen } from './screen-helpers.js';
import { renderHeldBack } from './render-held-back.js';
import { hasWork, renderRoundChoice } from './rounds.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

// Two jobs: the reflection's screens (the default mode: the first page, one item per screen),
// and, at the end, an item's pieces that the meeting (render-meeting.ts) and a member's phone
// (render-member.ts) share with it: the aid notes, stage choices, notes box, Back and Next, the
// What and the Ask. Kept here, not in a file of their own: split out, the quiz's one file grew
// 47 B gz (measured), and its size must not grow (issue 26).

/**
 * What every start screen says of itself (ours, not the source's): a reflection aid, not the
 * official self-assessment; and the stages are this tool's reading of the report's 5.1 model.
 */
export function renderAidNotes() {
  return html`<p>
      This is a reflection aid built on the guide. It is not the official Ambitions self-assessment
      tool, which you can reach through
      <a part="link" href=${links.futureNhs}>FutureNHS</a>.
    </p>
    <p part="stages-note">
      The stages you choose from (${stages.map((x) => x.label.toLowerCase()).join(', ')}) are this
      tool's reading of the report's model of how people understand, interpret and implement the
      Framework (section 5.1). The report describes the model; it does not propose a scale.
    </p>`;
}

/** The start screen: what this is (and is not), how long, privacy. */
export function renderStart(q: SelfCheckQuiz) {
  const items = q.items;
  const answered = items.some((f) => q._answers[f.id]?.stage);
  return screen(
    q,
    'start',
    'Reflect on the Grab-and-Go Guide',
    html`<p>
        For each of the guide's
        ${items.length === 10 ? 'ten items' : `${items.length} chosen items`}, think about where
        your team or organisation stands, note your thoughts, then see your strengths and some next
        small steps.
      </p>
      ${renderAidNotes()}
      <p>
        It takes about ${Math.max(2, Math.round(items.length * 1.5))} minutes. You can skip any
        item.
      </p>
      <p>
        <strong>Privacy:</strong>
        ${
          q.formControl.sends
            ? 'your answers are sent with the form on this page when it is submitted, and nowhere else;'
            : 'your answers stay in this browser and are never sent anywhere;'
        }
        they are kept after you leave only if you choose "Save on this device".
      </p>
      ${q.notice}
      ${needsScript(
        `The self-check ${OFF_OR_LOADING}`,
        hasWork(q)
          ? renderRoundChoice(q)
          : actions(
              button(
                answered ? q.t('continue', 'Continue') : q.t('start', 'Start'),
                () => q.go('step', answered ? q._index : 0),
                'primary',
              ),
              answered ? button(q.t('see-results', 'See results'), () => q.go('results')) : nothing,
            ),
      )}
      <details part="model">
        <summary>The model in the report's words</summary>
        <dl>
          <dt>Understand</dt>
          <dd>“${model.understand.text}”</dd>
          <dt>Interpret</dt>
          <dd>“${model.interpret.text}”</dd>
          <dt>Implement</dt>
          <dd>“${model.implement.text}” “${model.continuous.text}”</dd>
        </dl>
      </details>
      ${needsScript('Saving and importing answers need JavaScript too.', renderData(q))}
      ${renderCompactAttribution(q.local.adapted)} ${renderReportCredit()}`,
  );
}

/** One item: title, What, Ask prompts, stage radios, notes, navigation. */
export function renderStep(q: SelfCheckQuiz) {
  const items = q.items;
  const i = q._index;
  const f = items[i];
  const answer = q._answers[f.id];
  // Back and Next twice: above the prompts (in view as each item opens, so no scrolling to
  // move on) and after the notes (where a keyboard user arrives).
  const nav = (where: string) =>
    itemNav(
      q,
      where,
      q.t('see-results', 'See results'),
      q._fromResults ? '' : 'primary',
      q._fromResults
        ? button(
            'Back to results',
            () => q.go('results', i, `item-${f.number}`),
            'primary',
            false,
            where === 'top' ? 'to-results' : undefined,
          )
        : nothing,
    );
  return screen(
    q,
    'step',
    `${f.number}. ${f.title}`,
    html`${addedNote(f)} ${whatDetails(f)} ${askList(f, 'Questions to talk through:')}
      <fieldset
        part="stages"
        role="radiogroup"
        aria-required=${q.required && !answer?.stage ? 'true' : nothing}
      >
        <legend>Where are you now with ${f.title.toLowerCase()}?</legend>
        ${stageChoices(q, f, 'Leave this item unanswered for now.')}
      </fieldset>
      ${notesBox(q, f, 'Notes (optional)')} ${renderHeldBack(q, f)} ${nav('bottom')}
      <nav part="items" aria-label="All items">
        <p class="small">Go to any item:</p>
        <ol>
          ${items.map(
            (item, n) =>
              html`<li>
                <button
                  part="button"
                  class="link-button"
                  aria-current=${n === i ? 'step' : 'false'}
                  @click=${() => q.go('step', n)}
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
      ${q.notice}`,
    [`Item ${i + 1} of ${items.length}`, i + 1, items.length],
    nav('top'),
  );
}

/** An item's stages as radio choices, "Not sure / skip" last (the reflect and member screens). */
export const stageChoices = (q: SelfCheckQuiz, f: Foundation, skip: string) =>
  [...stages, { id: '' as const, label: 'Not sure / skip', description: skip }].map((s) =>
    choice(
      'stage',
      s.id,
      (q._answers[f.id]?.stage ?? '') === s.id,
      () => q.answer(f.id, { stage: s.id || undefined }),
      html`<strong>${s.label}</strong><br />${s.description}`,
    ),
  );

/** An item's notes box with its label (every screen that rates an item). */
export const notesBox = (q: SelfCheckQuiz, f: Foundation, label: string, rows = 3) =>
  html`<label class="label" for="notes">${label}</label>
    <textarea
      id="notes"
      part="notes"
      rows=${rows}
      .value=${q._answers[f.id]?.notes ?? ''}
      @input=${(e: Event) => q.answer(f.id, { notes: (e.target as HTMLTextAreaElement).value })}
    ></textarea>`;

/** Under an item the guide's authors added (9 and 10): that it is not one of the foundations. */
export const addedNote = (f: Foundation) =>
  f.addedByGuide
    ? html`<p class="small">
        Added by the guide's authors from their research: not one of the framework's foundations.
      </p>`
    : nothing;

/**
 * An item's Back and Next (`where`: top or bottom), the last item's Next labelled `lastLabel`;
 * `extra` after them (the reflection's "Back to results").
 */
export function itemNav(
  q: SelfCheckQuiz,
  where: string,
  lastLabel: string,
  nextKind = 'primary',
  extra: unknown = nothing,
) {
  const i = q._index;
  const last = i === q.items.length - 1;
  return html`<div part="nav" class="actions nav-${where}">
    ${button(q.t('back', 'Back'), () => (i ? q.go('step', i - 1) : q.go('start')))}
    ${button(
      last ? lastLabel : q.t('next', 'Next'),
      () => q.go(last ? 'results' : 'step', i + 1),
      nextKind,
    )}
    ${extra}
  </div>`;
}

/** An item's What, folded (`inside` after it, in the fold). */
export const whatDetails = (f: Foundation, inside: unknown = nothing) =>
  html`<details part="what">
    <summary>What this item means</summary>
    <p>${f.what}</p>
    ${inside}
  </details>`;

/** An item's Ask questions under `lead`. */
export const askList = (f: Foundation, lead: string) =>
  html`<p id="ask">${lead}</p>
    <ul part="ask" aria-labelledby="ask">
      ${f.ask.map((question) => html`<li>${question}</li>`)}
    </ul>`;
