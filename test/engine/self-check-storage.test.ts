import { expect } from '@open-wc/testing';
import { createSnapshot, SelfCheckStore, storageKey } from '../../src/engine/index.js';

// The engine's own tests run in Node (test/engine/*.node.test.ts) with an in-memory Storage;
// this one needs the browser's localStorage, the store's default.
describe('engine: storage in the browser', () => {
  it('uses window.localStorage by default', () => {
    const store = new SelfCheckStore('default-test');
    expect(store.persistent).to.equal(true);
    store.save({
      answers: { leadership: { stage: 'understand' } },
      snapshots: [createSnapshot({}, new Date(0))],
    });
    expect(localStorage.getItem(storageKey('default-test'))).to.be.a('string');
    store.clear();
    expect(localStorage.getItem(storageKey('default-test'))).to.equal(null);
  });
});
