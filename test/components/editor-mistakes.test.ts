import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/grab-and-go-guide.js';
import '../../src/define/foundation-card.js';
import { nearestAttribute } from '../../src/components/shared/markup-checks.js';

/**
 * What a web editor gets wrong when pasting the code by hand (issue 32, points 9-11): each is
 * said once in the console, naming what to fix, and the page still shows the guide.
 */
function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('mistakes in the markup are reported once', function () {
  // axe over the whole guide on a busy machine.
  this.timeout(30000);
  it('an unknown attribute names the nearest known one (contact-nmae, contact_phone)', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture(
        html`<grab-and-go-guide
          contact-nmae="St Example Hospice"
          contact_phone="01234 567890"
          data-cms="block-4"
          aria-label="Guide"
        ></grab-and-go-guide>`,
      );
      // Said after the first render, which does not wait for the messages to load.
      await waitUntil(() => warnings.messages.length >= 2, 'the two warnings');
      expect(warnings.messages).to.deep.equal([
        '<grab-and-go-guide> contact-nmae: not an attribute of this element, so it is ignored. Did you mean "contact-name"?',
        '<grab-and-go-guide> contact_phone: not an attribute of this element, so it is ignored. Did you mean "contact-phone"?',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
    expect(nearestAttribute('contactname', ['contact-name', 'foundations'])).to.equal(
      'contact-name',
    );
    expect(nearestAttribute('colour', ['contact-name', 'foundations'])).to.equal(undefined);
  });

  it('a colour token that is not a colour falls back to the default, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div>
          <style>
            .branded foundation-card {
              --ambitions-color-brand: #6b2c9;
            }
          </style>
          <div class="branded"><foundation-card foundation="4"></foundation-card></div>
        </div>`,
      );
      const card = wrapper.querySelector('foundation-card')!;
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<foundation-card> --ambitions-color-brand: "#6b2c9" is not a colour, so the default #005eb8 is used.',
      ]);
      // The item's number sits on the brand colour: readable again.
      const number = card.shadowRoot!.querySelector('[part~=number]')!;
      expect(getComputedStyle(number).backgroundColor).to.equal('rgb(0, 94, 184)');
      await expect(card).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('the same element pasted twice with the same settings warns once', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div>
          <foundation-card foundation="7" collapsible></foundation-card>
          <foundation-card foundation="8" collapsible></foundation-card>
          <foundation-card foundation="7" collapsible></foundation-card>
        </div>`,
      );
      // The checks load on demand and speak after the cards' first render.
      for (const card of wrapper.querySelectorAll('foundation-card'))
        await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => warnings.messages.length >= 1, 'the warning');
      // Every card's checks have run by now (one import, resolved for all): no second warning.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.messages).to.deep.equal([
        '<foundation-card> is on this page 2 times with the same settings: was the code pasted twice? Remove the copies you do not want.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('curly quotes from a rich-text editor: one warning naming the cause, no broken contact links', async () => {
    const warnings = captureWarnings();
    try {
      // What the snippet becomes after Word: “ ” instead of ", so the browser splits each value.
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML =
        '<grab-and-go-guide contact-name=\u201cSt Brigid\u2019s Hospice\u201d contact-phone=\u201c01632 960000\u201d contact-email=\u201ceducation@stbrigid.example\u201d contact-url=\u201chttps://stbrigid.example/education\u201d></grab-and-go-guide>';
      const el = wrapper.querySelector('grab-and-go-guide')!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => warnings.messages.length >= 1, 'the warning');
      expect(warnings.messages).to.deep.equal([
        "<grab-and-go-guide> contact-name, contact-phone, contact-email, contact-url: the snippet's quotes were changed to curly quotes (\u201c \u201d) by the editor it was pasted through; paste it as plain text or in the HTML view.",
      ]);
      const root = el.shadowRoot!;
      // No cut-off phone link, no mailto:“..., no name "“St".
      expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.not.satisfy(
        (hrefs: string[]) => hrefs.some((h) => /^(tel|mailto):|stbrigid/.test(h)),
      );
      expect(root.querySelector('[part~=contact-details]')).to.equal(null);
      expect(root.textContent).to.not.include('\u201cSt').and.not.include('01632');
      expect(root.textContent).to.include('This page has not named a local contact yet.');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('a typographic apostrophe inside a name is not taken for curly quotes', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture(
        html`<grab-and-go-guide contact-name="St Brigid’s Hospice"></grab-and-go-guide>`,
      );
      expect(warnings.messages).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.contact-name')!.textContent).to.equal(
        'St Brigid\u2019s Hospice',
      );
    } finally {
      warnings.restore();
    }
  });

  it('a brand colour too light for white text warns once with its ratio; the colour is kept', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div>
          <style>
            .yellow foundation-card {
              --ambitions-color-brand: #ffcc00;
            }
          </style>
          <div class="yellow"><foundation-card foundation="4"></foundation-card></div>
        </div>`,
      );
      const card = wrapper.querySelector('foundation-card')!;
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => warnings.messages.length >= 1, 'the warning');
      expect(warnings.messages).to.deep.equal([
        '<foundation-card> --ambitions-color-brand: "#ffcc00" has a contrast of 1.51:1 with white: text on it will be hard to read.',
      ]);
      // The host decides: the colour is used as given.
      const number = card.shadowRoot!.querySelector('[part~=number]')!;
      expect(getComputedStyle(number).backgroundColor).to.equal('rgb(255, 204, 0)');
    } finally {
      warnings.restore();
    }
  });

  it('a dark enough brand colour is used without a word', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div style="--ambitions-color-brand: #702082">
          <foundation-card foundation="4"></foundation-card>
        </div>`,
      );
      const card = wrapper.querySelector('foundation-card')!;
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
