import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';

// Issue 27 point 4: meeting mode on a projector, driven by a presentation clicker.

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $$ = (el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const heading = (el: SelfCheckQuiz) =>
  root(el).querySelector('[part~="screen-title"]')!.textContent!.replace(/\s+/g, ' ').trim();
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
/** Presses keys one by one; focus never leaves the element for <body>. */
async function press(el: SelfCheckQuiz, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
    await aTimeout(0);
    expect(deepActive(), `focus after ${key}`).to.not.equal(document.body);
  }
}
/** Wholly inside the viewport. */
function onScreen(node: Element) {
  const r = node.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
}
const px = (node: Element) => parseFloat(getComputedStyle(node).fontSize);

describe('<self-check-quiz mode="meeting"> on a projector', function () {
  this.timeout(60000);
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ])
    it(`at ${width}x${height}: every item's five stage buttons and "Next item" are on screen; results and plan in type of 20 px or more; a chart wider than a third`, async () => {
      await setViewport({ width, height });
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz mode="meeting" no-storage></self-check-quiz>`,
      );
      el.go('step', 0);
      await el.updateComplete;
      for (let n = 1; n <= 10; n++) {
        for (let k = 0; k < 8 && !$$(el, '.stage').length; k++) await press(el, 'PageDown');
        const stages = $$(el, '.stage');
        expect(stages, `item ${n}`).to.have.length(5);
        stages.forEach((b, i) =>
          expect(
            onScreen(b),
            `item ${n}, stage button ${i + 1}: ${JSON.stringify(b.getBoundingClientRect())}`,
          ).to.equal(true),
        );
        const next = $$(el, '[part~="nav"] button.primary')[0];
        expect(next.textContent!.trim()).to.equal(n < 10 ? 'Next item' : 'See results');
        expect(onScreen(next), `item ${n}, ${next.textContent!.trim()}`).to.equal(true);
        await press(el, 'PageDown');
      }
      expect(heading(el)).to.equal('Your reflection');
      const results = root(el).querySelector('[part="results"]')!;
      for (const p of results.querySelectorAll('p, td, th, label, .save-state'))
        expect(px(p), `results: ${p.textContent!.trim().slice(0, 40)}`).to.be.at.least(20);
      const chart = root(el).querySelector('[part~="chart"] svg')!.getBoundingClientRect();
      expect(chart.width).to.be.greaterThan(results.getBoundingClientRect().width / 2);
      await expect(el).to.be.accessible();
      el.go('plan');
      await el.updateComplete;
      const plan = root(el).querySelector('.plan-screen')!;
      for (const p of plan.querySelectorAll('p, li, label, legend, .save-state'))
        expect(px(p), `plan: ${p.textContent!.trim().slice(0, 40)}`).to.be.at.least(20);
    });

  it('a clicker-only run (PageDown, PageUp, Escape, Enter) goes from the first item to the plan', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" foundations="4,8" no-storage></self-check-quiz>`,
    );
    for (let n = 0; n < 3 && deepActive()?.textContent?.trim() !== 'Start the meeting'; n++)
      await sendKeys({ press: 'Tab' });
    await press(el, 'Enter');
    expect(heading(el)).to.equal(
      '4. Involving, supporting and caring for those important to the dying person',
    );
    // The facilitator types a note; the clicker's keys then type nothing and move nothing ...
    const notes = root(el).querySelector<HTMLTextAreaElement>('#notes')!;
    notes.focus();
    await sendKeys({ type: 'Family meeting' });
    await press(el, 'PageDown');
    expect($$(el, '.asks li')).to.have.length(0);
    // ... until Escape leaves the box: the keys work again, and the note is kept.
    await press(el, 'Escape');
    expect(deepActive()).to.not.equal(notes);
    await press(el, 'PageDown', 'PageDown', 'PageUp', 'PageDown');
    expect($$(el, '.asks li')).to.have.length(2);
    for (let k = 0; k < 8 && heading(el).startsWith('4.'); k++) await press(el, 'PageDown');
    expect(heading(el)).to.equal('8. Leadership');
    expect(el.answers).to.deep.equal({
      'involving-supporting-and-caring': { notes: 'Family meeting' },
    });
    for (let k = 0; k < 8 && heading(el).startsWith('8.'); k++) await press(el, 'PageDown');
    expect(heading(el)).to.equal('Your reflection');
    // On the results the clicker pages down through them, then on to the plan ...
    for (let k = 0; k < 30 && heading(el) === 'Your reflection'; k++) await press(el, 'PageDown');
    expect(heading(el)).to.equal('Plan your next small steps');
    expect(deepActive()?.textContent?.trim()).to.equal('Plan your next small steps');
    await expect(el).to.be.accessible();
    // ... and back.
    await press(el, 'PageUp');
    expect(heading(el)).to.equal('Your reflection');
  });
  it('the held-back note opens in view, and Escape leaves it (or the team box) so the clicker works again', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" foundations="4,8" no-storage></self-check-quiz>`,
    );
    el.go('step', 0);
    await el.updateComplete;
    for (let k = 0; k < 8 && !$$(el, '.stage').length; k++) await press(el, 'PageDown');
    const flag = root(el).querySelector<HTMLInputElement>(
      '[part~="held-back"] input[type=checkbox]',
    )!;
    flag.click();
    await el.updateComplete;
    await aTimeout(50);
    const note = root(el).querySelector<HTMLTextAreaElement>('#held-back-note')!;
    const bar = root(el).querySelector('[part~="nav"]')!.getBoundingClientRect();
    const box = note.getBoundingClientRect();
    expect(onScreen(note), 'the note box is on screen').to.equal(true);
    expect(
      box.bottom <= bar.top || box.top >= bar.bottom,
      'not under the Back / Next bar',
    ).to.equal(true);
    note.focus();
    await sendKeys({ type: 'Pharmacy hours' });
    await press(el, 'Escape');
    expect(deepActive()).to.not.equal(note);
    await press(el, 'PageDown');
    expect(heading(el)).to.equal('8. Leadership');
    expect(el.answers['involving-supporting-and-caring']).to.include({
      heldBack: true,
      heldBackNote: 'Pharmacy hours',
    });
    // On the results, Escape leaves the team box too, and the clicker pages on.
    el.go('results');
    await el.updateComplete;
    const team = root(el).querySelector<HTMLInputElement>('input#team')!;
    team.focus();
    await press(el, 'Escape');
    expect(deepActive()).to.not.equal(team);
    for (let k = 0; k < 30 && heading(el) === 'Your reflection'; k++) await press(el, 'PageDown');
    expect(heading(el)).to.equal('Plan your next small steps');
  });
});
