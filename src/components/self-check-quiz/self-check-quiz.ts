import { outsideText } from '../shared/bidi.js';
import { html, nothing, type PropertyValues } from 'lit';
import { attribution, type Foundation, type FoundationId } from '../../content/index.js';
import {
  createResultFile,
  createSnapshot,
  fillItemHref,
  importProblems,
  longDate,
  MAX_RESULT_BYTES,
  readResultFile,
  parseResultFile,
  resolveFoundations,
  resultFileName,
  sanitiseAnswers,
  sanitisePlan,
  summarise,
  toMaxSteps,
  toCsv,
  toJson,
  withAnswer,
  type Answer,
  type Answers,
  type KnowledgeQuestion,
  type Plan,
  type PlanReview,
  type SelfCheckResult,
  type SelfCheckResultFile,
  type Snapshot,
} from '../../engine/index.js';
import { needsScriptStyles } from '../../styles/needs-script.js';
import { baseStyles } from '../../styles/tokens.js';
import { selectStyles } from '../../styles/select.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { attachInternalsSafely } from '../shared/feature-detect.js';
import { type HeadingLevel } from '../shared/heading.js';
import { SelfCheckChangeEvent, SelfCheckCompleteEvent } from './events.js';
import { actions, button, type QuizScreen } from './screen-helpers.js';
import { formStyles, QuizFormControl } from './form-association.js';
import { knowledgeMode, loadingLine, memberMode } from './modes-on-demand.js';
import { DEFAULT_QUESTIONS, MAX_QUESTIONS, toSeed } from '../../engine/knowledge-settings.js';
import {
  MeetingTimer,
  meetingKeys,
  renderMeetingStart,
  renderMeetingStep,
} from './render-meeting.js';
import { meetingOrder } from './gathering.js';
import { gatheringStyles } from './gathering.styles.js';
import { renderPlan } from './render-plan.js';
import { renderStart, renderStep } from './render-reflect.js';
import { renderResults } from './render-results.js';
import { planMeetingStyles } from './plan-meeting.styles.js';
import { QuizStorage } from './quiz-storage.js';
import { quizStyles } from './self-check-quiz.styles.js';

export { SelfCheckChangeEvent, SelfCheckCompleteEvent } from './events.js';
export type { KnowledgeScore } from './events.js';

/** Result of `importResult()`. */
export type ImportOutcome = { ok: true } | { ok: false; errors: readonly string[] };

/**
 * A reflection aid built on the Grab-and-Go Guide: for each item, where does your team stand, and
 * what small step comes next? Not the official Ambitions self-assessment tool. A knowledge mode
 * asks questions generated from the guide. Answers stay in the browser (with a `name` in a form,
 * they go with that form when it is submitted); they are stored on the device only when the reader
 * chooses "Save on this device".
 *
 * @summary Self-check on the guide's ten items: stages, results per Ambition, next small steps, export and compare.
 * @customElement self-check-quiz
 * @csspart base - The outer box.
 * @csspart root - Deprecated: the old name of `base`, kept for one version (0.x); use `base`.
 * @csspart status - The one status region: each change of state is announced there once.
 * @csspart meeting - Organisation, team and date at the top of the results.
 * @csspart heading - The heading of each screen (it receives focus on each step).
 * @csspart screen-title - Deprecated: the old name of `heading`, kept for one version (0.x); use `heading`.
 * @csspart subtitle - Section headings under a screen heading.
 * @csspart progress - The "Item 3 of 10" line and bar.
 * @csspart step - One item's reflection.
 * @csspart stages - The stage radio group.
 * @csspart notes - The notes box.
 * @csspart nav - Back and Next.
 * @csspart items - The list to jump to any item.
 * @csspart chart - The bar chart of stage per item.
 * @csspart table - Data tables.
 * @csspart next-steps - Next small steps.
 * @csspart data - Saving, export and import.
 * @csspart question - A knowledge question.
 * @csspart feedback - Feedback after an answer.
 * @csspart button - Buttons.
 * @csspart link - Links to the guide.
 * @csspart attribution - The guide's attribution.
 * @csspart gathering - Meeting mode's start screen: "Gather members' ratings" and its panel.
 * @csspart spread - Meeting mode: where the members placed the item, before "Where are we?".
 * @csspart spread-line - Meeting mode: the one-line spread beside the stage buttons while agreeing.
 * @csspart far-apart - Meeting mode: the flag on an item where members' ratings are far apart.
 * @csspart gather-problem - Meeting mode: why a typed code, file or picture could not be used.
 * @csspart gathered-count - Meeting mode: how many members' ratings are gathered.
 * @csspart members - Meeting mode: the list of gathered members (name and last code character).
 * @csspart scanner - Meeting mode: the camera view while reading a member's QR code.
 * @csspart scan-message - Meeting mode: what the camera reader says (waiting, read, refused).
 * @csspart stages-note - On the start screen: says the stages are this tool's reading of the report's model (5.1).
 * @csspart model - On the start screen: the report's model (5.1) in its own words, collapsed.
 * @csspart report-credit - The credit to the report the case studies and findings come from.
 * @csspart start - The start screen.
 * @csspart results - The results screen (in knowledge mode, the score).
 * @csspart review - Two things, by screen: in knowledge mode the list of each question again
 *   with its answer; on the plan screen, how the earlier round's steps went.
 * @csspart what - An item's "What" text on its step.
 * @csspart ask - An item's "Ask" questions on its step.
 * @csspart held-back - The "held back by something outside our control" choice on an item's step.
 * @csspart stage - Meeting mode: each stage button.
 * @csspart timer - Meeting mode: the visible, silent timer per item.
 * @csspart examples - On the results: the guide's "Example in action" list under a next step.
 * @csspart report-findings - The report's findings on what held people back and what helped (folded).
 * @csspart trend - Progress round by round.
 * @csspart save-state - Whether the answers are saved on this device.
 * @csspart notice - A notice about saving, or why an item could not be added to the plan, or
 *   (while disabled) that the self-check is switched off.
 * @csspart plan - The small-steps plan screen.
 * @csspart plan-step - Each step of the plan.
 * @csspart plan-summary - The plan's steps in short (on screen and printed).
 * @csspart plan-print - The printed plan, with organisation, team and date (print only).
 * @csspart member - Member mode: the screen with the member's code.
 * @csspart member-code - Member mode: the short code to read out.
 * @csspart member-qr - Member mode: the QR code of the member's code.
 * @csspart member-spelling - Member mode: "Spell it out", the code letter by letter.
 * @csspart script-note - Pre-rendered HTML only, until the script runs: the note that says the
 *   hidden controls need JavaScript.
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour: bars, progress, borders.
 * @cssprop [--ambitions-color-button=#007f3b] - Main button colour.
 * @cssprop [--ambitions-color-text=#212b32] - Text colour.
 * @cssprop [--ambitions-color-surface=#ffffff] - Background.
 * @cssprop [--ambitions-focus-color=#ffeb3b] - Focus highlight.
 * @event ambitions-self-check-change - The reader changed an answer or note, imported or cleared answers. `detail` is the result.
 * @event ambitions-self-check-complete - The reader reached the results or the end of the knowledge quiz. `detail` is the result; `score` in knowledge mode.
 * @fires {SelfCheckChangeEvent} ambitions-self-check-change
 * @fires {SelfCheckCompleteEvent} ambitions-self-check-complete
 */
export class SelfCheckQuiz extends AmbitionsElement {
  static override styles = [
    baseStyles,
    selectStyles,
    quizStyles,
    planMeetingStyles,
    gatheringStyles,
    needsScriptStyles,
    formStyles,
  ];
  static formAssociated = true;
  // The internal states below, declared once rather than with a decorator each.
  static override properties = {
    mode: { reflect: true },
    foundations: {},
    storageKey: { attribute: 'storage-key' },
    noStorage: { type: Boolean, attribute: 'no-storage' },
    questions: { type: Number },
    seed: {},
    headingLevel: { attribute: 'heading-level' },
    itemHref: { attribute: 'item-href' },
    name: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    maxSteps: { attribute: 'max-steps' },
    caseStudyHref: { attribute: 'case-study-href' },
    minutesPerItem: { attribute: 'minutes-per-item' },
    // The internal states, declared once rather than one by one.
    ...Object.fromEntries(
      '_screen _index _answers _snapshots _compare _org _team _clearing _pending _errors _chosen _checked _status _fromResults _plan _review _planMessage _reveal'
        .split(' ')
        .map((name) => [name, { state: true }]),
    ),
  };

  /**
   * `reflect` (default): stage per item. `knowledge`: questions generated from the guide.
   * `meeting`: the reflection on a shared screen, one item per screen in large type, with
   * presenter keys (Right/Left, PageDown/PageUp, Space); it ends in the same results and plan.
   * Its start screen gathers members' codes (typed, files, QR codes), and each item then shows
   * how the members' stages spread before the team agrees its own.
   * `member`: one team member rates each item privately on their own phone and gets a short
   * code, a QR code and a file to hand to the meeting screen (stages only; notes stay on the phone).
   */
  mode: 'reflect' | 'knowledge' | 'meeting' | 'member' = 'reflect';

  /** How many items the small-steps plan may hold: 1-5, default 3 (the report's "small number of changes"). */
  maxSteps = '3';

  /**
   * Where a plan's case study links to, e.g. your `<case-study-explorer>` page:
   * `/case-studies.html?foundation={id}`; `{number}` and `{id}` are the item's. No link when empty.
   */
  caseStudyHref = '';

  /** Meeting mode: minutes per item for a visible, silent timer; off when empty or 0. */
  minutesPerItem = '';

  /** Which items to include, e.g. `1,2,9` or slugs; all ten when empty. */
  foundations = '';

  /** Separates several quizzes on one site: stored under `ambitions-elements:self-check:v1:<storage-key>`. */
  storageKey = 'default';

  /** Hides saving on this device (shared computers). Answers stay in memory only. */
  noStorage = false;

  /** Knowledge mode: how many questions (1-30). */
  questions = DEFAULT_QUESTIONS;

  /** Knowledge mode: the same seed gives the same questions in the same order. Random when empty. */
  seed = '';

  /** Level of the screen headings (2-6), so they fit the host page's outline. */
  headingLevel: number | string = 2;

  /**
   * Where "read this item" links go. `{number}` and `{id}` are replaced; http(s), `/` or `#` only.
   * Defaults to the guide's source page.
   */
  itemHref = '';

  /** With a name, the element's form value (in a `<form>`) is the result as JSON. */
  name = '';

  /** In a `<form>`: the form is not sent until every item has a stage (not in knowledge mode). */
  required = false;

  /** Every control is off and the quiz says so (as inside a disabled `<fieldset>`); answers are kept. */
  disabled = false;

  /** @internal */ _screen: QuizScreen = 'start';
  /** @internal The small-steps plan. */ _plan: Plan = [];
  /** @internal How the earlier round's steps went. */ _review: PlanReview | undefined;
  /** @internal Why the last item could not be added to the plan. */ _planMessage = '';
  /** @internal Meeting mode: how much of the item is shown (What, each Ask, then the stages). */
  _reveal = 0;
  /** @internal Meeting mode's per-item timer. */
  readonly meetingTimer = new MeetingTimer(this);
  /** @internal */ _index = 0;
  /** @internal */ _answers: Answers = {};
  /** @internal */ _snapshots: readonly Snapshot[] = [];
  /** @internal The id of the snapshot to compare with (the latest when empty). */ _compare = '';
  /** @internal Organisation name for exports. */ _org = '';
  /** @internal Team name for exports. */ _team = '';
  /** @internal Asking to confirm "Clear my answers". */ _clearing = false;
  /** @internal An imported file waiting for confirmation. */
  _pending: SelfCheckResultFile | undefined;
  /** @internal Why the last chosen file was refused. */ _errors: readonly string[] = [];
  /** @internal Knowledge mode: the chosen option per question. */
  _chosen: Readonly<Record<string, string>> = {};
  /** @internal Knowledge mode: questions whose answer was checked. */
  _checked: Readonly<Record<string, boolean>> = {};
  /** @internal The text of the one status region (each change of state, announced once). */
  _status = '';
  /** @internal The reader jumped from the results to an item: offer the way straight back. */
  _fromResults = false;

  /**
   * The summary as of this update, computed once for the results screen and the form value
   * (the public `result` is always computed fresh). @internal
   */
  _summary!: SelfCheckResult;

  /** @internal Saving on this device (quiz-storage.ts). */
  readonly storage = new QuizStorage(this);
  #focusPending = false;
  /** After the next update: focus the control with this key, where the pressed one was. */
  #focusAfter: { key: string; top?: number } | undefined;
  #randomSeed = 0;
  #questions?: [key: string, questions: readonly KnowledgeQuestion[]];
  #itemsFor?: [string, readonly Foundation[]];
  readonly #internals = attachInternalsSafely(this);
  /** @internal The quiz as a form control (form-association.ts). */
  readonly formControl = new QuizFormControl(this, this.#internals);

  /** The `<form>` the quiz belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }
  /** With `required`: `valueMissing` until every item has a stage. */
  get validity(): ValidityState {
    return this.formControl.validity;
  }
  /** Why the quiz is not valid (names the items without a stage), or empty. */
  get validationMessage(): string {
    return this.formControl.validationMessage;
  }
  /** False while disabled (then the form does not validate the quiz). */
  get willValidate(): boolean {
    return this.formControl.willValidate;
  }
  /** True when valid; otherwise fires `invalid` and returns false. */
  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }
  /** As `checkValidity()`, and the browser and the quiz's status region show the message. */
  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }
  /** @internal The browser: the quiz joined or left a form (the first page says where answers go). */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }
  /** @internal The browser: a disabled fieldset (or form) around the quiz. */
  formDisabledCallback(off: boolean): void {
    this.formControl.disabledByForm = off;
    this.requestUpdate();
  }

  /**
   * @internal `form.reset()`: the answers, notes, plan, organisation and team here go back to
   * empty on the first screen (as an input goes back to its default), and the change event fires.
   * It never removes what is saved on this device: a pending save is written first, then saving
   * stops and the notice offers the saved answers back. Saved results stay listed.
   */
  formResetCallback(): void {
    const kept = this.storage.stopForReset();
    this.#generalNotes = '';
    this.take({ answers: {} });
    this._chosen = this._checked = {};
    this.changed();
    // Focus stays where it is (the form's reset button), unless it was in the quiz.
    const inside = this.matches(':focus-within');
    this.go('start', 0);
    this.#focusPending = inside;
    this.announce(
      kept ? this.storage.notice : 'The form was reset, so the answers here were cleared.',
    );
  }

  /** The answers by item slug. Setting them updates `result`; it fires no change event. */
  get answers(): Answers {
    return this._answers;
  }
  set answers(value: Answers) {
    this._answers = sanitiseAnswers(value);
    this.storage.autosave();
  }

  /** The summary of the current answers: stage per item, indicative score per Ambition, next steps. */
  get result(): SelfCheckResult {
    return this.withPlan(summarise(this._answers, this.items));
  }

  /**
   * `base` with the plan and review added (when there are any): the result, the form value and
   * what is saved on this device. @internal
   */
  withPlan<T extends object>(base: T): T & Pick<SelfCheckResult, 'plan' | 'review'> {
    const { _plan: plan, _review: review } = this;
    return { ...base, ...(plan.length ? { plan } : {}), ...(review ? { review } : {}) };
  }

  /** The small-steps plan (at most `max-steps` items). Setting it fires no event. */
  get plan(): Plan {
    return this._plan;
  }
  set plan(value: Plan) {
    this._plan = sanitisePlan(value).slice(0, this.stepLimit);
    this.storage.autosave();
  }

  /** The items in this quiz (from `foundations`), parsed once per attribute value. @internal */
  get items(): readonly Foundation[] {
    if (this.#itemsFor?.[0] !== this.foundations) {
      const list = this.foundations.split(/[\s,]+/).filter(Boolean);
      const items = resolveFoundations(list);
      if (list.length && items.length !== list.length)
        this.warnOnce(
          'foundations',
          `"${this.foundations}" has entries that are not items 1-10; they were left out.`,
        );
      this.#itemsFor = [this.foundations, items];
    }
    // In a meeting the facilitator may take the items by their members' spread (issue 28).
    return meetingOrder(this, this.#itemsFor[1]);
  }

  /** @internal */
  get level(): HeadingLevel {
    return this.headingLevelOf(this.headingLevel, 2);
  }

  /** `max-steps` as 1-5 (3 when not given or not a whole number from 1 to 5). @internal */
  get stepLimit(): number {
    const max = toMaxSteps(this.maxSteps);
    if (String(max) !== String(this.maxSteps).trim())
      this.warnOnce('max-steps', `"${this.maxSteps}" is not a whole number from 1 to 5; using 3.`);
    return max;
  }

  /** Knowledge mode: this quiz's questions. @internal */
  get questionList(): readonly KnowledgeQuestion[] {
    if (!this.seed && !this.#randomSeed) this.#randomSeed = Math.floor(Math.random() * 2 ** 31) + 1;
    const count = this.#questionCount();
    const seed = this.seed ? this.#seedNumber() : this.#randomSeed;
    // Read on every update (the form value holds the score): generated once per count and seed.
    const key = `${count} ${seed}`;
    if (this.#questions?.[0] !== key || !this.#questions[1].length)
      this.#questions = [key, knowledgeMode.module?.generateQuestions(count, seed) ?? []];
    return this.#questions[1];
  }

  /** `questions` as 1-30: a number past either end is brought within; 0 or anything else is 8. */
  #questionCount(): number {
    const asked = Number(this.questions);
    if (Number.isInteger(asked) && asked >= 1 && asked <= MAX_QUESTIONS) return asked;
    const count =
      Number.isInteger(asked) && asked !== 0
        ? Math.min(Math.max(asked, 1), MAX_QUESTIONS)
        : DEFAULT_QUESTIONS;
    const given = this.getAttribute('questions') ?? String(this.questions);
    this.warnOnce('questions', `"${given}" is not a whole number from 1 to 30; using ${count}.`);
    return count;
  }

  /** `seed` as a number: a whole number as itself, other text hashed (one warning past 0-2^32-1). */
  #seedNumber(): number {
    const seed = toSeed(this.seed);
    const text = String(this.seed).trim();
    if (/^-?\d+$/.test(text) && String(seed) !== text.replace(/^0+(?=\d)/, ''))
      this.warnOnce(
        'seed',
        `"${text}" is not a whole number from 0 to 4294967295; using seed ${seed} (the same questions each time).`,
      );
    return seed;
  }

  /** The link for an item's text. @internal */
  itemLink(f: { number: number; id: FoundationId }): string {
    const template = this.itemHref.trim();
    // The map's rule: relative, "#" and http(s)/mailto links only (never protocol-relative "//").
    const href = template && fillItemHref(template, f);
    if (template && !href)
      this.warnOnce(
        'item-href',
        `"${template}" is not an http(s), "/" or "#" address; linking to the guide instead.`,
      );
    return href || attribution.sourceUrl;
  }

  /** The current answers as a result file: `json` (schema in docs/intranet-and-icb.md) or `csv` (one row per item). */
  exportResult(format: 'json' | 'csv' = 'json'): string {
    const file = createResultFile(this._answers, {
      organisation: this._org.trim(),
      team: this._team.trim(),
      mode: this.mode === 'knowledge' ? 'knowledge' : 'reflect',
      plan: this._plan,
      review: this._review,
      notes: this.#generalNotes,
    });
    return format === 'csv' ? toCsv(file, this.items) : toJson(file);
  }

  /**
   * Replaces the answers with those of an exported JSON file. Returns the errors (each naming
   * the field) when the file is refused. Fires no change event.
   */
  importResult(text: string): ImportOutcome {
    const parsed = parseResultFile(text);
    if (!parsed.ok) return parsed;
    this.#applyFile(parsed.value);
    return { ok: true };
  }

  /**
   * A file's general notes (the quiz has no box for them, but a team's file may carry them):
   * kept from an import and written back into every export, never dropped.
   */
  #generalNotes = '';

  /**
   * Shows a result's answers, names, plan and review (saved on this device or from a file); what
   * it leaves out goes back to empty. @internal
   */
  take(
    result: Pick<SelfCheckResultFile, 'answers' | 'organisation' | 'team' | 'plan' | 'review'>,
  ): void {
    ({
      answers: this._answers,
      organisation: this._org = '',
      team: this._team = '',
      plan: this._plan = [],
      review: this._review,
    } = result);
  }

  #applyFile(file: SelfCheckResultFile): void {
    this.#generalNotes = file.notes ?? '';
    this.take(file);
    this.storage.autosave();
    // An imported round keeps the date it was made.
    this.storage.round = { startedAt: file.createdAt, changedAt: file.createdAt };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.document?.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.document?.removeEventListener('keydown', this.#onKey);
  }

  /** Meeting mode's presenter keys (see render-meeting.ts). */
  readonly #onKey = (event: KeyboardEvent): void => meetingKeys(this, event);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._summary = summarise(this._answers, this.items);
    const keyChanged = changed.get('storageKey') !== undefined || changed.get('mode') !== undefined;
    if (keyChanged) this.storage.reopen();
  }

  /**
   * Knowledge mode's screens load on demand (modes-on-demand.ts): an update waits until they
   * are in, so the first render (or the hydration of pre-rendered HTML, which must match what the
   * server rendered) already shows the questions, and `updateComplete` settles after it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.mode === 'knowledge' && !knowledgeMode.module && !knowledgeMode.failed)
      return knowledgeMode.load().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override updated(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('[part~="screen-title"]');
    if (this.#focusPending && heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      // The screen's top (progress, Back and Next above the heading) comes into view with it.
      const top = heading.closest('section') ?? heading;
      const box = top.getBoundingClientRect();
      if (box.top < 0 || box.top > innerHeight - 100) top.scrollIntoView({ block: 'start' });
    } else if (this.#focusAfter) {
      const { key, top } = this.#focusAfter;
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-focus="${key}"]`);
      if (target) {
        target.focus({ preventScroll: true });
        // Keep the control where the pressed one was, so it never jumps off screen.
        const box = target.getBoundingClientRect();
        if (top !== undefined && Math.abs(box.top - top) > 1) scrollBy(0, box.top - top);
        const now = target.getBoundingClientRect();
        if (now.top < 0 || now.bottom > innerHeight)
          target.scrollIntoView({ block: top === undefined ? 'center' : 'nearest' });
      }
    }
    this.#focusPending = false;
    this.#focusAfter = undefined;
  }

  /**
   * After the action the reader just took re-renders, move focus to the control with `key`
   * (the pressed one, or the one that replaced it) and keep it where `from` was. @internal
   */
  keepFocus(key: string, from?: Event | Element): void {
    const node = from instanceof Event ? from.currentTarget : from;
    this.#focusAfter = {
      key,
      ...(node instanceof Element ? { top: node.getBoundingClientRect().top } : {}),
    };
  }

  /** Says `message` once in the status region (the same message again is said again). @internal */
  announce(message: string): void {
    this._status = message === this._status ? `${message}\u00a0` : message;
  }

  /** Knowledge mode: how many questions were answered right, of how many. @internal */
  knowledgeScore(): { correct: number; total: number } | undefined {
    if (this.mode !== 'knowledge') return undefined;
    const questions = this.questionList;
    const correct = questions.filter((q) => this._chosen[q.id] === q.answer).length;
    return { correct, total: questions.length };
  }

  /**
   * Shows a screen (and step) and moves focus to its heading. Reaching the results fires the
   * complete event, with the score in knowledge mode. @internal
   */
  go(screen: QuizScreen, index = this._index, focusKey?: string): void {
    const steps = this.mode === 'knowledge' ? this.questionList : this.items;
    if (screen !== 'step') this._fromResults = false;
    this._screen = screen;
    this._index = Math.max(0, Math.min(index, steps.length - 1));
    this._reveal = 0;
    this._planMessage = '';
    this.#focusPending = !focusKey;
    if (focusKey) this.#focusAfter = { key: focusKey };
    if (screen === 'results')
      this.dispatchEvent(new SelfCheckCompleteEvent(this.result, this.knowledgeScore()));
  }

  /** A change made by the reader: updates, autosaves, fires the change event. @internal */
  changed(answers: Answers = this._answers): void {
    this._answers = answers;
    this.storage.autosave();
    this.dispatchEvent(new SelfCheckChangeEvent(this.result));
  }

  /** @internal */
  answer(id: FoundationId, change: Answer): void {
    this.changed(withAnswer(this._answers, id, change));
  }

  /** "Save this result": a snapshot dated `date` (now, or the round's own date). @internal */
  snapshot(date = new Date()): void {
    const snap = createSnapshot(this._answers, date, {
      team: this._team,
      organisation: this._org,
      plan: this._plan,
    });
    this._snapshots = [...this._snapshots, snap];
    this._compare = '';
    this.storage.save();
    if (this.storage.status !== 'failed')
      this.announce(
        `Result saved: ${this.snapshotLabel(snap)}. It is listed under "Compare with a saved result".`,
      );
  }

  /** A saved result's name: its team (or organisation) and date and time. @internal */
  snapshotLabel(s: Snapshot): string {
    const who = s.team || s.organisation;
    const when = `${longDate(s.createdAt)}, ${s.createdAt.slice(11, 16)} UTC`;
    // The name came from a file or storage: isolated, so its bidi controls cannot turn the date.
    return who ? `${outsideText(who)}, ${when}` : when;
  }

  /** "Clear my answers", after confirmation. @internal */
  clearAll(): void {
    this.storage.clear();
    this._clearing = false;
    this.take({ answers: {} });
    this._snapshots = [];
    this._compare = '';
    this.changed();
    this.go('start', 0);
    this.announce('Your answers, notes and saved results were removed from this device.');
  }

  /** Downloads an export with a temporary link: no network. @internal */
  download(format: 'json' | 'csv'): void {
    const url = URL.createObjectURL(
      new Blob([this.exportResult(format)], {
        type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = resultFileName(
      { organisation: this._org, team: this._team, createdAt: new Date().toISOString() },
      format,
    );
    this.announce(`Downloading ${a.download}.`);
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * Reads a chosen file (at most 1 MB and a byte of it: the parser refuses anything larger);
   * asks before replacing answers. @internal
   */
  async readFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    this._pending = undefined;
    if (!file) return;
    const text = await file.slice(0, MAX_RESULT_BYTES + 1).text();
    // Our JSON or our CSV export, by the one rule every reader uses (engine/result-format.ts).
    const parsed = readResultFile(text, file.name);
    // For the person: plain sentences. For the web editor: one console warning with the fields.
    this._errors = parsed.ok ? [] : importProblems(parsed.errors);
    if (!parsed.ok) {
      console.warn(`<self-check-quiz> import: "${file.name}" refused: ${parsed.errors.join('; ')}`);
      this.announce(`That file could not be imported. ${this._errors.join(' ')}`);
      return;
    }
    this._pending = parsed.value;
    if (!Object.keys(this._answers).length) this.confirmImport();
    else this.keepFocus('import-q');
  }

  /** @internal */
  confirmImport(): void {
    this.#applyFile(this._pending!);
    this._pending = undefined;
    this.changed();
    this.go('results');
    this.announce('The answers in the file were imported.');
  }

  /** Knowledge mode: the same questions again (new ones when no seed is set). @internal */
  restart(): void {
    this._chosen = {};
    this._checked = {};
    if (!this.seed) this.#randomSeed = 0;
    this.go('step', 0);
  }

  /** The notice about saving, if any; a newer saved result asks which answers to keep. @internal */
  get notice() {
    const { notice: text, status } = this.storage;
    if (!text) return nothing;
    // Shown while it holds; announced once through the status region when it was set.
    const notice = html`<p class="notice" part="notice">${text}</p>`;
    // After form.reset() the person chooses too: the saved answers back, or replaced by these.
    if (status !== 'newer' && status !== 'form-reset') return notice;
    return html`${notice}
    ${actions(
      // Either way saving goes on: focus moves to "Clear my answers", shown while saving.
      button(
        'Replace the saved answers with these',
        (e) => {
          this.keepFocus('clear', e);
          this.storage.save(true, true);
        },
        'warning',
        false,
        'replace-newer',
      ),
      button(
        'Use the saved answers',
        (e) => {
          this.keepFocus('clear', e);
          this.storage.useSaved();
        },
        '',
        false,
        'use-saved',
      ),
    )}`;
  }

  override render() {
    const { mode } = this;
    const meeting = mode === 'meeting';
    if (!['reflect', 'knowledge', 'meeting', 'member'].includes(mode))
      this.warnOnce(
        'mode',
        `"${mode}" is not "reflect", "knowledge", "meeting" or "member"; using "reflect".`,
      );
    if (mode === 'member' && memberMode.module)
      return this.formControl.render(memberMode.module.renderMember(this));
    const root = html`<div class="root ${meeting ? 'meeting' : ''}" part="root base">
      ${
        mode === 'member'
          ? loadingLine(this, memberMode, 'member view')
          : mode === 'knowledge'
            ? (knowledgeMode.module?.renderKnowledge(this) ??
              loadingLine(this, knowledgeMode, 'knowledge quiz'))
            : // Each screen has its renderer: a screen added to QuizScreen without one does not compile.
              (
                {
                  start: meeting ? renderMeetingStart : renderStart,
                  step: meeting ? renderMeetingStep : renderStep,
                  results: renderResults,
                  plan: renderPlan,
                } satisfies Record<QuizScreen, (q: SelfCheckQuiz) => unknown>
              )[this._screen](this)
      }
      <p class="visually-hidden" role="status" part="status">${this._status}</p>
    </div>`;
    // Inside a disabled fieldset while the quiz is disabled (form-association.ts).
    return this.formControl.render(root);
  }
}
