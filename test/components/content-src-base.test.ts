import { expect, fixture, html } from '@open-wc/testing';
import { checkContentSrc } from '../../src/index.js';
import '../../src/define/all.js';

/**
 * Issue 14, point 6: `<base href="https://other.site/">` on the host page made
 * `content-src="x.json"` load from that other site. The origin check compares with the page's
 * own origin (location.origin) and the listed origins only, whatever <base> says.
 */
describe('content-src and <base href>', () => {
  it('refuses a relative content-src that <base> points at another site', () => {
    const checked = checkContentSrc('x.json', '', 'https://other.site/');
    expect(checked).to.deep.equal({
      error: `"x.json" is on another site (https://other.site); list it in allowed-content-origins to load it.`,
    });
    // Listed on purpose by the host: allowed.
    expect(checkContentSrc('x.json', 'https://other.site', 'https://other.site/')).to.deep.equal({
      url: 'https://other.site/x.json',
    });
    // The page's own origin, whatever the base.
    expect(checkContentSrc(`${location.origin}/x.json`, '', 'https://other.site/')).to.deep.equal({
      url: `${location.origin}/x.json`,
    });
  });

  it('an element under a foreign <base> warns and requests nothing from that site', async () => {
    const base = document.createElement('base');
    base.href = 'https://other.invalid/';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    document.head.prepend(base);
    try {
      expect(document.baseURI).to.equal('https://other.invalid/');
      const el = await fixture<HTMLElement>(
        html`<foundation-card foundation="3" content-src="x.json"></foundation-card>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(warnings.join('\n')).to.contain(
        '<foundation-card> content-src: "x.json" is on another site (https://other.invalid)',
      );
      const foreign = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith('https://other.invalid'));
      expect(foreign).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).to.contain('Evidence and information');
    } finally {
      base.remove();
      console.warn = warn;
    }
  });
});
