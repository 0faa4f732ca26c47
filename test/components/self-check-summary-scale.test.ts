import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { foundations } from '../../src/content/index.js';
import { SUMMARY_STAGES, type SelfCheckResultFile } from '../../src/engine/index.js';
import type { SelfCheckSummary } from '../../src/index.js';
import '../../src/define/self-check-summary.js';
import { makeResult } from '../fixtures/summary-files.js';

// Issue 25 point 8 and issue 29 "Scale": big inputs never freeze the page. What a person notices:
// the page keeps taking keys while thousands of results are read and counted, the status says how
// far the reading is, a second batch waits its turn, and "Stop reading" / "Start again" stop it
// cleanly. Timing figures belong to `npm run bench` (scripts/bench/summary-scale.mjs), not here.

const $ = <T extends Element = HTMLElement>(el: SelfCheckSummary, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: SelfCheckSummary) => text($(el, '[part=status]'));
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** The deep active element (through shadow roots). */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const WINTER = '2026-02-10T10:00:00.000Z';

/** `files` combined files of `per` teams each (as another lead's summary exports them). */
function combinedFiles(files: number, per: number, prefix = 'ICB') {
  const results: SelfCheckResultFile[][] = [];
  const list = Array.from({ length: files }, (_, c) => {
    const group = Array.from({ length: per }, (_, t) =>
      makeResult({
        organisation: `${prefix} ${c} organisation ${t % 7}`,
        team: `Team ${t}`,
        createdAt: WINTER,
        seed: c * per + t + 1,
      }),
    );
    results.push(group);
    const body = JSON.stringify(
      {
        schema: 'ambitions-elements/self-check-summary',
        version: 1,
        packageVersion: '0.1.0',
        createdAt: '2026-03-01T00:00:00.000Z',
        round: 'Jan to Mar 2026',
        results: group,
      },
      null,
      2,
    );
    return new File([body], `${prefix}-${c}.json`, { type: 'application/json' });
  });
  return { files: list, results: results.flat() };
}

/**
 * The same file, whose bytes arrive only when `release()` is called: the reading cannot finish
 * before the test has done what it does "while reading", however fast or slow the machine is.
 */
function held(file: File) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  class HeldFile extends File {
    override async arrayBuffer(): Promise<ArrayBuffer> {
      await gate;
      return super.arrayBuffer();
    }
  }
  return { file: new HeldFile([file], file.name, { type: file.type }), release };
}

/** Stage counts per item, counted here from the generated results (not by the engine). */
function independentCounts(results: readonly SelfCheckResultFile[]) {
  return foundations.map((f) =>
    SUMMARY_STAGES.map(
      (stage) => results.filter((r) => (r.answers[f.id]?.stage ?? 'not-answered') === stage).length,
    ),
  );
}

/** The counts table as shown: one row per item, one number per stage. */
const shownCounts = (el: SelfCheckSummary) =>
  [...el.shadowRoot!.querySelectorAll('.system tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((td) => Number(text(td))),
  );

/** Waits (frame by frame) until the status line matches, and returns what it said. */
async function statusUntil(el: SelfCheckSummary, pattern: RegExp, frames = 600) {
  for (let i = 0; i < frames; i++) {
    if (pattern.test(status(el))) return status(el);
    await frame();
  }
  return status(el);
}

describe('<self-check-summary> at scale', function () {
  this.timeout(300000);

  it('keeps taking keys elsewhere on the page while 8,000 results are read and counted, then shows every one', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <label>Search this site <input id="host-search" /></label>
        <self-check-summary></self-check-summary>
      </div>`,
    );
    const el = host.querySelector<SelfCheckSummary>('self-check-summary')!;
    const search = host.querySelector<HTMLInputElement>('#host-search')!;
    // 80 files: the first 64 are read and counted together (6,400 results), then the rest; the
    // last one is held back until the keys are typed, so the keys always meet the reading.
    const { files, results } = combinedFiles(80, 100);
    const last = held(files[79]!);
    let finished = false;
    const adding = el.addFiles([...files.slice(0, 79), last.file]).then(async (outcome) => {
      await el.updateComplete;
      finished = true;
      return outcome;
    });
    // The status line says how far the reading is.
    const seen = await statusUntil(el, /^Reading files: \d+ of 80/);
    expect(seen).to.match(/^Reading files: \d+ of 80\u2026$/);
    // A key typed in the host page's own box arrives while the summary is still at work.
    const statusAtKeys: string[] = [];
    search.addEventListener('keydown', () => statusAtKeys.push(status(el)));
    search.focus();
    await sendKeys({ type: 'care' });
    expect(search.value).to.equal('care');
    expect(finished, 'the keys waited for the whole summary').to.equal(false);
    expect(statusAtKeys[0], 'the status line when the first key arrived').to.match(
      /^Reading files/,
    );
    last.release();
    const outcome = await adding;
    expect(outcome.added).to.equal(8000);
    expect(status(el)).to.match(/^8,000 results from 8,000 teams\./);
    // Every result counted: the shown counts equal a count made here from the files' results.
    expect(shownCounts(el)).to.deep.equal(independentCounts(results));
    expect(text($(el, '.matrix'))).to.include('The first 200 of 8000 teams are shown.');
    await expect(el).to.be.accessible();
  });

  it('queues a second batch added while the first is being read, and counts both', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const first = combinedFiles(6, 300, 'North');
    const second = combinedFiles(2, 300, 'South');
    const order: string[] = [];
    const one = el.addFiles(first.files).then((o) => (order.push('first'), o));
    await statusUntil(el, /^Reading files: \d+ of 6/);
    const two = el.addFiles(second.files).then((o) => (order.push('second'), o));
    const [a, b] = await Promise.all([one, two]);
    await el.updateComplete;
    expect(order).to.deep.equal(['first', 'second']);
    expect([a.added, b.added]).to.deep.equal([1800, 600]);
    expect(status(el)).to.match(/^2,400 results from 2,400 teams\. 2 files read: 600 added/);
    expect(shownCounts(el)).to.deep.equal(independentCounts([...first.results, ...second.results]));
    await expect(el).to.be.accessible();
  });

  it('"Stop reading" (by keyboard) adds none of the files being read, keeps what was there, and keeps focus', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const before = combinedFiles(1, 20, 'East');
    await el.addFiles(before.files);
    await el.updateComplete;
    const big = combinedFiles(8, 400, 'West');
    // The last file's bytes arrive only after "Stop reading" is pressed: the reading is still
    // going when the button is used, however fast the machine.
    const last = held(big.files[7]!);
    const reading = el.addFiles([...big.files.slice(0, 7), last.file]);
    await statusUntil(el, /^Reading files/);
    await el.updateComplete.catch(() => undefined);
    const stop = $<HTMLButtonElement>(el, '.stop-reading');
    expect(text(stop)).to.equal('Stop reading (add none of these files)');
    await expect(el).to.be.accessible();
    stop.focus();
    await sendKeys({ press: 'Enter' });
    last.release();
    const outcome = await reading;
    await el.updateComplete;
    expect(outcome.added).to.equal(0);
    expect(status(el)).to.match(/^20 results from 20 teams\. Reading stopped/);
    expect(shownCounts(el)).to.deep.equal(independentCounts(before.results));
    expect(el.shadowRoot!.querySelector('.stop-reading')).to.equal(null);
    // Focus went to the file picker, never to the page's body.
    expect(deepActive()?.id).to.equal('files');
    await expect(el).to.be.accessible();
  });

  it('"Start again" while files are being read leaves nothing of them, and later files read normally', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await el.addFiles(combinedFiles(1, 20, 'East').files);
    await el.updateComplete;
    const reading = el.addFiles(combinedFiles(8, 400, 'West').files);
    // Queued behind the reading: belongs to before the fresh start too.
    const queued = el.addFiles(combinedFiles(1, 50, 'Queued').files);
    await statusUntil(el, /^Reading files/);
    $<HTMLButtonElement>(el, '.start-again').click();
    const [a, b] = await Promise.all([reading, queued]);
    await el.updateComplete;
    expect([a.added, b.added]).to.deep.equal([0, 0]);
    expect(status(el)).to.equal(
      'No results yet. All files removed. Add result files to start again.',
    );
    expect(el.shadowRoot!.querySelector('.system')).to.equal(null);
    expect(deepActive()?.id).to.equal('files');
    const after = combinedFiles(1, 30, 'Later');
    expect((await el.addFiles(after.files)).added).to.equal(30);
    await el.updateComplete;
    expect(shownCounts(el)).to.deep.equal(independentCounts(after.results));
    await expect(el).to.be.accessible();
  });
});
