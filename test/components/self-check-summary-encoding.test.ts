import { expect, fixture, html } from '@open-wc/testing';
import type { SelfCheckSummary } from '../../src/index.js';
import '../../src/define/self-check-summary.js';
import { makeResult } from '../fixtures/summary-files.js';

// Red team: a result file saved as Latin-1 (a team "R\xff\xfe1") was taken in silently, its names
// shown with U+FFFD. A file that is not UTF-8 is now refused with a plain reason, and a UTF-8 file
// with the same letters still reads as it did.

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: SelfCheckSummary) => text(el.shadowRoot!.querySelector('[part=status]'));

const result = makeResult({
  organisation: 'North ICB',
  team: 'R\u00ff\u00fe1 Renée',
  createdAt: '2026-02-10T10:00:00.000Z',
  seed: 5,
});
const json = JSON.stringify(result, null, 2);

/** The same text as one byte per character (Latin-1), as an old editor might save it. */
const latin1 = () =>
  new File([Uint8Array.from(json, (c) => c.charCodeAt(0))], 'team.json', {
    type: 'application/json',
  });

describe('<self-check-summary> and files that are not UTF-8', function () {
  // A shared, busy machine: more than mocha's default.
  this.timeout(60000);

  it('refuses a Latin-1 result file, saying to save it again as UTF-8', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const outcome = await el.addFiles([latin1()]);
    await el.updateComplete;
    expect(outcome.added).to.equal(0);
    expect(outcome.rejected.map((r) => r.reason)).to.deep.equal([
      'This file is not UTF-8 text, so its letters would be read wrongly and it was not read; save it again as UTF-8 (in a spreadsheet: "CSV UTF-8").',
    ]);
    expect(text(el.shadowRoot!.querySelector('li.rejected'))).to.include('save it again as UTF-8');
    expect(status(el)).to.include('1 file could not be read');
    expect(el.shadowRoot!.textContent).to.not.include('\uFFFD');
    await expect(el).to.be.accessible();
  });

  it('reads the same result saved as UTF-8, names intact', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const outcome = await el.addFiles([
      new File([json], 'team.json', { type: 'application/json' }),
    ]);
    await el.updateComplete;
    expect(outcome.added).to.equal(1);
    expect(el.shadowRoot!.textContent).to.include('R\u00ff\u00fe1 Renée');
    await expect(el).to.be.accessible();
  });
});
