import { html, isServer, nothing, type ReactiveController } from 'lit';
import { stages } from '../../engine/index.js';
import { renderCompactAttribution } from '../shared/attribution.js';
import { OFF_OR_LOADING, needsScript } from '../shared/needs-script.js';
import { actions, button, screen, subtitle } from './screen-helpers.js';
import { renderData } from './render-data.js';
import { renderGathering, renderSpread, spreadLine } from './render-gathering.js';
import { addedNote, notesBox, renderAidNotes } from './render-reflect.js';
import { renderHeldBack } from './render-held-back.js';
import { renderSaveState } from './render-save-state.js';
import { hasWork, renderRoundChoice } from './rounds.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * Meeting mode (`mode="meeting"`): the reflection for a facilitator at a shared screen. One item
 * per screen in type that grows with the element's width; the What, then the Ask questions one
 * at a time, "Where are we?" (large stage buttons and a notes box) coming with the last one: one
 * press fewer per item (issue 27). Presenter keys move through it; it ends in the same results
 * and plan screens as the reflection.
 */

/** How many parts an item has after its What: one per Ask question (the stages come with the last). */
const partsOf = (q: SelfCheckQuiz) => q.items[q._index].ask.length;

/**
 * Brings the newly shown part into view (instantly: no smooth scrolling to respect). With the
 * stages: the stage buttons, notes and held-back box together where they fit, the stages first.
 */
function showNewPart(q: SelfCheckQuiz) {
  const root = q.renderRoot;
  if (q._reveal < partsOf(q)) {
    const asked = root.querySelector('.asks li:last-child');
    asked?.scrollIntoView?.({ block: 'nearest' });
    return clearOfBar(q, asked);
  }
  const heldBack = root.querySelector('.held-back');
  heldBack?.scrollIntoView?.({ block: 'nearest' });
  clearOfBar(q, heldBack);
  const where = root.querySelector('.where');
  if (where && where.getBoundingClientRect().top < 0) where.scrollIntoView?.({ block: 'start' });
}

/**
 * The sticky Back/Next bar covers the bottom of the view, and its height changes (it wraps to
 * two rows on a laptop once members are gathered), so a fixed scroll margin is not enough:
 * measure it, and scroll the part up until it sits above the bar.
 */
function clearOfBar(q: SelfCheckQuiz, part: Element | null) {
  const bar = q.renderRoot.querySelector('[part~="nav"]');
  if (!part || !bar) return;
  const over = part.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
  const room = part.getBoundingClientRect().top;
  // Never further than the part's top: a part taller than the view starts at the top.
  if (over > 0) scrollBy(0, Math.min(over + 8, Math.max(0, room)));
}

/** Shows the next part of the item, or the next item, or (after the last) the results. */
export function meetingNext(q: SelfCheckQuiz): void {
  if (q._screen === 'start') return q.go('step', 0);
  if (q._reveal < partsOf(q)) {
    q._reveal += 1;
    void q.updateComplete.then(() => showNewPart(q));
  } else if (q._index < q.items.length - 1) q.go('step', q._index + 1);
  else q.go('results');
}

/** Hides the last shown part, or goes back to the previous item (shown in full). */
export function meetingPrev(q: SelfCheckQuiz): void {
  if (q._reveal > 0) q._reveal -= 1;
  else if (q._index === 0) q.go('start');
  else {
    q.go('step', q._index - 1);
    q._reveal = partsOf(q);
  }
}

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;
/** Inputs that take no typing: a clicker's Page Down still moves on from them (not arrows). */
const NOT_TEXT = /^(checkbox|button|submit|reset)$/;
/** Elements that do something of their own with the space bar. */
const SPACE_USERS = /^(BUTTON|SUMMARY|A|INPUT|TEXTAREA|SELECT|DETAILS|LABEL)$/;

/**
 * On the results and the plan (long screens), a clicker pages through them: a key scrolls by
 * most of a screen while there is more that way, and only at the end moves to the next screen.
 * True when it scrolled.
 */
function pageThrough(q: SelfCheckQuiz, step: number): boolean {
  const own = q.meetingTimer.fullscreen;
  const box = (q.renderRoot.querySelector('section') ?? q).getBoundingClientRect();
  const view = own ? q.clientHeight : innerHeight;
  const more =
    step > 0
      ? own
        ? q.scrollTop + view < q.scrollHeight - 2
        : box.bottom > view + 2
      : own
        ? q.scrollTop > 2
        : box.top < -2;
  if (more) (own ? q : globalThis).scrollBy(0, step * view * 0.85);
  return more;
}

/**
 * Presenter keys: Right, PageDown and Space forward; Left, PageUp and Shift+Space back. Only in
 * meeting mode, only when focus is in this element (or, during the meeting, on the page itself:
 * a clicker sends keys to whatever has focus), and never while someone types in a box or on a
 * control that uses the key. Escape leaves a text box, so the clicker works again. On the
 * results and the plan the keys page through the screen, then move on (results to plan) or back.
 */
export function meetingKeys(q: SelfCheckQuiz, event: KeyboardEvent): void {
  if (q.mode !== 'meeting') return;
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const path = event.composedPath();
  const target = path[0] as HTMLElement | undefined;
  // Keys sent to the page itself count only once the meeting is under way, so a meeting
  // element waiting on its start screen never takes the host page's own scrolling keys.
  const onPage =
    q._screen !== 'start' &&
    (!target || target === document.body || target === document.documentElement);
  if (!onPage && !path.includes(q)) return;
  const box = target instanceof HTMLInputElement && NOT_TEXT.test(target.type);
  const typing =
    target &&
    ((TYPING.test(target.tagName) && !(box && /^Page/.test(event.key))) ||
      target.isContentEditable);
  if (typing && event.key === 'Escape' && /^(INPUT|TEXTAREA)$/.test(target.tagName)) {
    // Out of any text box (notes, what holds us back, organisation, team, a plan step): on an
    // item onto the button that moves on, elsewhere onto the screen's heading. The clicker works again.
    event.preventDefault();
    const next = q._screen === 'step' ? '[part~="nav"] button.primary' : '[part~="screen-title"]';
    q.renderRoot.querySelector<HTMLElement>(next)?.focus();
    return;
  }
  if (typing) return;
  let step = 0;
  if (event.key === 'ArrowRight' || event.key === 'PageDown') step = 1;
  else if (event.key === 'ArrowLeft' || event.key === 'PageUp') step = -1;
  else if (event.key === ' ' && !(target && SPACE_USERS.test(target.tagName)))
    step = event.shiftKey ? -1 : 1;
  if (!step) return;
  if (q._screen === 'results' || q._screen === 'plan') {
    if (pageThrough(q, step)) return event.preventDefault();
    if (q._screen === 'plan' && step > 0) return;
    event.preventDefault();
    if (q._screen === 'plan') return q.go('results');
    if (step > 0) return q.go('plan');
    q.go('step', q.items.length - 1);
    q._reveal = partsOf(q);
    return;
  }
  event.preventDefault();
  const hadFocus = path.includes(q);
  if (step > 0) meetingNext(q);
  else meetingPrev(q);
  // A part that held focus may have gone: never leave focus on <body>.
  void q.updateComplete.then(() => {
    if (hadFocus && !q.renderRoot.contains((q.renderRoot as ShadowRoot).activeElement))
      q.renderRoot.querySelector<HTMLElement>('[part~="screen-title"]')?.focus();
  });
}

/**
 * The per-item timer (`minutes-per-item`) and the Full screen state. The timer is silent: when
 * it ends it says so in words, politely, and nothing moves on by itself.
 */
export class MeetingTimer implements ReactiveController {
  /** Seconds left on the current item; undefined when the timer is off. */
  left: number | undefined;
  paused = false;
  /**
   * True where the Fullscreen API can be used (set once connected to a page). A server cannot ask
   * the browser, so pre-rendered HTML offers the button (most browsers have it) and hydrates with
   * it; `checkFullscreen` then drops it where the browser has none.
   */
  canFullscreen = isServer;
  private checkFullscreen?: boolean;
  /** The quiz came with a pre-rendered (declarative) shadow root, which it hydrates. */
  private readonly prerendered: boolean;
  private item = -1;
  private tick: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly q: SelfCheckQuiz) {
    this.prerendered = !!q.shadowRoot;
    q.addController(this);
  }

  /** Minutes per item as a number of seconds; 0 when off or not a positive number up to 120. */
  get seconds(): number {
    const minutes = Number(this.q.minutesPerItem);
    return Number.isFinite(minutes) && minutes > 0 && minutes <= 120 ? Math.round(minutes * 60) : 0;
  }

  hostConnected(): void {
    const d = globalThis.document;
    const can = !!d?.fullscreenEnabled && typeof this.q.requestFullscreen === 'function';
    if (this.prerendered && !this.q.hasUpdated) {
      this.canFullscreen = true;
      this.checkFullscreen = can;
    } else this.canFullscreen = can;
    d?.addEventListener('fullscreenchange', this.onFullscreen);
  }

  hostDisconnected(): void {
    globalThis.document?.removeEventListener('fullscreenchange', this.onFullscreen);
    this.stop();
  }

  hostUpdated(): void {
    const q = this.q;
    if (this.checkFullscreen === false) q.requestUpdate();
    if (this.checkFullscreen !== undefined) this.canFullscreen = this.checkFullscreen;
    this.checkFullscreen = undefined;
    const running = q.mode === 'meeting' && q._screen === 'step' && this.seconds > 0;
    if (!running) {
      if (this.left !== undefined) {
        this.stop();
        this.left = undefined;
        this.item = -1;
        q.requestUpdate();
      }
      return;
    }
    if (this.item !== q._index) {
      this.item = q._index;
      this.left = this.seconds;
      this.paused = false;
      this.start();
      q.requestUpdate();
    }
  }

  /** Pause or resume. */
  toggle(): void {
    this.paused = !this.paused;
    if (this.paused) this.stop();
    else this.start();
    this.q.requestUpdate();
  }

  get fullscreen(): boolean {
    return globalThis.document?.fullscreenElement === this.q;
  }

  /** Enters or leaves full screen; a refusal (no permission in a frame) changes nothing. */
  toggleFullscreen(): void {
    const request = this.fullscreen
      ? document.exitFullscreen()
      : this.q.requestFullscreen({ navigationUI: 'hide' });
    void request?.catch?.(() => undefined);
  }

  private readonly onFullscreen = () => this.q.requestUpdate();

  private start(): void {
    this.stop();
    if (!this.left) return;
    this.tick = setInterval(() => {
      this.left = Math.max(0, (this.left ?? 0) - 1);
      if (!this.left) this.stop();
      this.q.requestUpdate();
    }, 1000);
  }

  private stop(): void {
    clearInterval(this.tick);
    this.tick = undefined;
  }
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Full screen (where the browser allows it) for the meeting's screens. */
function fullscreenButton(q: SelfCheckQuiz) {
  const t = q.meetingTimer;
  return t.canFullscreen
    ? button(t.fullscreen ? 'Leave full screen' : 'Full screen', () => t.toggleFullscreen())
    : nothing;
}

/** The visible timer, its pause button, and a polite word when time is up. */
function renderTimer(q: SelfCheckQuiz) {
  const t = q.meetingTimer;
  if (t.left === undefined) return nothing;
  const up = t.left === 0;
  return html`<div class="timer" part="timer">
    <p>
      <span class="label">Time on this item</span>
      <span role="timer" class="clock">${up ? '0:00' : clock(t.left)}</span>
      ${t.paused ? html`<span class="small">(paused)</span>` : nothing}
    </p>
    ${up ? nothing : button(t.paused ? 'Resume timer' : 'Pause timer', () => t.toggle())}
    <p role="status" class=${up ? 'time-up' : 'visually-hidden'}>
      ${up ? 'Time is up for this item.' : ''}
    </p>
  </div>`;
}

/** The meeting's first screen: what it is, how to drive it. Readable before scripts run (SSR). */
export function renderMeetingStart(q: SelfCheckQuiz) {
  const n = q.items.length;
  return screen(
    q,
    'start',
    'Reflect together on the Grab-and-Go Guide',
    html`<p>
        Meeting mode: one item of the guide per screen, in large type for a projector or a shared
        screen. For each of the ${n === 10 ? 'ten items' : `${n} chosen items`}, read what it means,
        talk through its questions one at a time, then agree where you are and note why. It ends
        with your results and a plan of your next small steps.
      </p>
      ${renderAidNotes()}
      <p class="keys">
        Keys: Right arrow, Page Down or Space shows the next part; Left arrow or Page Up goes back.
        Presentation clickers send Page Down and Page Up. The keys do nothing while you type in the
        notes box: press Escape to leave it. On the results and the plan they page through the
        screen, then move on.
      </p>
      ${q.notice}
      ${needsScript(
        `Meeting mode ${OFF_OR_LOADING}`,
        html`${
          hasWork(q)
            ? html`${renderRoundChoice(q)} ${actions(fullscreenButton(q), renderSaveState(q))}`
            : actions(
                button('Start the meeting', () => q.go('step', 0), 'primary'),
                fullscreenButton(q),
                renderSaveState(q),
              )
        }
        ${renderGathering(q)} ${renderData(q, true)}`,
      )}
      ${renderCompactAttribution(q.local.adapted)}`,
  );
}

/** One item on the shared screen. */
export function renderMeetingStep(q: SelfCheckQuiz) {
  const i = q._index;
  const f = q.items[i];
  const shown = q._reveal;
  const asks = f.ask.length;
  const answer = q._answers[f.id];
  const last = i === q.items.length - 1;
  const nextLabel =
    shown < asks ? `Next question (${shown + 1} of ${asks})` : last ? 'See results' : 'Next item';
  return screen(
    q,
    'step',
    `${f.number}. ${f.title}`,
    html`${renderTimer(q)}
      <div class="meeting-body">
        ${addedNote(f)} ${subtitle(q, 'What', 'what-title')}
        <p part="what" class="what">${f.what}</p>
        ${renderSpread(q, f)} ${subtitle(q, 'Ask', 'ask-title')}
        <ol part="ask" class="asks" aria-labelledby="ask-title" aria-live="polite">
          ${f.ask.slice(0, shown).map((question) => html`<li>${question}</li>`)}
        </ol>
        ${
          shown < asks
            ? html`<p class="small">
                ${shown ? `${shown} of ${asks} questions shown.` : `${asks} questions to talk through.`}
              </p>`
            : nothing
        }
        ${
          shown >= asks
            ? html`<div class="where" role="group" aria-labelledby="where-title" part="stages">
                ${subtitle(q, 'Where are we?', 'where-title')}
                ${
                  // The spread above scrolls away: its counts in one line, seen with the stages.
                  spreadLine(answer, 'Members:')
                }
                <div class="stage-buttons">
                  ${stages.map(
                    (s) =>
                      html`<button
                        part="button stage"
                        class="stage"
                        aria-pressed=${answer?.stage === s.id ? 'true' : 'false'}
                        @click=${() =>
                          q.answer(f.id, { stage: answer?.stage === s.id ? undefined : s.id })}
                      >
                        <strong>${s.label}</strong>
                        <span>${s.description}</span>
                      </button>`,
                  )}
                </div>
              </div>`
            : nothing
        }
        ${notesBox(q, f, 'Notes (the facilitator types here)')} ${renderHeldBack(q, f)}
      </div>
      <div part="nav" class="actions">
        ${button(shown || i ? 'Back' : 'Back to the start', () => meetingPrev(q))}
        ${button(nextLabel, () => meetingNext(q), 'primary')} ${fullscreenButton(q)}
        ${renderSaveState(q)}
      </div>
      ${q.notice}`,
    [`Item ${i + 1} of ${q.items.length}`, i + 1, q.items.length],
  );
}
