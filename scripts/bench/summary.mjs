// The summary part of `npm run bench` (also alone: `node scripts/bench/summary.mjs`, after
// `npm run build`): <self-check-summary> reading 100 and 1,000 generated result files in headless
// Chromium. Prints files/s for reading and checking them (addFiles), the render time from then to
// the next frame, the longest gap between frames while reading, and the heap after.
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromeArgs } from '../browsers/find-chrome.mjs';
import { findEngines } from '../browsers/find-engines.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Generates `count` realistic result files in the page, adds them, and times each phase. */
async function run(browser, base, count) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/blank.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('self-check-summary'));
  const figures = await page.evaluate(async (count) => {
    const items = [
      'personalised-care-planning',
      'shared-records',
      'evidence-and-information',
      'involving-supporting-and-caring',
      'education-and-training',
      'access-24-7',
      'co-design',
      'leadership',
      'collaboration-and-partnership-working',
      'sharing-learning',
    ];
    const stages = ['not-started', 'understand', 'interpret', 'implement', 'embedded'];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const files = Array.from({ length: count }, (_, i) => {
      const answers = {};
      for (const id of items)
        answers[id] = {
          stage: stages[Math.floor(random() * 5)],
          ...(random() < 0.2 ? { notes: 'We have started on this with the care homes.' } : {}),
        };
      const file = {
        schema: 'ambitions-elements/self-check',
        version: 1,
        packageVersion: '0.1.0',
        createdAt: `${i % 2 ? '2026-02' : '2025-11'}-${String((i % 27) + 1).padStart(2, '0')}T10:00:00.000Z`,
        organisation: `Organisation ${i % 40}`,
        team: `Team ${Math.floor(i / 2)}`,
        mode: 'reflect',
        answers,
        notes: '',
      };
      return new File([JSON.stringify(file, null, 2)], `team-${i}.json`, {
        type: 'application/json',
      });
    });
    const el = document.createElement('self-check-summary');
    el.setAttribute('compare-round', '2025-Q4');
    document.getElementById('host').append(el);
    await el.updateComplete;
    let longest = 0;
    let last = performance.now();
    let reading = true;
    const tick = () => {
      const t = performance.now();
      longest = Math.max(longest, t - last);
      last = t;
      if (reading) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    const outcome = await el.addFiles(files);
    const t1 = performance.now();
    reading = false;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const t2 = performance.now();
    if (outcome.added !== count) throw new Error(`${outcome.added} of ${count} files were added`);
    return { read: t1 - t0, render: t2 - t1, longest };
  }, count);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...figures, heap: usedSize / 1024 / 1024 };
}

/** Runs each size five times and prints the medians. */
export async function benchSummary(browser, base) {
  console.log(
    '\n<self-check-summary>, generated result files (about 1.5 KB each), 5 runs, median:',
  );
  for (const count of [100, 1000]) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await run(browser, base, count));
    const m = (key) => median(runs.map((r) => r[key]));
    console.log(
      `  ${String(count).padStart(5)} files: ${Math.round(count / (m('read') / 1000))} files/s read and checked (${m('read').toFixed(0)} ms), render ${m('render').toFixed(0)} ms, longest frame gap while reading ${m('longest').toFixed(0)} ms, JS heap after ${m('heap').toFixed(1)} MB`,
    );
  }
}

// Alone: a small server for dist/ and a blank page with the CDN bundle.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { blankPage } = await import('./pages.mjs');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/blank.html')
      return res.writeHead(200, { 'content-type': 'text/html' }).end(blankPage());
    if (!path.startsWith('/dist/') || path.includes('..')) return res.writeHead(404).end();
    try {
      const body = await readFile(`.${path}`);
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: findEngines().chromium.executablePath,
    headless: true,
    args: chromeArgs,
    defaultViewport: { width: 1280, height: 900 },
  });
  await benchSummary(browser, `http://127.0.0.1:${server.address().port}`);
  await browser.close();
  server.close();
}
