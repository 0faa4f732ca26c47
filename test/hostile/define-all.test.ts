import { expect } from '@open-wc/testing';
import { className, define } from '../../src/define/define.js';
import { defineAll } from '../../src/define/define-all.js';
import { ELEMENT_TAGS } from '../../src/components/shared/element-attributes.js';

function captureWarnings(run: () => void): string[] {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return messages;
}

describe('define() with a second copy of the package, and defineAll(prefix)', () => {
  it('warns once for the whole page when another copy registered our elements', () => {
    class CopyOneA extends HTMLElement {}
    class CopyOneB extends HTMLElement {}
    class CopyTwoA extends HTMLElement {}
    class CopyTwoB extends HTMLElement {}
    define('hostile-copy-a', CopyOneA);
    define('hostile-copy-b', CopyOneB);
    const messages = captureWarnings(() => {
      expect(define('hostile-copy-a', CopyTwoA)).to.equal(false);
      expect(define('hostile-copy-b', CopyTwoB)).to.equal(false);
    });
    expect(messages.length).to.be.at.most(1);
    expect(customElements.get('hostile-copy-a')).to.equal(CopyOneA);
  });

  it('names the real class in its advice, never a minified one', () => {
    expect(className('foundation-card')).to.equal('FoundationCard');
    expect(className('self-check-quiz')).to.equal('SelfCheckQuiz');
  });

  it('registers every element under a prefix, twice without a warning', () => {
    const messages = captureWarnings(() => {
      expect(defineAll('hostile-x-')).to.have.length(ELEMENT_TAGS.length);
      expect(defineAll('hostile-x-')).to.have.length(ELEMENT_TAGS.length);
    });
    expect(messages).to.deep.equal([]);
    expect(Boolean(customElements.get('hostile-x-self-check-quiz'))).to.equal(true);
  });
});
