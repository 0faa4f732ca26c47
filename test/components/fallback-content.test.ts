import { expect, fixture, html } from '@open-wc/testing';

/**
 * Fallback content inside every tag (docs/web-editor.md "If the script does not run"): a reader sees it until
 * the element upgrades (script blocked, offline, stripped by a CMS, an old browser), and only the
 * element after. The elements render into a shadow root with no default slot, so light-DOM
 * children are not rendered once they upgrade; the guide's named `contact` slot still shows its
 * own content. This file defines the elements itself, after checking the fallback.
 */
const fallback = (text: string) =>
  html`<p class="fallback"><a href="https://example.org/guide">${text}</a></p>`;

const shown = (el: Element) => el.getClientRects().length > 0;

describe('fallback content inside the tags', function () {
  // Five elements defined and checked with axe in one test: room on a busy machine.
  this.timeout(40000);
  it('shows until each element upgrades, then only the element; the contact slot still shows', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <grab-and-go-guide foundations="1" contact-name="St Example Hospice">
          ${fallback('Read the Small Steps, Big Vision guide')}
          <p slot="contact" class="contact">Open Monday to Friday, 9am to 5pm.</p>
        </grab-and-go-guide>
        <foundation-card foundation="3">${fallback('Item 3 of the guide')}</foundation-card>
        <self-check-quiz no-storage>${fallback('The self-check, as a document')}</self-check-quiz>
        <ambition-map>${fallback('Which items serve which Ambitions')}</ambition-map>
        <case-study-explorer>${fallback('The report’s case studies')}</case-study-explorer>
      </div>`,
    );
    const hosts = [...page.children] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    expect(hosts.length).to.equal(5);
    for (const host of hosts) {
      expect(customElements.get(host.localName), host.localName).to.equal(undefined);
      const link = host.querySelector('.fallback a')!;
      expect(shown(link), `${host.localName} fallback before upgrade`).to.equal(true);
    }
    const contact = page.querySelector('.contact')!;
    const before = new Map(hosts.map((h) => [h, h.getBoundingClientRect().height]));

    await import('../../src/define/all.js');
    for (const host of hosts) {
      await customElements.whenDefined(host.localName);
      await host.updateComplete;
      // Rendered in the same task as the upgrade: never a blank box in between.
      expect(host.shadowRoot!.childElementCount, host.localName).to.be.greaterThan(0);
      expect(
        shown(host.querySelector('.fallback a')!),
        `${host.localName} fallback after`,
      ).to.equal(false);
      expect(host.getBoundingClientRect().height).to.be.greaterThan(before.get(host)!);
    }
    // The guide's named slot is not affected by the fallback beside it.
    expect(shown(contact)).to.equal(true);
    expect(contact.assignedSlot?.name).to.equal('contact');
    for (const host of hosts) await expect(host).to.be.accessible();
  });
});
