import { expect } from 'chai';
import { describe, it } from 'node:test';
import { createSnapshot, itemTrends, teamRounds } from '../../src/engine/index.js';

// Issue 27: progress year on year, a team's rounds as a trend per item.

describe('teamRounds and itemTrends', () => {
  const dec = createSnapshot(
    { leadership: { stage: 'understand' } },
    new Date('2026-12-07T10:00Z'),
  );
  const mar = createSnapshot({ leadership: { stage: 'interpret' } }, new Date('2027-03-07T10:00Z'));
  const imported = {
    ...createSnapshot({ leadership: { stage: 'not-started' } }, new Date('2025-12-01T09:00Z')),
    id: 'file:2025-12-01T09:00:00.000Z',
  };

  it('puts the rounds in date order, oldest first, with the round on screen last', () => {
    const rounds = teamRounds(
      [mar, imported, dec],
      {
        leadership: { stage: 'implement' },
      },
      '2027-06-07T10:00:00.000Z',
    );
    expect(rounds.map((r) => r.date.slice(0, 10))).to.deep.equal([
      '2025-12-01',
      '2026-12-07',
      '2027-03-07',
      '2027-06-07',
    ]);
    expect(rounds.map((r) => r.current)).to.deep.equal([false, false, false, true]);
  });

  it('gives each item its stage value per round (undefined where not answered)', () => {
    const rounds = teamRounds(
      [dec, mar],
      { leadership: { stage: 'implement' } },
      '2027-06-07T10:00:00.000Z',
    );
    const trends = itemTrends(rounds, ['leadership', 'co-design']);
    expect(trends.map((t) => [t.number, t.values])).to.deep.equal([
      [7, [undefined, undefined, undefined]],
      [8, [1, 2, 3]],
    ]);
  });
});
