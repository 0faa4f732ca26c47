import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { ELEMENT_TAGS } from '../../src/components/shared/element-attributes.js';
import { registeredElements, renderEmbedPage } from '../../src/embed/embed-page.js';
import { parseEmbedParams } from '../../src/embed/embed-params.js';

/** The embed page's script, from source: every attribute of every element is a parameter. */
describe('embed page script', () => {
  it('accepts every attribute of every element as a parameter, but not allowed-content-origins', () => {
    const elements = registeredElements();
    expect([...elements.keys()]).to.deep.equal([...ELEMENT_TAGS]);
    for (const [tag, described] of elements) {
      expect(described.attributes.size, tag).to.be.greaterThan(0);
      const params = new URLSearchParams({ element: tag });
      // A link must not widen where content-src loads from (see embed-params.ts).
      const settable = [...described.attributes].filter(
        (name) => name !== 'allowed-content-origins',
      );
      for (const name of settable) params.append(name, 'true');
      const parsed = parseEmbedParams(params.toString(), elements, () => true);
      expect(parsed.ok && parsed.value.problems, tag).to.deep.equal([]);
      expect(parsed.ok && parsed.value.attributes.map(([name]) => name), tag).to.deep.equal(
        settable,
      );
    }
  });

  it('renders the element or the message into the page root', async () => {
    const root = document.createElement('main');
    document.body.append(root);
    try {
      const request = renderEmbedPage(root, '?element=foundation-card&foundation=4&open=false');
      expect(request?.tag).to.equal('foundation-card');
      const card = root.querySelector('foundation-card')!;
      expect(card.getAttribute('foundation')).to.equal('4');
      expect(card.hasAttribute('open')).to.equal(false);
      expect(renderEmbedPage(root, '?element=nonsense')).to.equal(undefined);
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('nonsense');
      await expect(root).to.be.accessible();
    } finally {
      root.remove();
    }
  });
});
