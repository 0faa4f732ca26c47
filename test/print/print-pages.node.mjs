// Printed page counts, measured the way a person prints: Chromium's own PDF output on A4
// portrait with the browser's default margins (0.4 in), from the built CDN bundle.
// The guide is a two-page handout in the original and must stay one; a single card prints on
// one page; nothing on paper is smaller than 9pt.
// Run: `node --test test/print/print-pages.node.mjs` (part of `npm run test:node`, after `npm run build`).
import assert from 'node:assert/strict';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/browsers/find-chrome.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const margin = { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' };

/** A page of the host's with the bundle loaded; `/page?body=...` puts the given HTML in it. */
function serve(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/page') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Print</title>
      <script type="module" src="/dist/cdn/ambitions-elements.js"></script></head>
      <body>${url.searchParams.get('body') ?? ''}</body></html>`);
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

let server;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/cdn/ambitions-elements.js')), 'run `npm run build` first');
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
});

/** Opens a page with `body`, waits for every element to render, and returns the page. */
async function open(body) {
  const page = await browser.newPage();
  await page.goto(`${origin}/page?body=${encodeURIComponent(body)}`);
  await page.evaluate(async () => {
    const hosts = [...document.body.querySelectorAll('*')].filter((el) =>
      el.localName.includes('-'),
    );
    await Promise.all(hosts.map((el) => customElements.whenDefined(el.localName)));
    const deep = (node) => [
      node,
      ...[...(node.shadowRoot?.querySelectorAll('*') ?? [])].flatMap(deep),
    ];
    for (let round = 0; round < 3; round++) {
      await Promise.all(hosts.flatMap(deep).map((el) => el.updateComplete));
    }
  });
  return page;
}

/** Pages in Chromium's A4 PDF of the page (its page tree's /Count). */
async function printedPages(page) {
  const pdf = Buffer.from(await page.pdf({ format: 'A4', margin })).toString('latin1');
  const counts = [...pdf.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => +m[1]);
  assert.ok(counts.length > 0, 'the PDF has a page tree');
  return Math.max(...counts);
}

/** The smallest font size (px) of any rendered text, through every shadow root, as printed. */
async function smallestPrintedText(page) {
  await page.emulateMediaType('print');
  return page.evaluate(() => {
    const sizes = [];
    const visit = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) {
          const el = child.parentElement;
          if (el && el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
            sizes.push([parseFloat(getComputedStyle(el).fontSize), child.textContent.trim()]);
        }
        if (child.shadowRoot) visit(child.shadowRoot);
        if (child.nodeType === Node.ELEMENT_NODE) visit(child);
      }
    };
    visit(document.body);
    return sizes.sort((a, b) => a[0] - b[0])[0];
  });
}

const guide =
  '<grab-and-go-guide contact-name="St Example Hospice" contact-phone="01234 567890" ' +
  'contact-email="hello@example.org" contact-url="https://www.example.org/contact"></grab-and-go-guide>';

test('the whole guide prints on two A4 pages, in the browser default font and in Arial', async () => {
  for (const body of [guide, `<div style="font-family: Arial, sans-serif">${guide}</div>`]) {
    const page = await open(body);
    assert.equal(await printedPages(page), 2, body.slice(0, 40));
    await page.close();
  }
});

test('nothing in the printed guide is smaller than 9pt (12px)', async () => {
  const page = await open(guide);
  const [size, text] = await smallestPrintedText(page);
  assert.ok(size >= 12, `"${text}" prints at ${size}px`);
  await page.close();
});

test('every single card prints on one A4 page, collapsed or not', async () => {
  for (let item = 1; item <= 10; item++) {
    const page = await open(`<foundation-card foundation="${item}"></foundation-card>`);
    assert.equal(await printedPages(page), 1, `card ${item}`);
    await page.close();
  }
  const page = await open('<foundation-card foundation="4" collapsible></foundation-card>');
  assert.equal(await printedPages(page), 1, 'a collapsed card prints open, on one page');
  await page.close();
});
