import { expect, fixture, html } from '@open-wc/testing';
import type { AmbitionMap, CaseStudyExplorer } from '../../src/index.js';
import { caseStudiesFor } from '../../src/content/index.js';

/*
 * The "Done when", checked on a page that loads only the built CDN bundle (built by
 * `npm test` before the browser tests): nothing here imports an element from src.
 */
const errors: string[] = [];
const originalError = console.error;

before(async () => {
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError(...args);
  };
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  const bundle = '/dist/cdn/ambitions-elements.js';
  await import(bundle);
});

after(() => {
  console.error = originalError;
});

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('the CDN bundle: <ambition-map> and <case-study-explorer>', () => {
  it('registers both elements', () => {
    expect(customElements.get('ambition-map')).to.be.a('function');
    expect(customElements.get('case-study-explorer')).to.be.a('function');
  });

  it('shows six Ambitions and ten items, the table counts, and A6 case studies when chosen', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[role=columnheader].ambition')).to.have.length(6);
    expect(root.querySelectorAll('[role=rowheader]')).to.have.length(10);
    await expect(el).to.be.accessible();

    el.view = 'table';
    await el.updateComplete;
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(10);
    // Item 6, 24/7 access: A2 4, A3 3, A4 1.
    expect([...rows[5].querySelectorAll('td')].map(text)).to.deep.equal([
      '0',
      '4',
      '3',
      '1',
      '0',
      '0',
    ]);
    await expect(el).to.be.accessible();

    el.view = 'map';
    await el.updateComplete;
    root.querySelector<HTMLElement>('[data-row="0"][data-col="6"]')!.click();
    await el.updateComplete;
    // The map draws a new selection's details in the frame after the one that paints it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const listed = [...root.querySelectorAll('[part=case-studies] strong')].map(text);
    expect(listed).to.deep.equal(caseStudiesFor({ ambition: 'A6' }).map((c) => c.title));
    await expect(el).to.be.accessible();
  });

  it('<case-study-explorer foundation="6"> lists the four 24/7-access case studies', async () => {
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer foundation="6"></case-study-explorer>`,
    );
    const titles = [...el.shadowRoot!.querySelectorAll('[part=case-study-title]')].map(text);
    expect(titles).to.deep.equal([
      'Hospice 24/7 helpline',
      '7 day a week face to face service',
      'Acute intervention team',
      'Access to medicines for individuals at home',
    ]);
    await expect(el).to.be.accessible();
  });

  it('wires the map to the explorer in two lines', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><ambition-map></ambition-map><case-study-explorer></case-study-explorer></div>`,
    );
    const map = wrapper.querySelector('ambition-map')!;
    const explorer = wrapper.querySelector('case-study-explorer')!;
    map.addEventListener('ambitions-map-select', (e) =>
      Object.assign(explorer, {
        foundation: e.detail.foundation ?? '',
        ambition: e.detail.ambition ?? '',
      }),
    );
    map.shadowRoot!.querySelector<HTMLElement>('[data-row="6"][data-col="2"]')!.click();
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelectorAll('[part=case-study]')).to.have.length(
      caseStudiesFor({ foundation: 6, ambition: 'A2' }).length,
    );
  });

  it('logged no console error', () => {
    expect(errors).to.deep.equal([]);
  });
});
