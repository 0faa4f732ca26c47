import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { storageKey } from '../../src/engine/index.js';
import { without } from '../engines/stub.js';

/**
 * <self-check-quiz> inside a real <form>, as a developer using it beside Shoelace / Web Awesome
 * form controls expects: its value under its name, `form`, validity, reset and disabled.
 */

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $$ = <T extends HTMLElement = HTMLElement>(el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (el: SelfCheckQuiz) => root(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: SelfCheckQuiz, name: string | RegExp) =>
  $$(el, 'button').find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!),
  );
async function click(el: SelfCheckQuiz, name: string | RegExp) {
  await el.updateComplete;
  const b = buttonNamed(el, name);
  expect(Boolean(b), `button ${name}`).to.equal(true);
  b!.click();
  await el.updateComplete;
}
function radio(el: SelfCheckQuiz, label: string) {
  return $$(el, 'label.choice')
    .find((l) => l.textContent!.includes(label))!
    .querySelector('input')!;
}
/** The element that really has focus, down through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** The browser calls the form callbacks a moment later (a reaction), then the quiz updates. */
async function settled(el: SelfCheckQuiz) {
  await aTimeout(0);
  await el.updateComplete;
}
async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await aTimeout(20);
  expect(check()).to.equal(true);
}
/** Every control a person could use inside the quiz (not its links). */
const controls = (el: SelfCheckQuiz) =>
  $$<HTMLButtonElement | HTMLInputElement>(el, 'button, input, select, textarea');
/** Disabled for the person (itself or by a disabled fieldset around it). */
const off = (c: Element) => c.matches(':disabled');
const sent = (form: HTMLFormElement, name = 'selfcheck') =>
  JSON.parse(new FormData(form).get(name) as string) as { answered: number };

async function quizInForm(attributes = '') {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="reset">Reset the form</button></form>`,
  );
  const holder = document.createElement('div');
  holder.innerHTML = `<self-check-quiz name="selfcheck" ${attributes}></self-check-quiz>`;
  form.prepend(holder.firstElementChild!);
  const el = form.querySelector('self-check-quiz')!;
  await el.updateComplete;
  return { form, el };
}

describe('<self-check-quiz> in a form', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('knows its form and sends its result under its name', async () => {
    const { form, el } = await quizInForm('no-storage');
    expect(el.form).to.equal(form);
    await click(el, 'Start');
    radio(el, 'Embedded').click();
    await el.updateComplete;
    expect(sent(form).answered).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('form.reset() clears the answers here and goes back to the first screen', async () => {
    const { form, el } = await quizInForm('no-storage');
    let changes = 0;
    el.addEventListener('ambitions-self-check-change', () => changes++);
    await click(el, 'Start');
    radio(el, 'Embedded').click();
    await el.updateComplete;
    expect(changes).to.equal(1);
    const resetButton = form.querySelector<HTMLButtonElement>('button[type=reset]')!;
    resetButton.focus();
    resetButton.click();
    await settled(el);
    expect(el.answers).to.deep.equal({});
    expect(sent(form).answered).to.equal(0);
    expect(changes, 'a linked summary hears of it').to.equal(2);
    expect(Boolean(buttonNamed(el, 'Start')), 'the first screen').to.equal(true);
    expect(deepActive(), 'focus stays on the reset button').to.equal(resetButton);
    expect($$(el, '[part~=status]')[0].textContent).to.contain('The form was reset');
    await expect(el).to.be.accessible();
  });

  it('form.reset() never removes answers saved on this device, and offers them back', async () => {
    const { form, el } = await quizInForm('storage-key="form-reset"');
    await click(el, 'Start');
    radio(el, 'Embedded').click();
    await el.updateComplete;
    await click(el, 'Back');
    await click(el, 'Save on this device');
    const key = storageKey('form-reset');
    await until(() => (localStorage.getItem(key) ?? '').includes('embedded'));
    form.reset();
    await el.updateComplete;
    await aTimeout(600); // longer than the autosave delay
    expect(el.answers).to.deep.equal({});
    expect(localStorage.getItem(key)).to.include('embedded');
    expect(text(el)).to.contain('still saved on this device');
    await expect(el).to.be.accessible();
    await click(el, 'Use the saved answers');
    expect(Object.values(el.answers)[0]?.stage).to.equal('embedded');
    expect(sent(form).answered).to.equal(1);
  });

  it('inside <fieldset disabled> every control is disabled, and it says so', async () => {
    // A control after the fieldset, as a host page has: with none, Tab from the last control
    // leaves the page for the browser's own toolbar, and in Firefox the keys of every later test
    // file went there too.
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <fieldset>
          <legend>Our self-check</legend>
          <self-check-quiz name="selfcheck" no-storage></self-check-quiz>
        </fieldset>
        <button type="button">After the self-check</button>
      </div>`,
    );
    const fieldset = page.querySelector('fieldset')!;
    const el = fieldset.querySelector('self-check-quiz')!;
    await el.updateComplete;
    await click(el, 'Start');
    const stage = radio(el, 'Embedded');
    stage.focus();
    expect(controls(el).some(off)).to.equal(false);
    fieldset.disabled = true;
    await settled(el);
    expect(controls(el).length).to.be.greaterThan(5);
    expect(
      controls(el)
        .filter((c) => !off(c))
        .map((c) => c.outerHTML),
    ).to.deep.equal([]);
    expect(text(el)).to.contain('switched off');
    const active = deepActive();
    expect(active, 'focus is not lost to <body>').to.not.equal(document.body);
    expect(el.shadowRoot!.contains(active)).to.equal(true);
    await expect(el).to.be.accessible();
    // Tab from the heading reaches nothing disabled.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.matches(':disabled') ?? false).to.equal(false);
    fieldset.disabled = false;
    await settled(el);
    expect(controls(el).some(off)).to.equal(false);
    expect(text(el)).not.to.contain('switched off');
    await expect(el).to.be.accessible();
  });

  it('the disabled attribute disables it too, and a disabled quiz is not validated', async () => {
    const { form, el } = await quizInForm('no-storage required');
    expect(el.willValidate).to.equal(true);
    el.disabled = true;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.equal(true);
    expect(controls(el).every(off)).to.equal(true);
    expect(el.willValidate).to.equal(false);
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).has('selfcheck'), 'a disabled control sends nothing').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('without required it is always valid', async () => {
    const { form, el } = await quizInForm('no-storage');
    expect(el.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });

  it('with required it is valid only when every item has a stage', async () => {
    const { form, el } = await quizInForm('no-storage required foundations="1,2"');
    let invalid = 0;
    el.addEventListener('invalid', () => invalid++);
    expect(el.checkValidity()).to.equal(false);
    expect(invalid).to.equal(1);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.match(/items 1 and 2/);
    expect(form.checkValidity()).to.equal(false);
    await click(el, 'Start');
    radio(el, 'Embedded').click();
    await el.updateComplete;
    expect(el.validationMessage).to.match(/item 2\b/);
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect($$(el, '[part~=status]')[0].textContent).to.contain(el.validationMessage);
    await expect(el).to.be.accessible();
    await click(el, 'Next');
    radio(el, 'Understanding').click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('in knowledge mode, with no stages to ask, required never blocks the form', async () => {
    const { form, el } = await quizInForm('no-storage required mode="knowledge"');
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  /** A leave (reload, closed tab, form sent): true when the browser would ask "Leave site?". */
  const leaving = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };
  /**
   * A form sent to a `javascript:` address that does nothing, so the test page stays. (Sent into
   * an iframe, Firefox opened the submission in a new window once the fixture removed the frame,
   * and that window took the keyboard from every later test file.)
   */
  async function sendingForm(attributes = '') {
    const { form, el } = await quizInForm(`no-storage ${attributes}`);
    form.action = 'javascript:void 0';
    return { form, el };
  }

  it('sending the form does not ask "Leave site?"; a change after it is guarded again', async () => {
    const { form, el } = await sendingForm();
    await click(el, 'Start');
    radio(el, 'Embedded').click();
    await el.updateComplete;
    expect(leaving(), 'answers only in memory are guarded').to.equal(true);
    form.requestSubmit();
    expect(leaving(), 'the answers are being sent').to.equal(false);
    radio(el, 'Understanding').click();
    await el.updateComplete;
    expect(leaving(), 'a change after sending').to.equal(true);
  });

  it('a submission that is cancelled, or a quiz without a name or disabled, is still guarded', async () => {
    const { form, el } = await sendingForm();
    await click(el, 'Start');
    radio(el, 'Embedded').click();
    await el.updateComplete;
    const cancel = (e: Event) => e.preventDefault();
    form.addEventListener('submit', cancel);
    form.requestSubmit();
    expect(leaving(), 'cancelled: nothing was sent').to.equal(true);
    form.removeEventListener('submit', cancel);
    el.disabled = true;
    await el.updateComplete;
    form.requestSubmit();
    expect(leaving(), 'disabled: it sends nothing').to.equal(true);
    el.disabled = false;
    el.name = '';
    await el.updateComplete;
    form.requestSubmit();
    expect(leaving(), 'no name: it sends nothing').to.equal(true);
  });

  it('with a name in a form, the first page says the answers go with the form', async () => {
    const { el } = await quizInForm('no-storage');
    expect(text(el)).to.contain('sent with the form on this page when it is submitted');
    expect(text(el)).not.to.contain('never sent anywhere');
    el.name = '';
    await el.updateComplete;
    expect(text(el)).to.contain('never sent anywhere');
    await expect(el).to.be.accessible();
  });

  it('the form value carries "held back by something outside our control", as the export does', async () => {
    const { form, el } = await quizInForm('no-storage');
    el.answers = {
      'shared-records': { stage: 'understand', heldBack: true, heldBackNote: 'Funding ended' },
    };
    await el.updateComplete;
    const item = (
      sent(form) as unknown as {
        items: { foundation: string; heldBack?: boolean; heldBackNote?: string }[];
      }
    ).items.find((i) => i.foundation === 'shared-records');
    expect(item?.heldBack).to.equal(true);
    expect(item?.heldBackNote).to.equal('Funding ended');
    const exported = JSON.parse(el.exportResult('json')).answers['shared-records'];
    expect(exported.heldBackNote).to.equal('Funding ended');
  });

  it('inside <fieldset disabled> a required quiz is valid, as a disabled required input is', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Our self-check</legend>
          <input required name="native" aria-label="Native" />
          <self-check-quiz name="selfcheck" no-storage required></self-check-quiz>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector('self-check-quiz')!;
    await settled(el);
    const native = form.querySelector('input')!;
    expect(native.validity.valueMissing).to.equal(false);
    expect(el.validity.valueMissing).to.equal(false);
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
    expect(el.checkValidity()).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await settled(el);
    expect(el.validity.valueMissing).to.equal(true);
  });

  it('once every item has a stage, the earlier "Choose a stage" message leaves the status region', async () => {
    const { el } = await quizInForm('no-storage required foundations="1"');
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    const status = () => $$(el, '[part~=status]')[0].textContent!;
    expect(status()).to.contain('Choose a stage');
    await click(el, 'Start');
    radio(el, 'Embedded').click();
    await el.updateComplete;
    expect(status()).not.to.contain('Choose a stage');
    await expect(el).to.be.accessible();
  });

  it('while disabled, "What this item means" cannot be reached or opened', async () => {
    const { el } = await quizInForm('no-storage');
    await click(el, 'Start');
    const what = () => $$(el, '[part~=what]')[0] as HTMLDetailsElement;
    const summary = () => what().querySelector('summary')!;
    el.disabled = true;
    await el.updateComplete;
    expect(summary().tabIndex).to.equal(-1);
    expect(summary().getAttribute('aria-disabled')).to.equal('true');
    summary().click();
    await aTimeout(50);
    expect(what().open, 'a click does not open it').to.equal(false);
    await expect(el).to.be.accessible();
    el.disabled = false;
    await el.updateComplete;
    expect(summary().tabIndex).to.equal(0);
    expect(summary().hasAttribute('aria-disabled')).to.equal(false);
    summary().click();
    await aTimeout(50);
    expect(what().open).to.equal(true);
  });

  it("required is exposed: an unanswered item's stages are a required radio group", async () => {
    const { el } = await quizInForm('no-storage required foundations="1,2"');
    await click(el, 'Start');
    const group = () => $$(el, '[part~=stages]')[0];
    expect(group().getAttribute('role')).to.equal('radiogroup');
    expect(group().getAttribute('aria-required')).to.equal('true');
    await expect(el).to.be.accessible();
    radio(el, 'Embedded').click();
    await el.updateComplete;
    expect(group().getAttribute('aria-required')).to.not.equal('true');
    el.required = false;
    await click(el, 'Next');
    expect(group().getAttribute('aria-required')).to.not.equal('true');
  });

  it('the "switched off" notice is in the quiz\'s font, not the page\'s serif', async () => {
    const { el } = await quizInForm('no-storage');
    el.disabled = true;
    await el.updateComplete;
    const notice = $$(el, '[part~=notice]').find((n) => /switched off/.test(n.textContent!))!;
    const heading = $$(el, '[part~=heading]')[0];
    expect(getComputedStyle(notice).fontFamily).to.equal(getComputedStyle(heading).fontFamily);
  });

  it('the form value is the result property, the small-steps plan included', async () => {
    const { form, el } = await quizInForm('no-storage');
    const file = JSON.parse(el.exportResult('json'));
    file.answers = { leadership: { stage: 'understand' } };
    file.plan = [{ foundation: 'leadership', step: 'Agree who leads' }];
    expect(el.importResult(JSON.stringify(file)).ok).to.equal(true);
    await el.updateComplete;
    expect(sent(form)).to.deep.equal(JSON.parse(JSON.stringify(el.result)));
    expect((sent(form) as unknown as { plan: { step: string }[] }).plan[0].step).to.equal(
      'Agree who leads',
    );
  });

  it('in knowledge mode the form value carries the score', async () => {
    const { form, el } = await quizInForm('no-storage mode="knowledge" questions="2" seed="a"');
    expect((sent(form) as unknown as { score?: unknown }).score).to.deep.equal({
      correct: 0,
      total: 2,
    });
    await expect(el).to.be.accessible();
  });

  // Where there is no ElementInternals (Safari before 16.4), the browser neither resets nor
  // disables the quiz from its form: the rest still works.
  it('without ElementInternals nothing breaks: value, form, validity, disabled', async () => {
    await without(HTMLElement.prototype, 'attachInternals', async () => {
      const { form, el } = await quizInForm('no-storage required foundations="1"');
      expect(el.form).to.equal(form);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      await click(el, 'Start');
      radio(el, 'Embedded').click();
      await el.updateComplete;
      expect(sent(form).answered).to.equal(1);
      expect(el.checkValidity()).to.equal(true);
      el.disabled = true;
      await el.updateComplete;
      expect(controls(el).every(off)).to.equal(true);
      expect(new FormData(form).has('selfcheck')).to.equal(false);
    });
  });
});
