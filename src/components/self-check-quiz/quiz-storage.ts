import type { ReactiveController } from 'lit';
import { readRoundDates, SelfCheckStore, touchRound, type RoundDates } from '../../engine/index.js';
import { SelfCheckChangeEvent } from './events.js';
import { announceSave, joinKey, leaveKey } from './same-key.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * What the person must be told about saving on this device. Each is a state, not a sentence:
 * the notice's words are looked up from it in one place (`NOTICES`) and never compared.
 * - `other-tab`: another tab wrote this key; saving stopped so neither copy is overwritten.
 * - `newer`: this device holds a newer result (another quiz saved); saving stopped, the person chooses.
 * - `form-reset`: `form.reset()` emptied the quiz; saving stopped, the saved answers are kept.
 * - `failed`: the browser refused to write; saving stays on and keeps trying.
 * - `unreadable`: the saved answers could not be read at load, so the quiz started afresh.
 */
export type SaveProblem = 'other-tab' | 'newer' | 'form-reset' | 'failed' | 'unreadable';

/** Saving as one value: off, on, or the problem the person is being told about. */
export type SaveStatus = 'off' | 'saving' | SaveProblem;

/** The window's events saving follows: another tab's writes, and leaving the page. */
const WINDOW_EVENTS = ['storage', 'beforeunload', 'pagehide'];

/** The notice shown (and announced once) for each problem. */
export const NOTICES: Readonly<Record<SaveProblem, string>> = {
  'other-tab':
    'This self-check was changed in another tab or window. Your answers here are kept but no longer saved, so neither copy is overwritten. To keep these answers instead, choose "Save on this device" on the first page.',
  newer:
    'Answers saved on this device are newer than the ones here (another self-check on this page or in another tab saved them). Your answers here are kept but not saved, so neither copy is overwritten.',
  'form-reset':
    'The form was reset, so the answers here were cleared. Your saved answers are still saved on this device, and no longer updated from here.',
  failed:
    'This browser would not let us save, so your answers are kept only while this page is open. Download a copy to keep them.',
  unreadable:
    'The answers saved on this device could not be read, so this self-check starts afresh.',
};

/**
 * The quiz's saving on this device: the store for `storage-key`, resuming, the half-second
 * autosave, other tabs (`storage` event) and other quizzes with the same key (same-key.ts),
 * leaving the page with unsaved work, and the round's own dates (saved with the answers).
 * The answers, plan and names it saves stay the quiz's own state; this reads and resumes them.
 * @internal
 */
export class QuizStorage implements ReactiveController {
  /** True once the reader chose "Save on this device" (or saved answers were found). */
  saving = false;
  /**
   * Changes since the last load or save: another quiz's save must not replace them, leaving the
   * page is guarded while they are not saved, and the screen shows it.
   */
  unsaved = false;
  /** This round's own dates (round.ts): it keeps them when the next round starts. */
  round: RoundDates = {};
  #problem: SaveProblem | undefined;
  #store: SelfCheckStore | undefined;
  /** The save waiting for its half second (written at once when the quiz or page goes). */
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly #q: SelfCheckQuiz;

  constructor(q: SelfCheckQuiz) {
    this.#q = q;
    q.addController(this);
  }

  /** Saving as one value (a problem, while the person is told about it, comes first). */
  get status(): SaveStatus {
    return this.#problem ?? (this.saving ? 'saving' : 'off');
  }

  /** The words of the notice about saving, or empty. */
  get notice(): string {
    return this.#problem ? NOTICES[this.#problem] : '';
  }

  hostConnected(): void {
    this.#open();
    for (const type of WINDOW_EVENTS) globalThis.addEventListener?.(type, this.#onWindow);
  }

  hostDisconnected(): void {
    for (const type of WINDOW_EVENTS) globalThis.removeEventListener?.(type, this.#onWindow);
    // A save waiting for its half second is written now.
    if (this.#timer) this.save();
    if (this.#store) leaveKey(this.#store.key, this);
  }

  /** `storage-key` or `mode` changed: the store for the old key is closed, the new one opened. */
  reopen(): void {
    if (!this.#store) return;
    leaveKey(this.#store.key, this);
    this.#store = undefined;
    this.saving = false;
    if (this.#q.isConnected) this.#open();
  }

  /** Another tab's `storage` event, or the page being left (`beforeunload`, `pagehide`). */
  readonly #onWindow = (event: Event): void =>
    event.type === 'storage' ? this.#onStorage(event as StorageEvent) : this.#onLeave(event);

  /**
   * Leaving the page (reload, closed tab): a pending save is written now; work that is not saved
   * (saving not chosen, or refused) makes the browser ask first, unless its form is sending it.
   * Nothing is stored to do it.
   */
  #onLeave(event: Event): void {
    if (this.#timer) this.save();
    const q = this.#q;
    const work = Object.keys(q._answers).length > 0 || q._plan.length > 0;
    // The form sending the answers (form-association.ts) is no loss: no "Leave site?" then.
    if (event.type === 'beforeunload' && this.unsaved && work && !q.formControl.sending) {
      event.preventDefault();
      (event as BeforeUnloadEvent).returnValue = '';
    }
  }

  /** Another tab wrote our key: stop autosaving rather than silently overwrite its answers. */
  #onStorage(event: StorageEvent): void {
    if (this.saving && event.key === this.#store?.key) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.saving = false;
      this.#tell('other-tab');
    }
  }

  /** Opens the store for `storage-key` and resumes saved answers, if any. */
  #open(): void {
    const q = this.#q;
    if (q.noStorage || this.#store) return;
    // A member's private ratings never land in the team's self-check on a shared device.
    const key = q.mode === 'member' ? `${q.storageKey}-member` : q.storageKey;
    this.#store = new SelfCheckStore(key);
    joinKey(this.#store.key, this, key, q.localName);
    this.#resume();
  }

  /** Reads the saved answers, if any, and shows them. */
  #resume(): void {
    if (!this.#store) return;
    const q = this.#q;
    const saved = this.#store.load();
    this.unsaved = false;
    this.round = readRoundDates(saved);
    if (saved) {
      this.saving = true;
      q.take(saved);
      q._snapshots = saved.snapshots;
    } else if (this.#store.problem === 'corrupt') this.#problem = 'unreadable';
    q.requestUpdate();
  }

  /** A lasting notice about saving: shown, and announced once. */
  #tell(problem: SaveProblem): void {
    this.#problem = problem;
    this.#q.announce(NOTICES[problem]);
  }

  /** A change was made: the round is dated, and it is saved half a second after the last one. */
  autosave(): void {
    this.unsaved = true;
    this.round = touchRound(this.round);
    if (this.saving && this.#store) {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.save(), 500);
    }
    this.#q.requestUpdate();
  }

  /**
   * Saves now (when saving was chosen): "Save on this device" sets `start`. A newer result on the
   * device (another quiz with this key saved meanwhile) is replaced only when `replaceNewer` (the
   * person chose "Replace the saved answers with these"), or when the person was told another
   * tab changed it and chose "Save on this device".
   */
  save(start?: boolean, replaceNewer = start === true && this.#problem === 'other-tab'): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#store) return;
    const q = this.#q;
    const starting = start && !this.saving;
    if (start) this.saving = true;
    if (!this.saving) return;
    const { _answers: answers, _snapshots: snapshots, _org: organisation, _team: team } = q;
    if (
      this.#store.save(
        q.withPlan({
          answers,
          snapshots,
          ...(organisation ? { organisation } : {}),
          ...(team ? { team } : {}),
          ...this.round,
        }),
        { replaceNewer },
      )
    ) {
      // Saving works again, so a notice that it had stopped goes; the other two still hold.
      if (this.#problem !== 'failed' && this.#problem !== 'unreadable') this.#problem = undefined;
      this.unsaved = false;
      announceSave(this.#store.key, this);
      if (starting)
        q.announce(
          'Saved on this device. Your answers and notes are now kept in this browser as you go.',
        );
    } else if (this.#store.newer) {
      this.saving = false;
      this.#tell('newer');
    } else this.#tell('failed');
    q.requestUpdate();
  }

  /** Another quiz with this key saved: follow it, unless this one has changes of its own. */
  peerSaved(): void {
    if (this.unsaved) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#resume();
  }

  /** "Use the saved answers": drops the answers here for the newer ones on the device. */
  useSaved(): void {
    const q = this.#q;
    this.#problem = undefined;
    this.#resume();
    q.announce('The answers saved on this device are shown.');
    q.dispatchEvent(new SelfCheckChangeEvent(q.result));
  }

  /** `form.reset()`: a pending save is written, then saving stops. True when it was on. */
  stopForReset(): boolean {
    // A save waiting for its half second is written now.
    if (this.#timer) this.save();
    const kept = this.saving;
    this.saving = false;
    this.#problem = kept ? 'form-reset' : undefined;
    this.round = {};
    return kept;
  }

  /** "Clear my answers": removes the saved self-check from this device; saving stops. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#store?.clear();
    this.saving = false;
    this.#problem = undefined;
  }
}
