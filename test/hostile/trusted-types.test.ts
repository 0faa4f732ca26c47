import { expect } from '@open-wc/testing';
import { loadPage, removeFrames, report, settle } from './frame.js';

/**
 * Issue 14, point 8: Trusted Types. Lit writes its templates through one Trusted Types policy
 * named `lit-html`; nothing else in the elements writes HTML. Served with
 * `require-trusted-types-for 'script'; trusted-types lit-html` (scripts/hostile-server.mjs,
 * docs/security-and-privacy.md "Content-Security-Policy") every element renders and works with no violation. With
 * `trusted-types 'none'` an engine that enforces Trusted Types refuses Lit's policy, so the
 * elements do not start and the host's fallback content stays: the test shows which header is
 * needed. Engines without Trusted Types ignore the directive and work either way.
 */
const TAGS = [
  'grab-and-go-guide',
  'foundation-card',
  'self-check-quiz',
  'ambition-map',
  'case-study-explorer',
];

afterEach(removeFrames);

describe('hostile: Trusted Types', function () {
  this.timeout(60000);
  it('/hostile/trusted-types.html (trusted-types lit-html): every element works, no violation', async () => {
    // The exact header docs/security-and-privacy.md "Content-Security-Policy" documents.
    const served = await fetch('/hostile/trusted-types.html');
    expect(served.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    const { doc, win } = await loadPage('trusted-types');
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot?.textContent?.trim().length ?? 0, tag).to.be.greaterThan(20);
    }
    const quiz = doc.querySelector('self-check-quiz')!;
    [...quiz.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Start')!
      .click();
    await settle(doc);
    expect(quiz.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(2);
    await report({
      pages: 1,
      'CSP violations': win.__violations.length,
      'uncaught errors': win.__errors.length,
    });
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it("/hostile/trusted-types-none.html: without Lit's policy allowed, enforcing engines keep the fallback", async () => {
    const frame = document.createElement('iframe');
    frame.title = 'trusted-types-none';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = '/hostile/trusted-types-none.html';
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const win = frame.contentWindow as Window & { __violations: string[]; trustedTypes?: unknown };
    const guide = frame.contentDocument!.querySelector('grab-and-go-guide')!;
    if ('trustedTypes' in win) {
      // Enforced: the policy is refused, so the element never renders; the page says why.
      expect(win.__violations.join('\n')).to.match(/trusted-types/);
      expect(guide.shadowRoot).to.equal(null);
      expect(guide.textContent).to.contain('could not be shown here');
    } else {
      expect(guide.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
    }
    frame.remove();
  });
});
