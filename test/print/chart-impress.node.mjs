// Issue 29: "each chart also as an image (SVG, and PNG) a lead can put in a slide deck, with its
// text alternative"; done when "the images open in a browser and in LibreOffice Impress".
// The summary's own "Download chart (SVG)" and "(PNG)" buttons are pressed in Chromium (the built
// CDN bundle, three rounds of teams), and what they offer is opened in Impress: each SVG alone
// (page size = the chart's size, its words as text) and both kinds in a slide deck (a flat ODP,
// one picture per slide, the text alternative as the picture's description), printed to PDF and
// read back with pdftotext / pdfimages. The browser side is checked in
// test/components/self-check-summary-board.test.ts.
// Run: `node --test test/print/chart-impress.node.mjs` (part of `npm run test:node`, after
// `npm run build`). Needs `soffice` with Impress (apt-get install -y libreoffice-impress-nogui)
// and poppler-utils; skips with one line when Impress is missing, except in CI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/browsers/find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** LibreOffice's `soffice`, when its Impress module (libsdlo) is installed beside it. */
function findImpress() {
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  const soffice = which.stdout.trim();
  if (which.status !== 0 || !soffice) return undefined;
  const program = dirname(realpathSync(soffice));
  return existsSync(join(program, 'libsdlo.so')) ? soffice : undefined;
}
const soffice = findImpress();
const skip =
  !soffice && process.env.CI !== 'true'
    ? 'LibreOffice Impress is not installed: apt-get install -y libreoffice-impress-nogui'
    : false;

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
function serve(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/page') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Charts</title>
      <script type="module" src="/dist/cdn/ambitions-elements.js"></script></head>
      <body><self-check-summary></self-check-summary></body></html>`);
    return;
  }
  const file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

/** Three rounds of twelve teams (the last round with ten), answers chosen by a seeded draw. */
async function threeRounds() {
  const engine = await import(new URL('dist/engine/index.js', `file://${root}`).href);
  const content = await import(new URL('dist/content/index.js', `file://${root}`).href);
  const dates = [
    '2025-08-14T09:00:00.000Z',
    '2025-11-12T10:00:00.000Z',
    '2026-02-10T10:00:00.000Z',
  ];
  return dates.flatMap((createdAt, r) =>
    Array.from({ length: r === 2 ? 10 : 12 }, (_, t) => {
      const random = engine.mulberry32(100 * r + t + 1);
      const answers = {};
      for (const f of content.foundations) {
        const stage = engine.stages[Math.floor(random() * engine.stages.length)].id;
        answers[f.id] = { stage };
      }
      return engine.createResultFile(answers, {
        organisation: 'Fernbrook Hospice',
        team: `Team ${t + 1}`,
        createdAt,
      });
    }),
  );
}

let server;
let browser;
let work;
/** name -> { bytes, desc? } of every chart file the summary offered. */
const offered = new Map();

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(root, 'dist/cdn/ambitions-elements.js')), 'run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'chart-impress-'));
  server = createServer(serve).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const executablePath = findChrome();
  assert.ok(executablePath, 'a Chrome or Chromium is needed (set CHROME_PATH)');
  browser = await puppeteer.launch({ executablePath, args: chromeArgs });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/page`);
  const files = await page.evaluate(
    async (results) => {
      await customElements.whenDefined('self-check-summary');
      const el = document.querySelector('self-check-summary');
      el.results = results;
      await el.updateComplete;
      // What the buttons hand to the browser's download, read back from the blob URLs.
      const got = [];
      HTMLAnchorElement.prototype.click = function () {
        got.push(
          fetch(this.href)
            .then((r) => r.arrayBuffer())
            .then((b) => ({ name: this.download, bytes: [...new Uint8Array(b)] })),
        );
      };
      const buttons = [...el.shadowRoot.querySelectorAll('.chart-downloads button')];
      for (const button of buttons) button.click();
      for (let i = 0; i < 200 && got.length < buttons.length; i++)
        await new Promise((r) => setTimeout(r, 25));
      return Promise.all(got);
    },
    await threeRounds(),
  );
  for (const { name, bytes } of files)
    offered.set(name.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'), Buffer.from(bytes));
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Converts a file to PDF with Impress's PDF export; returns the PDF's path. */
function impressPdf(file) {
  const run = spawnSync(
    soffice,
    [
      '--headless',
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--convert-to',
      'pdf:impress_pdf_Export',
      '--outdir',
      work,
      file,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const pdf = file.replace(/\.[a-z]+$/, '.pdf');
  assert.ok(existsSync(pdf), `Impress did not convert ${file}: ${run.stderr || run.stdout}`);
  assert.match(run.stdout, /impress_pdf_Export/, 'converted by Impress');
  return pdf;
}

const poppler = (tool, args) => {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  assert.equal(run.status, 0, `${tool} failed (apt-get install -y poppler-utils): ${run.stderr}`);
  return run.stdout;
};

/** Width and height in CSS px of a PDF's first page (1 pt = 4/3 px). */
const pageSize = (pdf) => {
  const [, w, h] = poppler('pdfinfo', [pdf]).match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  return [Math.round((Number(w) * 4) / 3), Math.round((Number(h) * 4) / 3)];
};

/** The SVG's `<desc>` as text (Lit leaves empty comments in it). */
const descOf = (svg) =>
  svg
    .replace(/<!--[^]*?-->/g, '')
    .match(/<desc[^>]*>([^<]*)<\/desc>/)[1]
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<');

test(
  'the summary offers an SVG and a PNG of the board chart and of the trend chart',
  { skip },
  () => {
    assert.deepEqual([...offered.keys()].sort(), [
      'self-check-stages-DAY.png',
      'self-check-stages-DAY.svg',
      'self-check-trend-DAY.png',
      'self-check-trend-DAY.svg',
    ]);
  },
);

test(
  'each chart SVG opens in Impress at its own size, with its words as text',
  { skip, timeout: 600_000 },
  () => {
    for (const name of ['stages', 'trend']) {
      const svg = offered.get(`self-check-${name}-DAY.svg`).toString('utf8');
      const [, width, height] = svg.match(/viewBox="0 0 (\d+) (\d+)"/).map(Number);
      const file = join(work, `${name}.svg`);
      writeFileSync(file, svg);
      const pdf = impressPdf(file);
      const [w, h] = pageSize(pdf);
      assert.ok(
        Math.abs(w - width) <= 2 && Math.abs(h - height) <= 2,
        `${name}: ${w}x${h} px, drawn ${width}x${height}`,
      );
      const words = poppler('pdftotext', ['-layout', pdf, '-']);
      for (const expected of [
        'Not started',
        'Embedded',
        '1. Personalised care planning',
        '10. Sharing learning',
      ])
        assert.ok(words.includes(expected), `${name}: "${expected}" in Impress's PDF`);
      if (name === 'trend') {
        // Each bar's team count (12, 12, 10 per item) survives the trip.
        const counts = words.match(/n = \d+/g) ?? [];
        assert.deepEqual(counts.slice(0, 3), ['n = 12', 'n = 12', 'n = 10']);
        assert.equal(counts.length, 30);
        assert.match(descOf(svg), /Jan to Mar 2026 \(n = 10\)/);
      }
    }
  },
);

test(
  'both charts go into an Impress slide deck as SVG and PNG, each with its text alternative',
  { skip, timeout: 600_000 },
  () => {
    const slides = ['stages', 'trend'].flatMap((name) => {
      const svg = offered.get(`self-check-${name}-DAY.svg`);
      const png = offered.get(`self-check-${name}-DAY.png`);
      const [, width, height] = svg
        .toString('utf8')
        .match(/viewBox="0 0 (\d+) (\d+)"/)
        .map(Number);
      // The PNG is the chart at twice its size, for a sharp slide.
      assert.equal(png.readUInt32BE(16), width * 2, `${name}.png width`);
      assert.equal(png.readUInt32BE(20), height * 2, `${name}.png height`);
      const desc = descOf(svg.toString('utf8'));
      return [
        { name: `${name} (SVG)`, data: svg, desc, width, height },
        { name: `${name} (PNG)`, data: png, desc, width, height },
      ];
    });
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    // A 28 cm x 15.75 cm slide; each picture 26 cm wide, as tall as its chart's proportions say.
    const page = ({ name, data, desc, width, height }) => `<draw:page draw:name="${escape(name)}">
      <draw:frame svg:x="1cm" svg:y="0.5cm" svg:width="26cm" svg:height="${Math.min(14.75, (26 * height) / width).toFixed(2)}cm">
        <draw:image><office:binary-data>${data.toString('base64')}</office:binary-data></draw:image>
        <svg:title>${escape(name)}</svg:title><svg:desc>${escape(desc)}</svg:desc>
      </draw:frame></draw:page>`;
    const deck = join(work, 'deck.fodp');
    writeFileSync(
      deck,
      `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
  <office:body><office:presentation>${slides.map(page).join('')}</office:presentation></office:body>
</office:document>`,
    );
    const pdf = impressPdf(deck);
    assert.match(poppler('pdfinfo', [pdf]), /Pages:\s+4\b/);
    const text = (n) =>
      poppler('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']);
    // Slides 1 and 3 hold the SVGs: their words are text. Slides 2 and 4 hold the PNGs: pictures.
    assert.ok(text(1).includes('1. Personalised care planning'));
    assert.ok(text(3).includes('n = 10'));
    const images = poppler('pdfimages', ['-list', pdf])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[2] === 'image')
      .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
    for (const [i, pageNumber] of [2, 4].entries()) {
      const slide = slides[i * 2 + 1];
      const image = images.find((im) => im.page === pageNumber);
      assert.ok(image, `slide ${pageNumber} shows the PNG`);
      assert.deepEqual([image.width, image.height], [slide.width * 2, slide.height * 2]);
    }
    // The text alternative travels with each picture: Impress keeps it when it saves the deck.
    const saved = spawnSync(
      soffice,
      [
        '--headless',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        'fodp',
        '--outdir',
        join(work, 'saved'),
        deck,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    assert.equal(saved.status, 0, saved.stderr);
    const xml = readFileSync(join(work, 'saved', 'deck.fodp'), 'utf8');
    const descs = xml.match(/<svg:desc>[^<]*<\/svg:desc>/g) ?? [];
    assert.equal(descs.length, 4);
    assert.ok(descs.some((d) => d.includes('(n = 10)')));
  },
);
