import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';

// Issue 27: a team's meeting, then the same team three months later (the page's clock moved on).

const RealDate = Date;
/** Moves the page's clock to `iso` (new Date() and Date.now()); `restoreClock` puts it back. */
function setClock(iso: string) {
  const fixed = new RealDate(iso).getTime();
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [string]));
      else super(fixed);
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = FakeDate as DateConstructor;
}
const restoreClock = () => (globalThis.Date = RealDate);

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $$ = (el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const text = (el: SelfCheckQuiz) => root(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: SelfCheckQuiz, name: string | RegExp) =>
  $$(el, 'button').find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? t === name : name.test(t);
  });
async function activate(el: SelfCheckQuiz, name: string | RegExp) {
  const b = buttonNamed(el, name);
  expect(b, `a button named ${name}`).to.not.equal(undefined);
  b!.click();
  await el.updateComplete;
}
const heading = (el: SelfCheckQuiz) =>
  root(el).querySelector('[part~="screen-title"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** The first meeting on 7 December 2026: two items answered, a plan of one step, saved. */
async function firstMeeting() {
  setClock('2026-12-07T10:00:00.000Z');
  const el = await fixture<SelfCheckQuiz>(
    html`<self-check-quiz mode="meeting" storage-key="ward-7"></self-check-quiz>`,
  );
  await activate(el, 'Save on this device');
  await activate(el, 'Start the meeting');
  el.answer('personalised-care-planning', { stage: 'understand', notes: 'ACP forms vary' });
  el.answer('leadership', { stage: 'interpret' });
  el.plan = [{ foundation: 'personalised-care-planning', step: 'One ACP form' }];
  await el.updateComplete;
  await aTimeout(600); // autosave
  fixtureCleanup();
}

describe('<self-check-quiz>: the next round, three months later', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    restoreClock();
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
  });

  it('offers "Continue this round" and "Start the next round", each dated; the earlier round keeps its date on screen, in the file, the CSV and the print', async () => {
    await firstMeeting();
    setClock('2027-03-07T10:00:00.000Z');
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" storage-key="ward-7"></self-check-quiz>`,
    );
    expect(buttonNamed(el, 'Continue this round (started 7 December 2026)')).to.not.equal(
      undefined,
    );
    // Meeting mode lists the items (with their stages) and has a way to the results.
    expect(text(el)).to.contain('1. Personalised care planning (Understanding)');
    expect(buttonNamed(el, /^See the results/)).to.not.equal(undefined);
    await expect(el).to.be.accessible();
    await activate(el, 'Start the next round (7 March 2027)');
    expect(heading(el)).to.equal('1. Personalised care planning');
    expect(el.answers).to.deep.equal({});
    el.answer('personalised-care-planning', { stage: 'implement' });
    el.go('plan');
    await el.updateComplete;
    expect(text(el)).to.contain('How did the steps planned on 7 December 2026 go?');
    expect(text(el)).to.not.contain('2027-03-07');
    $$(el, '.outcomes input')[0].click(); // "Done"
    await el.updateComplete;
    const file = JSON.parse(el.exportResult('json'));
    expect(file.review.earlier.slice(0, 10)).to.equal('2026-12-07');
    const csv = el.exportResult('csv');
    expect(csv).to.contain('2026-12-07');
    expect(csv).to.not.match(/review[^\r]*2027-03-07/);
    el.go('results');
    await el.updateComplete;
    expect(text(el)).to.contain('Then (7 December 2026)');
    await emulateMedia({ media: 'print' });
    const printed = $$(el, '.print-only')
      .filter((n) => getComputedStyle(n).display !== 'none')
      .map((n) => n.textContent!.replace(/\s+/g, ' '))
      .join(' ');
    expect(printed).to.contain('7 December 2026');
    expect(printed).to.contain('Now: 7 March 2027');
    expect(printed).to.not.match(/Then[^.]*7 March 2027/);
  });

  it('"Save and start the next round" on the plan screen three months later keeps the first round\'s date', async () => {
    await firstMeeting();
    setClock('2027-03-07T10:00:00.000Z');
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" storage-key="ward-7"></self-check-quiz>`,
    );
    el.go('plan');
    await el.updateComplete;
    await activate(el, 'Save and start the next round');
    el.go('plan');
    await el.updateComplete;
    expect(text(el)).to.contain('How did the steps planned on 7 December 2026 go?');
    $$(el, '.outcomes input')[1].click(); // "Under way"
    expect(JSON.parse(el.exportResult('json')).review.earlier.slice(0, 10)).to.equal('2026-12-07');
  });

  it("the reflection's start screen offers the same two dated choices", async () => {
    setClock('2026-12-07T10:00:00.000Z');
    let el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="solo"></self-check-quiz>`,
    );
    await activate(el, 'Save on this device');
    el.answer('leadership', { stage: 'embedded' });
    await aTimeout(600);
    fixtureCleanup();
    setClock('2027-03-07T10:00:00.000Z');
    el = await fixture<SelfCheckQuiz>(html`<self-check-quiz storage-key="solo"></self-check-quiz>`);
    await activate(el, 'Continue this round (started 7 December 2026)');
    expect(el.answers).to.deep.equal({ leadership: { stage: 'embedded' } });
    el.go('start');
    await el.updateComplete;
    await activate(el, 'Start the next round (7 March 2027)');
    expect(el.answers).to.deep.equal({});
    el.go('results');
    await el.updateComplete;
    expect(text(el)).to.contain('Then (7 December 2026)');
  });
});

describe('<self-check-quiz>: nothing lost in a meeting', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  const leaving = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('unsaved work: leaving is guarded, the screen says it is not saved, and says how it is kept', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" storage-key="guard"></self-check-quiz>`,
    );
    expect(leaving(), 'nothing to lose yet').to.equal(false);
    await activate(el, 'Start the meeting');
    el.answer('shared-records', { stage: 'understand' });
    await el.updateComplete;
    // Next to the controls, not only in the status line.
    const state = root(el).querySelector('[part~="nav"] [part~="save-state"]');
    expect(state?.textContent).to.match(/Not saved/);
    expect(leaving(), 'unsaved answers').to.equal(true);
    expect(localStorage.length, 'nothing stored until the person chooses').to.equal(0);
    el.go('plan');
    await el.updateComplete;
    expect(text(el)).to.not.contain('The plan is saved');
    expect(text(el)).to.contain('asks before you leave');
    await activate(el, 'Save on this device');
    expect(root(el).querySelector('[part~="save-state"]')!.textContent).to.match(
      /Saved on this device/,
    );
    expect(leaving(), 'saved').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a reload in the middle of a saved meeting loses nothing: answers, notes, plan, where we were', async () => {
    let el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" storage-key="reload"></self-check-quiz>`,
    );
    await activate(el, 'Start the meeting');
    await activate(el, 'Save on this device');
    el.answer('shared-records', { stage: 'understand', notes: 'Two systems' });
    el.plan = [{ foundation: 'shared-records', step: 'One view', byWhen: '2027-02-01' }];
    await el.updateComplete;
    // The page goes away before the half-second autosave: the change is written at once.
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('ambitions-elements:self-check:v1:reload')).to.contain(
      'Two systems',
    );
    fixtureCleanup();
    el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" storage-key="reload"></self-check-quiz>`,
    );
    expect(el.answers).to.deep.equal({
      'shared-records': { stage: 'understand', notes: 'Two systems' },
    });
    expect(el.plan).to.deep.equal([
      { foundation: 'shared-records', step: 'One view', byWhen: '2027-02-01' },
    ]);
    expect(buttonNamed(el, /^Continue this round/)).to.not.equal(undefined);
  });
});

describe('<self-check-quiz>: held back by something outside our control', function () {
  this.timeout(30000);
  afterEach(async () => {
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
  });

  for (const mode of ['meeting', 'reflect'])
    it(`${mode}: flagged per item with a note, shown on the results and their printout, in the file and the CSV`, async () => {
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz mode=${mode} no-storage></self-check-quiz>`,
      );
      el.go('step', 5);
      await el.updateComplete;
      const box = root(el).querySelector<HTMLInputElement>('[part~="held-back"] input')!;
      expect(box.closest('label')!.textContent).to.contain(
        'Held back by something outside our control',
      );
      box.click();
      await el.updateComplete;
      const note = root(el).querySelector<HTMLTextAreaElement>('#held-back-note')!;
      note.value = 'Out-of-hours pharmacy closed by the ICB';
      note.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(el.answers['access-24-7']).to.deep.equal({
        heldBack: true,
        heldBackNote: 'Out-of-hours pharmacy closed by the ICB',
      });
      el.go('results');
      await el.updateComplete;
      expect(text(el)).to.contain(
        'Held back by something outside our control: Out-of-hours pharmacy closed by the ICB',
      );
      await emulateMedia({ media: 'print' });
      const line = root(el).querySelector('.held-back-line')!;
      expect(getComputedStyle(line).display).to.not.equal('none');
      expect(JSON.parse(el.exportResult('json')).answers['access-24-7'].heldBack).to.equal(true);
      expect(el.exportResult('csv')).to.contain(',"yes","Out-of-hours pharmacy closed by the ICB"');
    });
});

describe('<self-check-quiz>: progress year on year', function () {
  this.timeout(40000);
  afterEach(async () => {
    restoreClock();
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
  });

  it('three rounds, three months apart: a trend per item on screen and on paper', async () => {
    const rounds = [
      ['2026-12-07T10:00:00.000Z', 'understand'],
      ['2027-03-07T10:00:00.000Z', 'interpret'],
      ['2027-06-07T10:00:00.000Z', 'implement'],
    ] as const;
    for (const [n, [when, stage]] of rounds.entries()) {
      setClock(when);
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz mode="meeting" storage-key="trend"></self-check-quiz>`,
      );
      if (n === 0) await activate(el, 'Save on this device');
      else await activate(el, /^Start the next round/);
      el.answer('leadership', { stage });
      await aTimeout(600);
      if (n < 2) fixtureCleanup();
      else {
        el.go('results');
        await el.updateComplete;
        const trend = root(el).querySelector('[part~="trend"]')!;
        const headers = [...trend.querySelectorAll('thead th')].map((t) => t.textContent!.trim());
        expect(headers).to.deep.equal([
          'Item',
          'Trend',
          '7 December 2026',
          '7 March 2027',
          '7 June 2027 (now)',
        ]);
        const row = [...trend.querySelectorAll('tbody tr')].find((r) =>
          r.textContent!.includes('8. Leadership'),
        )!;
        expect(row.textContent!.replace(/\s+/g, ' ')).to.contain(
          'Understanding (1) Interpreting (2) Implementing (3)',
        );
        expect(row.querySelector('svg')!.getAttribute('aria-label')).to.equal(
          '8. Leadership: Understanding, then Interpreting, then Implementing',
        );
        await expect(el).to.be.accessible();
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(trend).display).to.not.equal('none');
      }
    }
  });
});

describe('<self-check-quiz>: a later round prints cleanly and refuses an impossible by-when date', function () {
  this.timeout(40000);
  afterEach(async () => {
    restoreClock();
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('round two prints without breaking words, without "Choose an item", with plan steps numbered once', async () => {
    await firstMeeting();
    setClock('2027-03-07T10:00:00.000Z');
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="meeting" storage-key="ward-7"></self-check-quiz>`,
    );
    await activate(el, 'Start the next round (7 March 2027)');
    el.answer('personalised-care-planning', { stage: 'implement' });
    el.answer('involving-supporting-and-caring', { stage: 'interpret' });
    el.plan = [{ foundation: 'involving-supporting-and-caring', step: 'Ask families' }];
    el.go('results');
    await el.updateComplete;
    await setViewport({ width: 700, height: 1000 }); // about an A4 page's width
    await emulateMedia({ media: 'print' });
    // Every word in the comparison tables sits on one line.
    for (const cell of root(el).querySelectorAll('.compare :is(th, td)')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (const m of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          expect(lines.size, `"${m[0]}" broken across lines`).to.equal(1);
        }
    }
    // What shows on paper (innerText leaves out what is not displayed).
    const printed = [...root(el).querySelectorAll<HTMLElement>('p')]
      .map((n) => n.innerText)
      .join(' ');
    expect(printed).to.not.contain('Choose an item to change its answer');
    el.go('plan');
    await el.updateComplete;
    const steps = [...root(el).querySelectorAll('.plan-print li')];
    expect(steps).to.have.length(1);
    expect(getComputedStyle(steps[0]).listStyleType).to.equal('none');
    expect(steps[0].textContent!.trim()).to.match(/^4\. Involving/);
    expect(root(el).querySelector('.plan-print')!.textContent).to.contain('Date: 7 March 2027');
  });

  it('the by-when date refuses a year like 62027 and says so', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    el.plan = [{ foundation: 'leadership' }];
    el.go('plan');
    await el.updateComplete;
    const date = root(el).querySelector<HTMLInputElement>('#byWhen-8')!;
    expect(date.max).to.equal('9999-12-31');
    date.value = '62027-03-07';
    // Where the browser refuses the value itself, the element sees what a person's typing gives.
    if (date.value === '') Object.defineProperty(date, 'value', { value: '62027-03-07' });
    date.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.plan).to.deep.equal([{ foundation: 'leadership' }]);
    expect(text(el)).to.contain('is not a date the plan can keep');
    await expect(el).to.be.accessible();
  });
});
