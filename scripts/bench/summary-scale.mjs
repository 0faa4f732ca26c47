// Scale bench for <self-check-summary> (issues 25 and 29), part `summary-scale` of `npm run bench`
// and alone: `node scripts/bench/summary-scale.mjs` (after `npm run build`). Adds, in headless
// Chromium, 42 ICBs' combined files of 240 teams (10,080 results, 13 MB), one combined file of
// 10,000 results, 60,000 small result files, and a combined file of maximal results. Prints, with
// the load average: the time until the view shows every result, whether its counts equal a count
// made from the generated results, main-thread long tasks (PerformanceObserver 'longtask': the
// longest, how many over 200 ms), and per-key time typing in the paste box and in a text box of the
// host page. CASES=1,3 picks cases, SCALE_RUNS=n runs, CPU=4 throttles, PROFILE=1 / TRACE=file profile.
import os from 'node:os';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromeArgs } from '../browsers/find-chrome.mjs';
import { findEngines } from '../browsers/find-engines.mjs';

/**
 * The inputs measured: issue 29's national case (42 ICBs' combined files of 240 teams), issue 25's
 * one combined file of 10,000 results, its 60,000 small result files (one team each), and its
 * combined file of maximal results (every item's notes at the 10,000-character limit, ~15 MB).
 */
export const SCALE_CASES = [
  { label: '42 combined files of 240 teams', files: 42, perFile: 240, notes: 72 },
  { label: 'one combined file of 10,000 results', files: 1, perFile: 10000, notes: 72 },
  { label: '60,000 small result files (one team each)', files: 60000, perFile: 1, notes: 0 },
  { label: 'one combined file of 140 maximal results', files: 1, perFile: 140, notes: 10000 },
];

async function run(browser, base, shape) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/blank.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('self-check-summary'));
  const cdp = await page.createCDPSession();
  // CPU=4 slows the page's CPU fourfold (a phone); the default says 1x: the machine as it is.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU ?? 1) });
  // PROFILE=1: Chromium's sampling profiler over the whole run; prints where the time went.
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  // TRACE=file.json: a Chromium performance trace of the run (open it in DevTools' Performance panel).
  if (process.env.TRACE) await page.tracing.start({ path: process.env.TRACE });
  const figures = await page
    .evaluate(async ({ files: FILES, perFile: PER_FILE, notes: NOTES }) => {
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
      const sentence = 'We have started on this with the care homes and the GP practices nearby. ';
      const note = sentence
        .repeat(Math.ceil(NOTES / sentence.length))
        .slice(0, NOTES)
        .trim();
      const files = [];
      let bytes = 0;
      // Stage counts of the latest round, counted here from what was generated (the check).
      const expected = {};
      const result = (c, t) => {
        const answers = {};
        for (const id of items)
          answers[id] = {
            stage: stages[Math.floor(random() * 5)],
            ...(NOTES && (NOTES > 1000 || random() < 0.3) ? { notes: note } : {}),
          };
        return {
          schema: 'ambitions-elements/self-check',
          version: 1,
          packageVersion: '0.1.0',
          createdAt: `${t % 3 ? '2026-02' : '2025-11'}-${String((t % 27) + 1).padStart(2, '0')}T10:00:00.000Z`,
          organisation: `ICB ${c} organisation ${t % 12}`,
          team: `Team ${t}`,
          mode: 'reflect',
          answers,
          notes: '',
        };
      };
      for (let c = 0; c < FILES; c++) {
        const results = [];
        for (let t = 0; t < PER_FILE; t++) {
          const r = result(c, PER_FILE === 1 ? c : t);
          if (r.createdAt.startsWith('2026'))
            for (const id of items) {
              const k = `${id} ${r.answers[id].stage}`;
              expected[k] = (expected[k] ?? 0) + 1;
            }
          results.push(r);
        }
        const text = JSON.stringify(
          PER_FILE === 1
            ? results[0]
            : {
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
        files.push(new File([text], `file-${c}.json`, { type: 'application/json' }));
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
      // Every count of the round shown equals the count made from the generated results.
      const summary = el._summary;
      const countsRight = summary.items.every((item) =>
        stages.every((st) => (expected[`${item.foundation} ${st}`] ?? 0) === item.counts[st]),
      );
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
        teamsInRound: summary.teams.length,
        countsRight,
        status,
        shown,
        longest: Math.max(0, ...loadTasks),
        over200: loadTasks.filter((d) => d > 200).length,
        longTasks: loadTasks.length,
        pasteMax: Math.max(...paste),
        elsewhereMax: Math.max(...elsewhere),
        typingTasks: Math.max(0, ...tasks),
      };
    }, shape)
    .catch(async (error) => {
      await context.close();
      throw error;
    });
  if (process.env.PROFILE) printProfile((await cdp.send('Profiler.stop')).profile);
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

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** Runs each case (CASES=1,2 picks some; SCALE_RUNS=n runs each n times, 3 by default). */
export async function benchSummaryScale(browser, base) {
  const picked = (process.env.CASES ?? '1,2,3,4').split(',').map((x) => SCALE_CASES[x - 1]);
  const runs = Number(process.env.SCALE_RUNS ?? 3);
  console.log(
    `\n<self-check-summary> at scale, headless Chromium, CPU throttling ${process.env.CPU ?? 1}x, ${os.cpus().length} cores; load average (1, 5, 15 min) beside each run:`,
  );
  for (const shape of picked.filter(Boolean)) {
    console.log(`  ${shape.label} (${shape.files * shape.perFile} results):`);
    for (let i = 0; i < runs; i++) {
      const before = load();
      const r = await run(browser, base, shape);
      console.log(
        `    run ${i + 1} (load ${before}): ${r.mb.toFixed(1)} MB, ${r.added} added, counts ${r.countsRight ? 'equal' : 'DIFFER FROM'} an independent count (${r.teamsInRound} teams in the round); view shown in ${(r.shown / 1000).toFixed(2)} s; long tasks ${r.longTasks}, longest ${r.longest.toFixed(0)} ms, ${r.over200} over 200 ms; per key to the next frame: paste box max ${r.pasteMax.toFixed(0)} ms, host text box max ${r.elsewhereMax.toFixed(0)} ms; longest task while typing ${r.typingTasks.toFixed(0)} ms`,
      );
      if (process.env.STATUS) console.log(`         status: ${r.status}`);
    }
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
    // 60,000 files take minutes on a busy machine: longer than puppeteer's 3-minute default.
    protocolTimeout: 30 * 60 * 1000,
  });
  try {
    await benchSummaryScale(browser, `http://127.0.0.1:${server.address().port}`);
  } finally {
    await browser.close();
    server.close();
  }
}
