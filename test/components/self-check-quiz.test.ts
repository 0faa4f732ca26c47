import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type {
  SelfCheckCompleteEvent,
  SelfCheckQuiz,
} from '../../src/components/self-check-quiz/self-check-quiz.js';
import { RESULT_SCHEMA, storageKey } from '../../src/engine/index.js';

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SelfCheckQuiz, selector: string) =>
  root(el).querySelector<T & HTMLElement>(selector)!;
const $$ = (el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const buttonNamed = (el: SelfCheckQuiz, name: string | RegExp) =>
  $$(el, 'button').find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!),
  )!;
const text = (el: SelfCheckQuiz) => root(el).textContent!.replace(/\s+/g, ' ');
const focused = (el: SelfCheckQuiz) => root(el).activeElement as HTMLElement | null;
async function click(el: SelfCheckQuiz, name: string | RegExp) {
  await el.updateComplete;
  const b = buttonNamed(el, name);
  expect(Boolean(b), `button ${name}`).to.equal(true);
  b.click();
  await el.updateComplete;
}
async function press(...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
}
function radio(el: SelfCheckQuiz, label: string) {
  return $$(el, 'label.choice')
    .find((l) => l.textContent!.includes(label))!
    .querySelector('input')!;
}
function chooseFile(el: SelfCheckQuiz, content: string) {
  const input = $<HTMLInputElement>(el, 'input[type=file]');
  const dt = new DataTransfer();
  dt.items.add(new File([content], 'result.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
}
async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await aTimeout(20);
  expect(check()).to.equal(true);
}

const fileFor = (answers: object) =>
  JSON.stringify({
    schema: RESULT_SCHEMA,
    version: 1,
    packageVersion: '0.1.0',
    createdAt: '2026-03-01T09:00:00.000Z',
    mode: 'reflect',
    answers,
    notes: '',
  });

describe('<self-check-quiz>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  it('starts by saying what it is, that it is not the official tool, time and privacy', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz></self-check-quiz>`);
    expect(text(el)).to.contain('reflection aid built on the guide');
    expect(text(el)).to.contain('not the official Ambitions self-assessment tool');
    expect($(el, 'a[href="https://future.nhs.uk/"]').textContent).to.equal('FutureNHS');
    expect(text(el)).to.match(/takes about \d+ minutes/);
    expect(text(el)).to.contain('never sent anywhere');
    expect(localStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('can be completed by keyboard alone, with skip counted as unanswered', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz foundations="1,2" no-storage></self-check-quiz>`,
    );
    const changes: unknown[] = [];
    el.addEventListener('ambitions-self-check-change', (e) => changes.push(e.detail));
    await press('Tab', 'Tab'); // FutureNHS link, then Start
    expect(focused(el)!.textContent!.trim()).to.equal('Start');
    await press('Enter');
    await el.updateComplete;
    expect(text(el)).to.contain('Item 1 of 2');
    expect($<HTMLProgressElement>(el, 'progress').value).to.equal(1);
    expect(focused(el)!.textContent).to.contain('1. Personalised care planning');
    await expect(el).to.be.accessible();
    await press('Tab', 'Tab'); // What (details), then the checked "Not sure / skip"
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    expect(el.answers['personalised-care-planning']).to.equal(undefined);
    // Up from the last option: whether arrows wrap round a radio group differs between engines.
    await press('ArrowUp', 'ArrowUp', 'ArrowUp'); // Embedded, Implementing, Interpreting
    expect(el.answers['personalised-care-planning']?.stage).to.equal('interpret');
    await press('Tab');
    await sendKeys({ type: 'Talk to GPs, "soon"' });
    expect(el.answers['personalised-care-planning']?.notes).to.equal('Talk to GPs, "soon"');
    await press('Tab', 'Tab', 'Tab', 'Enter'); // Held back (issue 27), Back, Next
    await el.updateComplete;
    expect(text(el)).to.contain('Item 2 of 2');
    expect(focused(el)!.textContent).to.contain('2. Shared records');
    await press('Tab', 'Tab', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp');
    expect(el.answers['shared-records']?.stage).to.equal('understand');
    await press('ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'); // down to "Not sure / skip"
    expect(radio(el, 'Not sure / skip').checked).to.equal(true);
    expect(el.answers['shared-records']).to.equal(undefined);
    const complete = oneEvent(el, 'ambitions-self-check-complete');
    await press('Tab', 'Tab', 'Tab', 'Tab', 'Enter'); // notes, held back, Back, See results
    const event = await complete;
    expect(event.detail.answered).to.equal(1);
    expect(event.detail.total).to.equal(2);
    await el.updateComplete;
    expect(focused(el)!.textContent).to.contain('Your reflection');
    expect(text(el)).to.contain('1 of 2 items answered');
    expect(changes.length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  it('shows results: chart with a table, indicative Ambitions, strengths and next small steps', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    el.answers = {
      'personalised-care-planning': { stage: 'embedded' },
      'shared-records': { stage: 'not-started' },
      'co-design': { stage: 'understand' },
      'sharing-learning': { stage: 'interpret' },
    };
    await el.updateComplete;
    await click(el, 'See results');
    const svg = $(el, 'svg[role=img]');
    const labelId = svg.getAttribute('aria-labelledby')!;
    expect($(el, `#${labelId}`).textContent).to.contain('Stage per item');
    const bars = $$(el, 'svg rect.bar') as unknown as SVGRectElement[];
    expect(bars.length).to.equal(4);
    // Drawn as real SVG (an HTML-namespace <rect> would render nothing).
    expect(bars[0].namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(bars[0].getBoundingClientRect().width).to.be.greaterThan(0);
    expect($$(el, 'table')[0].textContent).to.contain('Embedded (4 of 4)');
    expect(text(el)).to.contain('rough view, not a measure');
    expect(text(el)).to.contain(
      'prioritised a small number of changes or innovations at any one time',
    );
    const steps = $$(el, '.next [part=subtitle]').map((h) =>
      h.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(steps).to.deep.equal([
      '2. Shared records (Not started)',
      '7. Co-design (Understanding)',
    ]);
    expect($$(el, '.next > p > a[part=link]').length).to.equal(2);
    expect(text(el)).to.contain('Strengths');
    await expect(el).to.be.accessible();
  });

  it('stores nothing until asked, then autosaves and resumes with the same storage-key', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="t1"></self-check-quiz>`,
    );
    await click(el, 'Start');
    radio(el, 'Implementing').click();
    await aTimeout(600);
    expect(localStorage.length).to.equal(0);
    await click(el, 'Back');
    expect(text(el)).to.contain('kept only while this page is open');
    await click(el, 'Save on this device');
    expect(text(el)).to.contain('Saved in this browser on this device');
    const key = storageKey('t1');
    expect(JSON.parse(localStorage.getItem(key)!).answers).to.deep.equal({
      'personalised-care-planning': { stage: 'implement' },
    });
    await click(el, /^\s*Continue this round/);
    radio(el, 'Embedded').click();
    await until(() => localStorage.getItem(key)!.includes('embedded'));
    el.remove();
    const again = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="t1"></self-check-quiz>`,
    );
    expect(again.answers['personalised-care-planning']?.stage).to.equal('embedded');
    expect(Boolean(buttonNamed(again, /^\s*Continue this round/))).to.equal(true);
    const other = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="t2"></self-check-quiz>`,
    );
    expect(other.answers).to.deep.equal({});
    other.storageKey = 't1';
    await other.updateComplete;
    expect(other.answers['personalised-care-planning']?.stage).to.equal('embedded');
  });

  it('clears everything stored after confirmation', async () => {
    localStorage.setItem(
      storageKey('c'),
      JSON.stringify({ answers: { leadership: { stage: 'understand' } }, snapshots: [] }),
    );
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="c"></self-check-quiz>`,
    );
    expect(el.answers.leadership?.stage).to.equal('understand');
    await click(el, 'Clear my answers');
    expect(text(el)).to.contain('Remove all your answers');
    await expect(el).to.be.accessible();
    await click(el, 'Cancel');
    expect(localStorage.getItem(storageKey('c'))).to.be.a('string');
    await click(el, 'Clear my answers');
    await click(el, 'Yes, clear everything');
    expect(localStorage.getItem(storageKey('c'))).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(Boolean(buttonNamed(el, 'Save on this device'))).to.equal(true);
  });

  it('keeps working in memory, with one plain message, when the device refuses to save', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz storage-key="q"></self-check-quiz>`,
      );
      await click(el, 'Save on this device');
      await click(el, 'Start');
      radio(el, 'Understanding').click();
      $<HTMLTextAreaElement>(el, 'textarea').value = 'my notes';
      $(el, 'textarea').dispatchEvent(new Event('input'));
      await aTimeout(600);
      await el.updateComplete;
      expect($$(el, '.notice').length).to.equal(1);
      expect(text(el)).to.contain('would not let us save');
      expect(el.answers['personalised-care-planning']).to.deep.equal({
        stage: 'understand',
        notes: 'my notes',
      });
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('my notes');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('reports corrupt stored answers and starts afresh', async () => {
    localStorage.setItem(storageKey('bad'), '{oops');
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="bad"></self-check-quiz>`,
    );
    expect(text(el)).to.contain('could not be read');
    expect(el.answers).to.deep.equal({});
  });

  it('saves a dated snapshot and compares today with it per item', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="s" foundations="8,9"></self-check-quiz>`,
    );
    el.answers = { leadership: { stage: 'understand' } };
    await click(el, 'Save on this device');
    await click(el, 'See results');
    await click(el, 'Save this result');
    el.answers = {
      leadership: { stage: 'implement' },
      'collaboration-and-partnership-working': { stage: 'interpret' },
    };
    await el.updateComplete;
    const rows = $$(el, '.compare tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.equal('8. Leadership Understanding Implementing Up 2');
    expect(rows[1]).to.contain('Not answered Interpreting -');
    expect($$(el, '.compare option').length).to.equal(1);
    await expect(el).to.be.accessible();
    await until(() => JSON.parse(localStorage.getItem(storageKey('s'))!).snapshots.length === 1);
  });

  it('imports a file only after confirmation, and lists errors by field', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    el.answers = { leadership: { stage: 'understand' } };
    await el.updateComplete;
    let changes = 0;
    el.addEventListener('ambitions-self-check-change', () => changes++);
    chooseFile(el, fileFor({ leadership: { stage: 'great' } }));
    await until(() => text(el).includes('could not be imported'));
    expect(text(el)).to.contain('Item 8 has a stage this version does not know.');
    chooseFile(el, fileFor({ 'co-design': { stage: 'embedded', notes: 'é, "x"' } }));
    await until(() => text(el).includes('Replace your current answers'));
    expect(el.answers).to.deep.equal({ leadership: { stage: 'understand' } });
    await expect(el).to.be.accessible();
    await click(el, 'Keep my answers');
    expect(el.answers).to.deep.equal({ leadership: { stage: 'understand' } });
    chooseFile(el, fileFor({ 'co-design': { stage: 'embedded' } }));
    await until(() => text(el).includes('Replace your current answers'));
    await click(el, 'Yes, replace them');
    expect(el.answers).to.deep.equal({ 'co-design': { stage: 'embedded' } });
    expect(changes).to.equal(1);
    expect(text(el)).to.contain('Your reflection');
    chooseFile(el, ' '.repeat(1024 * 1024 + 1));
    await until(() => text(el).includes('larger than 1 MB'));
  });

  it('has a property API: answers, result, exportResult, importResult; events on user input only', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    let changes = 0;
    el.addEventListener('ambitions-self-check-change', () => changes++);
    el.answers = {
      leadership: { stage: 'implement', notes: 'a, "b"\nc 🎉' },
      nonsense: {},
    } as never;
    expect(el.result.answered).to.equal(1);
    expect(el.result.items.find((i) => i.foundation === 'leadership')!.stage).to.equal('implement');
    const json = el.exportResult('json');
    expect(JSON.parse(json).schema).to.equal(RESULT_SCHEMA);
    const fresh = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz no-storage></self-check-quiz>`,
    );
    expect(fresh.importResult(json)).to.deep.equal({ ok: true });
    expect(fresh.answers).to.deep.equal(el.answers);
    const bad = fresh.importResult('{"schema":"nope"}');
    expect(bad.ok).to.equal(false);
    const csv = el.exportResult('csv');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.trim().split('\r\n').length).to.be.greaterThan(10);
    expect(changes).to.equal(0);
    await el.updateComplete;
    await click(el, /^\s*Continue this round/);
    radio(el, 'Embedded').click();
    expect(changes).to.equal(1);
  });

  it('keeps a file’s general notes through an import and the next export', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    const file = JSON.parse(el.exportResult('json'));
    file.notes = 'General notes from the March meeting';
    file.answers = { leadership: { stage: 'implement' } };
    expect(el.importResult(JSON.stringify(file))).to.deep.equal({ ok: true });
    expect(JSON.parse(el.exportResult('json')).notes).to.equal(
      'General notes from the March meeting',
    );
  });

  it('downloads JSON and CSV through a temporary link, without the network', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    el.answers = { leadership: { stage: 'implement' } };
    await click(el, 'See results');
    const original = HTMLAnchorElement.prototype.click;
    const clicked: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href.slice(0, 5)}`);
    };
    try {
      const org = $<HTMLInputElement>(el, '#org');
      org.value = 'North Shire ICB';
      org.dispatchEvent(new Event('input'));
      await click(el, 'Download JSON');
      await click(el, /Download CSV/);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0]).to.match(/^self-check-north-shire-icb-\d{4}-\d\d-\d\d\.json blob:/);
    expect(clicked[1]).to.match(/\.csv blob:/);
    expect(JSON.parse(el.exportResult()).organisation).to.equal('North Shire ICB');
    expect($$(el, 'a[download]').length).to.equal(0);
  });

  it('is form-associated: with a name, the form value is the result JSON', async () => {
    // Built by hand: fixture() of a plain element waits for an animation frame, which a
    // background tab (tests run two at a time) may not get.
    const form = document.createElement('form');
    form.innerHTML = '<self-check-quiz name="selfcheck" no-storage></self-check-quiz>';
    document.body.append(form);
    const el = form.querySelector('self-check-quiz')!;
    el.answers = { leadership: { stage: 'embedded' } };
    await el.updateComplete;
    const value = new FormData(form).get('selfcheck') as string;
    form.remove();
    expect(JSON.parse(value).answered).to.equal(1);
  });

  it('can jump to any item from the list', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz no-storage heading-level="3"></self-check-quiz>`,
    );
    await click(el, 'Start');
    await click(el, /^\s*9\. Collaboration/);
    expect(text(el)).to.contain('Item 9 of 10');
    expect(text(el)).to.contain("Added by the guide's authors");
    expect(Boolean($(el, 'h3[part~=screen-title]'))).to.equal(true);
    expect($(el, '[aria-current=step]').textContent).to.contain('9.');
    await click(el, 'Back');
    expect(text(el)).to.contain('Item 8 of 10');
  });

  it('warns once about bad attributes and falls back', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz
          mode="bogus"
          foundations="1,99"
          heading-level="9"
          item-href="javascript:alert(1)"
          no-storage
        ></self-check-quiz>`,
      );
      el.answers = { 'personalised-care-planning': { stage: 'understand' } };
      await click(el, 'See results');
      expect(el.result.total).to.equal(1);
      expect($(el, '.next a').getAttribute('href')).to.match(/^https:/);
      expect(Boolean($(el, 'h2'))).to.equal(true);
    } finally {
      console.warn = original;
    }
    for (const field of ['mode:', 'foundations:', 'heading-level:', 'item-href:'])
      expect(
        warnings.some((w) => w.includes(field)),
        field,
      ).to.equal(true);
  });

  it('uses item-href for item links', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz
        item-href="#item-{number}"
        heading-level="4"
        no-storage
      ></self-check-quiz>`,
    );
    el.answers = { leadership: { stage: 'understand' } };
    await click(el, 'See results');
    expect($(el, '.next a').getAttribute('href')).to.equal('#item-8');
    expect($(el, 'h4[part~=screen-title]').textContent).to.equal('Your reflection');
    expect($(el, 'h5#next-title').textContent).to.equal('Next small steps');
    expect($(el, '.next h6').textContent).to.contain('8. Leadership');
  });

  it('refuses a protocol-relative item-href, which would lead to another site', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz
          item-href="//elsewhere.example/{number}"
          no-storage
        ></self-check-quiz>`,
      );
      el.answers = { leadership: { stage: 'understand' } };
      await click(el, 'See results');
      expect($(el, '.next a').getAttribute('href')).to.not.contain('elsewhere.example');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('item-href'))).to.have.length(1);
  });

  it('knowledge mode can be completed by keyboard alone, with feedback and a score', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="knowledge" questions="2" seed="7"></self-check-quiz>`,
    );
    await expect(el).to.be.accessible();
    const complete = oneEvent(el, 'ambitions-self-check-complete');
    await press('Tab', 'Enter');
    await el.updateComplete;
    expect(text(el)).to.contain('Question 1 of 2');
    const questions = el.questionList;
    let expected = 0;
    for (let i = 0; i < 2; i++) {
      expect(focused(el)!.textContent).to.contain(questions[i].prompt);
      await press('Tab', ' '); // Firefox over BiDi knows ' ', not 'Space'
      const chosen = (focused(el) as HTMLInputElement).value;
      if (chosen === questions[i].answer) expected++;
      await press('Tab', 'Enter');
      await el.updateComplete;
      expect($(el, '[part=feedback]').textContent).to.contain(questions[i].explanation);
      expect(Boolean($(el, '[part=feedback] a'))).to.equal(true);
      if (i === 0) await expect(el).to.be.accessible();
      expect(focused(el)!.textContent!.trim()).to.equal(
        i === 0 ? 'Next question' : 'See your score',
      );
      await press('Enter');
      await el.updateComplete;
    }
    const event = (await complete) as unknown as SelfCheckCompleteEvent;
    expect(event.score).to.deep.equal({ correct: expected, total: 2 });
    expect(text(el)).to.contain(`You answered ${expected} of 2 questions correctly`);
    expect(focused(el)!.textContent).to.contain('Your score');
    await expect(el).to.be.accessible();
    await click(el, 'Try again');
    expect(text(el)).to.contain('Question 1 of 2');
  });

  it('knowledge mode asks every question, even with fewer items than questions', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz
        mode="knowledge"
        foundations="1"
        questions="3"
        seed="4"
      ></self-check-quiz>`,
    );
    await click(el, 'Start');
    for (let i = 1; i <= 3; i++) {
      expect(text(el)).to.contain(`Question ${i} of 3`);
      $$(el, 'label.choice input')[0].click();
      await click(el, 'Check answer');
      await click(el, i < 3 ? 'Next question' : 'See your score');
    }
    expect(text(el)).to.match(/You answered \d of 3 questions correctly/);
  });

  it('has no horizontal scroll at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="w"></self-check-quiz>`,
    );
    const noScroll = () => {
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    };
    noScroll();
    await click(el, 'Save on this device');
    await click(el, 'Start');
    noScroll();
    await click(el, 'Back');
    el.answers = { leadership: { stage: 'understand' }, 'co-design': { stage: 'embedded' } };
    await click(el, 'See results');
    await click(el, 'Save this result');
    noScroll();
  });
});
