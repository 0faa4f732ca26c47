import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/self-check-summary.js';
import type { SelfCheckSummary } from '../../src/components/self-check-summary/self-check-summary.js';
import {
  createResultFile,
  parseResultCsv,
  parseResultFile,
  SUMMARY_SCHEMA,
  toCsv,
  toJson,
} from '../../src/engine/index.js';
import { report } from './frame.js';

/**
 * Issue 25, point 4: one file's `createdAt` chose the summary's rounds ("Jan to Mar NaN",
 * "undefined 275"), its default view and its print heading. Only the ISO 8601 form the package
 * writes, within 2023-01-01 .. tomorrow, is accepted; every result dropped from a combined file is
 * listed with its reason.
 */
const BAD_DATES = [
  '1 March 2026',
  'Hello 2020',
  '+275760-09-13T00:00:00.000Z',
  '9999-12-31T00:00:00.000Z',
  '2022-12-31T23:59:59.000Z',
  '2026-02-30T09:00:00.000Z',
  '2026-03-01',
  '2026-03-01T09:00:00+01:00',
  ' 2026-03-01T09:00:00.000Z',
];
const GOOD = '2026-03-01T09:00:00.000Z';

const file = (createdAt: string, team = 'Ward Seven') =>
  createResultFile({ leadership: { stage: 'implement' } }, { team, createdAt });

describe('hostile: dates from outside', () => {
  it('a result file, JSON or CSV, is refused with a plain reason when its date is not one the self-check writes', async () => {
    let accepted = 0;
    for (const date of BAD_DATES) {
      const json = parseResultFile(toJson(file(date)));
      const csv = parseResultCsv(toCsv(file(date)));
      for (const [kind, parsed] of [
        ['JSON', json],
        ['CSV', csv],
      ] as const) {
        if (parsed.ok) accepted += 1;
        else expect(parsed.errors.join(' '), `${kind} ${date}`).to.match(/createdAt|created_at/);
      }
    }
    await report({ 'bad dates accepted': accepted, attacks: BAD_DATES.length * 2 });
    expect(accepted).to.equal(0);
    expect(parseResultFile(toJson(file(GOOD))).ok).to.equal(true);
    expect(parseResultCsv(toCsv(file(GOOD))).ok).to.equal(true);
    // Without milliseconds is the same instant in the same form: still accepted.
    expect(parseResultFile(toJson(file('2026-03-01T09:00:00Z'))).ok).to.equal(true);
  });

  it('a combined file of 4 results, 3 with bad dates: 1 added, 3 listed with their reasons, no odd round', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const combined = {
      schema: SUMMARY_SCHEMA,
      version: 1,
      packageVersion: '0.1.0',
      createdAt: GOOD,
      round: '',
      results: [
        file(GOOD, 'Real team'),
        file('1 March 2026', 'A'),
        file('+275760-09-13T00:00:00.000Z', 'B'),
        file('9999-12-31T00:00:00.000Z', 'C'),
      ],
    };
    const outcome = await el.addFiles([new File([JSON.stringify(combined)], 'combined.json')]);
    await el.updateComplete;
    expect(outcome.added).to.equal(1);
    expect(outcome.rejected).to.have.length(3);
    for (const r of outcome.rejected) expect(r.reason).to.match(/date/i);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('1 added, 0 already there, 3 could not be used');
    expect(text).to.match(/result 2 of 4/i);
    expect(text).to.match(/result 4 of 4/i);
    // The views, the round menus and the print heading: no round the bad dates would have made.
    const views = [
      ...el.shadowRoot!.querySelectorAll('.controls, .print-only, section:not(.intake)'),
    ]
      .map((e) => e.textContent)
      .join(' ');
    expect(views).to.not.match(/NaN|undefined|275760|9999/);
    expect(el.summary.rounds.map((r) => r.label)).to.deep.equal(['Jan to Mar 2026']);
    await report({ attacks: 1 });
    await expect(el).to.be.accessible();
  });
});

describe('hostile: big inputs', () => {
  it('typing in the paste box does not recompute the whole summary on each key', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await el.addFiles([new File([toJson(file(GOOD))], 'a.json')]);
    await el.updateComplete;
    const before = el._summary;
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste')!;
    for (const ch of '{"sch') {
      box.value += ch;
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    expect(el._paste).to.equal('{"sch');
    expect(el._summary, 'the same summary object: not recomputed').to.equal(before);
  });
});
