// Issue 29: the summary's "Print for the meeting" ran to 5 pages. What a lead takes to a network
// meeting: the system per item, where to focus, the change since the comparison round and the trend
// over three rounds. It may run over more than one page, but it must not waste paper: no page left
// near-empty before the last, and no heading at the foot of a page without its content.
// Printed the way a person prints (Chromium's A4 PDF, the browser's default margins, print media),
// from the built CDN bundle, in the browser's default font and in Arial; read back with pdftotext.
// Run: `node --test test/print/summary-meeting.node.mjs` (part of `npm run test:node`, after
// `npm run build`). Needs poppler-utils (pdftotext).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/browsers/find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const margin = { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' };
/** At most this many pages for three rounds of 30 teams with a comparison round. */
const MAX_PAGES = 4;

function serve(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/page') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Print</title>
      <script type="module" src="/dist/cdn/ambitions-elements.js"></script></head>
      <body style="font-family: ${url.searchParams.get('font') ?? 'initial'}">
      <h1>Palliative care network</h1><self-check-summary></self-check-summary></body></html>`);
    return;
  }
  const file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
  response.writeHead(200, { 'content-type': type });
  createReadStream(file).pipe(response);
}

/** Three rounds of 30 teams in three organisations, a stage (or none) and sometimes a note per item. */
async function threeRounds() {
  const engine = await import(new URL('dist/engine/index.js', `file://${root}`).href);
  const content = await import(new URL('dist/content/index.js', `file://${root}`).href);
  const orgs = ['Fernbrook Hospice', 'Northvale Community Trust', 'Millbeck PCN'];
  const dates = [
    '2025-08-14T09:00:00.000Z',
    '2025-11-12T10:00:00.000Z',
    '2026-02-10T10:00:00.000Z',
  ];
  return dates.flatMap((createdAt, r) =>
    Array.from({ length: 30 }, (_, t) => {
      const random = engine.mulberry32(100 * r + t + 1);
      const answers = {};
      for (const f of content.foundations) {
        const s = Math.floor(random() * 6);
        if (s < 5)
          answers[f.id] = {
            stage: engine.stages[s].id,
            ...(random() < 0.3 ? { notes: `Note on item ${f.number} from team ${t + 1}` } : {}),
          };
      }
      return engine.createResultFile(answers, {
        organisation: orgs[t % 3],
        team: `Team ${t + 1}`,
        createdAt,
      });
    }),
  );
}

/**
 * A small ICB's three rounds as its lead tried them (files made through the quiz's screens): four
 * teams, one without a name in the first round. Stages per item 1-10: 0 not started ... 4 embedded.
 */
const SMALL_ICB = [
  ['2025-08-14', 'Fernbrook Hospice', 'Day hospice', '1120120121'],
  ['2025-08-15', 'Fernbrook Hospice', 'Community team', '0110230110'],
  ['2025-08-20', 'Northvale Community Trust', 'District nursing', '2011120211'],
  ['2025-08-21', 'Millbeck PCN', '', '1000110100'],
  ['2025-11-12', 'Fernbrook Hospice', 'Day hospice', '2121231221'],
  ['2025-11-13', 'Fernbrook Hospice', 'Community team', '1112130211'],
  ['2025-11-14', 'Northvale Community Trust', 'District nursing', '2121231221'],
  ['2026-02-10', 'Fernbrook Hospice', 'Day hospice', '3231331322'],
  ['2026-02-11', 'Fernbrook Hospice', 'Community team', '2131241221'],
  ['2026-02-12', 'Northvale Community Trust', 'District nursing', '3122331322'],
  ['2026-02-13', 'Millbeck PCN', 'Care homes', '1010210110'],
];

async function smallIcb() {
  const engine = await import(new URL('dist/engine/index.js', `file://${root}`).href);
  const content = await import(new URL('dist/content/index.js', `file://${root}`).href);
  return SMALL_ICB.map(([day, organisation, team, stages]) =>
    engine.createResultFile(
      Object.fromEntries(
        content.foundations.map((f, i) => [f.id, { stage: engine.stages[+stages[i]].id }]),
      ),
      { organisation, team, createdAt: `${day}T09:00:00.000Z` },
    ),
  );
}

let server;
let browser;
let origin;
let work;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/cdn/ambitions-elements.js')), 'run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'summary-meeting-'));
  server = createServer(serve).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChrome();
  assert.ok(executablePath, 'a Chrome or Chromium is needed to print (set CHROME_PATH)');
  browser = await puppeteer.launch({ executablePath, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  // KEEP_PRINTS=1 keeps the PDFs to look at (the path is in the log).
  if (work && !process.env.KEEP_PRINTS) rmSync(work, { recursive: true, force: true });
});

/** Prints the meeting view; returns the PDF's path and the headings that print. */
async function printMeeting(font, results) {
  const page = await browser.newPage();
  await page.goto(`${origin}/page?font=${encodeURIComponent(font)}`);
  await page.evaluate(async (results) => {
    await customElements.whenDefined('self-check-summary');
    const el = document.querySelector('self-check-summary');
    el.results = results;
    await el.updateComplete;
    // The lead compares with the round before.
    el.compareRound = '2025-Q4';
    await el.updateComplete;
  }, results);
  await page.emulateMediaType('print');
  const headings = await page.evaluate(() =>
    [
      ...document
        .querySelector('self-check-summary')
        .shadowRoot.querySelectorAll('h2, h3, h4, h5, h6'),
    ]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
  );
  const pdf = join(work, `meeting-${results.length}-${font.replace(/\W+/g, '')}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', margin, printBackground: true }));
  await page.close();
  return { pdf, headings };
}

const run = (tool, args) => {
  const out = spawnSync(tool, args, { encoding: 'utf8' });
  assert.equal(out.status, 0, `${tool} failed (apt-get install -y poppler-utils): ${out.stderr}`);
  return out.stdout;
};

/** Per page: its text lines, and how far down its lowest word reaches (0-1). */
function pages(pdf) {
  const count = Number(run('pdfinfo', [pdf]).match(/Pages:\s+(\d+)/)[1]);
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1);
    const lines = run('pdftotext', ['-f', n, '-l', n, '-layout', pdf, '-'])
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const box = run('pdftotext', ['-f', n, '-l', n, '-bbox', pdf, '-']);
    const height = Number(box.match(/<page width="[\d.]+" height="([\d.]+)"/)[1]);
    const lowest = Math.max(...[...box.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    return { lines, filled: lowest / height };
  });
}

const cases = [
  ['three rounds of 30 teams', threeRounds, 'initial'],
  ['three rounds of 30 teams', threeRounds, 'Arial, sans-serif'],
  ['a small ICB, three rounds of 4 teams', smallIcb, 'Arial, sans-serif'],
];
for (const [data, make, font] of cases) {
  test(`the meeting print wastes no page and leaves no heading at a page foot: ${data} (${font})`, async () => {
    const { pdf, headings } = await printMeeting(font, await make());
    const printed = pages(pdf);
    const report = printed.map((p, i) => `page ${i + 1}: ${Math.round(p.filled * 100)}% filled`);
    console.log(
      `Meeting print, ${data} (${font}): ${printed.length} pages; ${report.join(', ')}; ${pdf}`,
    );
    assert.ok(headings.includes('Trend over 3 rounds'), 'the trend prints');
    assert.ok(headings.includes('Change since Oct to Dec 2025'), 'the change prints');
    assert.ok(printed.length <= MAX_PAGES, `${printed.length} pages (at most ${MAX_PAGES})`);
    // Every page but the last is used to at least three quarters of its height.
    printed
      .slice(0, -1)
      .forEach((p, i) =>
        assert.ok(p.filled > 0.75, `page ${i + 1} is only ${Math.round(p.filled * 100)}% filled`),
      );
    // A heading is followed on its page by at least five lines (its introduction and the table's
    // header are not enough on their own), unless it ends the print.
    printed.forEach((p, i) => {
      const last = p.lines.findLastIndex((line) => headings.includes(line));
      if (last < 0 || i === printed.length - 1) return;
      assert.ok(
        p.lines.length - last - 1 >= 5,
        `"${p.lines[last]}" sits at the foot of page ${i + 1} with ${p.lines.length - last - 1} lines after it`,
      );
    });
  });
}
