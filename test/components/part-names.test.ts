import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define/all.js';

/**
 * One name for the same part in every element: `base` is the outermost box and `heading` the
 * element's own heading. The names used before (`root`, `card`, `guide`, `title`,
 * `screen-title`) stay on the same nodes for one version, so a site's `::part()` rules keep working.
 */
const ELEMENTS = [
  { tag: 'foundation-card', extra: 'foundation="1"', base: 'card', heading: 'heading' },
  { tag: 'grab-and-go-guide', extra: 'foundations="1"', base: 'guide', heading: 'title' },
  { tag: 'ambition-map', extra: '', base: 'root', heading: 'heading' },
  { tag: 'case-study-explorer', extra: '', base: 'root', heading: '' },
  { tag: 'community-lens', extra: '', base: 'root', heading: 'heading' },
  { tag: 'self-check-quiz', extra: 'no-storage', base: 'root', heading: 'screen-title' },
  { tag: 'self-check-summary', extra: '', base: 'root', heading: 'title' },
] as const;

describe('part names: base and heading everywhere, the old names kept', () => {
  for (const { tag, extra, base, heading } of ELEMENTS) {
    it(`<${tag}>: ::part(base) and ::part(${base}) style the outer box${heading ? `; ::part(heading) and ::part(${heading}) its heading` : ''}`, async () => {
      const t = unsafeStatic(tag);
      const style = document.createElement('style');
      style.textContent = `
        ${tag}.new::part(base) { outline: 3px solid rgb(1, 2, 3); }
        ${tag}.old::part(${base}) { outline: 3px solid rgb(4, 5, 6); }
        ${tag}.new::part(heading) { text-decoration: underline; }
        ${heading ? `${tag}.old::part(${heading}) { text-decoration: line-through; }` : ''}`;
      document.head.append(style);
      try {
        const wrap = await fixture<HTMLElement>(
          staticHtml`<div><${t} class="new" ${unsafeStatic(extra)}></${t}><${t} class="old" ${unsafeStatic(extra)}></${t}></div>`,
        );
        const [fresh, old] = [...wrap.children] as (HTMLElement & {
          updateComplete: Promise<boolean>;
        })[];
        await Promise.all([fresh.updateComplete, old.updateComplete]);
        // The outer box is the shadow root's first element and the only `base`.
        for (const el of [fresh, old]) {
          const bases = el.shadowRoot!.querySelectorAll('[part~="base"]');
          expect(bases.length).to.equal(1);
          expect(bases[0].parentNode).to.equal(el.shadowRoot);
          expect(bases[0].part.contains(base)).to.equal(true);
        }
        const outer = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(outer(fresh)).outlineColor).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(outer(old)).outlineColor).to.equal('rgb(4, 5, 6)');
        if (heading) {
          const title = (el: HTMLElement) =>
            el.shadowRoot!.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6')!;
          expect([...title(fresh).part]).to.include.members(['heading', heading]);
          expect(getComputedStyle(title(fresh)).textDecorationLine).to.equal('underline');
          expect(getComputedStyle(title(old)).textDecorationLine).to.equal('line-through');
        }
        // Alone on the page (two guides would be two banners), as a site would show it.
        old.remove();
        await expect(fresh).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  }
});
