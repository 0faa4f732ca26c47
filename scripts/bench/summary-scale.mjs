// Scale bench for <self-check-summary> (issue 29): 42 ICBs' combined files of 240 teams each
// (10,080 results, about 14 MB) added at once, in headless Chromium, after `npm run build`.
// Prints: time until the view shows every result, main-thread long tasks (PerformanceObserver
// 'longtask': the longest, and how many went over 200 ms), and per-key time while typing in the
// paste box and in a text box of the host page. Run: `node scripts/bench/summary-scale.mjs`.
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromeArgs } from '../find-chrome.mjs';
import { findEngines } from '../find-engines.mjs';

const ICBS = 42;
const TEAMS = 240;

async function run(browser, base) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/blank.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('self-check-summary'));
  // PROFILE=1: Chromium's sampling profiler over the whole run; prints where the time went.
  const cdp = process.env.PROFILE ? await page.createCDPSession() : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  // TRACE=file.json: a Chromium performance trace of the run (open it in DevTools' Performance panel).
  if (process.env.TRACE) await page.tracing.start({ path: process.env.TRACE });
  const figures = await page
    .evaluate(
      async (ICBS, TEAMS) => {
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
        let seed = 11;
        const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
        const files = [];
        let bytes = 0;
        for (let c = 0; c < ICBS; c++) {
          const results = [];
          for (let t = 0; t < TEAMS; t++) {
            const answers = {};
            for (const id of items)
              answers[id] = {
                stage: stages[Math.floor(random() * 5)],
                ...(random() < 0.3
                  ? {
                      notes:
                        'We have started on this with the care homes and the GP practices nearby.',
                    }
                  : {}),
              };
            results.push({
              schema: 'ambitions-elements/self-check',
              version: 1,
              packageVersion: '0.1.0',
              createdAt: `${t % 3 ? '2026-02' : '2025-11'}-${String((t % 27) + 1).padStart(2, '0')}T10:00:00.000Z`,
              organisation: `ICB ${c} organisation ${t % 12}`,
              team: `Team ${t}`,
              mode: 'reflect',
              answers,
              notes: '',
            });
          }
          const text = JSON.stringify(
            {
              schema: 'ambitions-elements/self-check-summary',
              version: 1,
              packageVersion: '0.1.0',
              createdAt: '2026-03-01T00:00:00.000Z',
              round: 'x',
              results,
            },
            null,
            2,
          );
          bytes += text.length;
          files.push(new File([text], `icb-${c}.json`, { type: 'application/json' }));
        }
        const host = document.getElementById('host');
        const box = document.createElement('input');
        box.setAttribute('aria-label', 'Host search');
        host.append(box);
        const el = document.createElement('self-check-summary');
        host.append(el);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 200));

        const tasks = [];
        const observer = new PerformanceObserver((list) =>
          tasks.push(...list.getEntries().map((e) => e.duration)),
        );
        observer.observe({ type: 'longtask', buffered: false });
        const t0 = performance.now();
        const outcome = await el.addFiles(files);
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const shown = performance.now() - t0;
        const status = el.shadowRoot
          .querySelector('[part=status]')
          .textContent.replace(/\s+/g, ' ')
          .trim();
        await new Promise((r) => setTimeout(r, 300));
        const loadTasks = [...tasks];
        tasks.length = 0;

        /** Time from a key to the next frame after it was handled, for `count` keys typed into `target`. */
        const typeInto = async (target, count) => {
          const times = [];
          for (let i = 0; i < count; i++) {
            const start = performance.now();
            target.value += 'a';
            target.dispatchEvent(
              new InputEvent('input', { bubbles: true, composed: true, data: 'a' }),
            );
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            times.push(performance.now() - start);
          }
          return times;
        };
        el.shadowRoot.querySelector('.paste').open = true;
        await el.updateComplete;
        const paste = await typeInto(el.shadowRoot.querySelector('#paste'), 20);
        const elsewhere = await typeInto(box, 20);
        await new Promise((r) => setTimeout(r, 300));
        observer.disconnect();
        return {
          mb: bytes / 1024 / 1024,
          added: outcome.added,
          status,
          shown,
          longest: Math.max(0, ...loadTasks),
          over200: loadTasks.filter((d) => d > 200).length,
          longTasks: loadTasks.length,
          pasteMax: Math.max(...paste),
          elsewhereMax: Math.max(...elsewhere),
          typingTasks: Math.max(0, ...tasks),
        };
      },
      ICBS,
      TEAMS,
    )
    .catch(async (error) => {
      await context.close();
      throw error;
    });
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  if (process.env.TRACE) await page.tracing.stop();
  await context.close();
  return figures;
}

/** The functions that took the most time themselves (self time), with their file and line. */
function printProfile(profile) {
  const time = new Map();
  profile.samples.forEach((id, i) =>
    time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const self = new Map();
  for (const { id, callFrame: f } of profile.nodes) {
    const where = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (time.get(id) ?? 0));
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [where, us] of top)
    console.log(`    ${(us / 1000).toFixed(0).padStart(6)} ms  ${where}`);
}

export async function benchSummaryScale(browser, base) {
  console.log(
    `\n<self-check-summary>, ${ICBS} combined files of ${TEAMS} teams (${ICBS * TEAMS} results), 3 runs:`,
  );
  for (let i = 0; i < 3; i++) {
    const r = await run(browser, base);
    console.log(
      `  run ${i + 1}: ${r.mb.toFixed(1)} MB, ${r.added} added, view shown in ${(r.shown / 1000).toFixed(2)} s; long tasks ${r.longTasks}, longest ${r.longest.toFixed(0)} ms, ${r.over200} over 200 ms; per key (to the next frame): paste box max ${r.pasteMax.toFixed(0)} ms, host text box max ${r.elsewhereMax.toFixed(0)} ms, longest task while typing ${r.typingTasks.toFixed(0)} ms`,
    );
    console.log(`         status: ${r.status}`);
  }
}

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
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(`.${path}`));
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
  try {
    await benchSummaryScale(browser, `http://127.0.0.1:${server.address().port}`);
  } finally {
    await browser.close();
    server.close();
  }
}
