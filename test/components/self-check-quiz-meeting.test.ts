import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import {
  fileNamePart,
  importProblems,
  nearestStage,
  RESULT_SCHEMA,
  resultFileName,
  storageKey,
} from '../../src/engine/index.js';

/** Issue 15, points 5-9: what a team lead needs to take the result to a meeting. */

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: SelfCheckQuiz, selector: string) =>
  root(el).querySelector<T>(selector)!;
const $$ = (el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const text = (el: SelfCheckQuiz) => root(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: SelfCheckQuiz, name: string | RegExp) =>
  $$(el, 'button').find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!.trim()),
  )!;
const focused = (el: SelfCheckQuiz) => root(el).activeElement as HTMLElement | null;
const status = (el: SelfCheckQuiz) => $(el, '[role=status]').textContent!.trim();
async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await aTimeout(20);
  expect(check()).to.equal(true);
}
/** Focuses a button and presses Enter on it, as a keyboard user does. */
async function activate(el: SelfCheckQuiz, name: string | RegExp) {
  await el.updateComplete;
  const b = buttonNamed(el, name);
  expect(Boolean(b), `button ${name}`).to.equal(true);
  b.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  return b;
}
/** Counts the status region's text changes during `action`. */
async function announcements(el: SelfCheckQuiz, action: () => Promise<unknown>) {
  const said: string[] = [];
  const observer = new MutationObserver(() => said.push(status(el)));
  observer.observe($(el, '[role=status]'), {
    childList: true,
    characterData: true,
    subtree: true,
  });
  await action();
  await el.updateComplete;
  await aTimeout(0);
  observer.disconnect();
  return [...new Set(said)].filter(Boolean);
}
/** Live regions in the quiz: there is exactly one. */
const liveRegions = (el: SelfCheckQuiz) =>
  $$(el, '[role=status], [role=alert], [aria-live], output').length;

function chooseFile(el: SelfCheckQuiz, content: string, name = 'result.json') {
  const input = $<HTMLInputElement>(el, 'input[type=file]');
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
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
const inViewport = (node: Element) => {
  const r = node.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
};

describe('<self-check-quiz> ready for a meeting', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  describe('focus and announcements', () => {
    it('"Save on this device" hands focus to the control now in its place, and says so once', async () => {
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz storage-key="f1"></self-check-quiz>`,
      );
      expect(liveRegions(el)).to.equal(1);
      const said = await announcements(el, () => activate(el, 'Save on this device'));
      expect(focused(el)!.textContent!.trim()).to.equal('Clear my answers');
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('Saved on this device');
      expect(liveRegions(el)).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('on the results, "Save this result" keeps focus and its place on screen; the saved result is named by team and date', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz storage-key="f2"></self-check-quiz>`,
      );
      el.answers = { leadership: { stage: 'understand' }, 'co-design': { stage: 'implement' } };
      el.go('results');
      await el.updateComplete;
      const team = $<HTMLInputElement>(el, '#team');
      team.value = 'Ward 7';
      team.dispatchEvent(new Event('input'));
      const save = await activate(el, 'Save on this device');
      expect(focused(el)!.textContent!.trim()).to.equal('Save this result');
      const before = focused(el)!.getBoundingClientRect().top;
      expect(save.isConnected ? save : focused(el)).to.equal(focused(el));
      const said = await announcements(el, () => activate(el, 'Save this result'));
      const button = focused(el)!;
      expect(button.textContent!.trim()).to.equal('Save this result');
      expect(Math.abs(button.getBoundingClientRect().top - before)).to.be.below(2);
      expect(inViewport(button)).to.equal(true);
      expect(said).to.have.length(1);
      expect(said[0].replace(/[\u2066-\u2069]/g, '')).to.match(
        /^Result saved: Ward 7, \d{1,2} \w+ \d{4}, \d\d:\d\d UTC\./,
      );
      const option = $(el, '#compare option')
        .textContent!.replace(/[\u2066-\u2069]/g, '')
        .trim();
      expect(option).to.match(/^Ward 7, \d{1,2} \w+ \d{4}, \d\d:\d\d UTC$/);
      await until(
        () => JSON.parse(localStorage.getItem(storageKey('f2'))!).snapshots[0]?.team === 'Ward 7',
      );
      await expect(el).to.be.accessible();
    });

    it('"Clear my answers" asks in a confirmation that takes focus, closes with Escape or Cancel and gives focus back', async () => {
      localStorage.setItem(
        storageKey('f3'),
        JSON.stringify({ answers: { leadership: { stage: 'understand' } }, snapshots: [] }),
      );
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz storage-key="f3"></self-check-quiz>`,
      );
      await activate(el, 'Clear my answers');
      expect(focused(el)!.getAttribute('role')).to.equal('group');
      expect(focused(el)!.textContent).to.contain('Remove all your answers');
      await expect(el).to.be.accessible();
      let said = await announcements(el, () => sendKeys({ press: 'Escape' }));
      expect($$(el, '.confirm')).to.have.length(0);
      expect(focused(el)!.textContent!.trim()).to.equal('Clear my answers');
      expect(said).to.deep.equal(['Nothing was cleared.']);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' }); // Yes, clear everything
      await sendKeys({ press: 'Tab' }); // Cancel
      expect(focused(el)!.textContent!.trim()).to.equal('Cancel');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)!.textContent!.trim()).to.equal('Clear my answers');
      expect(localStorage.getItem(storageKey('f3'))).to.be.a('string');
      await activate(el, 'Clear my answers');
      said = await announcements(el, () => activate(el, 'Yes, clear everything'));
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('were removed from this device');
      expect(focused(el)!.getAttribute('part')).to.contain('screen-title');
      expect(localStorage.getItem(storageKey('f3'))).to.equal(null);
    });

    it('the import confirmation takes focus; Escape keeps the answers and returns to the file chooser', async () => {
      const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
      el.answers = { leadership: { stage: 'understand' } };
      await el.updateComplete;
      chooseFile(el, fileFor({ 'co-design': { stage: 'embedded' } }));
      await until(() => focused(el)?.getAttribute('role') === 'group');
      expect(focused(el)!.textContent).to.contain('Replace your current answers');
      const said = await announcements(el, () => sendKeys({ press: 'Escape' }));
      expect(said).to.deep.equal(['Your answers were kept; the file was not imported.']);
      expect(focused(el)!.id).to.equal('import');
      expect(el.answers).to.deep.equal({ leadership: { stage: 'understand' } });
    });
  });

  describe('less effort', () => {
    for (const [width, height] of [
      [360, 640],
      [1280, 720],
    ])
      it(`Back and Next are on screen without scrolling on every item at ${width}x${height}`, async () => {
        await setViewport({ width, height });
        const el = await fixture<SelfCheckQuiz>(
          html`<div>
            <p style="height: 150px; margin: 0">A host page's header</p>
            <self-check-quiz no-storage></self-check-quiz>
          </div>`,
        ).then((d) => d.querySelector('self-check-quiz')!);
        await activate(el, 'Start');
        for (let n = 1; n <= 10; n++) {
          expect(text(el)).to.contain(`Item ${n} of 10`);
          const [back, next] = $$(el, '.nav-top button');
          expect(back.textContent!.trim()).to.equal('Back');
          expect(next.textContent!.trim()).to.equal(n < 10 ? 'Next' : 'See results');
          const box = next.getBoundingClientRect();
          expect(inViewport(back), `Back on item ${n}`).to.equal(true);
          expect(inViewport(next), `Next on item ${n}: ${box.top}-${box.bottom}`).to.equal(true);
          // Press the lower Next (where a keyboard user arrives), except on the last item.
          if (n < 10) {
            $$(el, '.nav-bottom button')[1].focus();
            await sendKeys({ press: 'Enter' });
            await el.updateComplete;
          }
        }
        await expect(el).to.be.accessible();
      });

    it('from the results, goes to any item and straight back to the results, at the same item', async () => {
      const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
      el.answers = { 'co-design': { stage: 'understand' } };
      el.go('results');
      await el.updateComplete;
      await activate(el, /^7\. Co-design/);
      expect(text(el)).to.contain('Item 7 of 10');
      expect(focused(el)!.textContent).to.contain('7. Co-design');
      $$(el, 'label.choice input')[3].click(); // Implementing
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await activate(el, 'Back to results');
      expect(text(el)).to.contain('Your reflection');
      expect(focused(el)!.textContent).to.contain('7. Co-design');
      expect(text(el)).to.contain('Implementing (3 of 4)');
      expect(buttonNamed(el, 'Back to results')).to.equal(undefined);
    });

    it('names downloads self-check-<organisation>-<team>-<date> in safe characters only', async () => {
      expect(
        resultFileName(
          {
            organisation: "St Agnès' Hospice",
            team: '../Ward 7 <script>/"night"',
            createdAt: '2026-03-01T09:00:00.000Z',
          },
          'json',
        ),
      ).to.equal('self-check-st-agnes-hospice-ward-7-script-night-2026-03-01.json');
      expect(resultFileName({ createdAt: '2026-03-01T09:00:00.000Z' }, 'csv')).to.equal(
        'self-check-2026-03-01.csv',
      );
      expect(fileNamePart('  ?? ')).to.equal('');
      expect(fileNamePart('x'.repeat(100))).to.have.length(40);
      const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
      el.go('results');
      await el.updateComplete;
      for (const [id, value] of [
        ['#org', 'North Shire'],
        ['#team', 'Day hospice: Tuesdays'],
      ]) {
        const input = $<HTMLInputElement>(el, id);
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      const original = HTMLAnchorElement.prototype.click;
      const names: string[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        await activate(el, 'Download JSON');
        await activate(el, /Download CSV/);
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      const today = new Date().toISOString().slice(0, 10);
      expect(names).to.deep.equal([
        `self-check-north-shire-day-hospice-tuesdays-${today}.json`,
        `self-check-north-shire-day-hospice-tuesdays-${today}.csv`,
      ]);
      expect(status(el)).to.contain(names[1]);
    });
  });

  describe('the results and their printout', () => {
    it('shows organisation, team and date at the top, notes under each stage and the date compared with', async () => {
      localStorage.setItem(
        storageKey('m5'),
        JSON.stringify({
          answers: { leadership: { stage: 'understand', notes: 'Ask the board in May.' } },
          organisation: 'North Shire Hospice',
          team: 'Ward 7',
          snapshots: [
            {
              id: 'a',
              createdAt: '2026-03-01T09:00:00.000Z',
              answers: { leadership: { stage: 'not-started' } },
            },
          ],
        }),
      );
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz storage-key="m5"></self-check-quiz>`,
      );
      el.go('results');
      await el.updateComplete;
      const meeting = $(el, '[part=meeting]');
      // Directly under the heading, before any result.
      expect(meeting.previousElementSibling!.getAttribute('part')).to.contain('screen-title');
      expect($<HTMLInputElement>(el, '#org').value).to.equal('North Shire Hospice');
      expect($<HTMLInputElement>(el, '#team').value).to.equal('Ward 7');
      expect(meeting.textContent).to.match(/Date: \d{1,2} \w+ \d{4}/);
      const row = $$(el, 'table')[0].querySelector('tr:nth-child(8)')!;
      expect(row.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Understanding (1 of 4) Ask the board in May.',
      );
      expect(text(el)).to.contain('Then (1 March 2026)');
      expect(text(el)).to.contain('Next small steps');
      await expect(el).to.be.accessible();
    });

    it('prints with organisation, team and date on top, and ten items with notes on at most 2 A4 pages', async function () {
      // Many real key presses / a browser of its own: slow on a busy machine.
      this.timeout(90000);
      const { pages } = (await executeServerCommand('pdf', {
        path: '/test/fixtures/quiz-print.html',
        waitFor: 'body[data-ready="10"]',
        save: '/tmp/quiz-results-print.pdf',
      })) as { pages: number };
      console.log(`PRINTED RESULTS (ten items with notes): ${pages} A4 pages`);
      expect(pages).to.be.within(1, 2);
    });
  });

  describe('plain words', () => {
    it('gives the per-Ambition view in stages, not percentages', async () => {
      expect(nearestStage(0.56).label).to.equal('Interpreting');
      expect(nearestStage(1).label).to.equal('Embedded');
      expect(nearestStage(-1).label).to.equal('Not started');
      const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
      el.answers = {
        'personalised-care-planning': { stage: 'implement' },
        'shared-records': { stage: 'implement' },
      };
      el.go('results');
      await el.updateComplete;
      const ambitions = $$(el, 'table')[1].textContent!.replace(/\s+/g, ' ');
      expect(ambitions).to.match(/Around Implementing, from 2 items/);
      expect(text(el)).to.not.contain('%');
      await expect(el).to.be.accessible();
    });

    it('says something sensible when every answered item is embedded', async () => {
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz no-storage foundations="1,2"></self-check-quiz>`,
      );
      el.answers = {
        'personalised-care-planning': { stage: 'embedded' },
        'shared-records': { stage: 'embedded' },
      };
      el.go('results');
      await el.updateComplete;
      expect($(el, '[part=next-steps]').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Every item you answered is at "Embedded", so this self-check has no next small step to suggest.',
      );
      expect(text(el)).to.not.contain('Answer some items');
    });

    it('writes import errors for a nurse, with the field detail in one console warning', async () => {
      expect(importProblems(['answers.shared-records.stage: expected one of x'])).to.deep.equal([
        'Item 2 has a stage this version does not know.',
      ]);
      const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        chooseFile(el, 'not json at all');
        await until(() => text(el).includes('could not be imported'));
        expect(text(el)).to.contain('This file is not a self-check result.');
        expect(text(el)).to.not.contain('not valid JSON');
        chooseFile(el, fileFor({ 'evidence-and-information': { stage: 'great' } }));
        await until(() => text(el).includes('Item 3 has a stage this version does not know.'));
        expect(text(el)).to.not.contain('answers.');
        // A spreadsheet copy someone edited by hand: the row is named, in words.
        el.answers = { 'co-design': { stage: 'understand' } };
        const csv = el.exportResult('csv').replace('"understand"', '"great"');
        el.answers = {};
        chooseFile(el, csv, 'self-check-2026-03-01.csv');
        await until(() => /Row 8 of the spreadsheet has a stage/.test(text(el)));
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(3);
      expect(warnings[1]).to.contain('answers.evidence-and-information.stage');
      expect(warnings[2]).to.match(/row \d+, stage/);
      await expect(el).to.be.accessible();
    });

    it('imports its own CSV download: stages, notes, organisation and team come back', async () => {
      const from = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz no-storage></self-check-quiz>`,
      );
      from.answers = {
        leadership: { stage: 'implement', notes: '=SUM(A1) is not a formula, "quoted", é' },
        'co-design': { stage: 'understand' },
      };
      from.go('results');
      await from.updateComplete;
      for (const [id, value] of [
        ['#org', 'North Shire'],
        ['#team', '-Night team'],
      ]) {
        const input = $<HTMLInputElement>(from, id);
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      const csv = from.exportResult('csv');
      const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
      chooseFile(el, csv, 'self-check-north-shire-night-team-2026-03-01.csv');
      await until(() => text(el).includes('Your reflection'));
      expect(el.answers).to.deep.equal(from.answers);
      expect($<HTMLInputElement>(el, '#team').value).to.equal('-Night team');
      expect($<HTMLInputElement>(el, '#org').value).to.equal('North Shire');
      expect(status(el)).to.contain('imported');
    });
  });

  describe('knowledge mode', () => {
    it('after a wrong choice shows which answer was right; the score screen reviews each question with its item link', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz mode="knowledge" questions="3" seed="11"></self-check-quiz>`,
      );
      const questions = el.questionList;
      await activate(el, 'Start');
      for (const [i, q] of questions.entries()) {
        const wrong = q.options.find((o) => o.id !== q.answer)!;
        const choose = i === 0 ? wrong.id : q.answer;
        $$(el, 'label.choice input')
          .find((r) => (r as HTMLInputElement).value === choose)!
          .click();
        await el.updateComplete;
        const check = buttonNamed(el, 'Check answer');
        check.focus();
        const before = check.getBoundingClientRect().top;
        // Firefox and WebKit may focus a button at the foot of the screen only partly in view;
        // then bringing it wholly into view is right, and staying in place is not asked.
        const wasInView = inViewport(check);
        const said = await announcements(el, () => activate(el, 'Check answer'));
        expect(said).to.have.length(1);
        // The feedback opened above it; the pressed button kept focus and stayed on screen (in
        // place, where the page is long enough to scroll by the feedback's height).
        const next = focused(el)!;
        expect(next.textContent!.trim()).to.match(/^(Next question|See your score)$/);
        expect(inViewport(next)).to.equal(true);
        const room = document.documentElement.scrollHeight - innerHeight - scrollY;
        if (room > 0 && wasInView)
          expect(Math.abs(next.getBoundingClientRect().top - before)).to.be.below(2);
        if (i === 0) {
          const right = $(el, 'label.choice.right');
          expect(right.textContent).to.contain(q.options.find((o) => o.id === q.answer)!.label);
          expect(right.textContent).to.contain('The answer');
          expect($(el, 'label.choice.wrong').textContent).to.contain('Your answer');
          expect(said[0]).to.contain('Not quite. The answer is:');
          await expect(el).to.be.accessible();
        }
        await activate(el, i < 2 ? 'Next question' : 'See your score');
      }
      expect(text(el)).to.contain('You answered 2 of 3 questions correctly');
      const review = $$(el, '[part=review] > li');
      expect(review).to.have.length(3);
      expect(review[0].textContent).to.contain(questions[0].prompt);
      expect(review[0].textContent).to.contain('Your answer:');
      expect(review[0].textContent).to.contain('The answer:');
      expect(review[1].textContent).to.contain('Right:');
      for (const li of review)
        expect(li.querySelector('a[part=link]')!.textContent).to.match(/^Read item \d+/);
      await expect(el).to.be.accessible();
    });
  });
});
