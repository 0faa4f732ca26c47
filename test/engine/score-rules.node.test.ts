import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ambitionScore,
  firstTwoAndTie,
  summarise,
  summariseSystem,
} from '../../src/engine/index.js';
import { makeResult } from '../fixtures/summary-files.js';

describe('one score and one "lowest items" rule for the quiz and the summary', () => {
  it('firstTwoAndTie: the first two, a third only when it ranks level with the second', () => {
    const rank = (x: number) => x;
    expect(firstTwoAndTie([], rank)).to.deep.equal([]);
    expect(firstTwoAndTie([1], rank)).to.deep.equal([1]);
    expect(firstTwoAndTie([1, 2], rank)).to.deep.equal([1, 2]);
    expect(firstTwoAndTie([1, 2, 3], rank)).to.deep.equal([1, 2]);
    expect(firstTwoAndTie([1, 2, 2, 2], rank)).to.deep.equal([1, 2, 2]);
    expect(firstTwoAndTie([0, 0, 0], rank)).to.deep.equal([0, 0, 0]);
  });

  it('ambitionScore: weighted stage values as a fraction of "embedded", none when nothing weighted is answered', () => {
    // (2 x 4/4 + 1 x 0/4) / 3 = 0.67; the unweighted item does not count.
    expect(ambitionScore([2, 0, 1], [4, 3, 0])).to.deep.equal({ score: 0.67, answered: 2 });
    expect(ambitionScore([2, 0, 1], [undefined, 3, undefined])).to.deep.equal({ answered: 0 });
    expect(ambitionScore([], [])).to.deep.equal({ answered: 0 });
  });

  it("a summary of one team gives each Ambition the score that team's own results give", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const file = makeResult({
          seed,
          organisation: 'Fernbrook Hospice',
          team: 'Ward 3',
          createdAt: '2026-03-02T10:00:00.000Z',
        });
        const own = summarise(file.answers).ambitions;
        const summary = summariseSystem([file]).ambitions;
        for (const [i, a] of own.entries()) {
          expect(summary[i].ambition).to.equal(a.ambition);
          expect(summary[i].score).to.equal(a.score);
        }
      }),
      { numRuns: 60 },
    );
  });
});
