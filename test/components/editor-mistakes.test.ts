import { expect, fixture, html } from '@open-wc/testing';
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
      // The checks load on demand; each card's first render waits for them.
      for (const card of wrapper.querySelectorAll('foundation-card'))
        await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<foundation-card> is on this page 2 times with the same settings: was the code pasted twice? Remove the copies you do not want.',
      ]);
    } finally {
      warnings.restore();
    }
  });
});
