import { inflateSync } from 'node:zlib';

/**
 * The page count of a PDF: the largest `/Count` of its page tree, read from the plain text and
 * from every Flate-compressed stream (Firefox writes its page tree inside a compressed object
 * stream, Chromium in plain text). `null` when neither holds one.
 */
export function pdfPageCount(bytes) {
  const buffer = Buffer.from(bytes);
  const texts = [buffer.toString('latin1')];
  const stream = /\bstream\r?\n/g; // not the `stream` inside `endstream`
  for (let m; (m = stream.exec(texts[0]));) {
    const start = m.index + m[0].length;
    const end = texts[0].indexOf('endstream', start);
    if (end < 0) break;
    try {
      texts.push(inflateSync(buffer.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font): it holds no page tree.
    }
    stream.lastIndex = end + 'endstream'.length;
  }
  const counts = texts.flatMap((text) => [...text.matchAll(/\/Count (\d+)/g)].map((c) => +c[1]));
  return counts.length ? Math.max(...counts) : null;
}

/**
 * Test command `pdf-pages`: prints the test's page to an A4 PDF the way the browser's own
 * "Save as PDF" does (`page.pdf`, print media) and answers with its page count. Engines whose
 * driver cannot print (WebKit over WebDriver) or whose print media is emulated in the page
 * (Firefox) answer `{ pages: null, reason }`, and the test checks the print layout there instead.
 */
export function pdfPagesPlugin() {
  return {
    name: 'pdf-pages',
    async executeCommand({ command, session }) {
      if (command !== 'pdf-pages') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (typeof page?.pdf !== 'function')
        return { pages: null, reason: `${session.browser.name} cannot print to PDF here` };
      // Firefox emulates print media by rewriting the page's media queries in place
      // (browsers/media-emulation.mjs), so a real print of that page is not the printout: its PDF showed
      // the screen layout (14 pages for the one-page board). Counting it would test the emulation.
      if (/firefox/i.test(session.browser.name))
        return { pages: null, reason: 'Firefox prints the emulated page, not the printout' };
      try {
        const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
        const pages = pdfPageCount(pdf);
        return pages === null ? { pages, reason: 'no page tree found in the PDF' } : { pages };
      } catch (error) {
        return { pages: null, reason: String(error).slice(0, 200) };
      }
    },
  };
}
