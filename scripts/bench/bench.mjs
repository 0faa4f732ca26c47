// `npm run bench` (needs `npm run build` first; not part of npm test): renders the full guide three
// ways in headless Chromium, interleaved, on two profiles, and prints medians with min-max,
// transferred bytes and ratios to the static page:
//   phone:     CPU slowed 4x, 150 ms round trip, 1.6 Mbit/s down / 750 kbit/s up, every response
//              gzip-compressed, a 360x640 mobile viewport at 2x;
//   phone-warm: the phone profile in a browser whose connection to the site is already open (the
//              site's home page loaded first in the same context, then the page): a visitor who
//              clicks through from the site's own pages (issue 31); phone is a first visit;
//   localhost: no throttling, no compression, 1280x900 (the profile the bench always had).
// Then times the quiz and the map interactions on both profiles' CPUs, 100 cards and 10 quizzes
// on one page, <self-check-summary> reading 100 and 1,000 result files (scripts/bench/summary.mjs)
// and at national scale, 10,080 to 60,000 results (scripts/bench/summary-scale.mjs).
//   npm run bench -- --loads 15                (or RUNS=15; default 9 loads per page and profile)
//   PARTS=loads,interactions PROFILES=phone,phone-warm npm run bench -- --loads 15   (issue 31's table)
//   BENCH_DIST=/tmp/dist-before npm run bench  (another build, e.g. the "before" of a change)
//   PROFILES=phone npm run bench               (one profile; phone,phone-warm,localhost by default)
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { register } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { chromeArgs } from '../browsers/find-chrome.mjs';
import { findEngines } from '../browsers/find-engines.mjs';
import { benchSummary } from './summary.mjs';
import { benchSummaryScale } from './summary-scale.mjs';

// `--loads 15` (or RUNS=15): loads per page and profile; the figures are medians of >= 15.
const loadsArg = process.argv.indexOf('--loads');
const RUNS = Math.max(
  1,
  Number(loadsArg > 0 ? process.argv[loadsArg + 1] : (process.env.RUNS ?? 9)),
);
const root = process.cwd();
const distDir = resolve(process.env.BENCH_DIST ?? 'dist');
if (!distDir.startsWith(root + sep)) {
  register('./dist-hooks.mjs', import.meta.url, {
    data: {
      distUrl: pathToFileURL(distDir + sep).href,
      repoUrl: pathToFileURL(join(root, 'package.json')).href,
    },
  });
}
const { benchPages } = await import('./pages.mjs');
const { pages, loading } = await benchPages(distDir);

// The phone profile's network, as Chromium's DevTools throttling takes it (bytes per second).
const RTT = 150;
const DOWN = 1.6e6; // bit/s
const UP = 750e3;
const FRAME = 1000 / 60;
const profiles = {
  phone: {
    title: `phone: CPU 4x slower, ${RTT} ms round trip, ${DOWN / 1e6} Mbit/s down, ${UP / 1e3} kbit/s up, gzip, 360x640 mobile at 2x`,
    cpu: 4,
    network: {
      offline: false,
      latency: RTT,
      downloadThroughput: DOWN / 8,
      uploadThroughput: UP / 8,
    },
    viewport: { width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    gzip: true,
  },
  'phone-warm': {
    title: `phone, connection already open (the site's home page loaded first in the same context): CPU 4x slower, ${RTT} ms round trip, ${DOWN / 1e6} Mbit/s down, gzip`,
    cpu: 4,
    network: {
      offline: false,
      latency: RTT,
      downloadThroughput: DOWN / 8,
      uploadThroughput: UP / 8,
    },
    viewport: { width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    gzip: true,
    warm: true,
  },
  localhost: {
    title: 'localhost: no throttling, no compression, 1280x900',
    cpu: 1,
    network: null,
    viewport: { width: 1280, height: 900 },
    gzip: false,
  },
};
// PARTS=loads (or interactions, scale, summary, summary-scale; comma-separated) runs only those parts.
const parts = new Set(
  (process.env.PARTS ?? 'loads,interactions,scale,summary,summary-scale')
    .split(',')
    .map((x) => x.trim()),
);
const chosen = (process.env.PROFILES ?? 'phone,phone-warm,localhost')
  .split(',')
  .filter((p) => profiles[p]);

const types = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};
const compressible = /^(text\/|application\/json)/;

// Bytes of every response body the server sends (gzip when compressed): the bench reads and resets
// it around each load, which run one at a time.
let sent = 0;
// Of which JavaScript (gzip when compressed): the table's "JS gz" column.
let sentJs = 0;
const gzCache = new Map();
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const gzip = url.pathname.startsWith('/gz/');
  const path = url.pathname.replace(/^\/gz\//, '/');
  let body;
  let type;
  if (pages[url.pathname]) {
    body = Buffer.from(pages[url.pathname]);
    type = types['.html'];
  } else {
    const file = normalize(join(distDir, path.replace(/^\/dist\//, '/')));
    if (!path.startsWith('/dist/') || !file.startsWith(distDir + sep))
      return res.writeHead(404).end();
    try {
      body = await readFile(file);
      type = types[extname(file)] ?? 'application/octet-stream';
    } catch {
      return res.writeHead(404).end();
    }
  }
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (gzip && compressible.test(type)) {
    const key = path + body.length;
    if (!gzCache.has(key) || pages[url.pathname]) gzCache.set(key, gzipSync(body, { level: 6 }));
    body = gzCache.get(key);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  sent += body.length;
  if (type === types['.js']) sentJs += body.length;
  res.writeHead(200, headers).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
// The phone profile's pages live under /gz/, their /dist/ links too, so every response they get
// is compressed.
for (const [path, html] of Object.entries(pages)) {
  pages[`/gz${path}`] = html.replaceAll('"/dist/', '"/gz/dist/');
}

const browser = await puppeteer.launch({
  executablePath: findEngines().chromium.executablePath,
  headless: true,
  args: chromeArgs,
  defaultViewport: { width: 1280, height: 900 },
  // The summary-scale part reads 60,000 files: minutes on a busy machine (the default is 3).
  protocolTimeout: 30 * 60 * 1000,
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** A fresh context and page with a profile's CPU, network and viewport applied. */
async function openPage(profile) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(profile.viewport);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page, cdp };
}

/**
 * One load of a page in a fresh context: the page's own figures, bytes sent, the JS heap. Cold: the
 * context opens its connection for the page. Warm (`profile.warm`): the site's home page (a small
 * page of the same origin, no script of ours) loads first in the same tab, so the connection is
 * open when the reader clicks through; nothing is cached (the cache is off), and the bytes and
 * times are the page's own (its navigation starts the clock).
 */
async function load(profile, path) {
  const { context, page, cdp } = await openPage(profile);
  const prefix = profile.gzip ? '/gz' : '';
  if (profile.warm) await page.goto(`${origin}${prefix}/home.html`, { waitUntil: 'load' });
  sent = 0;
  sentJs = 0;
  await page.goto(origin + prefix + path, {
    waitUntil: 'load',
    timeout: 60000,
  });
  await page.waitForFunction(
    () => window.__bench?.item10 != null && window.__bench.textReady != null,
    {
      timeout: 60000,
    },
  );
  // Let late paints, shifts, scripts and long tasks arrive, then read everything.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const figures = await page.evaluate(() => ({ ...window.__bench }));
  const bytes = sent;
  const js = sentJs;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  // On screen: item 10 laid out and painted. Laid out before the first contentful paint, it is in
  // that paint (which can come much later on a slowed CPU); laid out after it (a pre-rendered
  // page paints its top while the rest streams in), it paints at the end of its layout frame.
  const onScreen = Math.max(figures.item10, figures.fcp ?? 0);
  return { ...figures, onScreen, bytes, js, heap: usedSize / 1024 / 1024 };
}

const variants = [
  ['(1) static HTML', '/static.html'],
  // The README's first snippet: the guide's one self-contained file (issue 31), where built.
  ...(pages['/one-file.html'] ? [['(2) README snippet: one file', '/one-file.html']] : []),
  ['(2) autoloader + hints', '/client.html'],
  ['(3) pre-rendered + autoloader', '/ssr.html'],
  // The same with the loader alone: no modulepreload hints competing with the HTML (issue 31).
  // Diagnostic, so only with BENCH_NO_HINTS=1: it keeps `--loads 15` on both phones near 6 minutes.
  ...(pages['/ssr-no-hints.html'] && process.env.BENCH_NO_HINTS
    ? [['(3) same, no preload hints', '/ssr-no-hints.html']]
    : []),
  // Not one of the three: separates the cost of the pre-rendered HTML from that of hydrating it.
  ['(3) without its script', '/ssr-no-js.html'],
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (n, key) => (n == null ? '-' : key === 'cls' ? n.toFixed(3) : n.toFixed(0));
const range = (xs, key) => `${fmt(Math.min(...xs), key)}-${fmt(Math.max(...xs), key)}`;

// The machine's load: timings from a busy machine (other jobs on its cores) are not comparable.
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
console.log(`Bench of ${distDir} (${loading}), ${new Date().toISOString()}`);
console.log(`Load average at start (1, 5, 15 min): ${loadavg()} on ${os.cpus().length} CPUs`);
console.log(`Full guide, ${RUNS} interleaved cold loads per page and profile, headless Chromium.`);
console.log(
  [
    '"item 10 laid out": the first animation frame in which item 10\'s title (in the page or a shadow',
    'root) is rendered in the layout with a non-zero box; not necessarily inside the viewport (on a',
    'phone it is screens down). "on screen": that, painted: the first contentful paint when item 10',
    'is laid out by then (it is in that paint), else the layout frame (it paints at the end of it).',
    'Ratios are of "on screen" medians to (1).',
  ].join('\n'),
);
for (const name of parts.has('loads') ? chosen : []) {
  const profile = profiles[name];
  const results = variants.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, in a rotating order, so drift on a shared machine hits every variant alike.
    for (let k = 0; k < variants.length; k++) {
      const i = (run + k) % variants.length;
      results[i].push(await load(profile, variants[i][1]));
    }
  }
  const m = (i, key) => median(results[i].map((r) => r[key]));
  const t1 = m(0, 'onScreen');
  const b1 = m(0, 'bytes');
  console.log(`\n== ${profile.title}`);
  console.log(
    `${'page'.padEnd(30)}${'on screen ms'.padEnd(20)}${'laid out ms'.padEnd(20)}${'bytes'.padEnd(10)}${'JS gz'.padEnd(10)}${'ratio'.padEnd(8)}CLS`,
  );
  results.forEach((rs, i) => {
    const xs = rs.map((r) => r.onScreen);
    const laid = rs.map((r) => r.item10);
    console.log(
      [
        variants[i][0].padEnd(30),
        `${fmt(median(xs))} (${range(xs)})`.padEnd(20),
        `${fmt(median(laid))} (${range(laid)})`.padEnd(20),
        kb(m(i, 'bytes')).padEnd(10),
        (m(i, 'js') ? kb(m(i, 'js')) : '0').padEnd(10),
        `${(median(xs) / t1).toFixed(2)}x`.padEnd(8),
        `${fmt(m(i, 'cls'), 'cls')} (max ${fmt(Math.max(...rs.map((r) => r.cls)), 'cls')})`,
      ].join(''),
    );
  });
  if (profile.network) {
    // The physical floor: what no page carrying more bytes than (1) can beat on this network. A
    // floor is a best case, so it starts from the fastest load of (1) (its median drifts with the
    // machine's load); "network alone" leaves out rendering altogether.
    const transfer = (bytes) => (bytes * 8 * 1000) / DOWN;
    const best1 = Math.min(...results[0].map((r) => r.onScreen));
    const client = variants.findIndex(([, path]) => path === '/client.html');
    const html = variants.findIndex(([, path]) => path === '/ssr-no-js.html');
    const f2 = best1 + RTT + transfer(m(client, 'bytes') - b1);
    // (3) is readable from its HTML alone: its HTML's bytes ((3) without its script) count.
    const f3 = best1 + transfer(m(html, 'bytes') - b1);
    const ms = (x) => `${x.toFixed(0)} ms`;
    console.log(
      [
        `floor (2) = fastest (1) + 1 round trip + its extra bytes at ${DOWN / 1e6} Mbit/s = ${best1.toFixed(0)} + ${RTT} + ${transfer(m(client, 'bytes') - b1).toFixed(0)} = ${ms(f2)} (${(f2 / t1).toFixed(2)}x the median of (1));`,
        `  its scripts are a second request made after the HTML arrives (one more round trip), then their bytes.`,
        `  network alone: 2 round trips + all ${kb(m(client, 'bytes'))} = ${ms(2 * RTT + transfer(m(client, 'bytes')))}.`,
        `floor (3) = fastest (1) + its extra HTML bytes at ${DOWN / 1e6} Mbit/s = ${best1.toFixed(0)} + ${transfer(m(html, 'bytes') - b1).toFixed(0)} = ${ms(f3)} (${(f3 / t1).toFixed(2)}x);`,
        `  readable from its HTML alone (no second round trip, the script's bytes not waited for).`,
        `  network alone for its HTML: 1 round trip + ${kb(m(html, 'bytes'))} = ${ms(RTT + transfer(m(html, 'bytes')))}.`,
      ].join('\n'),
    );
  }
  const details = [
    ['FCP ms', 'fcp'],
    ['LCP ms', 'lcp'],
    ['all card text ms', 'textReady'],
    ['blocking ms', 'blocking'],
    ['JS heap MB', 'heap'],
    ['scripts loaded ms', 'bundleLoaded'],
    ['elements defined ms', 'defined'],
  ];
  console.log('\nmedian (min-max):');
  console.log(['', ...variants.map(([name]) => name)].map((x) => x.padEnd(x ? 30 : 21)).join(''));
  for (const [label, key] of details) {
    const cells = results.map((rs) => {
      const xs = rs.map((r) => r[key]).filter((x) => x != null);
      if (!xs.length || (key !== 'blocking' && xs.every((x) => !x))) return '-'.padEnd(30);
      const dec = key === 'heap' ? 1 : 0;
      return `${median(xs).toFixed(dec)} (${Math.min(...xs).toFixed(dec)}-${Math.max(...xs).toFixed(dec)})`.padEnd(
        30,
      );
    });
    console.log([label.padEnd(21), ...cells].join(''));
  }
}

// The whole library: the one-file CDN bundle (every element, all content), as a host downloads it.
for (const file of ['cdn/ambitions-elements.js', 'cdn/ambitions-elements-hydrate.js']) {
  try {
    const code = readFileSync(join(distDir, file));
    console.log(
      `\nWhole library, ${file}: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip -9, ${kb(gzipSync(code, { level: 6 }).length)} gzip -6 (as the bench serves it)`,
    );
  } catch {
    console.log(`\n${file}: not in this build`);
  }
}

/** A fresh blank page (one-file bundle, every element defined), on a profile's CPU. */
async function blank(profile = profiles.localhost) {
  const { page, context } = await openPage({ ...profile, network: null });
  await page.goto(`${origin}/blank.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => customElements.get('self-check-quiz') && customElements.get('ambition-map'),
  );
  return { page, context };
}

// Quiz: choose a stage on each of the ten items; from the click to the update.
async function quizTimes(profile) {
  const { page, context } = await blank(profile);
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
  await context.close();
  return times;
}

// Map: apply a selection (an Ambition, an item, a cell), from setting it to the update. With
// `frame`, also the style and layout the update leaves for the browser (forced right after it, by
// reading a cell's box), and a frame between selections as a reader's clicks have: the work the
// frame does before it paints (issue 31: the update alone left out the grid's style and layout).
// With `details`, the frame after it instead: the map draws a new selection's details panel there
// (its requestAnimationFrame callback, Lit's update of the panel, then the panel's style and
// layout), timed from a callback registered before the selection's to one registered after it.
async function mapTimes(profile, frame = false, details = false) {
  const { page, context } = await blank(profile);
  const times = await page.evaluate(
    async (frame, details) => {
      const map = document.createElement('ambition-map');
      document.getElementById('host').append(map);
      await map.updateComplete;
      // The map on screen and the page idle first, as a reader sees it before a click (a click comes
      // at the earliest a few hundred ms later): without this, the first selection's forced layout was
      // the whole map's first layout (hundreds of ms on a busy machine), and the map's idle work
      // (preparing the details panel's templates) ran inside the first selection.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
      const out = [];
      for (let i = 0; i < 15; i++) {
        const selection = ['A2', '3', '7:A6', 'A5', '1:A1'][i % 5];
        // The map draws the details two animation frames after the selection; these callbacks
        // run just before and just after its own in that frame.
        const twoFrames = (callback) =>
          requestAnimationFrame(() => requestAnimationFrame(callback));
        let detailsStart = 0;
        if (details) twoFrames(() => (detailsStart = performance.now()));
        performance.mark('select-start');
        map.selected = selection;
        await map.updateComplete;
        if (frame)
          map.shadowRoot.querySelector('[data-row="5"][data-col="3"]').getBoundingClientRect();
        performance.mark('select-end');
        if (details)
          out.push(
            await new Promise((r) =>
              twoFrames(() => {
                map.shadowRoot.querySelector('[part=report-credit]').getBoundingClientRect();
                r(performance.now() - detailsStart);
              }),
            ),
          );
        else out.push(performance.measure('select', 'select-start', 'select-end').duration);
        // A reader's next click comes after the details are drawn.
        if (frame) await new Promise((r) => twoFrames(() => setTimeout(r)));
      }
      return out;
    },
    frame,
    details,
  );
  await context.close();
  return times;
}

if (parts.has('interactions'))
  console.log(
    `\nInteractions (the update in script, from the click or setting to updateComplete), against one frame (${FRAME.toFixed(1)} ms):`,
  );
const cpuOf = { phone: 'phone CPU (4x slower)', localhost: 'localhost CPU' };
for (const [label, timer] of !parts.has('interactions')
  ? []
  : [
      [
        'Quiz, choosing a stage -> answer, result and progress updated (10 items x 3 pages)',
        quizTimes,
      ],
      ['Map, applying a selection (15 selections x 3 pages)', mapTimes],
      [
        'Map, a selection with its style and layout (the frame before paint; 15 selections x 3 pages)',
        (profile) => mapTimes(profile, true),
      ],
      [
        "Map, the selection's details in the next frame, with their style and layout (15 x 3 pages)",
        (profile) => mapTimes(profile, true, true),
      ],
    ]) {
  console.log(`  ${label}:`);
  for (const name of ['phone', 'localhost']) {
    // Three fresh pages, pooled: one page's ten or fifteen updates drift with the machine's load.
    const times = [];
    const firsts = [];
    for (let i = 0; i < 3; i++) {
      const page = await timer(profiles[name]);
      firsts.push(page[0]);
      times.push(...page);
    }
    const worst = Math.max(...times);
    // A page's first selection does more (the grid's dimming restyles every cell, the details
    // panel is built for the first time): with 3 pages pooled, p95 is about those three.
    if (label.startsWith('Map'))
      console.log(
        `    ${''.padEnd(22)} first selection of each page: ${firsts.map((t) => t.toFixed(1)).join(', ')} ms; later ones: median ${median(times.filter((t) => !firsts.includes(t))).toFixed(2)} ms`,
      );
    console.log(
      `    ${cpuOf[name].padEnd(22)} median ${median(times).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, max ${worst.toFixed(2)} ms; against one frame: median ${median(times) < FRAME ? 'under' : 'OVER'}, p95 ${pct(times, 95) < FRAME ? 'under' : 'OVER'}`,
    );
  }
}

// Scale: 100 cards, then 10 quizzes, on one page each: time to all rendered, and heap.
for (const [label, tag, count, attr] of !parts.has('scale')
  ? []
  : [
      [
        '100 <foundation-card>s',
        'foundation-card',
        100,
        (i) => ['foundation', String((i % 10) + 1)],
      ],
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

if (parts.has('summary')) await benchSummary(browser, origin);
if (parts.has('summary-scale')) await benchSummaryScale(browser, origin);

await browser.close();
server.close();
console.log(`\nLoad average at end (1, 5, 15 min): ${loadavg()}`);
