import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import {
  CSV_COLUMNS,
  RESULT_VERSION,
  parseCsv,
  parseResultFile,
  readPlanCsv,
  RESULT_SCHEMA,
  storageKey,
} from '../../src/engine/index.js';

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SelfCheckQuiz, selector: string) =>
  root(el).querySelector<T & HTMLElement>(selector)!;
const $$ = (el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const text = (el: SelfCheckQuiz) => root(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: SelfCheckQuiz, name: string | RegExp) =>
  $$(el, 'button').find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? t === name : name.test(t);
  });
async function click(el: SelfCheckQuiz, name: string | RegExp) {
  await el.updateComplete;
  const b = buttonNamed(el, name);
  expect(Boolean(b), `button ${name}`).to.equal(true);
  b!.click();
  await el.updateComplete;
}
/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await aTimeout(20);
  expect(check()).to.equal(true);
}
/** Types into a box the way a person does: focus it, then keys. */
async function typeInto(el: SelfCheckQuiz, selector: string, value: string) {
  $(el, selector).focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}
function chooseFile(input: HTMLInputElement, content: string, name = 'last-year.json') {
  const dt = new DataTransfer();
  dt.items.add(
    new File([content], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }),
  );
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
}

const answers = {
  leadership: { stage: 'not-started' },
  'co-design': { stage: 'understand' },
  'shared-records': { stage: 'interpret' },
  'evidence-and-information': { stage: 'understand' },
  'access-24-7': { stage: 'embedded' },
} as const;

async function planScreen(markup = html`<self-check-quiz storage-key="plan"></self-check-quiz>`) {
  const el = await fixture<SelfCheckQuiz>(markup);
  el.answers = answers;
  el.go('results');
  await click(el, 'Plan your next small steps');
  return el;
}

describe('<self-check-quiz> small-steps plan', function () {
  // Long journeys through several screens: room for a busy machine.
  this.timeout(30000);
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
  });

  it('suggests the lowest stages first, takes three items, and refuses a fourth saying why', async () => {
    const el = await planScreen();
    expect(deepActive()?.textContent).to.equal('Plan your next small steps');
    expect(text(el)).to.contain('prioritised a small number of changes or innovations');
    expect(text(el)).to.contain('Realising the Ambitions report, section 5.4');
    const rows = $$(el, '.choose li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    // Not started first, then the two at "Understanding" (by item number), then the rest.
    expect(rows.slice(0, 3).map((r) => r.split(' (')[0])).to.deep.equal([
      '8. Leadership',
      '3. Evidence and information',
      '7. Co-design',
    ]);
    expect(rows).to.have.length(10);
    await expect(el).to.be.accessible();

    const changes: unknown[] = [];
    el.addEventListener('ambitions-self-check-change', (e) => changes.push(e.detail.plan));
    for (const name of [/^Add 8\. Leadership/, /^Add 3\. Evidence/, /^Add 1\. Personalised/]) {
      await click(el, name);
      await until(() => (deepActive() as HTMLElement | null)?.tagName === 'TEXTAREA');
    }
    // The new step's first box has focus, ready to type in.
    expect(deepActive()?.id).to.equal('step-1');
    expect($$(el, 'fieldset.plan-step')).to.have.length(3);
    expect(text(el)).to.contain('Your plan (3 of 3)');
    expect(changes).to.have.length(3);
    expect(el.result.plan!.map((s) => s.foundation)).to.deep.equal([
      'leadership',
      'evidence-and-information',
      'personalised-care-planning',
    ]);

    buttonNamed(el, /^Add 7\. Co-design/)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const alert = $(el, '.chooser [role="alert"]');
    expect(alert.textContent).to.contain('Your plan already has 3 steps');
    expect(alert.textContent).to.contain('7. Co-design was not added');
    expect(alert.textContent).to.contain('small number of changes');
    expect(el.plan).to.have.length(3);
    // Focus stays on the button that was refused.
    expect(deepActive()?.textContent).to.contain('Co-design');
    await expect(el).to.be.accessible();

    // Removing one makes room; focus goes to the list, not to <body>.
    await click(el, 'Remove 1. Personalised care planning from the plan');
    await until(() => deepActive()?.id === 'choose-title');
    await click(el, /^Add 7\. Co-design/);
    expect(el.plan.map((s) => s.foundation)).to.include('co-design');
  });

  it("shows each item's Ask questions as prompts, the report's measure and its case studies", async () => {
    const el = await planScreen(
      html`<self-check-quiz
        no-storage
        case-study-href="/case-studies.html?foundation={id}"
      ></self-check-quiz>`,
    );
    await click(el, /^Add 3\. Evidence/);
    const form = $(el, 'fieldset.plan-step');
    expect(form.textContent).to.contain('What routine data is being collected');
    const nacel = [...form.querySelectorAll('a')].find((a) => a.textContent!.includes('NACEL'))!;
    expect(nacel.href).to.equal('https://www.nacel.nhs.uk/');
    const select = form.querySelector('select')!;
    expect(select.options.length).to.be.greaterThan(3);
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.plan[0].caseStudy).to.equal('evidence-and-information-1');
    expect(
      $(el, 'fieldset.plan-step a[href="/case-studies.html?foundation=evidence-and-information"]'),
    ).to.not.equal(null);
    // Leadership: no measure named by the report, so none is shown.
    await click(el, /^Add 8\. Leadership/);
    expect($$(el, 'fieldset.plan-step')[1].textContent).not.to.contain('measure the report names');
    // Items 9 and 10 have no case studies: said in words.
    await click(el, /^Add 10\. Sharing/);
    expect($$(el, 'fieldset.plan-step')[2].textContent).to.contain('lists no case studies');
    await expect(el).to.be.accessible();
  });

  it('max-steps sets the limit from 1 to 5, and a bad value warns once and uses 3', async () => {
    const one = await planScreen(
      html`<self-check-quiz no-storage max-steps="1"></self-check-quiz>`,
    );
    expect(text(one)).to.contain('Choose up to 1 item');
    await click(one, /^Add 8\. Leadership/);
    await click(one, /^Add 3\. Evidence/);
    expect($(one, '[role="alert"]').textContent).to.contain('already has 1 step,');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const bad = await planScreen(
        html`<self-check-quiz no-storage max-steps="9"></self-check-quiz>`,
      );
      expect(text(bad)).to.contain('Choose up to 3 items');
      bad.requestUpdate();
      await bad.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('max-steps'))).to.have.length(1);
  });

  it('is saved, reloaded, exported, imported and printed on one A4 page', async () => {
    const el = await planScreen();
    await click(el, 'Back to results');
    await click(el, 'Save on this device');
    await click(el, 'Plan your next small steps');
    await click(el, /^Add 8\. Leadership/);
    await typeInto(el, '#step-8', 'Ask the board to name a lead');
    await typeInto(el, '#lead-8', 'Sam Patel');
    const date = $<HTMLInputElement>(el, '#byWhen-8');
    date.value = '2026-06-30';
    date.dispatchEvent(new Event('change'));
    await typeInto(el, '#howWeKnow-8', 'A named lead, minuted');
    await typeInto(el, '#plan-org', 'St Example Hospice');
    await typeInto(el, '#plan-team', 'Community team');
    const expected = {
      foundation: 'leadership',
      step: 'Ask the board to name a lead',
      lead: 'Sam Patel',
      byWhen: '2026-06-30',
      howWeKnow: 'A named lead, minuted',
    };
    expect(el.plan).to.deep.equal([expected]);
    await until(() => (localStorage.getItem(storageKey('plan')) ?? '').includes('Community team'));

    // Reloaded: a new element with the same storage key has the plan.
    const again = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="plan"></self-check-quiz>`,
    );
    expect(again.plan).to.deep.equal([expected]);
    expect(again.result.plan).to.deep.equal([expected]);

    // Exported: JSON version 2 and the CSV's own plan row.
    const json = again.exportResult('json');
    const file = parseResultFile(json);
    expect(file.ok && file.value.version).to.equal(RESULT_VERSION);
    expect(file.ok && file.value.plan).to.deep.equal([expected]);
    const rows = parseCsv(again.exportResult('csv'));
    const plan = rows.filter((r) => r[CSV_COLUMNS.indexOf('record')] === 'plan');
    expect(plan).to.have.length(1);
    expect(plan[0][CSV_COLUMNS.indexOf('step')]).to.equal('Ask the board to name a lead');
    expect(readPlanCsv(rows).plan).to.deep.equal([expected]);

    // Imported into a fresh element.
    localStorage.clear();
    const fresh = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz no-storage></self-check-quiz>`,
    );
    const input = $<HTMLInputElement>(fresh, '#import');
    const done = oneEvent(fresh, 'ambitions-self-check-complete');
    chooseFile(input, json);
    const event = await done;
    expect(event.detail.plan).to.deep.equal([expected]);
    await click(fresh, 'Edit your plan');
    expect($<HTMLTextAreaElement>(fresh, '#step-8').value).to.equal(expected.step);

    // Printed: only "Our next small steps", with organisation, team and date, on one page.
    await emulateMedia({ media: 'print' });
    await until(() => getComputedStyle($(fresh, '.plan-print')).display !== 'none');
    expect(getComputedStyle($(fresh, '.plan-screen')).display).to.equal('none');
    const printout = $(fresh, '.plan-print').innerText;
    expect(printout).to.contain('Our next small steps');
    expect(printout).to.contain('Organisation: St Example Hospice');
    expect(printout).to.contain('Team: Community team');
    expect(printout).to.match(/Date: \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(printout).to.contain('Sam Patel');
    // An A4 page is 1123 CSS px tall; the printout must fit well inside it.
    expect(fresh.getBoundingClientRect().height).to.be.lessThan(1000);
    const pdf = await executeServerCommand<{ pages: number | null; reason?: string }, undefined>(
      'pdf-pages',
    );
    // Only two named engines may answer without a count, and there the height above is the
    // check: WebKit's driver cannot print, and Firefox's PDF is of the page as emulated, not the
    // printout (scripts/pdf-pages.mjs). Any other answer, an error included, must be one page.
    if (pdf.pages === null)
      expect(pdf.reason).to.match(/cannot print to PDF here|prints the emulated page/);
    else expect(pdf.pages).to.equal(1);
  });

  it('at the next round asks how each earlier step went and shows it beside the change', async () => {
    const el = await planScreen();
    await click(el, 'Back to results');
    await click(el, 'Save on this device');
    await click(el, 'Plan your next small steps');
    await click(el, /^Add 8\. Leadership/);
    await typeInto(el, '#step-8', 'Name a lead');
    await click(el, /^Add 7\. Co-design/);
    await click(el, 'Save and start the next round');
    expect(el._screen).to.equal('start');
    expect(el.answers).to.deep.equal({});
    expect(el.plan).to.deep.equal([]);
    expect(deepActive()?.textContent).to.contain('Reflect on the Grab-and-Go Guide');

    // This round: leadership moved up two stages.
    el.answers = { leadership: { stage: 'interpret' }, 'co-design': { stage: 'understand' } };
    el.go('results');
    await el.updateComplete;
    expect(text(el)).to.contain('The steps planned on');
    const before = $(el, 'section.compare table').textContent!.replace(/\s+/g, ' ');
    expect(before).to.contain('Name a lead');
    expect(before).to.contain('Not said yet');
    expect(before).to.contain('Up 2');
    await expect(el).to.be.accessible();

    await click(el, 'Plan your next small steps');
    const review = $(el, 'section.review');
    expect(review.textContent).to.contain('8. Leadership: “Name a lead”');
    const labels = [...review.querySelectorAll('fieldset')[0].querySelectorAll('label.choice')];
    expect(labels.map((l) => l.textContent!.trim())).to.deep.equal([
      'Done',
      'Under way',
      'Not started',
      'Dropped',
    ]);
    labels[0].querySelector('input')!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    await typeInto(el, '#outcome-8-note', 'Sam leads it');
    // Second step by keyboard: the radio group's arrow keys.
    review.querySelectorAll('fieldset')[1].querySelector('input')!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.result.review!.steps).to.deep.equal([
      { foundation: 'leadership', step: 'Name a lead', outcome: 'done', note: 'Sam leads it' },
      { foundation: 'co-design', outcome: 'dropped' },
    ]);
    await expect(el).to.be.accessible();

    await click(el, 'Back to results');
    const cells = [...$(el, 'section.compare tbody').querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
    expect(cells).to.deep.equal([
      ['8. Leadership Name a lead', 'Done Sam leads it', 'Not started', 'Interpreting', 'Up 2'],
      ['7. Co-design', 'Dropped', 'Understanding', 'Understanding', 'No change'],
    ]);
    // The review travels in the file.
    const file = parseResultFile(el.exportResult());
    expect(file.ok && file.value.review?.steps[0].outcome).to.equal('done');
  });

  it("reviews the steps in last round's file when it is loaded on the plan screen", async () => {
    const el = await planScreen(html`<self-check-quiz no-storage></self-check-quiz>`);
    const lastYear = JSON.stringify({
      schema: RESULT_SCHEMA,
      version: 2,
      packageVersion: '0.1.0',
      createdAt: '2025-03-01T09:00:00.000Z',
      mode: 'reflect',
      answers: { leadership: { stage: 'understand' } },
      notes: '',
      plan: [{ foundation: 'leadership', step: 'Find a board sponsor' }],
    });
    chooseFile($<HTMLInputElement>(el, '#earlier'), lastYear);
    await until(() => text(el).includes('How did the steps planned on 1 March 2025 go?'));
    expect(text(el)).to.contain('“Find a board sponsor”');
    // A file without a plan is kept for comparing stages, and says so.
    chooseFile(
      $<HTMLInputElement>(el, '#earlier'),
      JSON.stringify({ ...JSON.parse(lastYear), createdAt: '2024-03-01T09:00:00.000Z', plan: [] }),
    );
    await until(() => text(el).includes('has no plan to review'));
    chooseFile($<HTMLInputElement>(el, '#earlier'), '{"schema":"nope"}');
    await until(() => text(el).includes('That file could not be read: schema:'));
    await expect(el).to.be.accessible();
  });

  it("reads last round's CSV export too, as the quiz's own import does", async () => {
    // Last round: a quiz whose plan was downloaded as CSV (a spreadsheet is where many teams keep it).
    const last = document.createElement('self-check-quiz');
    last.setAttribute('no-storage', '');
    last.answers = { leadership: { stage: 'understand' } };
    last.plan = [{ foundation: 'leadership', step: 'Find a board sponsor' }];
    const csv = last.exportResult('csv');
    const el = await planScreen(html`<self-check-quiz no-storage></self-check-quiz>`);
    expect($<HTMLInputElement>(el, '#earlier').accept).to.contain('.csv');
    chooseFile($<HTMLInputElement>(el, '#earlier'), csv, 'ward-3-2025.csv');
    await until(() => text(el).includes('How did the steps planned on'));
    expect(text(el)).to.contain('“Find a board sponsor”');
    await expect(el).to.be.accessible();
  });
});
