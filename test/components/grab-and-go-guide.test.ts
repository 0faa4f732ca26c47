import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { GrabAndGoGuide, type CardToggleEvent } from '../../src/index.js';
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
/** The items, rendered in the guide's own shadow root (one `article` each, no nested roots). */
const cards = (el: GrabAndGoGuide) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('article[part="card"]'),
];
const titles = (el: GrabAndGoGuide) =>
  cards(el).map((c) => c.querySelector('[part="card-title"]')!.textContent);
/** Shown to a sighted reader: laid out, and not inside a closed `<details>`. */
const visible = (node: Element) =>
  (node as HTMLElement).getClientRects().length > 0 && node.checkVisibility();

/** All text a reader sees, cards included. */
function allText(el: GrabAndGoGuide): string {
  return norm(el.shadowRoot!.textContent);
}
function allLinks(el: GrabAndGoGuide): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll('a')];
}

describe('<grab-and-go-guide>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('shows the title, the introduction, the six Ambitions and all ten items in order', async () => {
    const el = await fixture<GrabAndGoGuide>(html`<grab-and-go-guide></grab-and-go-guide>`);
    expect($(el, '[part~="heading"]').localName).to.equal('h2');
    expect($(el, '[part~="heading"]').textContent).to.equal(guideIntro.title);
    const t = allText(el);
    expect(t).to.contain('six ambitions and eight foundations');
    expect(t).to.contain('a starting block to turn small steps into the big vision');
    for (const a of ambitions) expect(t).to.contain(`${a.id} ${a.title}`);
    expect(titles(el)).to.deep.equal(foundations.map((f) => f.title));
    expect(
      cards(el).map((c) => norm(c.querySelector('[part="card-number"]')!.textContent)),
    ).to.deep.equal(foundations.map((f) => `Item ${f.number}`));
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
      expect(c.querySelector('[part$="attribution"], .attribution')).to.equal(null);
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
    expect(titles(el!)).to.deep.equal([
      'Collaboration and partnership working',
      'Personalised care planning',
      'Leadership',
    ]);
    expect($(el!, '[part~="heading"]').localName).to.equal('h3');
    expect(cards(el!)[0].querySelector('[part="card-heading"]')!.localName).to.equal('h4');
    expect(cards(el!)[0].querySelector('[part="card-label"]')!.localName).to.equal('h5');
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
    expect($(el!, '[part~="heading"]').localName).to.equal('h2');
    expect(cards(el!)[0].querySelector('[part="card-heading"]')!.localName).to.equal('h3');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<grab-and-go-guide> heading-level:');
    await expect(el!).to.be.accessible();
  });

  it('collapsible: each item folds in a native <details>, closed, with the card-toggle part', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide foundations="1,2" collapsible></grab-and-go-guide>`,
    );
    for (const c of cards(el)) {
      const details = c.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.getAttribute('part')).to.equal('card-toggle');
      expect(visible(c.querySelector('[part="card-what"]')!)).to.equal(false);
      expect(visible(c.querySelector('[part="card-ambitions"]')!)).to.equal(true);
    }
    await expect(el).to.be.accessible();
    el.collapsible = false;
    await el.updateComplete;
    for (const c of cards(el)) {
      expect(c.querySelector('details, summary')).to.equal(null);
      expect(visible(c.querySelector('[part="card-what"]')!)).to.equal(true);
    }
  });

  it('a reader opens and closes an item (click, Enter, Space): it shows its text and the guide fires ambitions-card-toggle', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide foundations="1,2" collapsible></grab-and-go-guide>`,
    );
    const seen: CardToggleEvent[] = [];
    const listener = (e: CardToggleEvent) => seen.push(e);
    document.addEventListener('ambitions-card-toggle', listener);
    try {
      const [first, second] = cards(el);
      const summary = second.querySelector('summary')!;
      const name = norm(summary.textContent);
      expect(name).to.equal('What, Ask and Example in action: Shared records');
      let event = oneEvent(el, 'ambitions-card-toggle');
      summary.click();
      let fired = await event;
      expect(fired.detail).to.deep.equal({ open: true, foundation: 'shared-records' });
      expect(fired.bubbles && fired.composed).to.equal(true);
      expect(second.querySelector('details')!.open).to.equal(true);
      expect(visible(second.querySelector('[part="card-ask"]')!)).to.equal(true);
      expect(allText(el)).to.contain(foundations[1].ask[0]);
      expect(first.querySelector('details')!.open, 'the other item stays closed').to.equal(false);
      expect(norm(summary.textContent), 'one name, open or closed').to.equal(name);
      await expect(el).to.be.accessible();

      event = oneEvent(el, 'ambitions-card-toggle');
      summary.click();
      fired = await event;
      expect(fired.detail).to.deep.equal({ open: false, foundation: 'shared-records' });
      expect(visible(second.querySelector('[part="card-ask"]')!)).to.equal(false);

      const firstSummary = first.querySelector('summary')!;
      firstSummary.focus();
      event = oneEvent(el, 'ambitions-card-toggle');
      await sendKeys({ press: 'Enter' });
      fired = await event;
      expect(fired.detail).to.deep.equal({ open: true, foundation: 'personalised-care-planning' });
      expect(el.shadowRoot!.activeElement).to.equal(firstSummary);
      expect(getComputedStyle(firstSummary).boxShadow, 'focus visible').to.not.equal('none');
      event = oneEvent(el, 'ambitions-card-toggle');
      await sendKeys({ press: ' ' }); // Firefox over BiDi knows ' ', not 'Space'
      fired = await event;
      expect(fired.detail.open).to.equal(false);
      expect(seen.map((e) => e.detail.open)).to.deep.equal([true, false, true, false]);
      // Re-rendering (a new contact) keeps what the reader opened and fires nothing.
      summary.click();
      await oneEvent(el, 'ambitions-card-toggle');
      el.contactName = 'St Example Hospice';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(second.querySelector('details')!.open).to.equal(true);
      expect(seen).to.have.length(5);
    } finally {
      document.removeEventListener('ambitions-card-toggle', listener);
    }
  });

  it('renders every item in its own shadow root: no nested roots, one stylesheet, unique ids', async () => {
    const el = await fixture<GrabAndGoGuide>(
      html`<grab-and-go-guide collapsible></grab-and-go-guide>`,
    );
    const all = [...el.shadowRoot!.querySelectorAll('*')];
    expect(all.filter((node) => node.shadowRoot)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('foundation-card')).to.have.length(0);
    // A guide-only page (this file registers the guide alone) never loads the card element.
    expect(customElements.get('foundation-card')).to.equal(undefined);
    const ids = all.map((node) => node.id).filter(Boolean);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    for (const [i, c] of cards(el).entries()) {
      const title = el.shadowRoot!.getElementById(c.getAttribute('aria-labelledby')!)!;
      expect(norm(title.textContent)).to.equal(`Item ${i + 1} ${foundations[i].title}`);
    }
  });

  it("exposes each item's card-* parts to the host page, and the guide's own parts only on its own nodes", async () => {
    const style = document.createElement('style');
    style.textContent = `
      .parts::part(card) { outline: 3px solid rgb(1, 2, 3); }
      .parts::part(card-header) { letter-spacing: 2px; }
      .parts::part(card-number) { color: rgb(4, 5, 6); }
      .parts::part(card-title) { color: rgb(7, 8, 9); }
      .parts::part(card-toggle) { color: rgb(10, 11, 12); }
      .parts::part(card-added-note) { color: rgb(13, 14, 15); }
      .parts::part(label), .parts::part(title), .parts::part(header) { text-transform: uppercase; }
    `;
    document.head.append(style);
    try {
      const el = await fixture<GrabAndGoGuide>(
        html`<grab-and-go-guide class="parts" collapsible foundations="1,9"></grab-and-go-guide>`,
      );
      const [one, nine] = cards(el);
      const css = (node: Element | null, property: string) =>
        getComputedStyle(node!).getPropertyValue(property);
      expect(css(one, 'outline-color')).to.equal('rgb(1, 2, 3)');
      expect(css(one.querySelector('[part="card-header"]'), 'letter-spacing')).to.equal('2px');
      expect(css(one.querySelector('[part="card-number"]'), 'color')).to.equal('rgb(4, 5, 6)');
      expect(css(one.querySelector('[part="card-title"]'), 'color')).to.equal('rgb(7, 8, 9)');
      expect(css(one.querySelector('summary'), 'color')).to.equal('rgb(10, 11, 12)');
      expect(css(nine.querySelector('.added-note'), 'color')).to.equal('rgb(13, 14, 15)');
      // The guide's label, title and header parts style the guide's own nodes, never an item's.
      expect(css($(el, '[part~="heading"]'), 'text-transform')).to.equal('uppercase');
      expect(css($(el, '[part="contact"] [part="label"]'), 'text-transform')).to.equal('uppercase');
      for (const node of one.querySelectorAll('*')) {
        if (node.closest('.visually-hidden')) continue;
        expect(css(node, 'text-transform'), node.outerHTML.slice(0, 60)).to.equal('none');
      }
    } finally {
      style.remove();
    }
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
    expect(getComputedStyle($(el, '[part~="base"]')).columnCount).to.equal('3');
    expect(cards(el)).to.have.length(10);
    for (const c of cards(el)) {
      const title = c.querySelector('[part="card-heading"]')!;
      expect(getComputedStyle(title).breakAfter).to.equal('avoid');
      expect(getComputedStyle(c.querySelector('summary')!).display).to.equal('none');
      expect(c.querySelector('details')!.open, 'printed open, not opened').to.equal(false);
      expect(visible(c.querySelector('[part="card-what"]')!)).to.equal(true);
      expect(visible(c.querySelector('[part="card-examples"]')!)).to.equal(true);
      expect(
        c.querySelector('[part="card-what"]')!.getBoundingClientRect().height,
      ).to.be.greaterThan(10);
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
      const what = cards(el)[0].querySelector('[part="card-what"] p')!;
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
