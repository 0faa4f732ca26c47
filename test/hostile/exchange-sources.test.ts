import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/case-study-explorer.js';
import type { CaseStudyExplorer } from '../../src/components/case-study-explorer/case-study-explorer.js';
import { report } from './frame.js';

/*
 * Hostile sources for <case-study-explorer sources>: a file of 50 MB (streamed with no length,
 * and announced in Content-Length), a web page instead of JSON, a redirect, and a site that never
 * answers, all listed beside one good source on another origin (scripts/exchange-servers.mjs).
 * The good source's examples must show, each bad one must be listed with its reason, promptly,
 * and nothing may throw on the page.
 */
type Origins = { a: string; b: string; c: string };

const words = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

describe('hostile: sources that answer badly', function () {
  this.timeout(30000);
  let uncaught = 0;
  const count = () => uncaught++;
  before(() => window.addEventListener('error', count));
  after(async () => {
    window.removeEventListener('error', count);
    await report({ 'uncaught errors': uncaught, 'hostile sources': 5 });
  });

  it('lists 50 MB, a web page, a redirect and a silent site, and still shows the good one', async () => {
    const o = (await executeServerCommand('exchange-origins')) as Origins;
    const unhandled: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const warn = console.warn;
    console.warn = () => undefined;
    const started = performance.now();
    try {
      const el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer
          source-timeout="2"
          sources="${o.b}/huge.json ${o.b}/huge-length.json ${o.a}/html ${o.c}/moved.json ${o.b}/hang ${o.c}/examples.json"
        ></case-study-explorer>`,
      );
      await waitUntil(
        () => !words(el.shadowRoot!.querySelector('[part=count]')).includes('still loading'),
        'every source settles',
        { timeout: 15000 },
      );
      const seconds = (performance.now() - started) / 1000;
      // The silent site is given up on after source-timeout (2 s), not left loading.
      expect(seconds).to.be.below(10);
      const lines = [...el.shadowRoot!.querySelectorAll('[part=sources-failed] li')].map(words);
      expect(lines).to.deep.equal([
        `${o.b}/huge.json: the file is larger than 1000 kB, so it was not read.`,
        `${o.b}/huge-length.json: the file is larger than 1000 kB, so it was not read.`,
        `${o.a}/html: this address gives a web page, not an examples file.`,
        `${o.c}/moved.json: the address redirects elsewhere; list the file’s own address instead.`,
        `${o.b}/hang: the site did not answer within 2 seconds.`,
      ]);
      expect(words(el.shadowRoot!.querySelector('[part=exchange-count]'))).to.equal(
        '36 from the report, 3 from 1 organisation.',
      );
      // The redirect's target (organisation A) was not read in its place.
      expect(el.shadowRoot!.textContent).not.to.include('Northfield Hospice');
      expect(unhandled).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
