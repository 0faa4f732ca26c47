// Screenshots of each element's main states, to compare before and after a refactor
// (scripts/screens/README.md). Drives the built bundle with real clicks and keys or public
// properties only, so the same script runs against any version's dist/.
//   node scripts/screens/shoot.mjs <out-folder> [dist-folder, default ./dist]
import { createReadStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../browsers/find-chrome.mjs';

const [outArg, distArg = 'dist'] = process.argv.slice(2);
if (!outArg) {
  console.error('usage: node scripts/screens/shoot.mjs <out-folder> [dist-folder]');
  process.exit(2);
}
const out = resolve(outArg);
const dist = resolve(distArg);
if (!statSync(join(dist, 'cdn/ambitions-elements.js'), { throwIfNoEntry: false })) {
  console.error(`no built bundle at ${dist}/cdn/ambitions-elements.js (run npm run build)`);
  process.exit(2);
}
const repo = resolve(new URL('../..', import.meta.url).pathname);
/** Two teams' result files for the summary (fixed, from the intranet lead demo). */
const resultFiles = [
  '2025-09-03-heronsgate-hospice-inpatient-unit.json',
  '2025-09-07-north-shire-community-health-district-nursing-east.json',
].map((name) => join(repo, 'demo/summary-files', name));

const viewports = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

// ---- The pages: one element each, on a plain page that loads the CDN bundle. ----

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>screens</title>
<style>body { margin: 0; padding: 16px; }</style>
<script type="module" src="/cdn/ambitions-elements.js"></script>
</head><body>${body}</body></html>`;

// ---- A static server for dist/ (as scripts/serve.mjs, but for any folder, and the pages). ----

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const pages = new Map(); // "/__screens/<name>.html" -> HTML
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (path === '/favicon.ico') return response.writeHead(204).end(); // asked for by the browser
  if (pages.has(path))
    return response.writeHead(200, { 'content-type': types['.html'] }).end(pages.get(path));
  const file = join(dist, path);
  if (!file.startsWith(dist) || !statSync(file, { throwIfNoEntry: false })?.isFile())
    return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- Repeatable pages: a fixed clock, seeded randomness. ----

function fixClockAndRandom(now) {
  const RealDate = Date;
  const fixed = new RealDate(now).getTime();
  class FixedDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [fixed]));
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate;
  let seed = 20261207;
  const next = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  Math.random = next;
  crypto.getRandomValues = (array) => {
    for (let i = 0; i < array.length; i++)
      array[i] = Math.floor(next() * 256 ** array.BYTES_PER_ELEMENT);
    return array;
  };
}

// ---- Driving the elements: by visible text, through shadow roots, with real clicks. ----

/** The first element matching `selector` (inside any shadow root) whose text includes `text`. */
async function find(p, selector, text = '') {
  const handle = await p.waitForFunction(
    (selector, text) => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches(selector)) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const plain = (s) => s.replace(/\s+/g, ' ').trim();
      return all.find((el) => plain(el.textContent).includes(text)) ?? false;
    },
    { timeout: 5000 },
    selector,
    text,
  );
  return handle.asElement();
}

const click = async (p, selector, text) => (await find(p, selector, text)).click();

/** Waits until every custom element has rendered and fonts and layout are settled. */
async function settle(p) {
  await p.evaluate(async () => {
    const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(hosts.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(hosts.map((el) => el.updateComplete));
    await document.fonts.ready;
    // A blinking caret would differ from run to run: leave text fields (focus rings stay).
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active?.matches('input, textarea')) active.blur();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

// ---- The states. Each is a page and what to do on it before the screenshot. ----

const quiz = (attributes = '') => `<self-check-quiz ${attributes}></self-check-quiz>`;

/** Reflect mode from the start screen: a stage for every item (by clicking), then the results. */
async function answerAll(p) {
  const stages = ['Implementing', 'Understanding', 'Interpreting', 'Not started', 'Embedded'];
  await click(p, 'button', 'Start');
  for (let i = 0; i < 10; i++) {
    await click(p, 'label', stages[(i * 3) % stages.length]);
    await click(p, 'button', i < 9 ? 'Next' : 'See results');
    await settle(p);
  }
  await find(p, '[part~="results"]');
}

async function toPlan(p) {
  await answerAll(p);
  await click(p, 'button', 'Plan your next small steps');
  await click(p, 'button', 'Add 4. Involving');
  await (await find(p, 'textarea')).click();
  await p.keyboard.type('Ask each family what matters to them, at the first visit.');
}

const shots = [
  { name: 'guide', html: '<grab-and-go-guide></grab-and-go-guide>' },
  { name: 'card', html: '<foundation-card foundation="3"></foundation-card>' },
  { name: 'map', html: '<ambition-map></ambition-map>' },
  {
    name: 'map-ambition-selected',
    html: '<ambition-map></ambition-map>',
    act: (p) => click(p, '[role="columnheader"]', 'A3'),
  },
  {
    name: 'explorer-item-filter',
    html: '<case-study-explorer></case-study-explorer>',
    act: async (p) => (await find(p, 'select', 'All items')).select('shared-records'),
  },
  { name: 'lens', html: '<community-lens></community-lens>' },
  { name: 'quiz-reflect-start', html: quiz() },
  {
    name: 'quiz-reflect-step',
    html: quiz(),
    act: async (p) => {
      await click(p, 'button', 'Start');
      await click(p, 'label', 'Interpreting');
    },
  },
  { name: 'quiz-reflect-results', html: quiz(), act: answerAll },
  { name: 'quiz-reflect-plan', html: quiz(), act: toPlan },
  {
    name: 'quiz-reflect-saved',
    html: quiz(),
    act: async (p) => {
      await answerAll(p);
      await click(p, 'button', 'Save on this device');
      await find(p, '[part~="save-state"]', 'Saved on this device');
    },
  },
  { name: 'quiz-knowledge-start', html: quiz('mode="knowledge" questions="5" seed="2026"') },
  {
    name: 'quiz-knowledge-answered',
    html: quiz('mode="knowledge" questions="5" seed="2026"'),
    act: async (p) => {
      await click(p, 'button', 'Start');
      await click(p, 'label', 'Ambition');
      await click(p, 'button', 'Check answer');
      await find(p, '[part~="feedback"]');
    },
  },
  { name: 'quiz-meeting-start', html: quiz('mode="meeting"') },
  {
    name: 'quiz-meeting-item',
    html: quiz('mode="meeting"'),
    act: (p) => click(p, 'button', 'Start the meeting'),
  },
  {
    name: 'quiz-meeting-stages',
    html: quiz('mode="meeting"'),
    act: async (p) => {
      await click(p, 'button', 'Start the meeting');
      // Next shows the item's Ask questions one by one; the stages come with the last.
      for (let i = 0; i < 8; i++) {
        const shown = await p.evaluate(() =>
          Boolean(document.querySelector('self-check-quiz').shadowRoot.querySelector('.stage')),
        );
        if (shown) break;
        await click(p, 'button', 'Next');
        await settle(p);
      }
      await click(p, 'button.stage', 'Interpreting');
      // The stages scroll into view as they come; from the top, the sticky bar sits the same way
      // in every full-page shot.
      await settle(p);
      await p.evaluate(() => scrollTo(0, 0));
    },
  },
  { name: 'quiz-member-start', html: quiz('mode="member"') },
  {
    name: 'quiz-member-step',
    html: quiz('mode="member"'),
    act: async (p) => {
      await click(p, 'button', 'Start');
      await click(p, 'label', 'Interpreting');
      await (await find(p, 'textarea')).click();
      await p.keyboard.type('We talk about it in handovers.');
    },
  },
  { name: 'summary-empty', html: '<self-check-summary></self-check-summary>' },
  {
    name: 'summary-two-files',
    html: '<self-check-summary></self-check-summary>',
    act: async (p) => {
      const input = await find(p, 'input[type="file"]:not([webkitdirectory])');
      await input.uploadFile(...resultFiles);
      await p.waitForFunction(
        () => document.querySelector('self-check-summary').results.length === 2,
      );
    },
  },
];

// ---- Run. ----

mkdirSync(out, { recursive: true });
for (const old of readdirSync(out).filter((f) => f.endsWith('.png'))) rmSync(join(out, old));
const started = performance.now();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...chromeArgs, '--hide-scrollbars', '--font-render-hinting=none'],
});
let failed = 0;
try {
  for (const shot of shots) {
    pages.set(`/__screens/${shot.name}.html`, page(shot.html));
    for (const viewport of viewports) {
      const file = `${shot.name}.${viewport.width}.png`;
      const context = await browser.createBrowserContext();
      const p = await context.newPage();
      try {
        await p.setViewport(viewport);
        await p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await p.evaluateOnNewDocument(fixClockAndRandom, '2026-12-07T10:00:00Z');
        p.on('pageerror', (error) => console.error(`${file}: page error: ${error.message}`));
        p.on(
          'response',
          (r) => r.status() >= 400 && console.error(`${file}: ${r.status()} ${r.url()}`),
        );
        await p.goto(`${origin}/__screens/${shot.name}.html`, { waitUntil: 'load' });
        await settle(p);
        await shot.act?.(p);
        await p.mouse.move(0, 0); // no hover left on the last control clicked
        await settle(p);
        await p.screenshot({ path: join(out, file), fullPage: true });
        console.log(`${file}`);
      } catch (error) {
        failed++;
        console.error(`${file}: ${error.message}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `${shots.length * viewports.length - failed} screenshots in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed ? 1 : 0);
