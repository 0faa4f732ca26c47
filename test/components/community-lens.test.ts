import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CommunityLens } from '../../src/index.js';
import '../../src/define/community-lens.js';
import { caseStudiesFor, ambitionSix, findings } from '../../src/content/index.js';

const words = (node: Element | null | undefined) =>
  node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

describe('<community-lens>', () => {
  it('shows report 5.2 verbatim, the Ambition 6 case studies and the guide’s items 9 and 10', async () => {
    const el = await fixture<CommunityLens>(html`<community-lens></community-lens>`);
    const root = el.shadowRoot!;
    expect(words(root.querySelector('h2'))).to.equal(
      'Ambition 6: Each community is prepared to help',
    );
    expect([...root.querySelectorAll('h3')].map(words)).to.deep.equal([
      'How people understood community',
      'How people interpreted community',
      'What people found hard',
      'What helped',
      'Case studies',
      'From the guide: items 9 and 10',
      'The report’s recommendations',
      'Questions to talk about',
    ]);
    // The report's words, exactly, with where they are in the report text.
    const quotes = [...root.querySelectorAll('[part=quote]')];
    expect(quotes.map(words)).to.deep.equal([
      ambitionSix.understand.text,
      ambitionSix.interpretValue.text,
      ambitionSix.interpretOutsideRemit.text,
      ambitionSix.interpretWithAndFor.text,
      ambitionSix.interpretOwnCommunities.text,
      ambitionSix.barriers.text,
      ambitionSix.facilitators.text,
    ]);
    expect(quotes.map((q) => q.getAttribute('data-line'))).to.deep.equal([
      '301',
      '321',
      '325',
      '331',
      '339',
      '357',
      '359',
    ]);
    expect([...root.querySelectorAll('dt')].map(words)).to.deep.equal(
      findings.community.understandings.map((u) => u.title),
    );
    const titles = [...root.querySelectorAll('[part=case-study-title]')].map(words);
    expect(titles).to.deep.equal([
      ...findings.community.caseStudies.map((c) => c.title),
      ...caseStudiesFor({ ambition: 'A6' }).map((c) => c.title),
    ]);
    expect(words(root.querySelector('.section:nth-of-type(5) [part=source]'))).to.contain(
      'not been evaluated',
    );
    expect([...root.querySelectorAll('[part=item-title]')].map(words)).to.deep.equal([
      '9. Collaboration and partnership working',
      '10. Sharing learning',
    ]);
    // Our own prompts say they are ours.
    expect(words(root.querySelector('[part~=prompts] [part=source]'))).to.equal(
      'Written by the makers of this website component, not by the report’s authors.',
    );
    // The report is credited by name where its words show.
    expect(words(root.querySelector('[part=report-credit]'))).to.contain('Realising the Ambitions');
    await expect(el).to.be.accessible();
  });

  it('quotes the report on its case studies rather than paraphrasing it', async () => {
    const el = await fixture<HTMLElement>(html`<community-lens></community-lens>`);
    const words = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(words).to.contain(
      'In the report’s words, they “have not been evaluated by the research team”.',
    );
    expect(words).not.to.contain('They have not been evaluated by the research team.');
  });

  it('takes the host’s heading level and fits 360 px', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await fixture<CommunityLens>(
        html`<community-lens heading-level="3"></community-lens>`,
      );
      expect(el.shadowRoot!.querySelector('h3[part=heading]')).to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('h4[part=section-heading]')).to.have.length(8);
      expect(el.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
