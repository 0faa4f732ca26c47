import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { attribution, type Foundation, type FoundationId } from '../../content/index.js';
import {
  createResultFile,
  createSnapshot,
  DEFAULT_QUESTIONS,
  fillItemHref,
  generateQuestions,
  parseResultFile,
  resolveFoundations,
  sanitiseAnswers,
  SelfCheckStore,
  summarise,
  toCsv,
  toJson,
  toSeed,
  withAnswer,
  type Answer,
  type Answers,
  type KnowledgeQuestion,
  type SelfCheckResult,
  type SelfCheckResultFile,
  type Snapshot,
} from '../../engine/index.js';
import { baseStyles } from '../../styles/tokens.js';
import { AmbitionsElement } from '../shared/ambitions-element.js';
import { attachInternalsSafely } from '../shared/feature-detect.js';
import { toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { SelfCheckChangeEvent, SelfCheckCompleteEvent } from './events.js';
import { renderKnowledge } from './render-knowledge.js';
import { renderStart, renderStep } from './render-reflect.js';
import { renderResults } from './render-results.js';
import { quizStyles } from './self-check-quiz.styles.js';

export { SelfCheckChangeEvent, SelfCheckCompleteEvent } from './events.js';
export type { KnowledgeScore } from './events.js';

/** Result of `importResult()`. */
export type ImportOutcome = { ok: true } | { ok: false; errors: readonly string[] };

const CHANGED_ELSEWHERE =
  'This self-check was changed in another tab or window. Your answers here are kept but no longer saved, so neither copy is overwritten. To keep these answers instead, choose "Save on this device" on the first page.';

const STORAGE_FAILED =
  'This browser would not let us save, so your answers are kept only while this page is open. Download a copy to keep them.';

/**
 * A reflection aid built on the Grab-and-Go Guide: for each item, where does your team stand, and
 * what small step comes next? Not the official Ambitions self-assessment tool. A knowledge mode
 * asks questions generated from the guide. Answers stay in the browser; they are stored on the
 * device only when the reader chooses "Save on this device".
 *
 * @summary Self-check on the guide's ten items: stages, results per Ambition, next small steps, export and compare.
 * @csspart root - The outer box.
 * @csspart screen-title - The heading of each screen (it receives focus on each step).
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
 * @cssprop [--ambitions-color-brand=#005eb8] - Accent colour: bars, progress, borders.
 * @cssprop [--ambitions-color-button=#007f3b] - Main button colour.
 * @cssprop [--ambitions-color-text=#212b32] - Text colour.
 * @cssprop [--ambitions-color-surface=#ffffff] - Background.
 * @cssprop [--ambitions-focus-color=#ffeb3b] - Focus highlight.
 * @event ambitions-self-check-change - The reader changed an answer or note, imported or cleared answers. `detail` is the result.
 * @event ambitions-self-check-complete - The reader reached the results or the end of the knowledge quiz. `detail` is the result; `score` in knowledge mode.
 * @fires ambitions-self-check-change
 * @fires ambitions-self-check-complete
 */
export class SelfCheckQuiz extends AmbitionsElement {
  static override styles = [baseStyles, quizStyles];
  static formAssociated = true;

  /** `reflect` (default): stage per item. `knowledge`: questions generated from the guide. */
  @property({ reflect: true }) mode: 'reflect' | 'knowledge' = 'reflect';

  /** Which items to include, e.g. `1,2,9` or slugs; all ten when empty. */
  @property() foundations = '';

  /** Separates several quizzes on one site: stored under `ambitions-elements:self-check:v1:<storage-key>`. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** Hides saving on this device (shared computers). Answers stay in memory only. */
  @property({ type: Boolean, attribute: 'no-storage' }) noStorage = false;

  /** Knowledge mode: how many questions (1-30). */
  @property({ type: Number }) questions = DEFAULT_QUESTIONS;

  /** Knowledge mode: the same seed gives the same questions in the same order. Random when empty. */
  @property() seed = '';

  /** Level of the screen headings (2-6), so they fit the host page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /**
   * Where "read this item" links go. `{number}` and `{id}` are replaced; http(s), `/` or `#` only.
   * Defaults to the guide's source page.
   */
  @property({ attribute: 'item-href' }) itemHref = '';

  /** With a name, the element's form value (in a `<form>`) is the result as JSON. */
  @property() name = '';

  /** @internal */ @state() _screen: 'start' | 'step' | 'results' = 'start';
  /** @internal */ @state() _index = 0;
  /** @internal */ @state() _answers: Answers = {};
  /** @internal */ @state() _saving = false;
  /** @internal */ @state() _message = '';
  /** @internal */ @state() _snapshots: readonly Snapshot[] = [];
  /** @internal */ @state() _compare = '';
  /** @internal */ @state() _organisation = '';
  /** @internal */ @state() _team = '';
  /** @internal */ @state() _confirmClear = false;
  /** @internal */ @state() _pending: SelfCheckResultFile | undefined;
  /** @internal */ @state() _importErrors: readonly string[] = [];
  /** @internal */ @state() _chosen: Readonly<Record<string, string>> = {};
  /** @internal */ @state() _checked: Readonly<Record<string, boolean>> = {};

  private store: SelfCheckStore | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private focusPending = false;
  private randomSeed = 0;
  private readonly internals: ElementInternals | undefined;

  constructor() {
    super();
    this.internals = attachInternalsSafely(this);
  }

  /** The answers by item slug. Setting them updates `result`; it fires no change event. */
  get answers(): Answers {
    return this._answers;
  }
  set answers(value: Answers) {
    this._answers = sanitiseAnswers(value);
    this.scheduleSave();
  }

  /** The summary of the current answers: stage per item, indicative score per Ambition, next steps. */
  get result(): SelfCheckResult {
    return summarise(this._answers, this.items);
  }

  /** The items in this quiz (from `foundations`), parsed once per attribute value. @internal */
  get items(): readonly Foundation[] {
    if (this.itemsFor?.[0] === this.foundations) return this.itemsFor[1];
    const list = this.foundations.split(/[\s,]+/).filter(Boolean);
    const items = resolveFoundations(list);
    if (list.length > 0 && items.length !== list.length)
      this.warnOnce(
        'foundations',
        `"${this.foundations}" has entries that are not items 1-10; they were left out.`,
      );
    this.itemsFor = [this.foundations, items];
    return items;
  }
  private itemsFor?: [string, readonly Foundation[]];

  /**
   * The summary as of this update, computed once for the results screen and the form value
   * (the public `result` is always computed fresh). @internal
   */
  _summary!: SelfCheckResult;

  /** @internal */
  get level(): HeadingLevel {
    const level = toHeadingLevel(this.headingLevel, 2);
    if (String(level) !== String(this.headingLevel).trim())
      this.warnOnce('heading-level', `"${this.headingLevel}" is not 2-6; using 2.`);
    return level;
  }

  /** @internal */
  get questionList(): readonly KnowledgeQuestion[] {
    if (!this.seed && !this.randomSeed) this.randomSeed = Math.floor(Math.random() * 2 ** 31) + 1;
    return generateQuestions(
      Number(this.questions) || DEFAULT_QUESTIONS,
      this.seed ? toSeed(this.seed) : this.randomSeed,
    );
  }

  /** The link for an item's text. @internal */
  itemLink(f: { number: number; id: FoundationId }): string {
    const template = this.itemHref.trim();
    if (!template) return attribution.sourceUrl;
    // The map's rule: relative, "#" and http(s)/mailto links only (never protocol-relative "//").
    const href = fillItemHref(template, f);
    if (href) return href;
    this.warnOnce(
      'item-href',
      `"${template}" is not an http(s), "/" or "#" address; linking to the guide instead.`,
    );
    return attribution.sourceUrl;
  }

  /** The export file for the current answers. */
  private resultFile(): SelfCheckResultFile {
    return createResultFile(this._answers, {
      organisation: this._organisation.trim(),
      team: this._team.trim(),
      mode: this.mode === 'knowledge' ? 'knowledge' : 'reflect',
    });
  }

  /** The current answers as a result file: `json` (schema in the README) or `csv` (one row per item). */
  exportResult(format: 'json' | 'csv' = 'json'): string {
    const file = this.resultFile();
    return format === 'csv' ? toCsv(file, this.items) : toJson(file);
  }

  /**
   * Replaces the answers with those of an exported JSON file. Returns the errors (each naming
   * the field) when the file is refused. Fires no change event.
   */
  importResult(text: string): ImportOutcome {
    const parsed = parseResultFile(text);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    this.applyFile(parsed.value);
    return { ok: true };
  }

  private applyFile(file: SelfCheckResultFile): void {
    this._answers = file.answers;
    this._organisation = file.organisation ?? '';
    this._team = file.team ?? '';
    this.scheduleSave();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.openStore();
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  /** Another tab wrote our key: stop autosaving rather than silently overwrite its answers. */
  private readonly onStorage = (event: StorageEvent): void => {
    if (!this._saving || !this.store || event.key !== this.store.key) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this._saving = false;
    this._message = CHANGED_ELSEWHERE;
  };

  /** Opens the store for `storage-key` and resumes saved answers, if any. */
  private openStore(): void {
    if (this.noStorage || this.store) return;
    this.store = new SelfCheckStore(this.storageKey);
    const saved = this.store.load();
    if (saved) {
      this._saving = true;
      this._answers = saved.answers;
      this._snapshots = saved.snapshots;
      this._organisation = saved.organisation ?? '';
      this._team = saved.team ?? '';
    } else if (this.store.problem === 'corrupt') {
      this._message =
        'The answers saved on this device could not be read, so this self-check starts afresh.';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('storage', this.onStorage);
    if (this.saveTimer) this.flushSave();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._summary = summarise(this._answers, this.items);
    if (changed.has('storageKey') && changed.get('storageKey') !== undefined && this.store) {
      this.store = undefined;
      this._saving = false;
      if (this.isConnected) this.openStore();
    }
  }

  protected override updated(): void {
    this.internals?.setFormValue?.(JSON.stringify(this._summary));
    if (this.focusPending) {
      this.focusPending = false;
      const heading = this.renderRoot.querySelector<HTMLElement>('[part~="screen-title"]');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
  }

  /** @internal */
  go(screen: 'start' | 'step' | 'results', index = this._index): void {
    this._screen = screen;
    this._index = Math.max(0, Math.min(index, this.items.length - 1));
    this.focusPending = true;
    if (screen === 'results') this.dispatchEvent(new SelfCheckCompleteEvent(this.result));
  }

  /** A change made by the reader: updates, autosaves, fires the change event. @internal */
  answer(id: FoundationId, change: Answer): void {
    this._answers = withAnswer(this._answers, id, change);
    this.scheduleSave();
    this.dispatchEvent(new SelfCheckChangeEvent(this.result));
  }

  /** @internal */
  setMeta(field: '_organisation' | '_team', value: string): void {
    this[field] = value;
    this.scheduleSave();
  }

  private state() {
    return {
      answers: this._answers,
      snapshots: this._snapshots,
      ...(this._organisation ? { organisation: this._organisation } : {}),
      ...(this._team ? { team: this._team } : {}),
    };
  }

  private scheduleSave(): void {
    if (!this._saving || !this.store) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushSave(), 500);
  }

  private flushSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this._saving || !this.store) return;
    if (this.store.save(this.state())) {
      if (this._message === CHANGED_ELSEWHERE) this._message = '';
    } else this._message = STORAGE_FAILED;
  }

  /** "Save on this device". @internal */
  startSaving(): void {
    if (!this.store) return;
    this._saving = true;
    this.flushSave();
  }

  /** "Save this result": a dated snapshot. @internal */
  snapshot(): void {
    this._snapshots = [...this._snapshots, createSnapshot(this._answers)];
    this.flushSave();
  }

  /** "Clear my answers", after confirmation. @internal */
  clearAll(): void {
    clearTimeout(this.saveTimer);
    this.store?.clear();
    this._saving = false;
    this._answers = {};
    this._snapshots = [];
    this._compare = '';
    this._organisation = '';
    this._team = '';
    this._confirmClear = false;
    this._message = '';
    this.dispatchEvent(new SelfCheckChangeEvent(this.result));
    this.go('start', 0);
  }

  /** Downloads an export with a temporary link: no network. @internal */
  download(format: 'json' | 'csv'): void {
    const blob = new Blob([this.exportResult(format)], {
      type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `self-check-${new Date().toISOString().slice(0, 10)}.${format}`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Reads a chosen file; asks before replacing answers. @internal */
  async readFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    this._pending = undefined;
    if (!file) return;
    if (file.size > 1024 * 1024) {
      this._importErrors = ['file: larger than 1 MB, so it was not read'];
      return;
    }
    const parsed = parseResultFile(await file.text());
    this._importErrors = parsed.ok ? [] : parsed.errors;
    if (!parsed.ok) return;
    if (Object.keys(this._answers).length === 0) this.confirmImport(parsed.value);
    else this._pending = parsed.value;
  }

  /** @internal */
  confirmImport(file = this._pending): void {
    this._pending = undefined;
    if (!file) return;
    this.applyFile(file);
    this.dispatchEvent(new SelfCheckChangeEvent(this.result));
    this.go('results');
  }

  /** @internal */
  choose(question: string, option: string): void {
    if (this._checked[question]) return;
    this._chosen = { ...this._chosen, [question]: option };
  }

  /** @internal */
  check(question: string): void {
    this._checked = { ...this._checked, [question]: true };
  }

  /** @internal */
  nextQuestion(): void {
    const list = this.questionList;
    if (this._index + 1 < list.length) this.go('step', this._index + 1);
    else {
      this._screen = 'results';
      this.focusPending = true;
      const correct = list.filter((q) => this._chosen[q.id] === q.answer).length;
      this.dispatchEvent(new SelfCheckCompleteEvent(this.result, { correct, total: list.length }));
    }
  }

  /** @internal */
  restartKnowledge(): void {
    this._chosen = {};
    this._checked = {};
    if (!this.seed) this.randomSeed = 0;
    this._screen = 'step';
    this._index = 0;
    this.focusPending = true;
  }

  /** An interface string by id (translation or local content), for the render helpers. @internal */
  str(id: string, english: string): string {
    return this.t(id, english);
  }

  /** True when the host's local content changed or added text (the attribution says so). @internal */
  get adapted(): boolean {
    return this.local.adapted;
  }

  /** @internal */
  get storageMessage() {
    return this._message
      ? html`<p class="notice" role="status" part="notice">${this._message}</p>`
      : nothing;
  }

  override render() {
    if (this.mode !== 'reflect' && this.mode !== 'knowledge')
      this.warnOnce('mode', `"${this.mode}" is not "reflect" or "knowledge"; using "reflect".`);
    const body =
      this.mode === 'knowledge'
        ? renderKnowledge(this)
        : this._screen === 'step'
          ? renderStep(this)
          : this._screen === 'results'
            ? renderResults(this)
            : renderStart(this);
    return html`<div class="root" part="root">${body}</div>`;
  }
}
