import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { isSafeHref, validateContentOverride } from '../../src/content/index.js';
import '../../src/define/all.js';

/**
 * Issue 14, point 7: a link with leading Unicode space (NBSP, BOM, U+3000) passed the check
 * trimmed but was rendered untrimmed. The check now sees exactly what is rendered, and refuses a
 * link with leading or trailing space of any kind, or invisible characters anywhere.
 */
const SPACES = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\ufeff',
  '\u3000',
  '\u2028',
  '\u2003',
  '\u200b',
  '\u2060',
];

describe('links with Unicode spaces', () => {
  it('refuses a link with leading or trailing space of any kind', () => {
    for (const space of SPACES) {
      const label = `U+${space.codePointAt(0)!.toString(16).padStart(4, '0')}`;
      expect(isSafeHref(`${space}https://evil.example/`), `leading ${label}`).to.equal(false);
      expect(isSafeHref(`https://evil.example/${space}`), `trailing ${label}`).to.equal(false);
      expect(isSafeHref(`${space}mailto:a@evil.example`), `leading ${label}`).to.equal(false);
    }
    // Invisible characters that change how a link reads (bidi overrides, soft hyphen): refused.
    for (const hidden of ['\u202e', '\u2066', '\u00ad', '\u200f'])
      expect(isSafeHref(`https://exa${hidden}mple.org/`)).to.equal(false);
    expect(isSafeHref('https://example.org/')).to.equal(true);
  });

  it('whatever passes the check is exactly a URL the browser reads as http(s) or mailto', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPACES, ''),
        fc.constantFrom('https://example.org/', 'mailto:a@example.org', 'javascript:alert(1)'),
        fc.constantFrom(...SPACES, ''),
        (before, href, after) => {
          const link = before + href + after;
          if (!isSafeHref(link)) return;
          const a = document.createElement('a');
          a.href = link;
          expect(['https:', 'http:', 'mailto:']).to.include(a.protocol);
          expect(link).to.equal(href);
        },
      ),
    );
  });

  it('an override link with a leading ideographic space is refused by name and not rendered', async () => {
    const override = {
      foundations: [
        {
          id: 3,
          localExamples: [[{ text: 'Our data page', href: '\u3000https://evil.example/' }]],
        },
      ],
    };
    const parsed = validateContentOverride(override);
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok)
      expect(parsed.errors.join('\n')).to.match(/foundations\[0\]\.localExamples.*href/);
    const card = await fixture<HTMLElement & { content?: unknown }>(
      html`<foundation-card foundation="3" .content=${override}></foundation-card>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const hrefs = [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => h?.includes('evil.example'))).to.equal(false);
  });
});
