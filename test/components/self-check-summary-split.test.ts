import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/self-check-summary.js';
import type { SelfCheckSummary } from '../../src/components/self-check-summary/self-check-summary.js';
import {
  createResultFile,
  parseCsv,
  summaryToCsv,
  toJson,
  type Answers,
} from '../../src/engine/index.js';

/**
 * Issue 28: teams that gathered their members' ratings keep the spread per item; the summary
 * counts, per item, how many teams were split (members far apart) before agreeing, on screen and
 * in its combined exports.
 */

const $ = <T extends Element = HTMLElement>(el: SelfCheckSummary, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

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

const AT = '2026-11-10T10:00:00.000Z';
const team = (name: string, answers: Answers) =>
  new File(
    [
      toJson(
        createResultFile(answers, { organisation: 'Fernbrook Hospice', team: name, createdAt: AT }),
      ),
    ],
    `${name}.json`,
    { type: 'application/json' },
  );

describe('<self-check-summary> split before agreeing', function () {
  // Reads four files and checks axe, in three engines on two shared cores.
  this.timeout(60_000);
  it('counts per item the teams whose members were far apart, on screen and in its CSV', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    // Without any spread, no column for it.
    await choose(el, [team('Ward 1', { leadership: { stage: 'implement' } })]);
    expect(text($(el, '[part="system"]'))).to.not.contain('Split before agreeing');

    await choose(el, [
      team('Ward 2', {
        leadership: { stage: 'interpret', spread: { understand: 2, implement: 1 } },
        'co-design': { stage: 'interpret', spread: { interpret: 3 } },
      }),
      team('Ward 3', {
        leadership: { stage: 'implement', spread: { 'not-started': 1, embedded: 2 } },
      }),
      team('Ward 4', {
        leadership: { stage: 'understand', spread: { understand: 1, interpret: 1 } },
      }),
    ]);
    const table = $(el, '[part="system"] table');
    const head = [...table.querySelectorAll('thead th')].map(text);
    expect(head.at(-1)).to.equal('Split before agreeing');
    const row = (number: number) =>
      [...table.querySelectorAll('tbody tr')]
        .map((tr) => [...tr.querySelectorAll('th, td')].map(text))
        .find((cells) => cells[0].startsWith(`${number}. `))!;
    expect(row(8).at(-1)).to.equal('2 of 4 teams');
    expect(row(7).at(-1)).to.equal('0 of 4 teams');
    expect(text($(el, '[part="system"]'))).to.contain(
      '3 of 4 teams gathered their members’ ratings',
    );
    await expect(el).to.be.accessible();

    // The combined CSV keeps every team's spread and the far-apart flag.
    const csv = parseCsv(summaryToCsv(el._summary, { withoutFreeText: true }));
    const [header, ...rows] = csv;
    const far = rows
      .filter((r) => r[header.indexOf('item_id')] === 'leadership')
      .map((r) => `${r[header.indexOf('team')]}: ${r[header.indexOf('members_far_apart')]}`);
    expect(far).to.have.members(['Ward 1: ', 'Ward 2: yes', 'Ward 3: yes', 'Ward 4: no']);
  });
});
