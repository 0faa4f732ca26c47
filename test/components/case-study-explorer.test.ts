import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { CaseStudyExplorer } from '../../src/index.js';
import '../../src/define/case-study-explorer.js';
import { caseStudiesFor } from '../../src/content/index.js';

const $ = <T extends HTMLElement = HTMLElement>(el: CaseStudyExplorer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const titles = (el: CaseStudyExplorer) =>
  [...el.shadowRoot!.querySelectorAll('[part=case-study-title]')].map((h) => h.textContent!.trim());
const count = (el: CaseStudyExplorer) =>
  $(el, '[part=count]').textContent!.replace(/\s+/g, ' ').trim();

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

describe('<case-study-explorer>', () => {
  it('lists all 36 case studies with title, summary, item and Ambition tags', async () => {
    const el = await fixture<CaseStudyExplorer>(html`<case-study-explorer></case-study-explorer>`);
    expect(el).to.be.instanceOf(CaseStudyExplorer);
    expect(titles(el)).to.have.length(36);
    expect(count(el)).to.equal('Showing 36 of 36 case studies');
    expect($(el, '[part=count]').getAttribute('role')).to.equal('status');
    const first = $(el, '[part=case-study]');
    // Titles default to h2, as the guide's title does (heading-level moves them).
    expect(first.querySelector('h2')!.textContent).to.contain('Education programme');
    expect(first.querySelector('[part=summary]')!.textContent).to.contain('advance care planning');
    expect(first.querySelector('[part=meta]')!.textContent).to.contain(
      'Item 1: Personalised care planning',
    );
    expect(
      [...first.querySelectorAll('[part=tags] li')].map((li) => li.textContent!.trim()),
    ).to.deep.equal(['Ambition 1', 'Ambition 5']);
    const note = $(el, '[part=note]').textContent!.replace(/\s+/g, ' ');
    expect(note).to.contain('have not been evaluated by the research team');
    expect(note).to.contain(
      'not referring to them as ‘best practice’ and cannot ascertain their impact',
    );
    expect(note).to.contain('we created a composite');
    expect($(el, '[part=where-from]').textContent).to.contain(
      'organisations with palliative care as one of their primary interests',
    );
    expect($(el, '[part=report-credit]').textContent).to.contain('Realising the Ambitions');
    expect($(el, '.attribution').textContent).to.contain('CC BY 4.0');
    await expect(el).to.be.accessible();
  });

  it('foundation="6" lists the four 24/7-access case studies', async () => {
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer foundation="6"></case-study-explorer>`,
    );
    expect(titles(el)).to.deep.equal([
      'Hospice 24/7 helpline',
      '7 day a week face to face service',
      'Acute intervention team',
      'Access to medicines for individuals at home',
    ]);
    expect($<HTMLSelectElement>(el, '#item').value).to.equal('access-24-7');
    expect(count(el)).to.equal('Showing 4 of 36 case studies');
    await expect(el).to.be.accessible();
  });

  it('presets the Ambition filter and combines it with the item filter', async () => {
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer ambition="A6" heading-level="4"></case-study-explorer>`,
    );
    expect(titles(el)).to.deep.equal(caseStudiesFor({ ambition: 'A6' }).map((c) => c.title));
    expect($(el, 'h4[part=case-study-title]')).to.not.equal(null);
    await choose(el, 'item', 'involving-supporting-and-caring');
    expect(el.foundation).to.equal('involving-supporting-and-caring');
    expect(titles(el)).to.deep.equal(
      caseStudiesFor({ foundation: 4, ambition: 'A6' }).map((c) => c.title),
    );
    await choose(el, 'ambition', '');
    expect(titles(el)).to.deep.equal(caseStudiesFor({ foundation: 4 }).map((c) => c.title));
  });

  it('filters with the keyboard on the native menus', async () => {
    const el = await fixture<CaseStudyExplorer>(html`<case-study-explorer></case-study-explorer>`);
    $(el, '#ambition').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.ambition).to.equal('A1');
    expect(titles(el)).to.have.length(caseStudiesFor({ ambition: 'A1' }).length);
  });

  it('searches as the reader types and announces the count', async () => {
    const el = await fixture<CaseStudyExplorer>(html`<case-study-explorer></case-study-explorer>`);
    $(el, '#search').focus();
    await sendKeys({ type: 'helpline' });
    await el.updateComplete;
    expect(el.query).to.equal('helpline');
    expect(titles(el)).to.include('Hospice 24/7 helpline');
    expect(count(el)).to.match(/^Showing [1-9] of 36 case studies$/);
    expect($(el, 'label[for=search]').textContent).to.contain('Search');
    expect($<HTMLInputElement>(el, '#search').type).to.equal('search');
  });

  it('says so when nothing matches and clears every filter on request', async () => {
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer foundation="5" query="zebra"></case-study-explorer>`,
    );
    expect(titles(el)).to.deep.equal([]);
    expect(count(el)).to.equal('Showing 0 of 36 case studies');
    expect($(el, '[part=empty]').textContent).to.contain('No case studies match');
    await expect(el).to.be.accessible();
    $(el, '[part=clear-button]').click();
    await el.updateComplete;
    await aTimeout(0);
    expect(titles(el)).to.have.length(36);
    expect([el.foundation, el.ambition, el.query]).to.deep.equal(['', '', '']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#search'));
  });

  it('explains that items 9 and 10 have no case studies', async () => {
    const el = await fixture<CaseStudyExplorer>(
      html`<case-study-explorer foundation="10"></case-study-explorer>`,
    );
    expect($(el, '[part=empty]').textContent).to.contain('items 9 and 10');
  });

  it('ignores bad filters with a notice and one warning each', async () => {
    const warnings = captureWarnings();
    let el: CaseStudyExplorer;
    try {
      el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer foundation="99" ambition="A9"></case-study-explorer>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(titles(el!)).to.have.length(36);
    expect(el!.shadowRoot!.querySelectorAll('[part=notice]')).to.have.length(2);
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('<case-study-explorer> foundation');
    expect(warnings.messages[1]).to.contain('<case-study-explorer> ambition');
    await expect(el!).to.be.accessible();
  });

  it('needs no horizontal scrolling at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<CaseStudyExplorer>(
        html`<case-study-explorer></case-study-explorer>`,
      );
      const root = $(el, '.root');
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
