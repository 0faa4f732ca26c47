import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { AmbitionMap } from '../../src/index.js';
import '../../src/define/ambition-map.js';
import { ambitions, evidenceMatrix, foundations } from '../../src/content/index.js';
import { countExchangeExamples, exchangeCaseStudies } from '../../src/engine/exchange.js';
import { fetchExamplesSource } from '../../src/engine/exchange-fetch.js';

/*
 * <ambition-map sources>: the organisations' examples files come from the same real
 * cross-origin servers as the explorer's tests (scripts/exchange-servers.mjs): A has 5
 * examples, B (slow: 1.5 s) 4, C 3; c/closed.json sends no CORS header, so it fails.
 */
type Origins = { a: string; b: string; c: string };
let origins: Origins;
before(async () => {
  origins = (await executeServerCommand('exchange-origins')) as Origins;
});

const $ = <T extends Element = HTMLElement>(el: AmbitionMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const words = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const cell = (el: AmbitionMap, r: number, c: number) => $(el, `[data-row="${r}"][data-col="${c}"]`);
const shown = (el: AmbitionMap, r: number, c: number) =>
  words(cell(el, r, c).querySelector('.count'));
const added = (el: AmbitionMap, r: number, c: number) =>
  words(cell(el, r, c).querySelector('.extra'));
const tableCell = (el: AmbitionMap, r: number, c: number) =>
  el.shadowRoot!.querySelectorAll('tbody tr')[r - 1]!.children[c]!;

/** What the report's number in a pair shows without examples ("authors' link" for 9 and 10). */
const reportShown = (r: number, c: number) => {
  const f = foundations[r - 1]!;
  const count = evidenceMatrix()[f.id][ambitions[c - 1]!.id];
  return f.addedByGuide ? "authors' link" : String(count);
};

describe('<ambition-map sources>: including organisations’ examples', function () {
  this.timeout(30000);

  it('adds the examples’ counts when the reader turns the toggle on, and takes them off again', async () => {
    const sources = [
      `${origins.a}/examples.json`,
      `${origins.b}/examples.json`,
      `${origins.c}/examples.json`,
      `${origins.c}/closed.json`,
    ];
    // The engine's own counting, from the same files.
    const expected = exchangeCaseStudies(
      await Promise.all(sources.map((url) => fetchExamplesSource(url))),
    );
    expect(expected).to.have.length(12);

    const el = await fixture<AmbitionMap>(
      html`<ambition-map sources=${sources.join(' ')}></ambition-map>`,
    );
    await waitUntil(
      () => words($(el, '[part=exchange-count]')).startsWith('36 from the report, 12 from 3'),
      'all three organisations read',
      { timeout: 8000 },
    );
    await waitUntil(() => $(el, '[part=sources-failed]'), 'the closed source fails', {
      timeout: 8000,
    });
    expect(words($(el, '[part=sources-failed] p'))).to.equal(
      'One file of examples from other organisations could not be read, so its examples are not shown.',
    );
    expect(words($(el, '[part=exchange-count]'))).to.contain('not been evaluated or endorsed');
    const box = $<HTMLInputElement>(el, '[part=exchange] input[type=checkbox]');
    // Off by default: the report's numbers, nothing added.
    expect(box.checked).to.equal(false);
    for (let r = 1; r <= 10; r++)
      for (let c = 1; c <= 6; c++) {
        expect(shown(el, r, c)).to.equal(reportShown(r, c));
        expect(cell(el, r, c).querySelector('.extra')).to.equal(null);
      }
    await expect(el).to.be.accessible();

    // Keyboard: the space bar on the focused checkbox turns it on (and, below, off).
    box.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(box);
    for (let r = 1; r <= 10; r++)
      for (let c = 1; c <= 6; c++) {
        const more = countExchangeExamples(expected, {
          foundation: foundations[r - 1]!.id,
          ambition: ambitions[c - 1]!.id,
        });
        // The report's number stays the report's; the examples follow after " + ".
        expect(shown(el, r, c), `${r}:${c}`).to.equal(reportShown(r, c));
        expect(added(el, r, c), `${r}:${c}`).to.equal(`+ ${more}`);
        expect(words(cell(el, r, c)), `${r}:${c}`).to.contain(
          `+ ${more} from organisations’ examples`,
        );
      }
    // Item 10 with Ambition 6: the authors' link, + 3 examples (A's café, B's network, C's choir).
    expect([shown(el, 10, 6), added(el, 10, 6)]).to.deep.equal(["authors' link", '+ 3']);
    // The row and column headers' names say how many examples they add.
    const a6 = countExchangeExamples(expected, { ambition: ambitions[5]!.id });
    expect(a6).to.equal(5);
    expect(words(cell(el, 0, 6))).to.contain(`, and ${a6} of organisations’ examples`);
    const item4 = countExchangeExamples(expected, { foundation: foundations[3]!.id });
    expect(words(cell(el, 4, 0))).to.contain(`, and ${item4} of organisations’ examples`);
    expect(words($(el, '[part=exchange-count]'))).to.contain('then + the organisations’ examples');
    await expect(el).to.be.accessible();

    // The table view shows the same numbers.
    el.view = 'table';
    await el.updateComplete;
    for (let r = 1; r <= 10; r++)
      for (let c = 1; c <= 6; c++) {
        const more = countExchangeExamples(expected, {
          foundation: foundations[r - 1]!.id,
          ambition: ambitions[c - 1]!.id,
        });
        expect(words(tableCell(el, r, c))).to.equal(`${reportShown(r, c)} + ${more}`);
      }
    expect(words($(el, 'caption'))).to.contain('+ organisations’ examples');
    await expect(el).to.be.accessible();

    // Off again: the report's counts only.
    box.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(box.checked).to.equal(false);
    for (let r = 1; r <= 10; r++)
      for (let c = 1; c <= 6; c++) expect(words(tableCell(el, r, c))).to.equal(reportShown(r, c));
    expect(words($(el, 'caption'))).to.not.contain('organisations');
    await expect(el).to.be.accessible();
  });

  it('shows no toggle when no source could be read, only the failed line', async () => {
    const el = await fixture<AmbitionMap>(
      html`<ambition-map sources="${origins.c}/closed.json"></ambition-map>`,
    );
    await waitUntil(() => $(el, '[part=sources-failed]'), 'fails', { timeout: 8000 });
    expect($(el, 'input[type=checkbox]')).to.equal(null);
    expect(shown(el, 1, 1)).to.equal(reportShown(1, 1));
    await expect(el).to.be.accessible();
  });

  it('keeps the good examples of a file with a bad one, and says which was left out and why', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<AmbitionMap>(
        html`<ambition-map sources="${origins.a}/broken.json"></ambition-map>`,
      );
      await waitUntil(() => $(el, '[part=sources-failed]'), 'the bad example is named', {
        timeout: 8000,
      });
      expect(words($(el, '[part=exchange-count]'))).to.match(
        /^36 from the report, \d+ from 1 organisation/,
      );
      expect(words($(el, '[part=sources-failed] p'))).to.equal(
        'One example from Northfield Hospice could not be shown because of mistakes in its file.',
      );
      expect($(el, '[part=sources-details] ul').checkVisibility()).to.equal(false);
      expect(warnings.some((w) => w.includes(`${origins.a}/broken.json`))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('makes no network request without sources', async () => {
    const original = window.fetch;
    const asked: unknown[] = [];
    window.fetch = (...args: Parameters<typeof fetch>) => {
      asked.push(args[0]);
      return original(...args);
    };
    try {
      const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
      await new Promise((r) => setTimeout(r, 100));
      expect(asked).to.deep.equal([]);
      expect($(el, '[part=exchange]')).to.equal(null);
    } finally {
      window.fetch = original;
    }
  });
});
