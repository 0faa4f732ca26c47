import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { foundations } from '../../src/content/index.js';

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SelfCheckQuiz, selector: string) =>
  root(el).querySelector<T & HTMLElement>(selector);
const $$ = (el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const buttonNamed = (el: SelfCheckQuiz, name: string | RegExp) =>
  $$(el, 'button').find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? t === name : name.test(t);
  });
/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
/** Presses keys one by one, letting the element update after each. */
async function press(el: SelfCheckQuiz, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
    // Focus is never lost to <body> (or left outside the element).
    expect(el.contains(document.activeElement) || document.activeElement === el, key).to.equal(
      true,
    );
    expect(deepActive(), key).to.not.equal(document.body);
  }
}
const heading = (el: SelfCheckQuiz) => $(el, '[part~="screen-title"]')!.textContent!.trim();
const shownAsks = (el: SelfCheckQuiz) => $$(el, '.asks li').length;
/** Moves focus off whatever has it, to the page itself (never blurs <body>: Firefox then drops window focus). */
function leaveFocusOnPage() {
  const a = deepActive();
  if (a && a !== document.body) (a as HTMLElement).blur();
}
async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await aTimeout(25);
  expect(check()).to.equal(true);
}

describe('<self-check-quiz mode="meeting">', function () {
  // Long keyboard journeys through several screens: room for a busy machine.
  this.timeout(40000);
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is driven by keyboard only: PageDown/PageUp reveal, move between items and reach the plan', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" foundations="3,8" no-storage></self-check-quiz>`,
    );
    expect(heading(el)).to.equal('Reflect together on the Grab-and-Go Guide');
    expect(root(el).textContent).to.contain('Presentation clickers send Page Down and Page Up');
    await expect(el).to.be.accessible();

    // Tab to the first button and start.
    // Tab to the Start button (past the FutureNHS link, where the engine stops on links).
    for (let n = 0; n < 3 && deepActive()?.textContent?.trim() !== 'Start the meeting'; n++)
      await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Start the meeting');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('3. Evidence and information');
    expect(deepActive()?.textContent?.trim()).to.equal('3. Evidence and information');
    const item3 = foundations[2];
    // First the What only.
    expect($(el, '.what')!.textContent).to.equal(item3.what);
    expect(shownAsks(el)).to.equal(0);
    await expect(el).to.be.accessible();

    // Each Ask question one at a time.
    for (let n = 1; n <= item3.ask.length; n++) {
      await press(el, 'PageDown');
      expect(shownAsks(el)).to.equal(n);
      expect($$(el, '.asks li')[n - 1].textContent).to.equal(item3.ask[n - 1]);
      // "Where are we?" comes with the last question (issue 27: one press fewer per item).
      expect(Boolean($(el, '.where')), `stages with question ${n}`).to.equal(
        n === item3.ask.length,
      );
    }
    await press(el, 'PageUp');
    expect(shownAsks(el)).to.equal(item3.ask.length - 1);
    expect($(el, '.where')).to.equal(null);
    await press(el, 'PageDown');
    // With the last question, "Where are we?" with five large stage buttons.
    expect($(el, '.where')!.textContent).to.contain('Where are we?');
    const stageButtons = $$(el, 'button.stage');
    expect(stageButtons.map((b) => b.querySelector('strong')!.textContent)).to.deep.equal([
      'Not started',
      'Understanding',
      'Interpreting',
      'Implementing',
      'Embedded',
    ]);
    expect(stageButtons[0].getBoundingClientRect().height).to.be.greaterThan(44);
    await expect(el).to.be.accessible();

    // Tab to "Interpreting" and choose it; Enter and Space on a button press the button only.
    stageButtons[1].focus();
    await press(el, 'Tab');
    expect(deepActive()).to.equal(stageButtons[2]);
    await press(el, ' ');
    expect(el.answers['evidence-and-information']?.stage).to.equal('interpret');
    expect(stageButtons[2].getAttribute('aria-pressed')).to.equal('true');
    expect(heading(el)).to.equal('3. Evidence and information');

    // Typing in the notes box: Space and arrows type and move the caret, never the slides.
    await press(el, 'Tab', 'Tab', 'Tab');
    expect(deepActive()?.id).to.equal('notes');
    await sendKeys({ type: 'We use NACEL yearly' });
    await press(el, 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', ' ');
    await el.updateComplete;
    expect(heading(el)).to.equal('3. Evidence and information');
    expect(el.answers['evidence-and-information']?.notes).to.equal('We use NACEL yearly ');
    await expect(el).to.be.accessible();

    // From a button, Right arrow goes on to the next item; focus moves to its heading.
    stageButtons[0].focus();
    await press(el, 'ArrowRight');
    expect(heading(el)).to.equal('8. Leadership');
    expect(deepActive()?.textContent?.trim()).to.equal('8. Leadership');
    // PageUp from the start of an item goes back to the previous item, shown in full.
    await press(el, 'PageUp');
    expect(heading(el)).to.equal('3. Evidence and information');
    expect($(el, '.where')).to.not.equal(null);
    // The stage buttons vanish on Left while one has focus: focus goes to the heading.
    $$(el, 'button.stage')[0].focus();
    await press(el, 'ArrowLeft');
    await until(() => deepActive()?.textContent?.trim() === '3. Evidence and information');
    await press(el, 'PageDown', 'PageDown');
    expect(heading(el)).to.equal('8. Leadership');

    // Through item 8 to the results, then the plan.
    for (let n = 0; n < foundations[7].ask.length; n++) await press(el, 'PageDown');
    expect(Boolean(buttonNamed(el, 'See results'))).to.equal(true);
    buttonNamed(el, 'See results')!.focus();
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Your reflection');
    // On the results the keys page through them, then on to the plan (issue 27).
    for (let k = 0; k < 30 && heading(el) === 'Your reflection'; k++) await press(el, 'PageDown');
    expect(heading(el)).to.equal('Plan your next small steps');
    expect(root(el).textContent).to.contain('3. Evidence and information (Interpreting)');
    await expect(el).to.be.accessible();
  });

  it('takes presenter keys sent to the page itself, but not those meant for other controls', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<div>
        <input aria-label="Elsewhere" />
        <self-check-quiz mode="meeting" no-storage></self-check-quiz>
      </div>`,
    ).then((d) => d.querySelector('self-check-quiz')!);
    el.go('step', 0);
    await el.updateComplete;
    leaveFocusOnPage();
    expect(document.activeElement).to.equal(document.body);
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(shownAsks(el)).to.equal(1);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shownAsks(el)).to.equal(2);
    // Shift+Space goes back, as in slide software.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: ' ' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(shownAsks(el)).to.equal(1);
    // Focus in another control of the host page: the keys are its own.
    el.parentElement!.querySelector('input')!.focus();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(shownAsks(el)).to.equal(1);
    // A modifier (a browser shortcut) is never taken.
    const event = new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
    // Buttons: Back/Next by mouse or keyboard do the same as the keys.
    buttonNamed(el, 'Back')!.click();
    await el.updateComplete;
    expect(shownAsks(el)).to.equal(0);
    buttonNamed(el, 'Back to the start')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Reflect together on the Grab-and-Go Guide');
    // On the start screen, keys sent to the page stay the page's (it may scroll)...
    leaveFocusOnPage();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Reflect together on the Grab-and-Go Guide');
    // ...and with focus in the element, PageDown starts the meeting.
    buttonNamed(el, 'Start the meeting')!.focus();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(heading(el)).to.equal('1. Personalised care planning');
  });

  it('scales its type with the element width (container query units)', async () => {
    await setViewport({ width: 1280, height: 720 });
    const wide = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" no-storage></self-check-quiz>`,
    );
    wide.go('step', 0);
    await wide.updateComplete;
    const size = (el: SelfCheckQuiz) => parseFloat(getComputedStyle($(el, '.what')!).fontSize);
    const big = size(wide);
    expect(big).to.be.greaterThan(22);
    wide.style.width = '400px';
    await aTimeout(50);
    expect(size(wide)).to.be.lessThan(big);
    expect(size(wide)).to.be.at.least(16);
    const heading1280 = parseFloat(getComputedStyle($(wide, '[part~="screen-title"]')!).fontSize);
    expect(heading1280).to.be.at.least(24);
  });

  it('has an optional, visible, pausable, silent timer that says politely when time is up', async () => {
    const off = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" no-storage></self-check-quiz>`,
    );
    off.go('step', 0);
    await off.updateComplete;
    expect($(off, '[role="timer"]')).to.equal(null);

    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" minutes-per-item="0.05" no-storage></self-check-quiz>`,
    );
    el.go('step', 0);
    await el.updateComplete;
    await until(() => $(el, '[role="timer"]')?.textContent === '0:03');
    // With reduced motion, the revealed question does not animate.
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(getComputedStyle($(el, '.asks li')!).animationName).to.equal('none');
    buttonNamed(el, 'Pause timer')!.click();
    await el.updateComplete;
    const paused = $(el, '[role="timer"]')!.textContent;
    expect($(el, '.timer')!.textContent).to.contain('(paused)');
    await aTimeout(1300);
    expect($(el, '[role="timer"]')!.textContent).to.equal(paused);
    buttonNamed(el, 'Resume timer')!.click();
    await until(() => $(el, '[role="timer"]')!.textContent === '0:00', 5000);
    const status = $(el, '.timer [role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Time is up for this item.');
    // Nothing moves on by itself.
    expect(heading(el)).to.equal('1. Personalised care planning');
    await expect(el).to.be.accessible();
    // The next item starts a fresh timer.
    el.go('step', 1);
    await el.updateComplete;
    await until(() => $(el, '[role="timer"]')?.textContent === '0:03');
  });

  it('offers Full screen only where the browser allows it', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" no-storage></self-check-quiz>`,
    );
    expect(Boolean(buttonNamed(el, 'Full screen'))).to.equal(
      Boolean(document.fullscreenEnabled && el.requestFullscreen),
    );
    const own = Object.getOwnPropertyDescriptor(Document.prototype, 'fullscreenEnabled');
    Object.defineProperty(document, 'fullscreenEnabled', { value: false, configurable: true });
    try {
      const without = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz mode="meeting" no-storage></self-check-quiz>`,
      );
      expect(buttonNamed(without, 'Full screen')).to.equal(undefined);
      await expect(without).to.be.accessible();
    } finally {
      delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
    }
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'fullscreenEnabled')).to.deep.equal(
      own,
    );
  });

  it('pre-rendered meeting mode offers Full screen, then drops it where the browser has none', async () => {
    // The server cannot ask the browser, so its HTML has the button (test/ssr/render.node.mjs).
    const page = await (await fetch('/__ssr/page?tag=self-check-quiz&mode=meeting')).text();
    const markup = /<body[^>]*>([\s\S]*)<\/body>/.exec(page)![1];
    Object.defineProperty(document, 'fullscreenEnabled', { value: false, configurable: true });
    const box = document.createElement('div');
    try {
      (box as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
      document.body.append(box);
      const el = box.querySelector<SelfCheckQuiz>('self-check-quiz')!;
      await el.updateComplete;
      await el.updateComplete;
      expect(Boolean(buttonNamed(el, 'Start the meeting'))).to.equal(true);
      expect(Boolean(buttonNamed(el, 'Full screen'))).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
      box.remove();
    }
  });

  it('works in the iframe embed page and reads before scripts when server-rendered', async () => {
    const response = await fetch('/__ssr/page?tag=self-check-quiz&mode=meeting');
    expect(response.status).to.equal(200);
    const page = await response.text();
    expect(page).to.contain('shadowrootmode="open"');
    expect(page).to.contain('Reflect together on the Grab-and-Go Guide');
    expect(page).to.contain('Presentation clickers send Page Down and Page Up');

    const frame = document.createElement('iframe');
    frame.title = 'Embedded meeting';
    frame.style.width = '900px';
    frame.style.height = '600px';
    frame.src = '/dist/embed/index.html?element=self-check-quiz&mode=meeting&foundations=8';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      let quiz: SelfCheckQuiz | null = null;
      await until(() => {
        quiz = frame.contentDocument!.querySelector<SelfCheckQuiz>('self-check-quiz');
        return !!quiz?.shadowRoot?.textContent?.includes('Reflect together');
      }, 15000);
      expect(quiz!.getAttribute('mode')).to.equal('meeting');
    } finally {
      frame.remove();
    }
  });
});
