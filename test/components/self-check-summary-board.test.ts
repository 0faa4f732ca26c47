import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { findings, foundations } from '../../src/content/index.js';
import { SelfCheckSummary } from '../../src/index.js';
import '../../src/define/self-check-summary.js';
import { pngOf, svgFile } from '../../src/components/self-check-summary/charts.js';
import {
  createResultFile,
  longDate,
  type Answers,
  type SelfCheckResultFile,
} from '../../src/engine/index.js';
import { asFile, makeResult } from '../fixtures/summary-files.js';

/** The trend over rounds and the board page (issue 29), checked against counts made here. */
const $ = <T extends Element = HTMLElement>(el: SelfCheckSummary, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SelfCheckSummary, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
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

/** The stages in order, written out here rather than taken from the engine. */
const ORDER = ['not-started', 'understand', 'interpret', 'implement', 'embedded'];
const COLUMNS = [...ORDER, 'none'];
const ORGS = ['Fernbrook Hospice', 'Northvale Community Trust', 'Millbeck PCN'];
const DATES = ['2025-08-14T09:00:00.000Z', '2025-11-12T10:00:00.000Z', '2026-02-10T10:00:00.000Z'];

/**
 * Three rounds of 30 teams: two teams leave after the first round and two join in the last;
 * one team sends an earlier result in the second round that its later one replaces; one result
 * in the first round has no team name.
 */
function threeRounds(): SelfCheckResultFile[] {
  const results: SelfCheckResultFile[] = [];
  DATES.forEach((createdAt, r) => {
    const teams =
      r === 0
        ? [...Array(29).keys()]
        : r === 1
          ? [...Array(30).keys()]
          : [...Array(28).keys(), 30, 31];
    for (const t of teams)
      results.push(
        makeResult({
          organisation: ORGS[t % 3],
          team: `Team ${t + 1}`,
          createdAt,
          seed: 1000 * (r + 1) + t,
        }),
      );
    if (r === 0) results.push(makeResult({ organisation: ORGS[0], createdAt, seed: 77 }));
    if (r === 1)
      results.push(
        makeResult({
          organisation: ORGS[1],
          team: 'Team 5',
          createdAt: '2025-10-02T09:00:00.000Z',
          seed: 99,
        }),
      );
  });
  return results;
}

/** Each round's teams, counted here: the latest result per organisation and team. */
function independentCount(results: SelfCheckResultFile[]) {
  const quarter = (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;
  const rounds = new Map<string, Map<string, SelfCheckResultFile>>();
  results.forEach((r, i) => {
    const round = quarter(r.createdAt);
    if (!rounds.has(round)) rounds.set(round, new Map());
    const teams = rounds.get(round)!;
    const key = r.team ? `${r.organisation}|${r.team}` : `unnamed ${i}`;
    const earlier = teams.get(key);
    if (!earlier || earlier.createdAt < r.createdAt) teams.set(key, r);
  });
  const ids = [...rounds.keys()].sort();
  const stageOf = (r: SelfCheckResultFile, item: string) =>
    (r.answers as Record<string, { stage?: string } | undefined>)[item]?.stage ?? 'none';
  const table = foundations.map((f) =>
    ids.map((id) =>
      COLUMNS.map(
        (c) => [...rounds.get(id)!.values()].filter((r) => stageOf(r, f.id) === c).length,
      ),
    ),
  );
  const first = rounds.get(ids[0])!;
  const last = rounds.get(ids[ids.length - 1])!;
  const both = [...last.keys()].filter((k) => !k.startsWith('unnamed') && first.has(k));
  const movement = foundations.map((f) => {
    const m = [0, 0, 0, 0];
    for (const k of both) {
      const a = ORDER.indexOf(stageOf(first.get(k)!, f.id));
      const b = ORDER.indexOf(stageOf(last.get(k)!, f.id));
      m[a < 0 || b < 0 ? 3 : b > a ? 0 : b < a ? 2 : 1]++;
    }
    return m;
  });
  const early = foundations.map(
    (f) =>
      [...last.values()].filter((r) => ['not-started', 'understand'].includes(stageOf(r, f.id)))
        .length,
  );
  return { ids, table, both: both.length, movement, early, teamsLast: last.size };
}

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('<self-check-summary> trend and board page', () => {
  it('shows each item\u2019s stages over three rounds, equal to a count made from the files', async function () {
    this.timeout(60000);
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const results = threeRounds();
    await choose(
      el,
      results.map((r, i) => asFile(r, `${i}.json`)),
    );
    const expected = independentCount(results);
    expect(expected.ids).to.deep.equal(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(text($(el, '.trend h3'))).to.equal('Trend over 3 rounds');
    // The table: one group of rows per item, one row per round, six counts per row.
    const shown = $$(el, '.trend-table tbody').map((group) =>
      [...group.querySelectorAll('tr')].map((tr) =>
        [...tr.querySelectorAll('td:not(.n)')].map((td) => Number(text(td))),
      ),
    );
    expect(shown).to.deep.equal(expected.table);
    const roundHeads = [...$$(el, '.trend-table tbody')[0].querySelectorAll('th[scope=row]')].map(
      text,
    );
    expect(roundHeads).to.deep.equal(['Jul to Sep 2025', 'Oct to Dec 2025', 'Jan to Mar 2026']);
    // Every round counts 30 teams (the replaced result and the unnamed one handled as a person would).
    for (const group of shown)
      for (const row of group) expect(row.reduce((a, b) => a + b, 0)).to.equal(30);
    // Moved up, stayed, moved down from the first round to the last.
    expect(text($(el, '.trend'))).to.include(
      `${expected.both} teams have a result (with a team name) in both rounds`,
    );
    const movement = $$(el, '.movement tbody tr').map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => Number(text(td))),
    );
    expect(movement).to.deep.equal(expected.movement);
    // The chart carries its text alternative.
    const chart = $<SVGSVGElement>(el, '#chart-trend');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.querySelector('desc')!.textContent).to.include(
      '1. Personalised care planning: Jul to Sep 2025 (n = 30):',
    );
    await expect(el).to.be.accessible();
  });

  it('says how many teams each trend bar stands for, per item and round, on screen, in print and in the chart files', async function () {
    this.timeout(60000);
    // Four teams send nothing in the second round: 30, 26 and 30 teams.
    const gone = ['Team 1', 'Team 2', 'Team 3', 'Team 4'];
    const results = threeRounds().filter(
      (r) => !(r.createdAt === DATES[1] && gone.includes(r.team ?? '')),
    );
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(
      el,
      results.map((r, i) => asFile(r, `${i}.json`)),
    );
    const teams = [30, 26, 30];
    // The table: a "Teams (n)" column, per item and round.
    expect($$(el, '.trend-table thead th').map(text)).to.include('Teams (n)');
    const n = $$(el, '.trend-table tbody').map((group) =>
      [...group.querySelectorAll('td.n')].map((td) => text(td)),
    );
    expect(n).to.deep.equal(foundations.map(() => teams.map(String)));
    // The chart: "n = 26" beside each bar, in the SVG a lead downloads for a slide too.
    const chart = $<SVGSVGElement>(el, '#chart-trend');
    const labels = (svg: Element) =>
      [...svg.querySelectorAll('text')]
        .map((t) => t.textContent!.trim())
        .filter((t) => /^n = /.test(t));
    expect(labels(chart)).to.deep.equal(foundations.flatMap(() => teams.map((t) => `n = ${t}`)));
    const file = new DOMParser().parseFromString(svgFile(chart), 'image/svg+xml');
    expect(labels(file.documentElement)).to.have.length(30);
    // The file is clean markup (no Lit markers) and draws its title, with the rounds, as text.
    expect(svgFile(chart)).to.not.include('<!--');
    const drawn = [...file.querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect(drawn[0]).to.equal(chart.querySelector('title')!.textContent!.trim());
    expect(drawn[0]).to.match(/Jul to Sep 2025/);
    // The text alternative says it too.
    expect(chart.querySelector('desc')!.textContent).to.include(
      '1. Personalised care planning: Jul to Sep 2025 (n = 30):',
    );
    expect(file.querySelector('desc')!.textContent).to.include('Oct to Dec 2025 (n = 26):');
    // In print the table (which prints in place of the chart) keeps the column.
    await emulateMedia({ media: 'print' });
    const cell = $$(el, '.trend-table td.n')[1];
    expect(getComputedStyle(cell).display).to.not.equal('none');
    expect(text(cell)).to.equal('26');
    await emulateMedia({ media: 'screen' });
    await expect(el).to.be.accessible();
  });

  it('gives a board page: date, rounds, teams, the three hardest items, the change, what holds teams back', async function () {
    this.timeout(60000);
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const results = threeRounds();
    await choose(
      el,
      results.map((r, i) => asFile(r, `${i}.json`)),
    );
    const expected = independentCount(results);
    const board = text($(el, '.board'));
    expect(board).to.include(`Prepared ${longDate(new Date())}.`);
    expect(board).to.include('Round shown: Jan to Mar 2026, 30 teams from 3 organisations.');
    expect(board).to.include(
      'Rounds in these files: Jul to Sep 2025 (30 teams), Oct to Dec 2025 (30 teams), Jan to Mar 2026 (30 teams).',
    );
    const hardest = foundations
      .map((f, i) => ({ f, early: expected.early[i] }))
      .sort((a, b) => b.early - a.early || a.f.number - b.f.number)
      .slice(0, 3);
    expect($$(el, '.board-main ul.hardest li').map(text)).to.deep.equal(
      hardest.map(
        (h) => `${h.f.number}. ${h.f.title}: ${h.early} of 30 teams not started or understanding`,
      ),
    );
    const i0 = foundations.indexOf(hardest[0].f);
    const [up, same, down] = expected.movement[i0];
    expect(board).to.include(
      `${hardest[0].f.number}. ${hardest[0].f.title}: ${up} moved up, ${same} stayed, ${down} moved down`,
    );
    // The quiz's held-back flag is read from each file: none of these teams marked one.
    expect(board).to.include('No team marked an item as held back.');
    // Readers get the report's section, never the line numbers the data keeps for its checks.
    expect(board).to.not.match(/\bline/);
    // The report's recommendations beside it, verbatim and credited.
    const recs = $$(el, '.board-recs ol li').map(text);
    expect(recs).to.deep.equal(findings.recommendations.map((r) => r.replace(/\s+/g, ' ')));
    expect(text($(el, '.board-recs .credit'))).to.include('section 7 (Recommendations).');
    await expect(el).to.be.accessible();
  });

  it('shows every item tied for hardest, the held-back notes under their counts, and the long date', async function () {
    this.timeout(60000);
    // Four teams: item 1 early for all four; items 2, 3 and 7 for three of four (a tie at third).
    const id = (n: number) => foundations[n - 1].id;
    const notes = [
      'Waiting on the shared record contract',
      'No bereavement lead funded yet',
      'Rota gaps over winter',
    ];
    const teams = [0, 1, 2, 3].map((t) => {
      const answers: Record<string, unknown> = {};
      for (const f of foundations)
        answers[f.id] = {
          stage:
            f.number === 1 || ([2, 3, 7].includes(f.number) && t < 3) ? 'understand' : 'embedded',
        };
      answers[id(2)] = {
        stage: t < 3 ? 'understand' : 'embedded',
        heldBack: t < 3,
        ...(t < 3 ? { heldBackNote: notes[t] } : {}),
      };
      return createResultFile(answers as Answers, {
        organisation: 'Fernbrook Hospice',
        team: `Ward ${t + 1}`,
        createdAt: '2026-02-10T10:00:00.000Z',
      });
    });
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(
      el,
      teams.map((r, i) => asFile(r, `${i}.json`)),
    );
    expect(
      $$(el, '.board-main ul.hardest li')
        .map(text)
        .map((t) => t.split('.')[0]),
    ).to.deep.equal(['1', '2', '3', '7']);
    const today = longDate(new Date());
    expect(text($(el, '.board-meta'))).to.include(`Prepared ${today}.`);
    expect(today).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const held = $$(el, '.board ul.held-back > li');
    expect(held).to.have.length(1);
    expect(text(held[0])).to.include(`2. ${foundations[1].title}: 3 teams`);
    expect($$(el, '.held-notes li').map(text)).to.deep.equal(
      notes.map((n, t) => `Ward ${t + 1} (Fernbrook Hospice): ${n}`),
    );
    await expect(el).to.be.accessible();
    // In print, the board page keeps two notes per item and counts the rest.
    el._printBoard = true;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const shown = $$(el, '.held-notes li').filter((li) => getComputedStyle(li).display !== 'none');
    expect(shown).to.have.length(2);
    expect(getComputedStyle($(el, '.held-print-more')).display).to.equal('block');
    expect(text($(el, '.held-print-more'))).to.equal('And 1 more note on screen.');
    await emulateMedia({ media: 'screen' });
    el._printBoard = false;
    // Names hidden: the notes stand alone, no team or organisation beside them.
    el.hideNames = true;
    await el.updateComplete;
    // (Teams are listed in their pseudonyms' order, which is drawn afresh on each page.)
    expect($$(el, '.held-notes li').map(text).sort()).to.deep.equal([...notes].sort());
    // "Leave what teams wrote out of the downloads": the board page leaves them out too.
    el._withoutFreeText = true;
    await el.updateComplete;
    expect($$(el, '.held-notes li')).to.have.length(0);
    expect(text($(el, '.board'))).to.include(`2. ${foundations[1].title}: 3 teams`);
    await expect(el).to.be.accessible();
  });

  it('keeps the charts readable at 320 px: a minimum width, scrolled in a keyboard region', async function () {
    this.timeout(60000);
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(
      el,
      threeRounds().map((r, i) => asFile(r, `${i}.json`)),
    );
    for (const [id, label] of [
      ['chart-trend', 'Trend chart'],
      ['chart-stages', 'Board chart'],
    ]) {
      const chart = $<SVGSVGElement>(el, `#${id}`);
      expect(chart.getBoundingClientRect().width).to.be.at.least(560);
      const region = chart.closest<HTMLElement>('.scroll')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal(label);
      expect(region.tabIndex).to.equal(0);
      expect(region.scrollWidth).to.be.above(region.clientWidth);
      expect(region.getBoundingClientRect().width).to.be.at.most(320);
    }
    await expect(el).to.be.accessible();
  });

  it('prints the board page alone on one A4 page', async function () {
    this.timeout(60000);
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(
      el,
      threeRounds().map((r, i) => asFile(r, `${i}.json`)),
    );
    // What "Print the board page" does before it calls print().
    el._printBoard = true;
    await el.updateComplete;
    // The printable width of A4 with the browser's default margins (210 mm - 2 cm).
    await setViewport({ width: 718, height: 1000 });
    await emulateMedia({ media: 'print' });
    const board = $(el, '.board');
    expect(getComputedStyle(board).display).to.equal('block');
    expect(getComputedStyle($(el, '.intake')).display).to.equal('none');
    expect(getComputedStyle($(el, '.system')).display).to.equal('none');
    // Everything else is hidden, so the page is the board: it must fit A4's printable height
    // (297 mm - 2 cm = 1047 CSS px).
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.below(1047);
    const pdf = await executeServerCommand<{ pages: number | null; reason?: string }, undefined>(
      'pdf-pages',
    );
    // Only two named engines may answer without a count, and there the height above is the
    // check: WebKit's driver cannot print, and Firefox's PDF is of the page as emulated, not the
    // printout (scripts/pdf-pages.mjs). Any other answer, an error included, must be one page.
    if (pdf.pages === null)
      expect(pdf.reason).to.match(/cannot print to PDF here|prints the emulated page/);
    else expect(pdf.pages).to.equal(1);
    console.log(
      `Board page: ${Math.round(height)} px tall in print; PDF pages: ${pdf.pages ?? pdf.reason}`,
    );
  });

  it('offers each chart as an SVG (with its text alternative) and a PNG for a slide', async function () {
    this.timeout(60000);
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    await choose(
      el,
      threeRounds().map((r, i) => asFile(r, `${i}.json`)),
    );
    const downloads: { name: string; body: Promise<Blob> }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, body: fetch(this.href).then((r) => r.blob()) });
    };
    try {
      const buttons = $$<HTMLButtonElement>(el, '.board .chart-downloads button');
      expect(buttons.map(text)).to.deep.equal(['Download chart (SVG)', 'Download chart (PNG)']);
      buttons[0].click();
      buttons[1].click();
      for (let i = 0; i < 100 && downloads.length < 2; i++)
        await new Promise((r) => setTimeout(r, 50));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads.map((d) => d.name.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'))).to.deep.equal([
      'self-check-stages-DAY.svg',
      'self-check-stages-DAY.png',
    ]);
    const svgText = await (await downloads[0].body).text();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal(
      'Teams at each stage, per item, Jan to Mar 2026',
    );
    expect(doc.querySelector('desc')!.textContent).to.match(
      /^1\. Personalised care planning: \d+ not started,/,
    );
    // It opens as an image on its own (no style sheet, no script).
    const image = new Image();
    image.src = URL.createObjectURL(await downloads[0].body);
    await image.decode();
    expect(image.naturalWidth).to.equal(640);
    const png = await downloads[1].body;
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...bytes]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    // The same helpers on the trend chart.
    const trend = $<SVGSVGElement>(el, '#chart-trend');
    expect(svgFile(trend)).to.include('<desc');
    expect((await pngOf(trend))?.size ?? 0).to.be.greaterThan(1000);
  });
});
