import { css, html, type ReactiveController } from 'lit';
import { setFormValue } from '../shared/feature-detect.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * The quiz as a form control, the way native inputs and Web Awesome's form controls behave
 * (the platform's form-associated custom elements, through ElementInternals): its value goes with
 * its form under its `name`, `required` takes part in the form's validation, a disabled
 * `<fieldset>` or the `disabled` attribute switches every control off. Where ElementInternals is
 * missing (Safari before 16.4) the value goes through a hidden input and `checkValidity()` still
 * answers; the browser then neither validates, resets nor disables the quiz from its form.
 * The element file only forwards to this controller, so the quiz's own logic stays apart.
 */

/** What the browser's validation message says (ours); empty when nothing is missing. */
export function missingStages(q: SelfCheckQuiz): string {
  // Knowledge mode asks no stages, so there is nothing `required` could ask for.
  if (!q.required || q.mode === 'knowledge') return '';
  const missing = q.items.filter((f) => !q._answers[f.id]?.stage).map((f) => f.number);
  const last = missing.pop();
  if (last === undefined) return '';
  return missing.length
    ? `Choose a stage for items ${missing.join(', ')} and ${last}.`
    : `Choose a stage for item ${last}.`;
}

export class QuizFormControl implements ReactiveController {
  /** Set by the browser (`formDisabledCallback`): a disabled `<fieldset>` around the quiz. */
  disabledByForm = false;
  #hadFocus = false;
  /** The form's last `submit` that sent the quiz, and the answers and plan it sent. */
  #submitted: { event: Event; answers: object; plan: object } | undefined;
  /** The form whose `submit` is listened to (the owner form can change). */
  #listened: HTMLFormElement | null = null;

  readonly #host: SelfCheckQuiz;

  constructor(host: SelfCheckQuiz, internals: ElementInternals | undefined) {
    this.#host = host;
    // Internals without the form part (an engine that only has ARIA or states) count as none.
    this.#face = internals && 'setValidity' in internals ? internals : undefined;
    host.addController(this);
  }

  readonly #face: ElementInternals | undefined;

  /** Every control is off: the `disabled` attribute, or a disabled fieldset around the quiz. */
  get off(): boolean {
    return this.#host.disabled || this.disabledByForm;
  }

  get form(): HTMLFormElement | null {
    return this.#face ? this.#face.form : this.#host.closest('form');
  }

  /** The answers go with a form when it is submitted: the quiz has a name and a form. */
  get sends(): boolean {
    return !!this.#host.name && !!this.form;
  }

  get willValidate(): boolean {
    return this.#face ? this.#face.willValidate : !this.off;
  }

  /** Empty while off: like a disabled required input, a disabled quiz is not missing anything. */
  get #message(): string {
    return this.off ? '' : missingStages(this.#host);
  }

  get validity(): ValidityState {
    if (this.#sync()) return this.#face!.validity;
    // Without ElementInternals: the two flags the quiz can have (the others are undefined).
    const valueMissing = !!this.#message;
    return { valueMissing, valid: !valueMissing } as ValidityState;
  }

  get validationMessage(): string {
    if (this.#sync()) return this.#face!.validationMessage;
    return this.willValidate ? this.#message : '';
  }

  checkValidity(): boolean {
    if (this.#sync()) return this.#face!.checkValidity();
    if (!this.willValidate || !this.#message) return true;
    this.#host.dispatchEvent(new Event('invalid', { cancelable: true }));
    return false;
  }

  /** As `checkValidity()`, and the message is said in the quiz's status region too. */
  reportValidity(): boolean {
    const valid = this.#sync() ? this.#face!.reportValidity() : this.checkValidity();
    if (!valid) this.#host.announce((this.#reported = this.validationMessage));
    return valid;
  }

  /** The message `reportValidity()` put in the status region, until it no longer applies. */
  #reported = '';

  /** Once the quiz is valid, the old "Choose a stage" message leaves the status region. */
  hostUpdate(): void {
    if (!this.#reported || this.#message) return;
    if (this.#host._status.trim() === this.#reported) this.#host._status = '';
    this.#reported = '';
  }

  /**
   * Gives ElementInternals the current validity, anchored on the screen's heading (where the
   * browser puts its message and focus when the form is sent). False without ElementInternals.
   */
  #sync(): boolean {
    if (!this.#face) return false;
    const message = this.#message;
    const anchor = this.#host.renderRoot?.querySelector<HTMLElement>('[part~="screen-title"]');
    if (anchor) anchor.tabIndex = -1;
    this.#face.setValidity({ valueMissing: !!message }, message, anchor ?? undefined);
    // `required` for assistive tech too, where the engine has ARIA on ElementInternals.
    if ('ariaRequired' in this.#face)
      this.#face.ariaRequired = String(this.#host.required && this.#host.mode !== 'knowledge');
    return true;
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#onFocus);
    this.#host.addEventListener('focusout', this.#onFocus);
    this.#host.addEventListener('click', this.#onClick, true);
    this.#listen(this.form);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#onFocus);
    this.#host.removeEventListener('focusout', this.#onFocus);
    this.#host.removeEventListener('click', this.#onClick, true);
    this.#listen(null);
  }

  /**
   * True while the form is sending the quiz's answers as they are now: leaving the page is then
   * the form's own submission, so the leave guard must not ask "Leave site?". A submission that
   * was cancelled (`preventDefault`, read now so a later listener counts) or any change since
   * means the answers are again only here.
   */
  get sending(): boolean {
    const sent = this.#submitted;
    return (
      !!sent &&
      !sent.event.defaultPrevented &&
      sent.answers === this.#host._answers &&
      sent.plan === this.#host._plan
    );
  }

  /** While off, a disclosure's summary does not open or close it. */
  readonly #onClick = (event: Event): void => {
    const target = event.composedPath()[0];
    if (this.off && target instanceof Element && target.closest('summary')) event.preventDefault();
  };

  /** The owner form's `submit`: only a quiz with a name that is not off sends its answers. */
  readonly #onSubmit = (event: Event): void => {
    const host = this.#host;
    this.#submitted =
      host.name && !this.off ? { event, answers: host._answers, plan: host._plan } : undefined;
  };

  #listen(form: HTMLFormElement | null): void {
    if (form === this.#listened) return;
    this.#listened?.removeEventListener('submit', this.#onSubmit);
    form?.addEventListener('submit', this.#onSubmit);
    this.#listened = form;
  }

  /**
   * Whether focus was last in the quiz. Focus leaving for nothing (null) still counts: that is
   * what a control being disabled does, and the browser may do it before the quiz hears.
   */
  readonly #onFocus = (event: FocusEvent): void => {
    this.#hadFocus = event.type === 'focusin' || event.relatedTarget === null;
  };

  hostUpdated(): void {
    const host = this.#host;
    // Without ElementInternals, a hidden input carries the value (only when there is a name).
    if (this.#face || host.name) {
      // The `result` property (this update's summary with the plan), and knowledge mode's score.
      const score = host.knowledgeScore();
      const result = { ...host.withPlan(host._summary), ...(score ? { score } : {}) };
      const value = this.off ? null : JSON.stringify(result);
      setFormValue(host, this.#face, host.name, value);
    }
    this.#sync();
    this.#listen(host.isConnected ? this.form : null);
    // A disclosure (<details>) has no disabled state: while off it leaves the Tab order, says it
    // is disabled, and a click (or Enter, Space) on it does nothing (onClick).
    for (const summary of host.renderRoot.querySelectorAll('summary')) {
      if (this.off) {
        summary.setAttribute('aria-disabled', 'true');
        summary.tabIndex = -1;
      } else {
        summary.removeAttribute('aria-disabled');
        summary.removeAttribute('tabindex');
      }
    }
    // Switched off while the person was in it: focus goes to the heading, never to <body>.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (this.off && this.#hadFocus && lost)
      host.renderRoot.querySelector<HTMLElement>('[part~="screen-title"]')?.focus();
  }

  /** The quiz's content, inside a disabled fieldset named by a note saying so while off. */
  render(content: unknown): unknown {
    if (!this.off) return content;
    return html`<fieldset class="form-off" disabled aria-labelledby="form-off">
      <p class="notice" part="notice" id="form-off">
        This self-check is switched off for now. Your answers are kept.
      </p>
      ${content}
    </fieldset>`;
  }
}

/** The disabled wrapper adds no box of its own; its disclosures look disabled. */
export const formStyles = css`
  .form-off {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  /* A switched-off disclosure looks as off as the disabled buttons beside it. */
  .form-off summary[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
