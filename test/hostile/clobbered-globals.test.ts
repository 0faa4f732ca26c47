import { expect } from '@open-wc/testing';
import { loadPage, removeFrames, report } from './frame.js';

/**
 * Issue 25, points 2 and 7: markup a visitor may post (a comment with ids and names) becomes
 * globals of the page. `<img name="currentScript">` made `document.currentScript` an image, so
 * resize.js took the image's folder for ours and let an ad frame grow to 100,000 px; an element
 * with `id="litHtmlVersions"` (or another of Lit's global names) stopped every element loading.
 */
afterEach(removeFrames);

describe('hostile: globals clobbered by markup', function () {
  this.timeout(30000);

  it('/hostile/clobber-current-script.html: resize.js ignores a clobbered currentScript; the ad stays small, ours still fits', async () => {
    const { doc } = await loadPage('clobber-current-script');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ad = doc.getElementById('ad') as HTMLIFrameElement;
    const ours = doc.getElementById('ours') as HTMLIFrameElement;
    const resized = ad.getBoundingClientRect().height > 1000 ? 1 : 0;
    await report({ pages: 1, attacks: 1, 'foreign resizes': resized });
    expect(ad.getBoundingClientRect().height, 'the ad frame').to.be.below(1000);
    expect(ours.getBoundingClientRect().height, 'our frame fits its card').to.be.above(300);
  });

  for (const page of [
    'lit-clobber',
    'lit-clobber-autoloader',
    'lit-clobber-one-file',
    // Named frames: the global is a WindowProxy, not an element (red team).
    'lit-clobber-iframe-autoloader',
    'lit-clobber-iframe-one-file',
  ])
    it(`/hostile/${page}.html: the elements still load, with one warning naming the cause`, async () => {
      const { doc, win } = await loadPage(page);
      const card = doc.querySelector('foundation-card')!;
      const start = performance.now();
      while (!card.shadowRoot?.textContent?.includes('Personalised care planning')) {
        if (performance.now() - start > 10000) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const loaded = !!card.shadowRoot?.textContent?.includes('Personalised care planning');
      const warnings = win.__warnings.filter((w) => /litHtmlVersions/.test(w));
      await report({ pages: 1, attacks: 1, 'uncaught errors': win.__errors.length });
      expect(win.__errors).to.deep.equal([]);
      expect(loaded, 'the card rendered').to.equal(true);
      expect(warnings).to.have.length(1);
    });
});
