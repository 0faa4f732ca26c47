import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { GrabAndGoGuide } from '../../src/index.js';
import { ambitions, foundations, guideIntro } from '../../src/content/index.js';
import { define } from '../../src/define/define.js';
import '../../src/define/grab-and-go-guide.js';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
const cards = (el: GrabAndGoGuide) => [...el.shadowRoot!.querySelectorAll('foundation-card')];
const visible = (node: Element) => (node as HTMLElement).getClientRects().length > 0;

/** All text a reader sees, cards included. */
function allText(el: GrabAndGoGuide): string {
  return norm(
    [el.shadowRoot!.textContent, ...cards(el).map((c) => c.shadowRoot!.textContent)].join(' '),
  );
}
function allLinks(el: GrabAndGoGuide): HTMLAnchorElement[] {
  return [el.shadowRoot!, ...cards(el).map((c) => c.shadowRoot!)].flatMap((r) => [
    ...r.querySelectorAll('a'),
  ]);
}

describe('<grab-and-go-guide>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('shows the title, the introduction, the six Ambitions and all ten items in order', async () => {
    const el = await fixture<GrabAndGoGuide>(html`<grab-and-go-guide></grab-and-go-guide>`);
    await Promise.all(
      cards(el).map(
        (c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    expect($(el, '[part="title"]').localName).to.equal('h2');
    expect($(el, '[part="title"]').textContent).to.equal(guideIntro.title);
    const t = allText(el);
    expect(t).to.contain('six ambitions and eight foundations');
    expect(t).to.contain('a starting block to turn small steps into the big vision');
    for (const a of ambitions) expect(t).to.contain(`${a.id} ${a.title}`);
    expect(cards(el).map((c) => c.getAttribute('foundation'))).to.deep.equal(
      foundations.map((f) => f.id),
    );
    for (const f of foundations) {
      expect(t).to.contain(f.title);
      expect(t).to.contain(f.what);
      for (const q of f.ask) expect(t).to.contain(q);
    }
    await expect(el).to.be.accessible();
  });

  it('carries the full attribution once and no attribution per card', async () => {
    const el = await fixture<GrabAndGoGuide>(html`<grab-and-go-guide></grab-and-go-guide>`);
    expect(el.shadowRoot!.querySelectorAll('[part="attribution"]')).to.have.length(1);
    for (const c of cards(el)) {
      expect(c.shadowRoot!.querySelector('[part="attribution"]')).to.equal(null);
    }
    const footnote = norm($(el, '[part="footnote"]').textContent);
    expect(footnote).to.contain('Erica Borgstrom');
    expect(footnote).to.contain('This guide does not replace statutory or NICE guidelines.');
    expect(footnote).to.contain(guideIntro.version);
    const licence = allLinks(el).find((a) => a.textContent === 'CC BY 4.0');
    expect(licence!.href).to.equal('https://creativecommons.org/licenses/by/4.0/');
  });

  it('shows a subset in the order given, skipping bad entries with one warning', async () => {
    const warnings = captureWarnings();
    let el: GrabAndGoGuide;
    try {
      el = await fixture<GrabAndGoGuide>(
        html`<grab-and-go-guide
          foundations="9, 1,nope,leadership,1,42"
          heading-level="3"
        ></grab-and-go-guide>`,
      );
      el.contactName = 'X';
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(cards(el!).map((c) => c.getAttribute('foundation'))).to.deep.equal([
      'collaboration-and-partnership-working',
      'personalised-care-planning',
      'leadership',
    ]);
    expect($(el!, '[part="title"]').localName).to.equal('h3');
    expect(cards(el!)[0].getAttribute('heading-level')).to.equal('4');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('foundations');
    expect(warnings.messages[0]).to.contain('"nope"');
    expect(warnings.messages[0]).to.contain('"42"');
    await expect(el!).to.be.accessible();
  });

  it('shows the local contact from attributes: tel:, mailto: and http(s) links', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide
        foundations="1"
        contact-name="St Example Hospice"
        contact-phone="01234 567890"
        contact-email="info@example.org"
        contact-url="https://example.org/contact"
      ></grab-and-go-guide>`,
    );
    const contact = $(el, '[part="contact"]');
    expect(norm(contact.textContent)).to.contain(
      'Interested in knowing more? Link up with your local ICB or palliative care team. Your local contact is: St Example Hospice',
    );
    const hrefs = [...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'tel:01234567890',
      'mailto:info@example.org',
      'https://example.org/contact',
    ]);
    expect(contact.querySelector('a[href^="tel:"]')!.textContent).to.equal('01234 567890');
    expect(contact.querySelector('.no-contact')).to.equal(null);
    for (const a of allLinks(el)) expect(a.href).to.match(/^(https?|mailto|tel):/);
    await expect(el).to.be.accessible();
  });

  it('refuses a contact-url that is not http(s), with one warning', async () => {
    const warnings = captureWarnings();
    let el: GrabAndGoGuide;
    try {
      el = await fixture<GrabAndGoGuide>(
        html`<grab-and-go-guide
          foundations="1"
          contact-name="Team"
          contact-url="javascript:alert(1)"
        ></grab-and-go-guide>`,
      );
    } finally {
      warnings.restore();
    }
    expect($(el!, '[part="contact"]').querySelectorAll('a')).to.have.length(0);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('contact-url');
  });

  it('shows slotted contact markup, alone or after the attributes', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide foundations="2">
        <p slot="contact">Palliative care hub, <a href="tel:01234000000">01234 000000</a></p>
      </grab-and-go-guide>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name="contact"]');
    expect(slot.assignedElements()).to.have.length(1);
    expect(visible(el.querySelector('[slot="contact"]')!)).to.equal(true);
    expect(visible($(el, '.no-contact'))).to.equal(false);
    el.contactName = 'St Example Hospice';
    await el.updateComplete;
    expect($<HTMLSlotElement>(el, 'slot[name="contact"]').assignedElements()).to.have.length(1);
    expect(norm($(el, '[part="contact-details"]').textContent)).to.equal('St Example Hospice');
    await expect(el).to.be.accessible();
  });

  it('says politely that no contact was given rather than leaving a blank', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide foundations="2"></grab-and-go-guide>`,
    );
    const none = $(el, '.no-contact');
    expect(visible(none)).to.equal(true);
    expect(none.textContent).to.contain('has not named a local contact yet');
  });

  it('falls back to h2 and warns once on a bad heading level', async () => {
    const warnings = captureWarnings();
    let el: GrabAndGoGuide;
    try {
      el = await fixture<GrabAndGoGuide>(
        html`<grab-and-go-guide foundations="1" heading-level="1"></grab-and-go-guide>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect($(el!, '[part="title"]').localName).to.equal('h2');
    expect(cards(el!)[0].getAttribute('heading-level')).to.equal('3');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<grab-and-go-guide> heading-level:');
    await expect(el!).to.be.accessible();
  });

  it('passes collapsible to its cards', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide foundations="1,2" collapsible></grab-and-go-guide>`,
    );
    for (const c of cards(el)) expect(c.hasAttribute('collapsible')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is one column at 320px and a grid on a wide screen', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide foundations="1,2,3"></grab-and-go-guide>`,
    );
    await setViewport({ width: 320, height: 800 });
    const [a, b] = cards(el).map((c) => c.getBoundingClientRect());
    expect(b.top).to.be.greaterThan(a.bottom - 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 1280, height: 800 });
    const [c, d] = cards(el).map((x) => x.getBoundingClientRect());
    expect(Math.round(c.top)).to.equal(Math.round(d.top));
    await setViewport({ width: 800, height: 600 });
  });

  it('prints in three columns with no buttons, every card open, headings kept with their text, URLs after links', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide collapsible contact-name="Team"></grab-and-go-guide>`,
    );
    await emulateMedia({ media: 'print' });
    // The cards flow through three columns (a card may continue in the next one), as on the
    // original two-page handout; page counts are measured in test/print/print-pages.node.mjs.
    expect(getComputedStyle($(el, '[part="guide"]')).columnCount).to.equal('3');
    for (const c of cards(el)) {
      const title = c.shadowRoot!.querySelector('[part="heading"]')!;
      expect(getComputedStyle(title).breakAfter).to.equal('avoid');
      expect(getComputedStyle(c.shadowRoot!.querySelector('button')!).display).to.equal('none');
      expect(visible(c.shadowRoot!.querySelector('[part="what"]')!)).to.equal(true);
      expect(visible(c.shadowRoot!.querySelector('[part="examples"]')!)).to.equal(true);
    }
    const footLink = $(el, '[part="footnote"] a[href^="http"]:not(.address)');
    // Chromium and WebKit report the resolved URL; Firefox reports the attr(href) it prints.
    expect(getComputedStyle(footLink, '::after').content).to.match(/https?:\/\/|attr\(href\)/);
    await expect(el).to.be.accessible();
  });

  it('keeps body text at 16px or more when the host sets html { font-size: 62.5% }', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% }';
    document.head.append(style);
    try {
      const el = await fixture<GrabAndGoGuide>(
        html`<grab-and-go-guide foundations="1"></grab-and-go-guide>`,
      );
      expect(parseFloat(getComputedStyle($(el, '[part="intro"]')).fontSize)).to.be.at.least(16);
      const what = cards(el)[0].shadowRoot!.querySelector('[part="what"] p')!;
      expect(parseFloat(getComputedStyle(what).fontSize)).to.be.at.least(16);
    } finally {
      style.remove();
    }
  });

  it('defining twice does not throw or warn', () => {
    const warnings = captureWarnings();
    try {
      expect(define('grab-and-go-guide', GrabAndGoGuide)).to.equal(true);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});
