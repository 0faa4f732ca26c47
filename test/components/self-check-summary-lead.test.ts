import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { SelfCheckSummary } from '../../src/index.js';
import '../../src/define/self-check-summary.js';
import { asFile, makeResult, makeRound } from '../fixtures/summary-files.js';

/** The programme lead's findings 1-4 of issue 29, as the lead meets them. */
const $ = <T extends Element = HTMLElement>(el: SelfCheckSummary, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SelfCheckSummary, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: SelfCheckSummary) => text($(el, '[part=status]'));

function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function choose(el: SelfCheckSummary, files: File[]) {
  const input = $<HTMLInputElement>(el, '#files');
  const transfer = new DataTransfer();
  files.forEach((f) => transfer.items.add(f));
  input.files = transfer.files;
  const changed = oneEvent(el, 'ambitions-summary-change');
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await changed;
  await el.updateComplete;
}

/** Presses Enter on the Remove button of the file named `name` in the open list of files. */
async function removeByKeyboard(el: SelfCheckSummary, name: string) {
  $$<HTMLButtonElement>(el, '.files button.remove')
    .find((b) => text(b) === `Remove ${name}`)!
    .focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

const AUTUMN = '2025-11-12T10:00:00.000Z';
const WINTER = '2026-02-10T10:00:00.000Z';

async function withUnnamed() {
  const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
  const files = [
    ...makeRound(4, WINTER).map((r, i) => asFile(r, `w${i}.json`)),
    asFile(makeResult({ organisation: 'Fernbrook Hospice', createdAt: WINTER, seed: 7 }), 'a.json'),
    asFile(makeResult({ organisation: 'Fernbrook Hospice', createdAt: WINTER, seed: 8 }), 'b.json'),
  ];
  await choose(el, files);
  return el;
}

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
});

describe('<self-check-summary> for the programme lead', function () {
  // axe over the whole view takes seconds on a shared, busy machine.
  this.timeout(60000);
  it('says how unnamed results are counted in the summary line', async () => {
    const el = await withUnnamed();
    expect(status(el)).to.match(/^6 results from 4 named teams and 2 unnamed results\b/);
    await expect(el).to.be.accessible();
  });

  it('with names hidden, says nothing of file or team names when a file is removed or a team named', async () => {
    const el = await withUnnamed();
    el.hideNames = true;
    await el.updateComplete;
    const input = $$<HTMLInputElement>(el, '.rename input')[0];
    input.focus();
    await sendKeys({ type: 'Secret Real Team' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.include('Named the team (names are hidden: it shows as a letter).');
    expect(status(el)).to.not.include('Secret');
    const toggled = oneEvent($(el, '.files details'), 'toggle');
    $<HTMLElement>(el, '.files summary').click();
    await toggled;
    await el.updateComplete;
    const remove = $$<HTMLButtonElement>(el, '.files button.remove')[0]!;
    // The button and the status line name the file the same way: "File N".
    const shown = text(remove).replace(/^Remove\s*/, '');
    expect(shown).to.match(/^File \d+$/);
    remove.click();
    await el.updateComplete;
    expect(status(el)).to.include(`Removed ${shown} and its result.`);
    expect(status(el)).to.not.include('.json');
  });

  it('keeps focus and says so when a team is named with Enter', async () => {
    const el = await withUnnamed();
    const input = $$<HTMLInputElement>(el, '.rename input')[0];
    input.focus();
    await sendKeys({ type: 'Hospice at home' });
    const changed = oneEvent(el, 'ambitions-summary-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;
    expect(deepActive()).to.equal(input);
    expect(input.value).to.equal('Hospice at home');
    expect(status(el)).to.include('Named the team: Hospice at home.');
    expect($$(el, '.matrix tbody th').map(text)).to.include('Hospice at home');
    await expect(el).to.be.accessible();
  });

  it('moves focus on to the next control, not to the page, when a team is named with Tab', async () => {
    const el = await withUnnamed();
    const [first, second] = $$<HTMLInputElement>(el, '.rename input');
    first.focus();
    await sendKeys({ type: 'Day hospice' });
    const changed = oneEvent(el, 'ambitions-summary-change');
    await sendKeys({ press: 'Tab' });
    await changed;
    await el.updateComplete;
    const active = deepActive();
    expect(active).to.not.equal(document.body);
    expect(el.shadowRoot!.contains(active)).to.equal(true);
    // The next thing after the name box: the Remove button of the next file, then its name box.
    expect(text(active)).to.match(/^Remove/);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(second);
    expect(status(el)).to.include('Named the team: Day hospice.');
  });

  it('says which round the combined CSV and JSON hold', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(el, [
      ...makeRound(3, AUTUMN).map((r, i) => asFile(r, `a${i}.json`)),
      ...makeRound(5, WINTER, 50).map((r, i) => asFile(r, `w${i}.json`)),
    ]);
    const buttons = $$(el, '.actions button').map(text);
    expect(buttons).to.include('Download Jan to Mar 2026 as CSV');
    expect(buttons).to.include('Download Jan to Mar 2026 as JSON');
    expect(text($(el, '#export-note'))).to.include(
      'hold the round shown, Jan to Mar 2026 (5 teams)',
    );
    el.round = '2025-Q4';
    await el.updateComplete;
    expect($$(el, '.actions button').map(text)).to.include('Download Oct to Dec 2025 as CSV');
    await expect(el).to.be.accessible();
  });

  it('removes one file, and starts again, without reloading; focus stays in the element', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(el, [
      ...makeRound(3, WINTER).map((r, i) => asFile(r, `w${i}.json`)),
      new File(['not a result'], 'notes.txt'),
    ]);
    expect(status(el)).to.match(/^3 results from 3 teams; 1 file could not be read/);
    const removeBroken = $$<HTMLButtonElement>(el, '.files button.remove')[0];
    expect(text(removeBroken)).to.equal('Remove notes.txt');
    removeBroken.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.match(/^3 results from 3 teams\. Removed notes\.txt\./);
    expect(deepActive()).to.not.equal(document.body);
    // Open the list of all files and remove one team's file.
    const toggled = oneEvent($(el, '.files details'), 'toggle');
    $<HTMLElement>(el, '.files summary').click();
    await toggled;
    await el.updateComplete;
    const removeOne = $$<HTMLButtonElement>(el, '.files button.remove').find((b) =>
      text(b).includes('w1.json'),
    )!;
    removeOne.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.match(/^2 results from 2 teams\. Removed w1\.json and its result\./);
    expect($$(el, '.matrix tbody tr')).to.have.length(2);
    expect(el.shadowRoot!.contains(deepActive())).to.equal(true);
    await expect(el).to.be.accessible();
    const again = $<HTMLButtonElement>(el, 'button.start-again');
    again.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.results).to.deep.equal([]);
    expect(status(el)).to.equal(
      'No results yet. All files removed. Add result files to start again.',
    );
    expect(deepActive()).to.equal($(el, '#files'));
    await choose(el, [asFile(makeRound(1, WINTER)[0], 'again.json')]);
    expect(status(el)).to.match(/^1 result from 1 team\./);
    await expect(el).to.be.accessible();
  });

  it('keeps a team when the file it was first read from is removed but a copy remains', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const round = makeRound(3, WINTER);
    await choose(
      el,
      round.map((r, i) => asFile(r, `w${i}.json`)),
    );
    // The same team's result again (a colleague sent it too), then the original is removed.
    await choose(el, [asFile(round[1]!, 'w1-copy.json')]);
    expect(status(el)).to.match(/^3 results from 3 teams; 1 duplicate counted once\./);
    const toggled = oneEvent($(el, '.files details'), 'toggle');
    $<HTMLElement>(el, '.files summary').click();
    await toggled;
    await el.updateComplete;
    await removeByKeyboard(el, 'w1.json');
    expect(status(el)).to.match(
      /^3 results from 3 teams\. Removed w1\.json\. One result is still counted: another file holds it\./,
    );
    expect(el.results.map((r) => r.team)).to.have.members(round.map((r) => r.team));
    expect($$(el, '.matrix tbody tr')).to.have.length(3);
    // Removing the copy now removes the team: no file holds it any more.
    await removeByKeyboard(el, 'w1-copy.json');
    expect(status(el)).to.match(/^2 results from 2 teams\. Removed w1-copy\.json and its result\./);
    expect(el.shadowRoot!.contains(deepActive())).to.equal(true);
  });

  it('gives one figure for duplicates: results, in the summary line and in what was read', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const round = makeRound(5, WINTER);
    await choose(el, [asFile(round[0]!, 'w0.json'), asFile(round[1]!, 'w1.json')]);
    // Another lead's combined file holds all five teams: two are already here.
    const combined = JSON.stringify({
      schema: 'ambitions-elements/self-check-summary',
      version: 1,
      packageVersion: '0.1.0',
      createdAt: '2026-03-01T00:00:00.000Z',
      round: 'Jan to Mar 2026',
      results: round,
    });
    await choose(el, [new File([combined], 'north-icb.json', { type: 'application/json' })]);
    expect(status(el)).to.match(
      /^5 results from 5 teams; 2 duplicates counted once\. 1 file read: 3 added, 2 already there, 0 could not be used\./,
    );
  });

  it('finds one of many organisations by typing, keeps ticked ones in view, and filters by it', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    // 120 organisations, a team each: a box each would be a list nobody can scan.
    el.results = Array.from({ length: 120 }, (_, i) =>
      makeResult({
        organisation: `Place ${String(i + 1).padStart(3, '0')} Hospice`,
        team: 'Ward',
        createdAt: WINTER,
        seed: i + 1,
      }),
    );
    await el.updateComplete;
    expect($$(el, '.orgs input[type=checkbox]')).to.have.length(40);
    expect(text($(el, '.org-find .hint'))).to.equal(
      'Showing 40 organisations of 120: type part of a name to find others.',
    );
    const find = $<HTMLInputElement>(el, '#org-find');
    find.focus();
    await sendKeys({ type: '107' });
    await el.updateComplete;
    const boxes = () => $$<HTMLInputElement>(el, '.orgs input[type=checkbox]');
    expect(boxes().map((b) => text(b.parentElement))).to.deep.equal(['Place 107 Hospice']);
    boxes()[0]!.click();
    await el.updateComplete;
    expect(el.summary.teams.map((t) => t.organisation)).to.deep.equal(['Place 107 Hospice']);
    // The printed heading says so in words: one team, one organisation.
    expect($$(el, '.print-only').map(text)).to.include(
      'Jan to Mar 2026: 1 team from 1 organisation.',
    );
    // Another search: the ticked one stays in view (so it can be unticked) beside the matches.
    find.value = '';
    await sendKeys({ type: 'Place 01' });
    await el.updateComplete;
    expect(boxes().map((b) => text(b.parentElement))[0]).to.equal('Place 010 Hospice');
    expect(boxes().map((b) => text(b.parentElement))).to.include('Place 107 Hospice');
    expect(boxes().find((b) => b.checked)).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the start of a very long note and the whole of it behind "Read the whole note"', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const long = `${'We met the care homes and the GP practices nearby. '.repeat(190)}The end.`;
    const result = makeResult({
      organisation: 'Fernbrook Hospice',
      team: 'Ward 3',
      createdAt: WINTER,
      seed: 2,
    });
    el.results = [{ ...result, answers: { leadership: { stage: 'understand', notes: long } } }];
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('.notes li')];
    const item = items.find((li) => text(li).startsWith('Ward 3'))!;
    const more = item.querySelector<HTMLDetailsElement>('details.long-note')!;
    expect(text(more.querySelector('summary'))).to.equal('Read the whole note from Ward 3');
    expect(more.open).to.equal(false);
    expect(text(item).split('\u2026')[0]).to.have.length.below(500);
    more.querySelector('summary')!.click();
    await el.updateComplete;
    expect(text(more)).to.include('The end.');
    await expect(el).to.be.accessible();
  });

  it('keeps the organisation finder and a long unbroken name inside a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
      el.results = Array.from({ length: 45 }, (_, i) =>
        makeResult({
          organisation: i ? `Place ${i} Hospice` : 'X'.repeat(200),
          team: 'Ward',
          createdAt: WINTER,
          seed: i + 1,
        }),
      );
      await el.updateComplete;
      expect($(el, '#org-find')).to.not.equal(null);
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(320);
      for (const part of [$(el, '.org-find'), $(el, '.orgs')])
        expect(part.getBoundingClientRect().right, part.className).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lists unnamed teams among those in the earlier round but not in this one', async () => {
    const el = await fixture<SelfCheckSummary>(
      html`<self-check-summary compare-round="2025-Q4"></self-check-summary>`,
    );
    await choose(el, [
      ...makeRound(2, AUTUMN).map((r, i) => asFile(r, `a${i}.json`)),
      asFile(
        makeResult({ organisation: 'Fernbrook Hospice', createdAt: AUTUMN, seed: 9 }),
        'u.json',
      ),
      ...makeRound(2, WINTER, 20).map((r, i) => asFile(r, `w${i}.json`)),
    ]);
    expect(text($(el, '.change'))).to.include(
      'In Oct to Dec 2025 but not in this round: Unnamed team 1.',
    );
  });

  it('says the financial-year view uses each team\u2019s latest result, and that CSV is read', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    expect(text($(el, '[part=intake]'))).to.include('(JSON or CSV, several at once');
    await choose(el, [
      ...makeRound(3, '2025-05-10T10:00:00.000Z').map((r, i) => asFile(r, `a${i}.json`)),
      ...makeRound(2, AUTUMN, 30).map((r, i) => asFile(r, `b${i}.json`)),
    ]);
    const grouping = $<HTMLSelectElement>(el, '#grouping');
    grouping.value = 'financial-year';
    grouping.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '.controls'))).to.include(
      "Each team's latest result in the financial year is used; 2 earlier results of the same teams in this year are not counted.",
    );
    await expect(el).to.be.accessible();
  });

  it('in print keeps the "Change since" heading with what follows it', async () => {
    const el = await fixture<SelfCheckSummary>(
      html`<self-check-summary compare-round="2025-Q4"></self-check-summary>`,
    );
    el.results = [...makeRound(3, AUTUMN), ...makeRound(3, WINTER, 9)];
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const heading = $(el, '.change h3');
    expect(getComputedStyle(heading).breakAfter).to.equal('avoid');
    const keep = heading.parentElement!;
    expect(getComputedStyle(keep).breakInside).to.equal('avoid');
    expect(keep.contains($(el, '.change p'))).to.equal(true);
  });

  it('does not recompute the summary for each key typed in the paste box', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    el.results = makeRound(30, WINTER);
    await el.updateComplete;
    const before = el._summary;
    $<HTMLElement>(el, '.paste summary').click();
    $<HTMLTextAreaElement>(el, '#paste').focus();
    await sendKeys({ type: '{"a' });
    await el.updateComplete;
    expect(el._paste).to.equal('{"a');
    expect(el._summary).to.equal(before);
    el.hideNames = true;
    await el.updateComplete;
    expect(el._summary).to.not.equal(before);
    // Adding the pasted text still works, and empties the box.
    const box = $<HTMLTextAreaElement>(el, '#paste');
    box.value = JSON.stringify(makeResult({ team: 'Pasted team', createdAt: WINTER, seed: 3 }));
    box.dispatchEvent(new Event('input'));
    const changed = oneEvent(el, 'ambitions-summary-change');
    $<HTMLButtonElement>(el, '.paste button').click();
    await changed;
    await el.updateComplete;
    expect(el.results).to.have.length(31);
    expect(box.value).to.equal('');
  });
});
