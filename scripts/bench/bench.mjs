// `npm run bench` (needs `npm run build` first; not part of npm test): renders the full guide three
// ways in headless Chromium, interleaved, and prints medians with min/max and ratios to the static
// page; then times the quiz and the map interactions, and 100 cards and 10 quizzes on one page;
// then <self-check-summary> reading 100 and 1,000 result files (scripts/bench/summary.mjs).
//   RUNS=15 npm run bench
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromeArgs } from '../find-chrome.mjs';
import { findEngines } from '../find-engines.mjs';
import { blankPage, clientPage, ssrNoScriptPage, ssrPage, staticPage } from './pages.mjs';
import { benchSummary } from './summary.mjs';

const RUNS = Math.max(15, Number(process.env.RUNS ?? 15));
const root = process.cwd();
const pages = {
  '/static.html': staticPage(),
  '/client.html': clientPage(),
  '/ssr.html': await ssrPage(),
  '/ssr-no-js.html': await ssrNoScriptPage(),
  '/blank.html': blankPage(),
};
const types = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.map': 'application/json',
};

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (pages[path]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(pages[path]);
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(join(root, 'dist'))) return res.writeHead(404).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findEngines().chromium.executablePath,
  headless: true,
  args: chromeArgs,
  defaultViewport: { width: 1280, height: 900 },
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** One cold load of a page in a fresh context: the page's own figures plus the JS heap. */
async function load(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench?.textReady != null, { timeout: 30000 });
  // Let late paints, shifts and long tasks arrive, then read everything.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const figures = await page.evaluate(() => ({ ...window.__bench }));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...figures, heap: usedSize / 1024 / 1024 };
}

const variants = [
  ['(1) static HTML', '/static.html'],
  ['(2) client-rendered', '/client.html'],
  ['(3) pre-rendered + hydration', '/ssr.html'],
  // Not one of the three: separates the cost of the pre-rendered HTML from that of hydrating it.
  ['(3) without its script', '/ssr-no-js.html'],
];
const results = variants.map(() => []);
for (let run = 0; run < RUNS; run++) {
  // Interleaved, in a rotating order, so drift on a shared machine hits every variant alike.
  for (let k = 0; k < variants.length; k++) {
    const i = (run + k) % variants.length;
    results[i].push(await load(variants[i][1]));
  }
}

const metrics = [
  ['FCP ms', 'fcp'],
  ['LCP ms', 'lcp'],
  ['all card text ms', 'textReady'],
  ['CLS', 'cls'],
  ['blocking ms', 'blocking'],
  ['JS heap MB', 'heap'],
  ['bundle loaded ms', 'bundleLoaded'],
  ['elements defined ms', 'defined'],
];
const fmt = (n, key) => (key === 'cls' ? n.toFixed(3) : n.toFixed(1));
console.log(`\nFull guide, ${RUNS} interleaved cold loads each, headless Chromium, 1280x900`);
console.log('median (min-max), ratio to (1)\n');
console.log(['metric'.padEnd(21), ...variants.map(([name]) => name.padEnd(32))].join(''));
for (const [label, key] of metrics) {
  const base1 = median(results[0].map((r) => r[key]));
  const cells = results.map((rs) => {
    const xs = rs.map((r) => r[key]);
    const m = median(xs);
    const ratio = base1 > 0 ? ` x${(m / base1).toFixed(2)}` : '';
    return `${fmt(m, key)} (${fmt(Math.min(...xs), key)}-${fmt(Math.max(...xs), key)})${ratio}`.padEnd(
      32,
    );
  });
  console.log([label.padEnd(21), ...cells].join(''));
}

/** A fresh blank page with the bundle loaded and every element defined. */
async function blank() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/blank.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => customElements.get('self-check-quiz') && customElements.get('ambition-map'),
  );
  return { page, context };
}

// Quiz: choose a stage on each of the ten items; from the change event to the update.
{
  const { page, context } = await blank();
  const times = await page.evaluate(async () => {
    const quiz = document.createElement('self-check-quiz');
    quiz.setAttribute('no-storage', '');
    document.getElementById('host').append(quiz);
    await quiz.updateComplete;
    const root = quiz.shadowRoot;
    const button = (re) => [...root.querySelectorAll('button')].find((b) => re.test(b.textContent));
    button(/start|begin|continue/i).click();
    await quiz.updateComplete;
    const out = [];
    for (let item = 0; item < 10; item++) {
      const radios = root.querySelectorAll('input[type=radio][name=stage]');
      // Every radio but the last ("Not sure / skip") is a stage; cycle through them.
      const radio = radios[item % (radios.length - 1)];
      const progress = root.querySelector('[part=progress]').textContent;
      let changed = false;
      quiz.addEventListener('ambitions-self-check-change', () => (changed = true), { once: true });
      performance.mark('choose-start');
      radio.click();
      await quiz.updateComplete;
      performance.mark('choose-end');
      out.push(performance.measure('choose', 'choose-start', 'choose-end').duration);
      if (!changed || !radio.checked)
        throw new Error(`item ${item + 1}: the answer was not recorded`);
      button(/next|see results/i).click();
      await quiz.updateComplete;
      if (item < 9 && root.querySelector('[part=progress]').textContent === progress)
        throw new Error(`item ${item + 1}: the progress did not move on`);
    }
    return out;
  });
  console.log(
    `\nQuiz, choosing a stage -> answer, result and progress updated (${times.length} items): median ${median(times).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`,
  );
  await context.close();
}

// Map: apply a selection (an Ambition, an item, a cell), from setting it to the update.
{
  const { page, context } = await blank();
  const times = await page.evaluate(async () => {
    const map = document.createElement('ambition-map');
    document.getElementById('host').append(map);
    await map.updateComplete;
    const out = [];
    for (let i = 0; i < 15; i++) {
      const selection = ['A2', '3', '7:A6', 'A5', '1:A1'][i % 5];
      performance.mark('select-start');
      map.selected = selection;
      await map.updateComplete;
      performance.mark('select-end');
      out.push(performance.measure('select', 'select-start', 'select-end').duration);
    }
    return out;
  });
  console.log(
    `Map, applying a selection (${times.length} selections): median ${median(times).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms`,
  );
  await context.close();
}

// Scale: 100 cards, then 10 quizzes, on one page each: time to all rendered, and heap.
for (const [label, tag, count, attr] of [
  ['100 <foundation-card>s', 'foundation-card', 100, (i) => ['foundation', String((i % 10) + 1)]],
  ['10 <self-check-quiz>zes', 'self-check-quiz', 10, (i) => ['storage-key', `bench-${i}`]],
]) {
  const rows = [];
  for (let run = 0; run < 5; run++) {
    const { page, context } = await blank();
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const ms = await page.evaluate(
      async (tag, pairs) => {
        const start = performance.now();
        const els = pairs.map(([name, value]) => {
          const el = document.createElement(tag);
          el.setAttribute(name, value);
          return el;
        });
        document.getElementById('host').append(...els);
        await Promise.all(els.map((el) => el.updateComplete));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return performance.now() - start;
      },
      tag,
      Array.from({ length: count }, (_, i) => attr(i)),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    rows.push({ ms, heap: (after - before) / 1024 / 1024 });
    await context.close();
  }
  console.log(
    `${label}: render to first frame median ${median(rows.map((r) => r.ms)).toFixed(1)} ms (min ${Math.min(...rows.map((r) => r.ms)).toFixed(1)}), heap added median ${median(rows.map((r) => r.heap)).toFixed(2)} MB (5 runs)`,
  );
}

await benchSummary(browser, base);

await browser.close();
server.close();
