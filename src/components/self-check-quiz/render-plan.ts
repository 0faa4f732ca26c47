import { html, nothing } from 'lit';
import {
  getFoundation,
  measuresFor,
  smallNumberOfChanges,
  type FoundationId,
} from '../../content/index.js';
import {
  addStep,
  caseStudyChoices,
  compareOutcomes,
  describeChange,
  earlierPlanRound,
  fillItemHref,
  getOutcome,
  isPlanDate,
  longDate,
  MAX_LEAD_LENGTH,
  MAX_NOTES_LENGTH,
  outcomes,
  readResultFile,
  MAX_RESULT_BYTES,
  removeStep,
  reviewOf,
  reviewStep,
  stageLabel,
  suggestedOrder,
  updateStep,
  withEarlierFile,
  type PlanStep,
} from '../../engine/index.js';
import { actions, button, choice, quote, screen, subtitle, table } from './screen-helpers.js';
import { nameField } from './render-data.js';
import { renderSaveState, savingSentence } from './render-save-state.js';
import { startNextRound } from './rounds.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';
import { renderBarriersAndFacilitators } from './render-findings.js';

/**
 * The small-steps plan: after the results, the team writes down the few things it will do
 * (at most `max-steps`, three by default), and at the next round says how each went.
 */

/** A change to the plan made by the reader: saved and announced like an answer. */
function planChanged(q: SelfCheckQuiz, plan = q._plan) {
  q._plan = plan;
  q.changed();
}

function add(q: SelfCheckQuiz, id: FoundationId) {
  const max = q.stepLimit;
  const r = addStep(q._plan, id, max);
  const f = getFoundation(id)!;
  if (r.ok) {
    q._planMessage = '';
    planChanged(q, r.plan);
    // Focus the new step's first box, so the keyboard user writes it straight away.
    void q.updateComplete.then(() =>
      q.renderRoot.querySelector<HTMLElement>(`#step-${f.number}`)?.focus(),
    );
  } else
    q._planMessage =
      r.reason === 'full'
        ? `Your plan already has ${max} ${max === 1 ? 'step' : 'steps'}, the most it holds, so ${f.number}. ${f.title} was not added. Remove a step first if you would rather work on this one. We keep the plan small because of the report's finding quoted at the top of this page: a small number of changes at any one time.`
        : `${f.number}. ${f.title} is already in your plan.`;
}

function remove(q: SelfCheckQuiz, step: PlanStep) {
  const f = getFoundation(step.foundation)!;
  planChanged(q, removeStep(q._plan, step.foundation));
  q._planMessage = `${f.number}. ${f.title} was removed from your plan.`;
  // Its box is gone: focus the list of items to choose from.
  void q.updateComplete.then(() => {
    const heading = q.renderRoot.querySelector<HTMLElement>('#choose-title');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  });
}

/** A labelled text box, textarea or date for one field of a step. */
function field(
  q: SelfCheckQuiz,
  s: PlanStep,
  key: 'step' | 'lead' | 'byWhen' | 'howWeKnow',
  label: string,
  hint?: unknown,
) {
  const f = getFoundation(s.foundation)!;
  const id = `${key === 'step' ? 'step' : key}-${f.number}`;
  const onInput = (e: Event) => {
    const value = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    // A date input lets a year run to six digits (62027): kept only as a real YYYY-MM-DD date.
    if (key === 'byWhen' && value && !isPlanDate(value)) {
      q._planMessage = `By when for ${f.number}. ${f.title}: "${value}" is not a date the plan can keep. Choose a date such as 30 June ${new Date().getUTCFullYear() + 1}.`;
      return;
    }
    planChanged(q, updateStep(q._plan, s.foundation, { [key]: value }));
  };
  const hintId = hint ? `${id}-hint` : undefined;
  const input =
    key === 'step' || key === 'howWeKnow'
      ? html`<textarea
          id=${id}
          rows="2"
          maxlength=${MAX_NOTES_LENGTH}
          aria-describedby=${hintId ?? nothing}
          .value=${s[key] ?? ''}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          type=${key === 'byWhen' ? 'date' : 'text'}
          max=${key === 'byWhen' ? '9999-12-31' : nothing}
          maxlength=${MAX_LEAD_LENGTH}
          aria-describedby=${hintId ?? nothing}
          .value=${s[key] ?? ''}
          @change=${onInput}
          @input=${key === 'byWhen' ? nothing : onInput}
        />`;
  return html`<div class="field">
    <label class="label" for=${id}>${label}</label>
    ${hint ? html`<div id=${hintId} class="hint">${hint}</div>` : nothing} ${input}
  </div>`;
}

/** One chosen item: the team's step, who, by when, how we'll know, a case study. */
function renderStepForm(q: SelfCheckQuiz, s: PlanStep, n: number) {
  const f = getFoundation(s.foundation)!;
  const stage = q._answers[f.id]?.stage;
  const studies = caseStudyChoices(f.id);
  const measures = measuresFor(f.id);
  const studyId = `case-${f.number}`;
  const chosen = studies.find((c) => c.id === s.caseStudy);
  const href = q.caseStudyHref.trim() && fillItemHref(q.caseStudyHref, f);
  return html`<fieldset class="plan-step" part="plan-step">
    <legend>
      Step ${n}: ${f.number}. ${f.title} <span class="small">(${stageLabel(stage)})</span>
    </legend>
    ${field(q, s, 'step', 'Our step, in our own words')}
    <div class="two">
      ${field(q, s, 'lead', 'Who leads it')} ${field(q, s, 'byWhen', 'By when')}
    </div>
    ${field(
      q,
      s,
      'howWeKnow',
      "How we'll know it worked",
      html`<p class="small">The guide's questions for this item may help:</p>
        <ul class="small">
          ${f.ask.map((a) => html`<li>${a}</li>`)}
        </ul>
        ${
          measures.length
            ? html`<p class="small">
                A measure the report names for this item:
                ${measures.map(
                  (m, i) =>
                    html`${i ? '; ' : ''}<a part="link" href=${m.href ?? nothing}>${m.name}</a>`,
                )}.
              </p>`
            : nothing
        }`,
    )}
    <div class="field">
      <label class="label" for=${studyId}>A case study to learn from</label>
      ${
        studies.length
          ? html`<select
                id=${studyId}
                @change=${(e: Event) =>
                  planChanged(
                    q,
                    updateStep(q._plan, f.id, {
                      caseStudy: (e.target as HTMLSelectElement).value,
                    }),
                  )}
              >
                <option value="" ?selected=${!chosen}>None chosen</option>
                ${studies.map(
                  (c) => html`<option .value=${c.id} ?selected=${c === chosen}>${c.title}</option>`,
                )}
              </select>
              ${
                chosen
                  ? html`<p class="small">
                      ${chosen.title}: ${chosen.summary}
                      ${href ? html`<a part="link" href=${href}>See it in the case studies</a>` : nothing}
                    </p>`
                  : nothing
              }`
          : html`<p class="small" id=${studyId}>
              The report lists no case studies under this item (items 9 and 10 were added by the
              guide's authors).
            </p>`
      }
    </div>
    ${actions(button(`Remove ${f.number}. ${f.title} from the plan`, () => remove(q, s)))}
  </fieldset>`;
}

/** "Add to plan" buttons: suggested items (lowest stages) first, then all the others. */
function renderChooser(q: SelfCheckQuiz) {
  const { suggested, others } = suggestedOrder(q._summary.items);
  const row = (id: FoundationId) => {
    const f = getFoundation(id)!;
    const planned = q._plan.some((s) => s.foundation === id);
    return html`<li>
      ${f.number}. ${f.title}
      <span class="small">(${stageLabel(q._answers[id]?.stage)})</span>
      ${
        planned
          ? html`<span class="small">In your plan</span>`
          : button(
              html`Add<span class="visually-hidden"> ${f.number}. ${f.title}</span> to the plan`,
              () => add(q, id),
            )
      }
    </li>`;
  };
  return html`<section class="chooser" aria-labelledby="choose-title">
    ${subtitle(q, 'Choose the items to work on', 'choose-title')}
    ${
      q._planMessage
        ? html`<p class="notice" role="alert" part="notice">${q._planMessage}</p>`
        : nothing
    }
    ${
      suggested.length
        ? html`<p>Suggested: your lowest stages first.</p>
            <ul class="choose">
              ${suggested.map(row)}
            </ul>
            <p>Any other item:</p>`
        : nothing
    }
    <ul class="choose">
      ${others.map(row)}
    </ul>
  </section>`;
}

/** At the next round: how did each of the earlier round's steps go? */
function renderReview(q: SelfCheckQuiz) {
  const earlier = earlierPlanRound(q._snapshots, q._compare);
  if (!earlier) return nothing;
  const review = reviewOf(q._review, earlier);
  const set = (id: FoundationId, change: Parameters<typeof reviewStep>[2]) => {
    q._review = reviewStep(reviewOf(q._review, earlier), id, change);
    q.changed();
  };
  return html`<section class="review" part="review" aria-labelledby="review-title">
    ${subtitle(q, `How did the steps planned on ${longDate(earlier.createdAt)} go?`, 'review-title')}
    ${review.steps.map((r) => {
      const f = getFoundation(r.foundation)!;
      const name = `outcome-${f.number}`;
      return html`<fieldset class="reviewed">
        <legend>${f.number}. ${f.title}${r.step ? html`: “${r.step}”` : nothing}</legend>
        <div class="outcomes">
          ${outcomes.map((o) =>
            choice(name, o.id, r.outcome === o.id, () => set(f.id, { outcome: o.id }), o.label),
          )}
        </div>
        <label class="label" for=${`${name}-note`}>Note (optional)</label>
        <textarea
          id=${`${name}-note`}
          rows="2"
          .value=${r.note ?? ''}
          @input=${(e: Event) => set(f.id, { note: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </fieldset>`;
    })}
  </section>`;
}

/** For the results screen: each earlier step's outcome beside the change in its stage. */
export function renderPlanProgress(q: SelfCheckQuiz) {
  const earlier = earlierPlanRound(q._snapshots, q._compare);
  // An empty plan is an invitation on screen; on paper it is a heading with nothing under it.
  const summary = html`<section
    class="plan-summary ${q._plan.length ? '' : 'screen-only'}"
    part="plan-summary"
    aria-labelledby="plan-summary-title"
  >
    ${subtitle(q, 'Your small-steps plan', 'plan-summary-title')}
    ${
      q._plan.length
        ? html`<ul>
            ${q._plan.map((s) => {
              const f = getFoundation(s.foundation)!;
              return html`<li>${f.number}. ${f.title}${s.step ? `: ${s.step}` : ''}</li>`;
            })}
          </ul>`
        : html`<p>Choose up to ${q.stepLimit} items and write down what you will do.</p>`
    }
    ${actions(
      button(
        q._plan.length ? 'Edit your plan' : 'Plan your next small steps',
        () => q.go('plan'),
        'primary',
      ),
    )}
  </section>`;
  if (!earlier) return summary;
  const rows = compareOutcomes(earlier, q._answers, reviewOf(q._review, earlier));
  return html`<section class="compare" aria-labelledby="progress-title">
      ${subtitle(q, `The steps planned on ${longDate(earlier.createdAt)}`, 'progress-title')}
      ${table(
        'Each earlier step: how it went and how the item moved',
        ['Item and step', 'How it went', 'Then', 'Now', 'Change'],
        rows.map((r) => [
          html`${r.number}. ${r.title}${r.step ? html`<br />${r.step}` : nothing}`,
          html`${getOutcome(r.outcome)?.label ?? 'Not said yet'}${r.note ? html`<br />${r.note}` : nothing}`,
          stageLabel(r.before),
          stageLabel(r.after),
          describeChange(r.change),
        ]),
      )}
    </section>
    ${summary}`;
}

/** Loads an earlier round's result file to review its steps (kept as a saved result). */
async function loadEarlier(q: SelfCheckQuiz, input: HTMLInputElement) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // The quiz's own rule: our JSON or our CSV (engine/result-format.ts).
  const parsed = readResultFile(await file.slice(0, MAX_RESULT_BYTES + 1).text(), file.name);
  if (!parsed.ok) {
    q._planMessage = `That file could not be read: ${parsed.errors.slice(0, 3).join('; ')}`;
    return;
  }
  const { createdAt, plan } = parsed.value;
  q._snapshots = withEarlierFile(q._snapshots, parsed.value);
  q._compare = q._snapshots[q._snapshots.length - 1].id;
  q._planMessage = plan?.length
    ? ''
    : `The file from ${longDate(createdAt)} has no plan to review; it is kept to compare stages with.`;
  q.storage.save();
}

/** One A4 page, shown only in print: "Our next small steps". */
function renderPrintout(q: SelfCheckQuiz) {
  const org = q._org.trim();
  const team = q._team.trim();
  return html`<div class="plan-print" part="plan-print">
    <p class="print-title">Our next small steps</p>
    <p>
      ${org ? html`Organisation: ${org} · ` : nothing}${team ? html`Team: ${team} · ` : nothing}Date:
      ${longDate(new Date())}
    </p>
    ${
      q._plan.length
        ? html`<ul class="plan-list">
            ${q._plan.map((s) => {
              const f = getFoundation(s.foundation)!;
              const study = caseStudyChoices(f.id).find((c) => c.id === s.caseStudy);
              return html`<li>
                <strong>${f.number}. ${f.title}</strong> (now:
                ${stageLabel(q._answers[f.id]?.stage)})
                <dl>
                  <dt>Our step</dt>
                  <dd>${s.step ?? '-'}</dd>
                  <dt>Who leads it</dt>
                  <dd>${s.lead ?? '-'}</dd>
                  <dt>By when</dt>
                  <dd>${s.byWhen ?? '-'}</dd>
                  <dt>How we'll know</dt>
                  <dd>${s.howWeKnow ?? '-'}</dd>
                  ${
                    study
                      ? html`<dt>Case study</dt>
                          <dd>${study.title}</dd>`
                      : nothing
                  }
                </dl>
              </li>`;
            })}
          </ul>`
        : html`<p>No steps chosen yet.</p>`
    }
    <p class="small">
      Made with a reflection aid built on "Small Steps, Big Vision: Grab-and-Go Guide" (CC BY 4.0).
      Not the official Ambitions self-assessment.
    </p>
  </div>`;
}

/** The plan screen. */
export function renderPlan(q: SelfCheckQuiz) {
  const max = q.stepLimit;
  return screen(
    q,
    'plan',
    'Plan your next small steps',
    html`<div class="plan-screen">
        <p>
          Choose up to ${max} ${max === 1 ? 'item' : 'items'} to work on next and write down, in
          your own words, what you will do, who leads it, by when, and how you will know it worked.
          ${savingSentence(q)}
        </p>
        ${quote(smallNumberOfChanges)} ${renderBarriersAndFacilitators()} ${renderReview(q)}
        <section aria-labelledby="steps-title">
          ${subtitle(q, `Your plan (${q._plan.length} of ${max})`, 'steps-title')}
          ${
            q._plan.length
              ? q._plan.map((s, i) => renderStepForm(q, s, i + 1))
              : html`<p>No steps yet: add an item below.</p>`
          }
        </section>
        ${renderChooser(q)}
        <section class="data" aria-labelledby="plan-data-title">
          ${subtitle(q, 'Print, save or share the plan', 'plan-data-title')}
          <div class="two">
            ${nameField(q, '_org', 'Organisation', 'plan-org')}
            ${nameField(q, '_team', 'Team', 'plan-team')}
          </div>
          ${actions(
            button('Print our plan (one page)', () => print()),
            button('Download JSON', () => q.download('json')),
            button('Download CSV (spreadsheet)', () => q.download('csv')),
            renderSaveState(q),
          )}
          <p>
            <label class="label" for="earlier">
              Last round's result file (JSON or CSV), to review its steps (optional)
            </label>
            <input
              id="earlier"
              type="file"
              accept=".json,application/json,.csv,text/csv"
              @change=${(e: Event) => loadEarlier(q, e.target as HTMLInputElement)}
            />
          </p>
          ${actions(
            button('Back to results', () => q.go('results')),
            q.noStorage
              ? nothing
              : button('Save and start the next round', () => startNextRound(q)),
          )}
          <p class="small">
            "Save and start the next round" keeps this result and its plan as a saved result on this
            device, then starts afresh; next time, the plan screen asks how each step went.
          </p>
        </section>
      </div>
      ${renderPrintout(q)}`,
  );
}
