/**
 * Test command `pdf-pages`: prints the test's page to an A4 PDF the way the browser's own
 * "Save as PDF" does (`page.pdf`, print media) and answers with its page count. Engines whose
 * driver cannot print (WebKit over WebDriver) answer `{ pages: null, reason }`, and the test
 * checks the print layout there instead.
 */
export function pdfPagesPlugin() {
  return {
    name: 'pdf-pages',
    async executeCommand({ command, session }) {
      if (command !== 'pdf-pages') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (typeof page?.pdf !== 'function')
        return { pages: null, reason: `${session.browser.name} cannot print to PDF here` };
      try {
        const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
        // The page tree's root holds the total: the largest /Count in the file.
        const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => +m[1]);
        return counts.length
          ? { pages: Math.max(...counts) }
          : { pages: null, reason: 'the PDF keeps its page tree compressed' };
      } catch (error) {
        return { pages: null, reason: String(error).slice(0, 200) };
      }
    },
  };
}
