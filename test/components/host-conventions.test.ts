import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { backgroundBehind, contrast, parseColour } from '../hostile/colour.js';
import '../../src/define/all.js';

/**
 * How the elements meet a host page's conventions (issue 20, points 9-11): the font they use when
 * the page sets none on their ancestors (GOV.UK sets it on classes, not on body), the size they
 * scale from (`--ambitions-font-size`), and the colour of a link on the accent tint.
 */
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;
const family = (el: Element) => getComputedStyle(el).fontFamily;

/** The font a browser uses when nothing sets one: a plain element under `all: initial`. */
function browserDefaultFont(): string {
  const probe = document.createElement('div');
  probe.style.setProperty('font-family', 'initial');
  document.body.append(probe);
  const value = family(probe);
  probe.remove();
  return value;
}

const tags = [
  'foundation-card',
  'grab-and-go-guide',
  'self-check-quiz',
  'ambition-map',
  'case-study-explorer',
];

describe('host conventions', () => {
  describe('font', () => {
    for (const tag of tags) {
      it(`<${tag}> never falls back to the browser's serif when the page sets no font`, async () => {
        // A bare wrapper: the page sets its font on classes (.govuk-body), not on the ancestors.
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-family: initial"></div>`,
        );
        const el = document.createElement(tag);
        wrapper.append(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const used = family(root(el));
        expect(used).to.not.equal(browserDefaultFont());
        expect(used).to.match(/sans-serif/);
      });
    }

    it('a member\'s phone view (<self-check-quiz mode="member">) keeps the sans-serif too', async () => {
      // Its styles arrive with the member view's own module, after the first render.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: initial"></div>`);
      const el = document.createElement('self-check-quiz');
      el.setAttribute('mode', 'member');
      wrapper.append(el);
      await waitUntil(
        () => el.shadowRoot?.querySelector('[part~="member"], [part~="screen-title"]'),
        'the member view did not load',
        // A chunk of its own: under a busy test server it can take seconds.
        { timeout: 15000 },
      );
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await nextFrame();
      expect(family(root(el))).to.not.equal(browserDefaultFont());
      expect(family(root(el))).to.match(/sans-serif/);
    });

    it("uses the page's font when an ancestor sets one", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, 'Times New Roman', serif">
          <foundation-card foundation="3"></foundation-card>
        </div>`,
      );
      const el = wrapper.querySelector('foundation-card')!;
      await el.updateComplete;
      expect(family(root(el))).to.equal(family(wrapper));
    });

    it('uses --ambitions-font-family over both', async () => {
      const el = await fixture<HTMLElement>(
        html`<grab-and-go-guide
          style="--ambitions-font-family: 'Courier New', monospace"
        ></grab-and-go-guide>`,
      );
      expect(family(root(el))).to.match(/^["']?Courier New["']?, monospace$/);
    });

    it('follows the page when it sets a font after the element rendered', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: initial">
          <foundation-card foundation="3" collapsible></foundation-card>
        </div>`,
      );
      const el = wrapper.querySelector('foundation-card')!;
      await el.updateComplete;
      expect(family(root(el))).to.match(/sans-serif/);
      wrapper.style.setProperty('font-family', 'Georgia, serif');
      el.open = true; // any re-render checks again, in the frame after it
      await el.updateComplete;
      await nextFrame();
      expect(family(root(el))).to.equal(family(wrapper));
    });
  });

  describe('--ambitions-font-size', () => {
    it('scales body and secondary text (19px hosts: NHS.UK, GOV.UK desktop)', async () => {
      const el = await fixture<HTMLElement>(
        html`<grab-and-go-guide style="--ambitions-font-size: 19px"></grab-and-go-guide>`,
      );
      const body = parseFloat(getComputedStyle(root(el)).fontSize);
      expect(body).to.equal(19);
      // Every text node's size: none below 14px, the smallest scaled from 19px (>= 16px).
      const sizes = [...el.shadowRoot!.querySelectorAll('*')]
        .filter((node) =>
          [...node.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
        )
        .map((node) => parseFloat(getComputedStyle(node).fontSize));
      expect(Math.min(...sizes)).to.be.at.least(16);
    });
  });

  describe('links on the accent tint', () => {
    it("keep AA contrast with a host's own link colour (Bootstrap's #0d6efd)", async () => {
      const el = await fixture<HTMLElement>(
        html`<grab-and-go-guide
          style="--ambitions-color-link: #0d6efd"
          contact-name="St Example Hospice"
          contact-url="https://www.example.org.uk/"
          contact-email="education@example.org.uk"
        ></grab-and-go-guide>`,
      );
      const links = [...el.shadowRoot!.querySelectorAll('[part~="contact"] a')];
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        const background = backgroundBehind(link);
        const ratio = contrast(parseColour(getComputedStyle(link).color), background);
        expect(ratio, `${link.textContent} on ${background}`).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  });
});
