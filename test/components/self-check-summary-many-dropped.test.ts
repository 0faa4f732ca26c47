import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SelfCheckSummary } from '../../src/index.js';
import '../../src/define/self-check-summary.js';
import { makeResult } from '../fixtures/summary-files.js';

// Red team finding: a combined file whose `results` is 1,000,000 x `null` froze the page, and
// 100,000 put one line per entry (11.6 M characters) into the element. What a person notices:
// the page keeps taking keys, the status says how many could not be used, and the list of
// reasons stays short (the first few, then a count per kind of reason).

const $ = <T extends Element = HTMLElement>(el: SelfCheckSummary, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: SelfCheckSummary) => text($(el, '[part=status]'));
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

const NULLS = 200_000;

/** A combined file: `nulls` entries that are `null`, and the given results after them. */
function combinedWithNulls(nulls: number, results: unknown[] = []) {
  const body =
    `{"schema":"ambitions-elements/self-check-summary","version":1,"createdAt":"2026-03-01T00:00:00.000Z","results":[${'null,'.repeat(nulls)}${results.map((r) => JSON.stringify(r)).join(',')}`.replace(
      /,$/,
      '',
    ) + ']}';
  return new File([body], 'nulls.json', { type: 'application/json' });
}

describe('<self-check-summary> with combined files of 200,000 unusable entries', function () {
  this.timeout(300000);

  it('keeps taking keys, says how many could not be used, and lists only a few reasons per file', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <label>Search this site <input id="host-search" /></label>
        <self-check-summary></self-check-summary>
      </div>`,
    );
    const el = host.querySelector<SelfCheckSummary>('self-check-summary')!;
    const search = host.querySelector<HTMLInputElement>('#host-search')!;
    // Four such files, so the reading lasts long enough for a key typed by the test runner (slow
    // to arrive in Firefox) to land while it is still going.
    const files = [1, 2, 3, 4].map((n) =>
      combinedWithNulls(NULLS, [
        makeResult({
          organisation: 'North ICB',
          team: `Ward ${n}`,
          createdAt: '2026-02-10T10:00:00.000Z',
          seed: n,
        }),
      ]),
    );
    let finished = false;
    let typedWhileReading: boolean | undefined;
    search.addEventListener('input', () => (typedWhileReading ??= !finished));
    const adding = el.addFiles(files).then((outcome) => {
      finished = true;
      return outcome;
    });
    while (!/^Reading files/.test(status(el)) && !finished) await frame();
    search.focus();
    await sendKeys({ type: 'care' });
    const outcome = await adding;
    await el.updateComplete;
    expect(search.value).to.equal('care');
    expect(typedWhileReading, 'the first key arrived while the files were read').to.equal(true);
    expect(outcome.added).to.equal(4);
    // The same figure, written the same way, in the summary line and in what was read.
    expect(status(el)).to.include('800,000 results in combined files could not be used');
    expect(status(el)).to.include(
      '4 files read: 4 added, 0 already there, 800,000 could not be used.',
    );
    const items = el.shadowRoot!.querySelectorAll('li').length;
    expect(items, 'list items in the element').to.be.below(2000);
    expect(el.shadowRoot!.textContent!.length, 'characters in the element').to.be.below(40000);
    const dropped = text($(el, '.dropped'));
    expect(dropped).to.include('Result 1 of 200,001');
    expect(dropped).to.include('And 199,980 more results could not be used');
    await expect(el).to.be.accessible();
  });

  it('refuses a file of nothing but 200,000 nulls with a short reason that gives the count', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const outcome = await el.addFiles([combinedWithNulls(NULLS)]);
    await el.updateComplete;
    expect(outcome.rejected).to.have.length(1);
    expect(outcome.rejected[0].reason.length, 'the reason').to.be.below(5000);
    const shown = text($(el, 'li.rejected'));
    expect(shown).to.include('200,000');
    expect(el.shadowRoot!.querySelectorAll('li').length).to.be.below(2000);
    expect(status(el)).to.include('1 file could not be read');
    await expect(el).to.be.accessible();
  });
});
