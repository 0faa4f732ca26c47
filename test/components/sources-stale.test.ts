import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AmbitionMap, CaseStudyExplorer } from '../../src/index.js';
import '../../src/define/ambition-map.js';
import '../../src/define/case-study-explorer.js';

/*
 * `sources` changed while a file of the earlier list is still on its way (organisation B's
 * server answers after 1.5 s, scripts/exchange-servers.mjs): the late file must not show, in the
 * map or in the explorer, which read their sources through one SourcesController.
 */
type Origins = { a: string; b: string; c: string };
let origins: Origins;
before(async () => {
  origins = (await executeServerCommand('exchange-origins')) as Origins;
});

const words = (node: Element | null | undefined) =>
  node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const count = (el: HTMLElement) => words(el.shadowRoot!.querySelector('[part~="exchange-count"]'));
/** Long enough for organisation B's slow answer (1.5 s) to have come and gone. */
const afterSlowAnswer = () => new Promise((resolve) => setTimeout(resolve, 2500));

describe('sources changed while an earlier file is still loading', function () {
  this.timeout(20000);

  it('<case-study-explorer>: the earlier list’s late file never shows', async () => {
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer sources="${origins.b}/examples.json"></case-study-explorer>`,
    );
    el.sources = `${origins.a}/examples.json`;
    await waitUntil(() => count(el).startsWith('36 from the report, 5 from 1'), 'A read', {
      timeout: 8000,
    });
    await afterSlowAnswer();
    expect(count(el)).to.match(/^36 from the report, 5 from 1 organisation/);
    expect(words(el.shadowRoot!.querySelector('[part=list]'))).to.not.contain('Faith leaders');
    await expect(el).to.be.accessible();
  });

  it('<ambition-map>: the earlier list’s late file never counts', async () => {
    const el = await fixture<AmbitionMap>(
      html`<ambition-map sources="${origins.b}/examples.json"></ambition-map>`,
    );
    el.sources = `${origins.c}/examples.json`;
    await waitUntil(() => count(el).startsWith('36 from the report, 3 from 1'), 'C read', {
      timeout: 8000,
    });
    await afterSlowAnswer();
    expect(count(el)).to.match(/^36 from the report, 3 from 1 organisation/);
    await expect(el).to.be.accessible();
  });
});
