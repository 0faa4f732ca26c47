import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SelfCheckSummary } from '../../src/index.js';
import '../../src/define/self-check-summary.js';
import {
  readRollupText,
  rollupToJson,
  SUMMARY_SCHEMA,
  type SelfCheckResultFile,
} from '../../src/engine/index.js';
import { asFile, makeResult } from '../fixtures/summary-files.js';

/** A national roll-up without a server: team -> ICB -> region -> nation, read as one (issue 29). */
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

/** What a download button offers, read back from its blob URL. */
async function downloaded(el: SelfCheckSummary, label: string): Promise<string> {
  let saved = '';
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    void fetch(this.href)
      .then((r) => r.text())
      .then((t) => (saved = t));
  };
  try {
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b).startsWith(label))!.click();
    for (let i = 0; i < 100 && !saved; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return saved;
}

const WINTER = '2026-02-10T10:00:00.000Z';
const SPRING = '2026-05-10T10:00:00.000Z';

/** An ICB's combined file as an object: its teams' results, two rounds. */
function icb(name: string, teams: number, seed: number) {
  const results: SelfCheckResultFile[] = [];
  for (let t = 0; t < teams; t++)
    for (const createdAt of [WINTER, SPRING])
      results.push(
        makeResult({
          organisation: `${name} Hospice`,
          team: `Team ${t + 1}`,
          createdAt,
          seed: seed + t + (createdAt === SPRING ? 500 : 0),
        }),
      );
  return { schema: SUMMARY_SCHEMA, version: 1, source: name, results };
}

const combined = (source: string, results: unknown[]) => ({
  schema: SUMMARY_SCHEMA,
  version: 1,
  source,
  results,
});

function nation() {
  const north = icb('North Shire ICB', 4, 10);
  const vale = icb('Vale ICB', 3, 40);
  const coast = icb('Coast ICB', 5, 70);
  const northEast = combined('North East', [north, vale]);
  const south = combined('South', [coast]);
  return { north, vale, coast, file: combined('England', [northEast, south]) };
}

describe('<self-check-summary> national roll-up', function () {
  // axe over the whole view takes seconds on a shared, busy machine.
  this.timeout(60000);
  it('reads combined files of combined files as one, each result keeping where it came from', async () => {
    const { file } = nation();
    const read = readRollupText(JSON.stringify(file), 'england.json');
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    // 4 + 3 + 5 teams, two rounds each.
    expect(read.results).to.have.length(24);
    expect(read.results[0].from).to.deep.equal(['england.json', 'North East', 'North Shire ICB']);
    expect(read.results[23].from).to.deep.equal(['england.json', 'South', 'Coast ICB']);
    expect(read.results[23].result.organisation).to.equal('Coast ICB Hospice');
  });

  it('counts a result held by two files once, and lists where the results came from', async () => {
    const { file, vale } = nation();
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    // Vale ICB also sent its own file straight to the nation; and one of its teams sent its own.
    await choose(el, [
      new File([JSON.stringify(file)], 'england.json'),
      new File([JSON.stringify(vale)], 'vale-icb.json'),
      asFile(vale.results[0], 'vale-team-1.json'),
    ]);
    // Vale's six results and its team's own file: seven results counted once (results, not files).
    expect(text($(el, '[part=status]'))).to.match(
      /^24 results from 12 teams; 7 duplicates counted once\. 3 files read: 24 added, 7 already there/,
    );
    expect(el.results).to.have.length(24);
    expect(text($(el, '.files'))).to.include('vale-icb.json: Already added');
    // Where each result came from, as the lead sees it and as the roll-up passes it up.
    $<HTMLElement>(el, '.files summary').click();
    await oneEvent($(el, '.files details'), 'toggle');
    await el.updateComplete;
    expect(text($(el, '.files'))).to.include(
      'From the files inside it: North East (14); South (10).',
    );
    const from = el.sourced.map((s) => s.from.join(' > '));
    expect(from.filter((f) => f === 'england.json > North East > Vale ICB')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('passes every round up in a roll-up file that the next level reads back with its sources', async () => {
    const { north, vale } = nation();
    const icbLead = await fixture<SelfCheckSummary>(
      html`<self-check-summary></self-check-summary>`,
    );
    await choose(icbLead, [
      ...north.results.map((r, i) => asFile(r, `north-${i}.json`)),
      new File([JSON.stringify(vale)], 'vale.json'),
    ]);
    expect(icbLead.summary.rounds).to.have.length(2);
    let saved = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      void fetch(this.href)
        .then((r) => r.text())
        .then((t) => (saved = t));
    };
    try {
      const button = [...icbLead.shadowRoot!.querySelectorAll('button')].find((b) =>
        text(b).startsWith('Download roll-up file'),
      )!;
      button.click();
      for (let i = 0; i < 100 && !saved; i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const data = JSON.parse(saved);
    expect(data.results).to.have.length(14);
    expect(data.sources[0]).to.deep.equal(['north-0.json']);
    expect(data.sources[13]).to.deep.equal(['vale.json']);
    // The region reads it with others, as one.
    const region = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(region, [new File([saved], 'north-east-icbs.json')]);
    expect(region.results).to.have.length(14);
    expect(region.sourced[0].from).to.deep.equal(['north-east-icbs.json', 'north-0.json']);
    expect(region.summary.rounds.map((r) => r.teams)).to.deep.equal([7, 7]);
    // With names hidden, the roll-up is not offered (it needs names to count teams once).
    icbLead.hideNames = true;
    await icbLead.updateComplete;
    const off = [...icbLead.shadowRoot!.querySelectorAll('button')].find((b) =>
      text(b).startsWith('Download roll-up file'),
    )!;
    expect(off.disabled).to.equal(true);
    expect(text($(icbLead, '#rollup-note'))).to.include('turn off "Hide team names"');
  });

  it('counts a result the lead named once when it comes back through a roll-up file', async () => {
    const named = [1, 2].map((t) =>
      makeResult({
        organisation: 'Fernbrook Hospice',
        team: `Team ${t}`,
        createdAt: WINTER,
        seed: t,
      }),
    );
    const unnamed = makeResult({ organisation: 'Fernbrook Hospice', createdAt: WINTER, seed: 9 });
    const teamFile = () => asFile(unnamed, 'unnamed-team.json');
    const icbLead = await fixture<SelfCheckSummary>(
      html`<self-check-summary></self-check-summary>`,
    );
    await choose(icbLead, [...named.map((r, i) => asFile(r, `team-${i}.json`)), teamFile()]);
    // The lead names the unnamed team in the list of files, as a person would.
    const box = $<HTMLInputElement>(icbLead, '.rename input');
    box.value = 'Day hospice';
    const renamed = oneEvent(icbLead, 'ambitions-summary-change');
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await renamed;
    await icbLead.updateComplete;
    // The same team's file again in the same summary: still three results, not four.
    await choose(icbLead, [teamFile()]);
    expect(icbLead.results).to.have.length(3);
    expect(text($(icbLead, '[part=status]'))).to.match(
      /^3 results from 3 teams; 1 duplicate counted once\./,
    );
    const saved = await downloaded(icbLead, 'Download roll-up file');
    expect(JSON.parse(saved).results.map((r: SelfCheckResultFile) => r.team)).to.include(
      'Day hospice',
    );
    // The region gets the ICB's roll-up and the team's own file: the team counts once.
    const region = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(region, [new File([saved], 'fernbrook-icb.json'), teamFile()]);
    expect(region.results).to.have.length(3);
    expect(region.summary.rounds.map((r) => r.teams)).to.deep.equal([3]);
    expect(text($(region, '.files'))).to.include('unnamed-team.json: Already added');
    // The roll-up file twice: counted once.
    await choose(region, [new File([saved], 'fernbrook-icb-again.json')]);
    expect(region.results).to.have.length(3);
    // And where each came from is kept, for the next level up.
    expect(region.sourced.map((s) => s.from)).to.deep.equal([
      ['fernbrook-icb.json', 'team-0.json'],
      ['fernbrook-icb.json', 'team-1.json'],
      ['fernbrook-icb.json', 'unnamed-team.json'],
    ]);
    await expect(region).to.be.accessible();
  });

  it("keeps the lead's name when the team's own unnamed file was added first", async () => {
    const unnamed = makeResult({ organisation: 'Fernbrook Hospice', createdAt: WINTER, seed: 9 });
    const other = makeResult({
      organisation: 'Fernbrook Hospice',
      team: 'Team 1',
      createdAt: WINTER,
      seed: 1,
    });
    const saved = JSON.stringify(
      combined('Fernbrook ICB', [other, { ...unnamed, team: 'Day hospice' }]),
    );
    const region = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(region, [asFile(unnamed, 'unnamed-team.json')]);
    await choose(region, [new File([saved], 'fernbrook-icb.json')]);
    expect(region.results.map((r) => r.team)).to.deep.equal(['Day hospice', 'Team 1']);
    expect(region.summary.rounds.map((r) => r.teams)).to.deep.equal([2]);
    expect(text($(region, '[part=status]'))).to.match(/^2 results from 2 teams/);
    expect(text($(region, '.matrix'))).to.include('Day hospice');
    expect(text($(region, '.matrix'))).to.not.include('Unnamed team');
    await expect(region).to.be.accessible();
  });

  it('refuses a file nested too deep or holding nothing, with a plain reason', () => {
    let deep: unknown = combined('team', [makeResult({ team: 'x', createdAt: WINTER, seed: 1 })]);
    for (let i = 0; i < 8; i++) deep = combined(`level ${i}`, [deep]);
    const read = readRollupText(JSON.stringify(deep), 'deep.json');
    expect(read).to.deep.equal({
      ok: false,
      reason:
        'This combined file nests combined files more than 5 levels deep; none of its results were read.',
    });
    const empty = readRollupText(JSON.stringify(combined('x', [combined('y', [{ nonsense: 1 }])])));
    expect(empty.ok).to.equal(false);
    expect(
      readRollupText('{"schema": "ambitions-elements/self-check-summary", "results": [').ok,
    ).to.equal(false);
    const round = JSON.parse(rollupToJson([], 'x'));
    expect(round.round).to.equal('All rounds');
  });
});
