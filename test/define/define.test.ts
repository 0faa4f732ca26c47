import { expect } from '@open-wc/testing';
import { define } from '../../src/define/define.js';

/** Records console.warn calls for the duration of one test. */
function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('define()', () => {
  it('registers a free tag name', () => {
    class FreeElement extends HTMLElement {}
    expect(define('ambitions-test-free', FreeElement)).to.equal(true);
    expect(customElements.get('ambitions-test-free')).to.equal(FreeElement);
  });

  it('does nothing, quietly, when the same class is defined twice', () => {
    class TwiceElement extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      define('ambitions-test-twice', TwiceElement);
      expect(define('ambitions-test-twice', TwiceElement)).to.equal(true);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once, never throws, when another class holds the name', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    customElements.define('ambitions-test-taken', First);
    const warnings = captureWarnings();
    try {
      expect(define('ambitions-test-taken', Second)).to.equal(false);
      expect(define('ambitions-test-taken', Second)).to.equal(false);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<ambitions-test-taken>');
    expect(warnings.messages[0]).to.contain('customElements.define(');
    expect(customElements.get('ambitions-test-taken')).to.equal(First);
  });

  it('warns instead of throwing when the class is already registered under another name', () => {
    class Reused extends HTMLElement {}
    customElements.define('ambitions-test-reused-a', Reused);
    const warnings = captureWarnings();
    try {
      expect(define('ambitions-test-reused-b', Reused)).to.equal(false);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join()).to.contain('could not register <ambitions-test-reused-b>');
  });
});
