import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  ambitions,
  attribution,
  caseStudies,
  caseStudiesFor,
  evidenceMatrix,
  findings,
  foundations,
  getAmbition,
  getFoundation,
  guideIntro,
  type AmbitionId,
  type FoundationId,
  type RichText,
} from '../../src/content/index.js';

const AMBITION_IDS: readonly AmbitionId[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];

function hrefsOf(texts: readonly RichText[]): string[] {
  return texts.flatMap((t) => t.flatMap((part) => (typeof part === 'string' ? [] : [part.href])));
}

describe('content: ambitions', () => {
  it('has the six Ambitions with the official titles', () => {
    expect(ambitions.map((a) => [a.id, a.number, a.title])).to.deep.equal([
      ['A1', 1, 'Each person is seen as an individual'],
      ['A2', 2, 'Each person gets fair access to care'],
      ['A3', 3, 'Maximising comfort and wellbeing'],
      ['A4', 4, 'Care is coordinated'],
      ['A5', 5, 'All staff are prepared to care'],
      ['A6', 6, 'Each community is prepared to help'],
    ]);
  });
});

describe('content: foundations', () => {
  it('has the ten items in order, numbered 1-10, with unique slugs', () => {
    expect(foundations.map((f) => f.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(foundations.map((f) => f.id)).to.deep.equal([
      'personalised-care-planning',
      'shared-records',
      'evidence-and-information',
      'involving-supporting-and-caring',
      'education-and-training',
      'access-24-7',
      'co-design',
      'leadership',
      'collaboration-and-partnership-working',
      'sharing-learning',
    ]);
    expect(new Set(foundations.map((f) => f.id)).size).to.equal(10);
  });

  it('marks only items 9 and 10 as added by the guide', () => {
    expect(foundations.filter((f) => f.addedByGuide).map((f) => f.number)).to.deep.equal([9, 10]);
  });

  it('keeps the guide titles', () => {
    expect(foundations[3]!.title).to.equal(
      'Involving, supporting and caring for those important to the dying person',
    );
    expect(foundations[5]!.title).to.equal('24/7 access');
  });

  it('splits each Ask into the guide’s questions', () => {
    expect(foundations.map((f) => f.ask.length)).to.deep.equal([4, 4, 4, 4, 3, 3, 6, 4, 4, 5]);
    for (const f of foundations) {
      for (const q of f.ask) {
        expect(q.endsWith('?'), `${f.id}: ${q}`).to.equal(true);
        expect(q, `${f.id}: one question per entry`).to.equal(q.trim());
        expect(q.slice(0, -1).includes('?'), `${f.id}: ${q}`).to.equal(false);
      }
    }
    expect(foundations[0]!.ask[0]).to.equal('What types of care planning are we already doing?');
  });

  it('has non-empty What and examples with no extraction artefacts', () => {
    for (const f of foundations) {
      expect(f.what.length).to.be.greaterThan(20);
      expect(f.examples.length).to.be.greaterThan(0);
      const text = [
        f.title,
        f.what,
        ...f.ask,
        ...f.examples.flatMap((e) => e.map((p) => (typeof p === 'string' ? p : p.text))),
      ];
      for (const s of text) {
        expect(s).not.to.match(/\*\*|\]\(#\)|Example in action/);
      }
    }
    expect(foundations[7]!.examples[0]![0]).to.match(/^Trusts showcase their ongoing development/);
  });

  it('links the named resources to https addresses', () => {
    const hrefs = [
      ...foundations.flatMap((f) => hrefsOf(f.examples)),
      ...hrefsOf([guideIntro.lead, ...guideIntro.paragraphs, guideIntro.footnote]),
    ];
    expect(hrefs.length).to.be.greaterThan(8);
    for (const href of hrefs) expect(href).to.match(/^(https:\/\/|mailto:)/);
    expect(hrefsOf(foundations[2]!.examples)).to.include('https://www.nacel.nhs.uk/');
    expect(hrefsOf(foundations[5]!.examples)).to.deep.equal(['https://future.nhs.uk/']);
  });

  it('derives each item’s Ambitions from its case studies (all six for items 9 and 10, never A6 alone)', () => {
    for (const f of foundations) {
      const expected = f.addedByGuide
        ? AMBITION_IDS
        : AMBITION_IDS.filter((a) =>
            caseStudies.some((c) => c.foundation === f.id && c.ambitions.includes(a)),
          );
      expect(f.ambitions, f.id).to.deep.equal(expected);
    }
  });
});

describe('content: case studies', () => {
  it('has every bullet of section 4: 36 in all, [4,6,6,6,4,4,2,4] per item', () => {
    expect(caseStudies.length).to.equal(36);
    const counts = foundations.map((f) => caseStudies.filter((c) => c.foundation === f.id).length);
    expect(counts).to.deep.equal([4, 6, 6, 6, 4, 4, 2, 4, 0, 0]);
  });

  it('has unique ids of the form <slug>-<n>', () => {
    expect(new Set(caseStudies.map((c) => c.id)).size).to.equal(36);
    for (const c of caseStudies) expect(c.id).to.match(new RegExp(`^${c.foundation}-[1-6]$`));
  });

  it('tags only real Ambitions, at least one each, without duplicates', () => {
    for (const c of caseStudies) {
      expect(c.ambitions.length, c.id).to.be.greaterThan(0);
      expect(new Set(c.ambitions).size, c.id).to.equal(c.ambitions.length);
      for (const a of c.ambitions) expect(AMBITION_IDS, c.id).to.include(a);
      expect(c.title.length).to.be.greaterThan(0);
      expect(c.summary.length).to.be.greaterThan(0);
      expect(c.summary).not.to.match(/\(A\d/);
    }
  });

  it('keeps the report’s tags for the tricky bullets', () => {
    const selfAssessment = caseStudies.find((c) => c.title === 'Self-assessment');
    expect(selfAssessment?.ambitions).to.deep.equal(AMBITION_IDS);
    const examiner = caseStudies.find(
      (c) => c.foundation === 'evidence-and-information' && c.title === 'Medical Examiner System',
    );
    expect(examiner?.ambitions).to.deep.equal(['A2', 'A5']);
    expect(examiner?.summary).to.match(/It also provides enhanced timely feedback/);
    const examiner4 = caseStudies.find(
      (c) =>
        c.foundation === 'involving-supporting-and-caring' && c.title === 'Medical Examiner System',
    );
    expect(examiner4?.ambitions).to.deep.equal(['A1']);
    expect(
      caseStudies.find((c) => c.title === 'Treatment escalation plans')?.ambitions,
    ).to.deep.equal(['A1', 'A3']);
  });
});

describe('content: queries', () => {
  it('finds items by number, numeric string and slug', () => {
    expect(getFoundation(3)?.id).to.equal('evidence-and-information');
    expect(getFoundation('3')?.id).to.equal('evidence-and-information');
    expect(getFoundation(' 6 ')?.id).to.equal('access-24-7');
    expect(getFoundation('leadership')?.number).to.equal(8);
    expect(getFoundation('  sharing-learning ')?.number).to.equal(10);
  });

  it('returns undefined for bad input without throwing', () => {
    const bad: unknown[] = [
      0,
      11,
      -1,
      3.5,
      NaN,
      '',
      '  ',
      '0',
      '11',
      'javascript:',
      'leader',
      null,
      undefined,
      {},
      [],
    ];
    for (const value of bad) {
      expect(() => getFoundation(value as string)).not.to.throw();
      expect(getFoundation(value as string), String(value)).to.equal(undefined);
    }
  });

  it('finds Ambitions by id, lower-case id and number', () => {
    expect(getAmbition('A6')?.title).to.equal('Each community is prepared to help');
    expect(getAmbition('a6')?.id).to.equal('A6');
    expect(getAmbition('6')?.id).to.equal('A6');
    for (const value of ['A7', '0', '', 'A', null, {}])
      expect(getAmbition(value as string)).to.equal(undefined);
  });

  it('filters case studies by foundation and Ambition', () => {
    expect(caseStudiesFor({ foundation: 7 }).length).to.equal(2);
    expect(
      caseStudiesFor({ foundation: 'co-design', ambition: 'A2' }).map((c) => c.title),
    ).to.deep.equal(['End of life care strategy development']);
    expect(caseStudiesFor({ ambition: 'A6' }).length).to.equal(
      caseStudies.filter((c) => c.ambitions.includes('A6')).length,
    );
    expect(caseStudiesFor({}).length).to.equal(36);
    expect(caseStudiesFor({ foundation: 9 })).to.deep.equal([]);
    expect(caseStudiesFor({ foundation: 'nope' })).to.deep.equal([]);
    expect(caseStudiesFor({ ambition: 'A9' })).to.deep.equal([]);
  });

  it('evidenceMatrix counts the case-study tags per item and Ambition', () => {
    const matrix = evidenceMatrix();
    expect(Object.keys(matrix)).to.deep.equal(foundations.map((f) => f.id));
    for (const f of foundations) {
      for (const a of AMBITION_IDS) {
        const count = caseStudies.filter(
          (c) => c.foundation === f.id && c.ambitions.includes(a),
        ).length;
        expect(matrix[f.id as FoundationId][a], `${f.id} x ${a}`).to.equal(count);
      }
    }
    expect(Object.values(matrix['sharing-learning'])).to.deep.equal([0, 0, 0, 0, 0, 0]);
    expect(Object.values(matrix['collaboration-and-partnership-working'])).to.deep.equal([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(evidenceMatrix()).to.equal(matrix);
  });
});

describe('content: findings, intro and attribution', () => {
  it('has the report’s findings', () => {
    expect(findings.barriers.length).to.equal(9);
    expect(findings.facilitators.length).to.equal(7);
    expect(findings.approaches.map((a) => a.title)).to.deep.equal([
      'Strategic',
      'Statements rather than Framework',
      'Complement other work',
    ]);
    expect(findings.community.understandings.length).to.equal(4);
    expect(findings.community.caseStudies.length).to.equal(2);
    expect(findings.challenges.length).to.equal(3);
    expect(findings.opportunities.length).to.equal(9);
    expect(findings.recommendations.length).to.equal(5);
    expect(findings.recommendations[1]).to.match(/^Focus on the foundations to drive action\./);
  });

  it('has the guide’s intro and contact prompt', () => {
    expect(guideIntro.title).to.equal('Small Steps, Big Vision');
    expect(guideIntro.paragraphs.length).to.equal(2);
    expect(guideIntro.contactPrompt).to.equal(
      'Interested in knowing more? Link up with your local ICB or palliative care team. Your local contact is:',
    );
  });

  it('carries the attribution CC BY asks for', () => {
    expect(attribution.title).to.equal('Small Steps, Big Vision: Grab-and-Go Guide');
    expect(attribution.authors).to.deep.equal([
      'Erica Borgstrom',
      'Claire Henry',
      'Joanne Jordan',
      'Una St Ledger',
    ]);
    expect(attribution.licence).to.deep.equal({
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(attribution.guidelinesNote).to.equal(
      'This guide does not replace statutory or NICE guidelines.',
    );
    expect(attribution.date).to.equal('2023-03-01');
    // The guide's source as the guide gives it (its footnote's short link).
    expect(attribution.sourceUrl).to.equal('https://tinyurl.com/ambitionsframework');
    // The report is credited too: title, authors, year, publisher and the project page.
    expect(attribution.report.title).to.match(/^Realising the Ambitions: /);
    expect(attribution.report.authors).to.deep.equal(attribution.authors);
    expect(attribution.report.year).to.equal(2023);
    expect(attribution.report.publisher).to.equal('The Open University');
    expect(attribution.report.url).to.match(/^https:\/\/wels\.open\.ac\.uk\//);
    expect(attribution.report.licenceNote).to.contain('no licence is claimed');
  });

  it('is frozen so elements cannot change the shared content', () => {
    expect(Object.isFrozen(foundations)).to.equal(true);
    expect(Object.isFrozen(foundations[0])).to.equal(true);
    expect(Object.isFrozen(caseStudies[0]!.ambitions)).to.equal(true);
    expect(Object.isFrozen(findings.community.understandings[0])).to.equal(true);
  });
});

describe('content: foundations.ambitions', () => {
  it('equals the sorted union of each item’s case-study tags (all six for items 9 and 10: line 373)', () => {
    for (const f of foundations) {
      const tagged = new Set(
        caseStudies.filter((c) => c.foundation === f.id).flatMap((c) => c.ambitions),
      );
      const derived = f.addedByGuide ? AMBITION_IDS : AMBITION_IDS.filter((a) => tagged.has(a));
      expect([...f.ambitions], f.id).to.deep.equal(derived);
    }
  });
});
