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
  private hadFocus = false;

  constructor(
    private readonly host: SelfCheckQuiz,
    internals: ElementInternals | undefined,
  ) {
    // Internals without the form part (an engine that only has ARIA or states) count as none.
    this.face = internals && 'setValidity' in internals ? internals : undefined;
    host.addController(this);
  }

  private readonly face: ElementInternals | undefined;

  /** Every control is off: the `disabled` attribute, or a disabled fieldset around the quiz. */
  get off(): boolean {
    return this.host.disabled || this.disabledByForm;
  }

  get form(): HTMLFormElement | null {
    return this.face ? this.face.form : this.host.closest('form');
  }

  get willValidate(): boolean {
    return this.face ? this.face.willValidate : !this.off;
  }

  private get message(): string {
    return missingStages(this.host);
  }

  get validity(): ValidityState {
    if (this.sync()) return this.face!.validity;
    // Without ElementInternals: the two flags the quiz can have (the others are undefined).
    const valueMissing = !!this.message;
    return { valueMissing, valid: !valueMissing } as ValidityState;
  }

  get validationMessage(): string {
    if (this.sync()) return this.face!.validationMessage;
    return this.willValidate ? this.message : '';
  }

  checkValidity(): boolean {
    if (this.sync()) return this.face!.checkValidity();
    if (!this.willValidate || !this.message) return true;
    this.host.dispatchEvent(new Event('invalid', { cancelable: true }));
    return false;
  }

  /** As `checkValidity()`, and the message is said in the quiz's status region too. */
  reportValidity(): boolean {
    const valid = this.sync() ? this.face!.reportValidity() : this.checkValidity();
    if (!valid) this.host.announce(this.validationMessage);
    return valid;
  }

  /**
   * Gives ElementInternals the current validity, anchored on the screen's heading (where the
   * browser puts its message and focus when the form is sent). False without ElementInternals.
   */
  private sync(): boolean {
    if (!this.face) return false;
    const message = this.message;
    const anchor = this.host.renderRoot?.querySelector<HTMLElement>('[part~="screen-title"]');
    if (anchor) anchor.tabIndex = -1;
    this.face.setValidity({ valueMissing: !!message }, message, anchor ?? undefined);
    return true;
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocus);
    this.host.addEventListener('focusout', this.onFocus);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.onFocus);
    this.host.removeEventListener('focusout', this.onFocus);
  }

  /**
   * Whether focus was last in the quiz. Focus leaving for nothing (null) still counts: that is
   * what a control being disabled does, and the browser may do it before the quiz hears.
   */
  private readonly onFocus = (event: FocusEvent): void => {
    this.hadFocus = event.type === 'focusin' || event.relatedTarget === null;
  };

  hostUpdated(): void {
    const { host } = this;
    // Without ElementInternals, a hidden input carries the value (only when there is a name).
    if (this.face || host.name)
      setFormValue(host, this.face, host.name, this.off ? null : JSON.stringify(host._summary));
    this.sync();
    // Switched off while the person was in it: focus goes to the heading, never to <body>.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (this.off && this.hadFocus && lost)
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

/** The disabled wrapper adds no box of its own. */
export const formStyles = css`
  .form-off {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
`;
