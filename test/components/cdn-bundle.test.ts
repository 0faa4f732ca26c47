import { expect, fixture, html } from '@open-wc/testing';
import { foundations } from '../../src/content/index.js';

/**
 * The "Done when" page: only the built script-tag bundle (run after `npm run build`), and the
 * markup a hospice pastes. Its own test file so the bundle's copy of Lit owns the registry here.
 */
describe('CDN bundle: dist/cdn/ambitions-elements.js', () => {
  it('shows the whole guide with a tel: contact and the CC BY link, no errors', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    let el: HTMLElement;
    try {
      const url = '/dist/cdn/ambitions-elements.js';
      await import(/* @vite-ignore */ url);
      el = await fixture<HTMLElement>(
        html`<grab-and-go-guide
          contact-name="St Example Hospice"
          contact-phone="01234 567890"
        ></grab-and-go-guide>`,
      );
      await customElements.whenDefined('grab-and-go-guide');
      // The ten items render in the guide's own shadow root.
      expect(el.shadowRoot!.querySelectorAll('article[part="card"]')).to.have.length(10);
      const roots = [el.shadowRoot!];
      const text = roots
        .map((r) => r.textContent)
        .join(' ')
        .replace(/\s+/g, ' ');
      for (const f of foundations) {
        expect(text).to.contain(f.title);
        expect(text).to.contain(f.what);
        for (const q of f.ask) expect(text).to.contain(q);
        for (const example of f.examples) {
          // The guide's words, with our own note after a link where we added one (it says where the
          // link goes); nothing of the guide is left out.
          const plain = example
            .map((p) => (typeof p === 'string' ? p : p.note ? `${p.text} ${p.note}` : p.text))
            .join('');
          expect(text).to.contain(plain.replace(/\s+/g, ' '));
        }
      }
      const links = roots.flatMap((r) => [...r.querySelectorAll('a')]);
      const tel = links.find((a) => a.getAttribute('href') === 'tel:01234567890');
      expect(tel!.textContent).to.equal('01234 567890');
      expect(text).to.contain('St Example Hospice');
      expect(links.some((a) => a.href === 'https://creativecommons.org/licenses/by/4.0/')).to.equal(
        true,
      );
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
