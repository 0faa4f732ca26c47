import { expect } from 'chai';
import { describe, it } from 'node:test';
import { evidenceMatrix, foundations, getFoundation } from '../../src/content/index.js';
import {
  fillItemHref,
  formatMapSelection,
  heatLevel,
  mapLink,
  parseMapSelection,
  stagesFromSummary,
} from '../../src/engine/index.js';

describe('map selection', () => {
  it('reads Ambitions, items and pairs', () => {
    expect(parseMapSelection('A6')).to.deep.equal({ kind: 'ambition', ambition: 'A6' });
    expect(parseMapSelection(' a2 ')).to.deep.equal({ kind: 'ambition', ambition: 'A2' });
    expect(parseMapSelection('7')).to.deep.equal({ kind: 'foundation', foundation: 'co-design' });
    expect(parseMapSelection('leadership')).to.deep.equal({
      kind: 'foundation',
      foundation: 'leadership',
    });
    expect(parseMapSelection('8:A5')).to.deep.equal({
      kind: 'cell',
      foundation: 'leadership',
      ambition: 'A5',
    });
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'A7', '11', '8:5', '8:A9', '99:A1', '1:A1:A2', 'x', undefined, 6])
      expect(parseMapSelection(bad), String(bad)).to.equal(undefined);
  });

  it('formats what it parses, and parses what it formats', () => {
    for (const text of ['A1', 'A6', '1', '10', '8:A5', '9:A6'])
      expect(formatMapSelection(parseMapSelection(text)!)).to.equal(text);
  });
});

describe('mapLink and heatLevel', () => {
  it('gives the evidence counts, and the authors link for items 9 and 10 with every Ambition (never A6 only)', () => {
    for (const f of foundations) {
      expect(mapLink(f, 'A1').count).to.equal(evidenceMatrix()[f.id].A1);
      expect(mapLink(f, 'A6').authorsLink).to.equal(f.number >= 9);
      expect(mapLink(f, 'A1').authorsLink).to.equal(f.number >= 9);
    }
  });

  it('caps heat at 4', () => {
    expect([0, 1, 2, 3, 4, 5, 9, -1, NaN].map(heatLevel)).to.deep.equal([
      0, 1, 2, 3, 4, 4, 4, 0, 0,
    ]);
  });
});

describe('stagesFromSummary', () => {
  it('reads each item stage and skips unanswered ones', () => {
    const { stages, errors } = stagesFromSummary({
      items: [{ foundation: 'leadership', stage: 'implement' }, { foundation: 'co-design' }],
    });
    expect(errors).to.deep.equal([]);
    expect([...stages]).to.deep.equal([['leadership', 'implement']]);
  });

  it('names what it refused', () => {
    expect(stagesFromSummary(null).errors).to.have.length(1);
    expect(stagesFromSummary({ items: 'x' }).errors).to.have.length(1);
    const { stages, errors } = stagesFromSummary({
      items: [
        { foundation: 'nope', stage: 'embedded' },
        { foundation: 'leadership', stage: 'done' },
        null,
      ],
    });
    expect(stages.size).to.equal(0);
    expect(errors[0]).to.contain('items[0].foundation');
    expect(errors[1]).to.contain('items[1].stage');
    expect(errors[2]).to.contain('items[2].foundation');
  });
});

describe('fillItemHref', () => {
  const item = getFoundation(7)!;
  it('fills number and id into fragments, paths and https links', () => {
    expect(fillItemHref('#item-{number}', item)).to.equal('#item-7');
    expect(fillItemHref('/guide/{id}', item)).to.equal('/guide/co-design');
    expect(fillItemHref('./guide.html#{id}', item)).to.equal('./guide.html#co-design');
    expect(fillItemHref('https://example.org/{number}', item)).to.equal('https://example.org/7');
  });

  it('refuses scripts, protocol-relative and odd links', () => {
    for (const bad of [
      'javascript:alert(1)',
      '//evil.example/{id}',
      'data:text/html,x',
      '# a',
      '',
      3,
    ])
      expect(fillItemHref(bad, item), String(bad)).to.equal(undefined);
  });
});
