import { expect } from 'chai';
import { describe, it } from 'node:test';
import { foundations } from '../../src/content/index.js';
import {
  addMember,
  displayName,
  encodeMemberCode,
  itemSpread,
  itemsBySpread,
  removeMember,
  type Gathering,
  type MemberRatings,
} from '../../src/engine/index.js';

const code = (ratings: MemberRatings, name?: string) => encodeMemberCode({ ratings, name });
function gather(...codes: string[]): Gathering {
  let gathering: Gathering = [];
  for (const c of codes) {
    const added = addMember(gathering, c);
    if (!added.ok) throw new Error(added.error);
    gathering = added.gathering;
  }
  return gathering;
}

describe('gathering members and their spread (engine)', () => {
  const a = code({ leadership: 'understand', 'co-design': 'implement' }, 'Ann');
  const b = code({ leadership: 'implement', 'co-design': 'implement' });
  const c = code({ leadership: 'interpret', 'co-design': 'embedded' }, 'Cy');
  const d = code({ leadership: 'interpret' });

  it('adds members by code, refuses a code already in, and removes one', () => {
    const team = gather(a, b, c);
    expect(team.map((m) => m.name)).to.deep.equal(['ANN', undefined, 'CY']);
    const again = addMember(team, a.toLowerCase().replaceAll('-', ' '));
    expect(again.ok).to.equal(false);
    if (!again.ok) {
      expect(again.duplicateOf).to.equal(1);
      expect(again.error).to.contain('already in, as member 1');
    }
    const same = addMember(team, a, 'typed', true);
    expect(same.ok && same.gathering.length).to.equal(4);
    const bad = addMember(team, 'A222-2223');
    expect(bad.ok).to.equal(false);
    const fewer = removeMember(team, 1);
    expect(fewer.map((m) => m.code)).to.deep.equal([a, c]);
    expect(removeMember(team, 9)).to.deep.equal(team);
    // Removed, it can be added again.
    expect(addMember(fewer, b).ok).to.equal(true);
  });

  it('counts members per stage on each item, and those who did not rate it', () => {
    const team = gather(a, b, c, d);
    const leadership = itemSpread(team, 'leadership');
    expect(leadership.counts).to.deep.equal({
      'not-started': 0,
      understand: 1,
      interpret: 2,
      implement: 1,
      embedded: 0,
    });
    expect([leadership.rated, leadership.notRated, leadership.range]).to.deep.equal([4, 0, 2]);
    expect(leadership.farApart).to.equal(true);
    const coDesign = itemSpread(team, 'co-design');
    expect([coDesign.rated, coDesign.notRated, coDesign.range]).to.deep.equal([3, 1, 1]);
    expect(coDesign.farApart).to.equal(false);
    const none = itemSpread(team, 'shared-records');
    expect([none.rated, none.range, none.farApart]).to.deep.equal([0, 0, false]);
    expect(itemSpread([], 'leadership').rated).to.equal(0);
  });

  it('orders items by spread: far apart first, then any difference, unrated last, else guide order', () => {
    const team = gather(a, b, c, d);
    const order = itemsBySpread(team, foundations).map(({ item }) => item.id);
    expect(order.slice(0, 2)).to.deep.equal(['leadership', 'co-design']);
    expect(order.slice(2)).to.deep.equal(
      foundations.map((f) => f.id).filter((id) => id !== 'leadership' && id !== 'co-design'),
    );
  });

  it('shows a code’s first name the way people write it', () => {
    expect(displayName('ANNE-MARIE')).to.equal('Anne-Marie');
    expect(displayName("O'NEIL")).to.equal("O'Neil");
    expect(displayName(undefined)).to.equal('');
  });
});
