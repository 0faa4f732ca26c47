import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { caseStudies, caseStudiesFor } from '../../src/content/index.js';
import { filterCaseStudies, normaliseSearch } from '../../src/engine/index.js';

describe('normaliseSearch', () => {
  it('folds case, accents, quotes and punctuation', () => {
    expect(normaliseSearch('  Co-Design’s  CAFÉ! ')).to.equal('co designs cafe');
    expect(normaliseSearch('24/7 Access')).to.equal('24/7 access');
    expect(normaliseSearch(undefined)).to.equal('');
    expect(normaliseSearch(42)).to.equal('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => normaliseSearch(normaliseSearch(s)) === normaliseSearch(s)),
    );
  });
});

describe('filterCaseStudies', () => {
  it('returns all 36 case studies without filters', () => {
    expect(filterCaseStudies().items).to.have.length(36);
    expect(filterCaseStudies({ foundation: '', ambition: ' ', text: '' }).items).to.have.length(36);
  });

  it('filters by item (number, string or slug) like caseStudiesFor', () => {
    const byNumber = filterCaseStudies({ foundation: 6 });
    expect(byNumber.items.map((c) => c.title)).to.deep.equal([
      'Hospice 24/7 helpline',
      '7 day a week face to face service',
      'Acute intervention team',
      'Access to medicines for individuals at home',
    ]);
    expect(byNumber.foundation).to.equal('access-24-7');
    expect(filterCaseStudies({ foundation: 'access-24-7' }).items).to.deep.equal(byNumber.items);
    for (let n = 1; n <= 10; n++)
      expect(filterCaseStudies({ foundation: String(n) }).items).to.deep.equal(
        caseStudiesFor({ foundation: n }),
      );
  });

  it('filters by Ambition and combines filters', () => {
    for (const a of ['A1', 'a2', '3', 4, 'A5', 'A6'])
      expect(filterCaseStudies({ ambition: a }).items).to.deep.equal(
        caseStudiesFor({ ambition: a }),
      );
    const both = filterCaseStudies({ foundation: 8, ambition: 'A5' });
    expect(both.items).to.deep.equal(caseStudiesFor({ foundation: 8, ambition: 'A5' }));
    expect(both.ambition).to.equal('A5');
  });

  it('searches every word in title, summary and item title, ignoring case and punctuation', () => {
    const helpline = filterCaseStudies({ text: 'HELPLINE hospice' }).items;
    expect(helpline.map((c) => c.title)).to.include('Hospice 24/7 helpline');
    expect(filterCaseStudies({ text: 'helpline zebra' }).items).to.deep.equal([]);
    // The item title is searchable too.
    expect(filterCaseStudies({ text: 'leadership' }).items.length).to.be.at.least(
      caseStudiesFor({ foundation: 'leadership' }).length,
    );
  });

  it('ignores (and reports) filters that name nothing', () => {
    const result = filterCaseStudies({ foundation: '99', ambition: 'A9' });
    expect(result.items).to.have.length(36);
    expect(result.ignored).to.deep.equal(['foundation', 'ambition']);
  });

  it('only ever returns case studies matching every applied filter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('A1', 'A2', 'A3', 'A4', 'A5', 'A6'),
        (f, a) => {
          const { items, foundation } = filterCaseStudies({ foundation: f, ambition: a });
          return items.every(
            (c) => c.foundation === foundation && c.ambitions.includes(a as never),
          );
        },
      ),
    );
    expect(caseStudies).to.have.length(36);
  });
});
