import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { jsqrModuleWds } from './scripts/jsqr-module.mjs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromeArgs } from './scripts/browsers/find-chrome.mjs';
import { engineNames, findEngines, isCI } from './scripts/browsers/find-engines.mjs';
import { minifyTemplates } from './scripts/minify.mjs';
import { pdfCommandPlugin } from './scripts/pdf.mjs';
import { pdfPagesPlugin } from './scripts/pdf-pages.mjs';
import {
  emulateInPage,
  emulateOverCdp,
  withMediaEmulation,
} from './scripts/browsers/media-emulation.mjs';
import { exchangeServersPlugin } from './scripts/exchange-servers.mjs';
import { staticDistPlugin } from './scripts/static-tools-server.mjs';
import { hostileFiguresPlugin, hostilePages } from './scripts/hostile-server.mjs';
import { hostFiguresPlugin, hostsPages } from './scripts/hosts-server.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { webkitLauncher } from './scripts/browsers/webkit-launcher.mjs';
import { ensureWordPressStyles } from './scripts/host-styles.mjs';

/**
 * Browser tests in three real engines, all system browsers (nothing downloads a browser):
 * Chromium (headless, via puppeteer-core over CDP; v8 coverage is measured here only),
 * Firefox (headless, via puppeteer-core over WebDriver BiDi) and
 * WebKit (WebKitGTK MiniBrowser via WebKitWebDriver, on an Xvfb display started for it).
 * ENGINES=chromium,webkit limits a run to some engines. A missing engine is skipped with one
 * line saying why, except in CI (CI=true), where it fails the run.
 */
// The WordPress host page's block styles: fetched once with `npm pack` (scripts/host-styles.mjs),
// not installed with every contributor's `npm install`. Without them that page's test fails.
try {
  ensureWordPressStyles();
} catch (error) {
  console.log(
    `WordPress host page: its block styles could not be fetched (${String(error).split('\n')[0]})`,
  );
}

const found = findEngines();
const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of wanted) {
  if (!(name in engineNames)) throw new Error(`ENGINES: unknown engine "${name}"`);
}

const skipped = [];
const missing = [];
for (const name of wanted) {
  if (found[name].found) continue;
  const line = `Skipping ${engineNames[name]}: ${found[name].reason}`;
  if (isCI()) missing.push(`${engineNames[name]} is required in CI: ${found[name].reason}`);
  else skipped.push(line);
}
if (missing.length > 0) throw new Error(missing.join('\n'));
for (const line of skipped) console.log(line);

const launchers = {
  chromium: () =>
    withMediaEmulation(
      Object.assign(
        chromeLauncher({
          launchOptions: { executablePath: found.chromium.executablePath, args: chromeArgs },
          // Each test page in its own browser context, so its own window: a background tab gets
          // no animation frames, and @open-wc/testing's fixture() waits for one (tests time out
          // with concurrency > 1). Own contexts also keep two files running at once from sharing
          // localStorage (the quiz's storage tests would otherwise see each other's keys).
          createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
        }),
        { name: 'Chromium' },
      ),
      emulateOverCdp,
    ),
  firefox: () =>
    withMediaEmulation(
      chromeLauncher({
        puppeteer: puppeteerCore,
        // One page at a time: only the active tab of Firefox gets keyboard focus, so a keyboard
        // test in a second, background tab would send its keys nowhere.
        concurrency: 1,
        launchOptions: {
          browser: 'firefox',
          executablePath: found.firefox.executablePath,
          headless: true,
          // Keep Firefox off the network: no updates, telemetry, safe-browsing lists or captive portal checks.
          extraPrefsFirefox: {
            'app.update.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'toolkit.telemetry.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
          },
        },
      }),
      emulateInPage,
    ),
  webkit: () => webkitLauncher(found.webkit),
};
const browsers = wanted.filter((name) => found[name].found).map((name) => launchers[name]());
if (browsers.length === 0) throw new Error('No browser engine found to run the tests in.');

/**
 * Test-only routes: the embed page under a strict Content-Security-Policy (`?csp=1` on anything
 * under /dist/embed/, with a script file that records violations), and pre-rendered (SSR) pages
 * from the built `dist/ssr/index.js` (`/__ssr/page?tag=foundation-card&foundation=3`).
 */
const STRICT_CSP = "default-src 'self'";
/**
 * A site that hosts the embed page with its own settings: `/__site/...` is `dist/...`, except
 * `/__site/embed/site.json` and `/__site/embed/config/<name>.json`, served from test/embed/site/.
 */
const SITE_FILE = /^\/__site\/embed\/(site\.json|config\/[a-z0-9-]+\.json)$/;
async function siteRoutes(ctx) {
  const file = SITE_FILE.exec(ctx.path)?.[1];
  if (file) {
    const { readFile } = await import('node:fs/promises');
    try {
      ctx.body = await readFile(`test/embed/site/${file}`, 'utf8');
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
    }
    return true;
  }
  if (ctx.path.startsWith('/__site/')) ctx.path = `/dist/${ctx.path.slice('/__site/'.length)}`;
  return false;
}
/**
 * The autoloader's folder as a host uploaded it without one shared file: `/__cdn-without-core/...`
 * is `dist/cdn/...`, except `chunks/core.js`, which is missing (test/hostile/autoloader.test.ts).
 */
function incompleteCdn(ctx) {
  const prefix = '/__cdn-without-core/';
  if (!ctx.path.startsWith(prefix)) return false;
  const file = ctx.path.slice(prefix.length);
  if (file === 'chunks/core.js') {
    ctx.status = 404;
    return true;
  }
  ctx.path = `/dist/cdn/${file}`;
  return false;
}
async function testRoutes(ctx, next) {
  if (await siteRoutes(ctx)) return;
  if (incompleteCdn(ctx)) return;
  if (ctx.path === '/__ssr/page') {
    const { renderElement } = await import('./dist/ssr/index.js');
    const { tag, ...attributes } = ctx.query;
    try {
      const body = await renderElement(String(tag), attributes);
      ctx.type = 'text/html';
      // A host page sets its own font, as every real one does: on a page with none, the elements
      // move from the browser's serif to the system sans-serif once scripts run (host-font.ts).
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body style="font-family: Arial, sans-serif">${body}</body></html>`;
    } catch (error) {
      ctx.status = 400;
      ctx.body = String(error);
    }
    return;
  }
  await next();
  if (ctx.path.startsWith('/dist/embed/') && ctx.query.csp === '1') {
    ctx.set('Content-Security-Policy', STRICT_CSP);
    if (ctx.response.is('html')) {
      const { text } = await import('node:stream/consumers');
      const html = typeof ctx.body === 'string' ? ctx.body : await text(ctx.body);
      ctx.body = html.replace(
        '<head>',
        '<head><script src="/test/embed/csp-recorder.js"></script>',
      );
    }
  }
}

/**
 * Test files named on the command line (`npx web-test-runner test/x.test.ts`): a focused run.
 * Its coverage is still measured and reported, but the threshold (meant for the whole suite) does
 * not apply: one file cannot cover the whole of src/.
 */
const focused = process.argv.slice(2).some((arg) => /\.test\.ts$/.test(arg));

export default {
  // `*.node.test.ts` files (the engine's and the content's pure logic) run under `node --test`
  // in `npm run test:node`, not three times over in the browsers.
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  // Test-only routes (CSP header on the embed page, server-rendered pages) and test/hostile/'s
  // real pages served with a strict Content-Security-Policy header.
  middleware: [testRoutes, hostilePages, hostsPages],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    // The templates are tested as they ship: minified the way the builds minify them.
    fromRollup(minifyTemplates)(),
    jsqrModuleWds(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    hostileFiguresPlugin(),
    hostFiguresPlugin(),
    // Three organisations' sites on other ports, for the learning-exchange tests.
    exchangeServersPlugin(),
    // dist/ on a plain static server of its own (the builder and publish page as a site hosts them).
    staticDistPlugin(),
    // executeServerCommand('pdf', { path, waitFor }): prints a test page in Chromium, counts pages.
    pdfCommandPlugin(),
    pdfPagesPlugin(),
  ],
  browsers,
  concurrency: 2,
  // Firefox and WebKit start slower than Chromium; give a cold start room on 2 busy cores.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ skipped })],
  // v8 coverage comes from Chromium only (the other engines report none); the threshold applies
  // whenever Chromium ran the whole suite (not a focused run, see `focused` above).
  coverage: found.chromium.found && wanted.includes('chromium'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts', 'src/styles/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    ...(focused ? {} : { threshold: { statements: 90, lines: 90, branches: 80, functions: 85 } }),
  },
};
