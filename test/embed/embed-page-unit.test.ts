import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { ELEMENT_TAGS } from '../../src/components/shared/element-attributes.js';
import { readSiteFile, registeredElements, renderEmbedPage } from '../../src/embed/embed-page.js';
import {
  DISPLAY_ATTRIBUTES,
  DISPLAY_VALUES,
  parseEmbedParams,
} from '../../src/embed/embed-params.js';

/** The embed page's script, from source: every attribute of every element is a parameter. */
describe('embed page script', () => {
  it('accepts only the display attributes of each element as parameters', () => {
    const elements = registeredElements();
    expect([...elements.keys()]).to.deep.equal([...ELEMENT_TAGS]);
    for (const [tag, described] of elements) {
      expect(described.attributes.size, tag).to.be.greaterThan(0);
      const params = new URLSearchParams({ element: tag });
      // Contact, local content, links and storage come from the site's settings file.
      const settable = [...described.attributes].filter((name) => DISPLAY_ATTRIBUTES.has(name));
      expect(settable.length, tag).to.be.greaterThan(0);
      // An attribute of a few words gets one of them; the others any value.
      for (const name of settable) params.append(name, DISPLAY_VALUES[tag]?.[name]?.[0] ?? 'true');
      const parsed = parseEmbedParams(params.toString(), elements, () => true);
      expect(parsed.ok && parsed.value.problems, tag).to.deep.equal([]);
      expect(parsed.ok && parsed.value.attributes.map(([name]) => name), tag).to.deep.equal(
        settable,
      );
    }
  });

  it('names a word-valued attribute given a word it does not take, and leaves it out', () => {
    const elements = registeredElements();
    const parsed = parseEmbedParams('element=self-check-quiz&mode=true', elements, () => true);
    expect(parsed.ok && parsed.value.problems).to.deep.equal([
      'mode: "true" is not one of reflect, knowledge, meeting, member; ignored.',
    ]);
    expect(parsed.ok && parsed.value.attributes).to.deep.equal([]);
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

  it("reads the site's settings file beside the page, same origin only", async () => {
    const page = `${location.origin}/__site/embed/index.html`;
    expect(await readSiteFile('?element=x', page)).to.deep.equal({
      file: 'embed/site.json',
      json: {
        'contact-name': 'St Example Hospice',
        'contact-phone': '01234 567890',
        brand: '#702082',
        'ambition-map': { 'item-href': 'https://hospice.example/guide#item-{n}' },
      },
    });
    const named = await readSiteFile('?config=north-icb', page);
    expect((named.json as Record<string, unknown>)['storage-key']).to.equal('north-icb');
    // No site.json is normal; a missing named file or one that is not JSON is a problem.
    expect(await readSiteFile('', `${location.origin}/dist/embed/index.html`)).to.deep.equal({
      file: 'embed/site.json',
    });
    expect((await readSiteFile('?config=missing', page)).problem).to.equal(
      'embed/config/missing.json: could not be read (HTTP 404).',
    );
    expect((await readSiteFile('?config=not-json', page)).problem).to.equal(
      'embed/config/not-json.json: could not be read as JSON, not used.',
    );
    expect(await readSiteFile('?config=../x', page)).to.deep.equal({ file: 'config' });
  });

  it("applies the site's settings, lets the address choose display settings, warns once", async () => {
    const root = document.createElement('main');
    document.body.append(root);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const request = renderEmbedPage(
        root,
        '?element=grab-and-go-guide&foundations=2&contact-name=Urgent',
        {
          file: 'embed/site.json',
          json: { 'contact-name': 'St Example Hospice', foundations: '1', surface: 'var(--x)' },
        },
      );
      expect(request?.attributes).to.deep.equal([
        ['contact-name', 'St Example Hospice'],
        ['foundations', '2'],
      ]);
      const guide = root.querySelector('grab-and-go-guide')!;
      expect(guide.getAttribute('contact-name')).to.equal('St Example Hospice');
      expect(root.querySelector('[role="status"]')!.textContent).to.contain(
        'contact-name: cannot be set from the address',
      );
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('embed/site.json: surface');
      renderEmbedPage(root, '?element=foundation-card&foundation=1', {
        file: 'embed/config/x.json',
        problem: 'embed/config/x.json: could not be read (HTTP 404).',
      });
      expect(warnings).to.have.length(2);
      await expect(root).to.be.accessible();
    } finally {
      console.warn = warn;
      root.remove();
    }
  });
});
