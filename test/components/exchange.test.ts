import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { CaseStudyExplorer } from '../../src/index.js';
import '../../src/define/case-study-explorer.js';

/*
 * The learning exchange in a real browser: three organisations' sites are real HTTP servers on
 * other ports of 127.0.0.1 (scripts/exchange-servers.mjs), so every file crosses origins and the
 * browser's own CORS rules apply. Organisation A has 5 examples, B (slow: 1.5 s) 4, C 3.
 */
type Origins = { a: string; b: string; c: string };
let origins: Origins;
before(async () => {
  origins = (await executeServerCommand('exchange-origins')) as Origins;
});

const $ = <T extends Element = HTMLElement>(el: CaseStudyExplorer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: CaseStudyExplorer, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const words = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const titles = (el: CaseStudyExplorer) => $$(el, '[part=case-study-title]').map(words);
const failedLines = (el: CaseStudyExplorer) => $$(el, '[part=sources-failed] li').map(words);
const settled = (el: CaseStudyExplorer) =>
  waitUntil(() => !words($(el, '[part=count]')).includes('still loading'), 'sources settle', {
    timeout: 8000,
  });

function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

async function choose(el: CaseStudyExplorer, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<case-study-explorer sources>: combining organisations’ examples', function () {
  // Real servers, one answering after 1.5 s, and axe over 48 case studies on a busy machine.
  this.timeout(30000);
  it('reads three organisations on three origins beside the report’s 36, one slow', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer
          sources="${origins.a}/examples.json ${origins.b}/examples.json ${origins.c}/examples.json ${origins.a}/newer.json ${origins.c}/closed.json"
        ></case-study-explorer>`,
      );
      // A and C answer at once; B is slow: what has arrived shows while it loads.
      await waitUntil(() => titles(el).includes('Families as partners in care homes'), 'A and C', {
        timeout: 5000,
      });
      // (How many others are still pending depends on the engine: a refused CORS read may come
      // back later than a good file.)
      expect(words($(el, '[part=count]'))).to.match(/\(still loading [1-3] sources?\)$/);
      expect(titles(el)).to.not.include('Faith leaders’ network');
      await settled(el);
      expect(words($(el, '[part=count]'))).to.equal('Showing 48 of 48 case studies');
      expect(words($(el, '[part=exchange-count]'))).to.equal(
        '36 from the report, 12 from 3 organisations.',
      );
      expect(words($(el, '[part=exchange-note]'))).to.contain(
        'have not been evaluated or endorsed',
      );
      // Said once, near the count.
      expect(el.shadowRoot!.textContent!.match(/not been evaluated or endorsed/g)).to.have.length(
        1,
      );

      // Every example says where it comes from; the report's say they are the report's.
      const studies = $$(el, '[part~=case-study]');
      expect(studies).to.have.length(48);
      for (const study of studies)
        expect(study.querySelector('[part=origin]'), words(study)).to.not.equal(null);
      expect(words(studies[0]!.querySelector('[part=origin]'))).to.equal(
        'From the report Realising the Ambitions',
      );
      const cafe = studies.find((s) => words(s).includes('Death café'))!;
      expect(cafe.getAttribute('part')).to.equal('case-study exchange');
      expect(words(cafe.querySelector('[part=origin]'))).to.equal(
        'Example from Northfield Hospice, North East and Yorkshire, 2026-11-02',
      );
      expect(cafe.querySelector<HTMLAnchorElement>('[part=origin] a')!.href).to.equal(
        'https://northfield.example/',
      );
      expect(cafe.querySelector('a[href="https://northfield.example/cafe"]')).to.not.equal(null);
      expect(words(cafe.querySelector('[part=meta]'))).to.equal(
        'Items 10: Sharing learning; 7: Co-design',
      );

      // The two that could not be read are listed below the results, politely, with the reason.
      const failed = $(el, '[part=sources-failed]');
      expect(failed.compareDocumentPosition($(el, '[part=list]'))).to.equal(
        Node.DOCUMENT_POSITION_PRECEDING,
      );
      // One plain sentence for a reader; the addresses and reasons folded away for the editor.
      expect(words($(el, '[part=sources-failed] p'))).to.equal(
        '2 files of examples from other organisations could not be read, so their examples are not shown.',
      );
      expect($(el, '[part=sources-details] ul').checkVisibility()).to.equal(false);
      expect(failedLines(el)).to.deep.equal([
        `${origins.a}/newer.json: the file does not follow the examples format (version: version 99 is newer than this explorer reads (1); update ambitions-elements).`,
        `${origins.c}/closed.json: the file could not be reached, or its site does not let other websites read it (it needs the Access-Control-Allow-Origin header).`,
      ]);
      // One console warning per failed source, naming the attribute.
      expect(
        warnings.messages.filter((m) => m.startsWith('<case-study-explorer> sources:')),
      ).to.have.length(2);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('filters by source and by region, and Clear filters resets them', async () => {
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer
        sources="${origins.a}/examples.json ${origins.c}/examples.json"
      ></case-study-explorer>`,
    );
    await settled(el);
    expect(words($(el, '[part=exchange-count]'))).to.equal(
      '36 from the report, 8 from 2 organisations.',
    );
    // Names from other sites are drawn isolated (U+2068 ... U+2069), so their bidi controls stay theirs.
    const options = (id: string) =>
      [...$<HTMLSelectElement>(el, `#${id}`).options].map((o) =>
        o.textContent!.replace(/[\u2066-\u2069]/g, '').trim(),
      );
    expect(options('source')).to.deep.equal([
      'All sources',
      'The report',
      'Northfield Hospice',
      'Hillside Care Home Group',
    ]);
    expect(options('region')).to.deep.equal([
      'All regions',
      'North East and Yorkshire',
      'South West',
    ]);
    await choose(el, 'source', `${origins.c}/examples.json`);
    expect(titles(el)).to.deep.equal([
      'Families as partners in care homes',
      '24/7 advice line for care homes',
      'Community choir for the bereaved',
    ]);
    await choose(el, 'source', 'report');
    expect(titles(el)).to.have.length(36);
    await choose(el, 'source', '');
    await choose(el, 'region', 'North East and Yorkshire');
    expect(titles(el)).to.have.length(5);
    // Combined with the other filters: an item filter matches any of an example's items.
    await choose(el, 'item', 'co-design');
    expect(titles(el)).to.deep.equal(['Death café in the town library']);
    await choose(el, 'region', '');
    await choose(el, 'ambition', 'A6');
    expect(titles(el)).to.include('Death café in the town library');
    await el.clear();
    expect([el.source, el.region, el.foundation, el.ambition]).to.deep.equal(['', '', '', '']);
    expect(titles(el)).to.have.length(44);
    await expect(el).to.be.accessible();
  });

  it('makes no network request of its own without sources', async () => {
    const original = window.fetch;
    const asked: unknown[] = [];
    window.fetch = (...args: Parameters<typeof fetch>) => {
      asked.push(args[0]);
      return original(...args);
    };
    try {
      const el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer></case-study-explorer>`,
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(asked).to.deep.equal([]);
      expect($(el, '[part=exchange-count]')).to.equal(null);
      expect($(el, '[part=origin]')).to.equal(null);
    } finally {
      window.fetch = original;
    }
  });

  it('sends no credentials and no referrer, and refuses addresses that are not http(s)', async () => {
    const original = window.fetch;
    const asked: RequestInit[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(init ?? {});
      return original(input, init);
    };
    try {
      const el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer
          sources="javascript:alert(1) examples.json ${origins.c}/missing.json"
        ></case-study-explorer>`,
      );
      await settled(el);
      expect(asked).to.have.length(1);
      expect(asked[0]).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer' });
      expect(failedLines(el)).to.deep.equal([
        `${origins.c}/missing.json: the site answered 404: there is no file at this address (check it for a typing mistake, or whether the file was moved).`,
        'javascript:alert(1): only https: and http: addresses are read.',
        'examples.json: this is not a full web address (it should start with https://).',
      ]);
      // Nothing was read: no "0 from 0 organisations", one plain sentence instead.
      expect(el.shadowRoot!.querySelector('[part=exchange-count]')).to.equal(null);
      expect(el.shadowRoot!.textContent!).to.not.contain('0 from 0');
      expect(words($(el, '[part=sources-failed] p'))).to.equal(
        '3 files of examples from other organisations could not be read, so their examples are not shown.',
      );
    } finally {
      window.fetch = original;
    }
  });

  it('keeps the good examples of a file with a bad one, and says which was left out and why', async () => {
    const warnings = captureWarnings();
    try {
      // Commas between the addresses, as people type lists.
      const el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer
          sources="${origins.a}/broken.json, ${origins.c}/examples.json"
        ></case-study-explorer>`,
      );
      await settled(el);
      expect(words($(el, '[part=exchange-count]'))).to.equal(
        '36 from the report, 7 from 2 organisations.',
      );
      expect(titles(el)).to.include('Death café in the town library');
      expect(titles(el)).to.not.include('Carers’ learning evenings');
      expect(words($(el, '[part=sources-failed] p'))).to.equal(
        'One example from Northfield Hospice could not be shown because of mistakes in its file.',
      );
      expect(failedLines(el)).to.deep.equal([
        `${origins.a}/broken.json: example 5 ("Carers’ learning evenings") left out: examples[4].ambitions[0]: expected one of A1, A2, A3, A4, A5, A6`,
      ]);
      expect(warnings.messages).to.deep.equal([
        `<case-study-explorer> sources: "${origins.a}/broken.json": example 5 ("Carers’ learning evenings") left out: examples[4].ambitions[0]: expected one of A1, A2, A3, A4, A5, A6`,
      ]);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('fits a 360 px screen with sources', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer
          sources="${origins.a}/examples.json ${origins.c}/closed.json"
        ></case-study-explorer>`,
      );
      await settled(el);
      expect(el.scrollWidth).to.be.at.most(360);
      expect($(el, '[part=sources-failed]').scrollWidth).to.be.at.most(
        $(el, '[part=sources-failed]').clientWidth + 1,
      );
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
