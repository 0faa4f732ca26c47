// Prints a page to PDF with Chromium (puppeteer-core, the system browser) and counts its pages.
// Two uses, one implementation:
//   - `node scripts/pdf.mjs <url> [--out file.pdf] [--wait "css selector"] [--format A4]`
//     prints the page count (and writes the PDF with --out);
//   - `pdfCommandPlugin()` in web-test-runner.config.mjs gives every test, in any engine, the
//     server command `executeServerCommand('pdf', { path, waitFor, format })`, which prints a
//     page of the test server in Chromium and returns `{ pages, sizes }`. A test cannot print
//     its own page (page.pdf() is not a browser API, and Firefox and WebKit have no CDP), so the
//     server opens the given path in a Chromium of its own.
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './browsers/find-chrome.mjs';

/** Pages in a PDF made by Chromium: its page objects (`/Type /Page`, not `/Pages`). */
export function countPdfPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * Opens `url` in headless Chromium, waits for `waitFor` (a CSS selector, shadow roots pierced
 * with `pierce/`) and prints it. Returns `{ pdf, pages }`.
 */
export async function printToPdf(url, { waitFor, format = 'A4', timeout = 30000 } = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('pdf: no Chrome or Chromium found (set CHROME_PATH)');
  const browser = await puppeteer.launch({ executablePath, args: chromeArgs, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout });
    if (waitFor) await page.waitForSelector(waitFor, { timeout });
    await page.emulateMediaType('print');
    const pdf = await page.pdf({ format, printBackground: false, preferCSSPageSize: true });
    return { pdf, pages: countPdfPages(pdf) };
  } finally {
    await browser.close();
  }
}

/** The web-test-runner plugin: the `pdf` server command (see the top of this file). */
export function pdfCommandPlugin() {
  let origin = '';
  return {
    name: 'pdf-command',
    serverStart({ config }) {
      origin = `${config.http2 ? 'https' : 'http'}://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'pdf') return undefined;
      const { path, waitFor, format = 'A4', save } = payload ?? {};
      if (typeof path !== 'string' || !path.startsWith('/'))
        throw new Error('pdf: payload.path must be a path on the test server, e.g. "/test/x.html"');
      const { pdf, pages } = await printToPdf(origin + path, { waitFor, format });
      // Keep a copy to look at, when asked (under /tmp only).
      if (typeof save === 'string' && save.startsWith('/tmp/')) await writeFile(save, pdf);
      return { pages, bytes: pdf.length };
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, ...rest] = process.argv.slice(2);
  const option = (name) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (!url) {
    console.error(
      'usage: node scripts/pdf.mjs <url> [--out file.pdf] [--wait selector] [--format A4]',
    );
    process.exit(2);
  }
  const { pdf, pages } = await printToPdf(url, {
    waitFor: option('wait'),
    format: option('format') ?? 'A4',
  });
  if (option('out')) await writeFile(option('out'), pdf);
  console.log(`${pages} page${pages === 1 ? '' : 's'}`);
}
