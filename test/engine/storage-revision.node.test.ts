import { expect } from 'chai';
import { describe, it } from 'node:test';
import { SelfCheckStore, storageKey, type StorageLike } from '../../src/engine/index.js';

/** A Map-backed Storage shared by several stores, as two quizzes on one page share localStorage. */
function sharedStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

const A = {
  answers: { leadership: { stage: 'implement' as const, notes: 'A notes' } },
  snapshots: [],
};
const EMPTY = { answers: {}, snapshots: [] };

describe('SelfCheckStore revisions', () => {
  it('never replaces a newer stored result without being asked', () => {
    const storage = sharedStorage();
    const a = new SelfCheckStore('same', storage);
    const b = new SelfCheckStore('same', storage);
    expect(a.load()).to.equal(undefined);
    expect(b.load()).to.equal(undefined);
    expect(a.save(A)).to.equal(true);
    // B opened before A saved: its save would replace A's stage and notes with {}.
    expect(b.save(EMPTY)).to.equal(false);
    expect(b.newer).to.equal(true);
    expect(b.problem).to.equal(undefined); // not a storage fault: the device still works
    expect(JSON.parse(storage.items.get(storageKey('same'))!).answers).to.deep.equal(A.answers);
    // Asked: the person chose to replace them.
    expect(b.save(EMPTY, { replaceNewer: true })).to.equal(true);
    expect(b.newer).to.equal(false);
    expect(JSON.parse(storage.items.get(storageKey('same'))!).answers).to.deep.equal({});
    // Now A is the one behind.
    expect(a.save(A)).to.equal(false);
    expect(a.newer).to.equal(true);
  });

  it('stores a revision that goes up with each save, and a store that reloads may save again', () => {
    const storage = sharedStorage();
    const a = new SelfCheckStore('r', storage);
    const b = new SelfCheckStore('r', storage);
    a.load();
    b.load();
    a.save(A);
    a.save(A);
    expect(a.load()?.revision).to.equal(2);
    expect(b.save(EMPTY)).to.equal(false);
    expect(b.load()?.answers).to.deep.equal(A.answers);
    expect(b.save(EMPTY)).to.equal(true);
    expect(b.load()?.revision).to.equal(3);
  });

  it('reads data saved before revisions as revision 0, and saves over it', () => {
    const storage = sharedStorage();
    storage.setItem(storageKey('old'), JSON.stringify(A));
    const store = new SelfCheckStore('old', storage);
    expect(store.load()?.revision ?? 0).to.equal(0);
    expect(store.save(EMPTY)).to.equal(true);
    expect(store.load()?.revision).to.equal(1);
  });
});

describe('SelfCheckStore revisions at the largest safe integer', () => {
  it('quiz B never silently replaces quiz A at revision 9007199254740991', () => {
    const storage = sharedStorage();
    storage.items.set(
      storageKey('same'),
      JSON.stringify({ ...EMPTY, revision: Number.MAX_SAFE_INTEGER }),
    );
    const a = new SelfCheckStore('same', storage);
    const b = new SelfCheckStore('same', storage);
    a.load();
    b.load();
    expect(a.save(A)).to.equal(true);
    expect(b.save(EMPTY)).to.equal(false);
    expect(b.newer).to.equal(true);
    expect(new SelfCheckStore('same', storage).load()!.answers).to.deep.equal(A.answers);
  });
});
