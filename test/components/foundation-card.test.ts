import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { FoundationCard, type CardToggleEvent } from '../../src/index.js';
import { ambitions, foundations } from '../../src/content/index.js';
import { define } from '../../src/define/define.js';
import '../../src/define/foundation-card.js';

/** Records console.warn calls for the duration of one test. */
function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
/** Shown to a sighted reader: laid out, and not inside a closed `<details>`. */
const visible = (node: Element) =>
  (node as HTMLElement).getClientRects().length > 0 && node.checkVisibility();

async function card(markup: ReturnType<typeof html>) {
  return fixture<FoundationCard>(markup);
}

describe('<foundation-card>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  for (const f of foundations) {
    it(`shows item ${f.number} by number and by slug`, async () => {
      for (const key of [String(f.number), f.id]) {
        const el = await card(html`<foundation-card foundation=${key}></foundation-card>`);
        const t = text(el);
        expect($(el, '[part="number"]').textContent).to.contain(String(f.number));
        expect($(el, '[part="title"]').textContent).to.equal(f.title);
        expect(t).to.contain(f.what);
        const asks = [...el.shadowRoot!.querySelectorAll('[part="ask"] li')].map((li) =>
          li.textContent!.trim(),
        );
        expect(asks).to.deep.equal([...f.ask]);
        const examples = el.shadowRoot!.querySelectorAll('[part="examples"] li');
        expect(examples.length).to.equal(f.examples.length);
        const derived = el.shadowRoot!.querySelector('[part="ambitions"]');
        const note = el.shadowRoot!.querySelector('[part="added-note"]');
        if (f.addedByGuide) {
          // Items 9 and 10 have no case studies: never an A6-only list, the report's words instead.
          expect(derived).to.equal(null);
          expect(t).not.to.contain('A6 Each community is prepared to help');
          const said = note!.textContent!.replace(/\s+/g, ' ');
          expect(said).to.contain('not one of the framework');
          expect(said).to.contain('invaluable to realising the Ambitions');
          expect(said).to.contain('important to realising Ambition 6');
        } else {
          expect(note).to.equal(null);
          // Labelled as derived from the report's case studies, not the guide's text.
          expect(derived!.textContent).to.contain("Ambitions linked in the report's case studies");
          for (const a of ambitions.filter((x) => f.ambitions.includes(x.id))) {
            expect(t).to.contain(`${a.id} ${a.title}`);
          }
        }
      }
    });
  }

  it('renders links in the examples from the guide, every link http(s)', async () => {
    const el = await card(html`<foundation-card foundation="2"></foundation-card>`);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.some((a) => a.textContent!.includes('Information Standard'))).to.equal(true);
    for (const a of links) expect(a.href).to.match(/^https?:/);
    await expect(el).to.be.accessible();
  });

  it('uses the heading level asked for, with section labels one below', async () => {
    for (const level of [2, 3, 4, 5, 6]) {
      const el = await card(
        html`<foundation-card foundation="1" heading-level=${level}></foundation-card>`,
      );
      expect($(el, '[part="heading"]').localName).to.equal(`h${level}`);
      expect($(el, '[part="what"] [part="label"]').localName).to.equal(
        `h${Math.min(level + 1, 6)}`,
      );
      await expect(el).to.be.accessible();
    }
  });

  it('falls back to h3 and warns once on a bad heading level', async () => {
    const warnings = captureWarnings();
    try {
      const el = await card(
        html`<foundation-card foundation="1" heading-level="9"></foundation-card>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part="heading"]').localName).to.equal('h3');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('heading-level');
  });

  it('shows a compact attribution with the licence link on a lone card', async () => {
    const el = await card(html`<foundation-card foundation="leadership"></foundation-card>`);
    const attribution = $(el, '[part="attribution"]');
    expect(attribution.textContent).to.contain('Small Steps, Big Vision');
    const licence = [...attribution.querySelectorAll('a')].find(
      (a) => a.textContent === 'CC BY 4.0',
    );
    expect(licence!.href).to.equal('https://creativecommons.org/licenses/by/4.0/');
    await expect(el).to.be.accessible();
  });

  describe('collapsible', () => {
    it('hides What, Ask and Example in a closed <details> until the summary is clicked, and says so', async () => {
      const el = await card(html`<foundation-card foundation="3" collapsible></foundation-card>`);
      const summary = $<HTMLElement>(el, 'summary');
      const details = $<HTMLDetailsElement>(el, 'details');
      const body = $(el, '[part="body"]');
      expect(summary.getAttribute('part')).to.equal('toggle');
      expect(summary.parentElement).to.equal(details);
      expect(body.parentElement).to.equal(details);
      expect(details.open).to.equal(false);
      expect(visible(body)).to.equal(false);
      expect(visible($(el, '[part="ambitions"]'))).to.equal(true);
      await expect(el).to.be.accessible();

      summary.click();
      await oneEvent(el, 'ambitions-card-toggle');
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(visible(body)).to.equal(true);
      await expect(el).to.be.accessible();

      summary.click();
      await oneEvent(el, 'ambitions-card-toggle');
      await el.updateComplete;
      expect(details.open).to.equal(false);
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
    });

    it('keeps one summary name, with a visible chevron, while the open state alone changes', async () => {
      const el = await card(html`<foundation-card foundation="3" collapsible></foundation-card>`);
      const summary = $<HTMLElement>(el, 'summary');
      const name = () => summary.textContent!.replace(/\s+/g, ' ').trim();
      const closed = name();
      expect(closed).to.equal('What, Ask and Example in action: Evidence and information');
      const chevron = $(el, '.chevron');
      expect(chevron.getBoundingClientRect().width).to.be.greaterThan(5);
      // Ours is the only marker: it sits first, after the 2px border and 0.75em (12px) padding.
      const inset = chevron.getBoundingClientRect().left - summary.getBoundingClientRect().left;
      expect(inset).to.be.closeTo(14, 2);
      const closedTurn = getComputedStyle(chevron).transform;
      summary.click();
      await oneEvent(el, 'ambitions-card-toggle');
      await el.updateComplete;
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
      expect(name()).to.equal(closed);
      await new Promise((resolve) => setTimeout(resolve, 300)); // its 0.15s turn
      expect(getComputedStyle(chevron).transform, 'the chevron turns').to.not.equal(closedTurn);
    });

    it('opens with Enter and closes with Space, focus staying visibly on the summary', async () => {
      const el = await card(html`<foundation-card foundation="3" collapsible></foundation-card>`);
      const summary = $<HTMLElement>(el, 'summary');
      summary.focus();
      let toggled = oneEvent(el, 'ambitions-card-toggle');
      await sendKeys({ press: 'Enter' });
      await toggled;
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(visible($(el, '[part="what"]'))).to.equal(true);
      expect(text(el)).to.contain('The collection of data that can be used locally');
      toggled = oneEvent(el, 'ambitions-card-toggle');
      await sendKeys({ press: ' ' }); // Firefox over BiDi knows ' ', not 'Space'
      await toggled;
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(visible($(el, '[part="what"]'))).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(getComputedStyle(summary).boxShadow, 'focus visible').to.not.equal('none');
      await expect(el).to.be.accessible();
    });

    it('fires ambitions-card-toggle on reader toggles only', async () => {
      const el = await card(html`<foundation-card foundation="3" collapsible></foundation-card>`);
      const seen: CardToggleEvent[] = [];
      const listener = (e: CardToggleEvent) => seen.push(e);
      document.addEventListener('ambitions-card-toggle', listener);
      try {
        el.open = true;
        await el.updateComplete;
        // The <details>' own toggle event comes a task later: let it pass.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
        el.open = false;
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect($<HTMLDetailsElement>(el, 'details').open).to.equal(false);
        expect(seen).to.have.length(0);
        const event = oneEvent(el, 'ambitions-card-toggle');
        $<HTMLElement>(el, 'summary').click();
        const fired = await event;
        expect(fired.detail).to.deep.equal({ open: true, foundation: 'evidence-and-information' });
        expect(fired.bubbles && fired.composed).to.equal(true);
        expect(seen).to.have.length(1);
        // The reader opened it: the property and attribute follow, and setting it back fires nothing.
        await el.updateComplete;
        expect(el.open && el.hasAttribute('open')).to.equal(true);
        el.open = false;
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(seen).to.have.length(1);
      } finally {
        document.removeEventListener('ambitions-card-toggle', listener);
      }
    });

    it('starts open when open is set', async () => {
      const el = await card(
        html`<foundation-card foundation="3" collapsible open></foundation-card>`,
      );
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
      expect(visible($(el, '[part="ask"]'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  it('prints without the show/hide control and with all content, link URLs after their text', async () => {
    const el = await card(html`<foundation-card foundation="2" collapsible></foundation-card>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, 'summary')).display).to.equal('none');
    expect($<HTMLDetailsElement>(el, 'details').open, 'printed open, not opened').to.equal(false);
    for (const part of ['what', 'ask', 'examples', 'ambitions']) {
      expect(visible($(el, `[part="${part}"]`)), part).to.equal(true);
    }
    const link = $(el, '[part="examples"] a');
    // Chromium and WebKit report the resolved URL; Firefox reports the attr(href) it prints.
    expect(getComputedStyle(link, '::after').content).to.match(/https?:\/\/|attr\(href\)/);
    expect(getComputedStyle($(el, '[part~="base"]')).breakInside).to.equal('avoid');
    await expect(el).to.be.accessible();
  });

  describe('unknown or missing foundation', () => {
    for (const [label, value] of [
      ['unknown', '99'],
      ['missing', undefined],
    ] as const) {
      it(`shows a notice and warns exactly once (${label})`, async () => {
        const warnings = captureWarnings();
        let el: FoundationCard;
        try {
          el = await card(html`<foundation-card foundation=${value ?? ''}></foundation-card>`);
          if (value === undefined) el.removeAttribute('foundation');
          el.headingLevel = 4;
          await el.updateComplete;
        } finally {
          warnings.restore();
        }
        const notice = $(el!, '[part="notice"]');
        expect(notice.textContent).to.contain('1 to 10');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<foundation-card> foundation:');
        await expect(el!).to.be.accessible();
      });
    }

    it('recovers when a valid foundation is set', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<foundation-card foundation="nope"></foundation-card>`);
        el.foundation = 8;
        await el.updateComplete;
        expect($(el, '[part="title"]').textContent).to.equal('Leadership');
      } finally {
        warnings.restore();
      }
    });
  });

  it('keeps body text at 16px or more when the host sets html { font-size: 62.5% }', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% } body { font-size: 1.4rem }';
    document.head.append(style);
    try {
      const el = await card(html`<foundation-card foundation="1"></foundation-card>`);
      const size = parseFloat(getComputedStyle($(el, '[part="what"] p')).fontSize);
      expect(size).to.be.at.least(16);
    } finally {
      style.remove();
    }
  });

  it('defining twice does not throw or warn', () => {
    const warnings = captureWarnings();
    try {
      expect(define('foundation-card', FoundationCard)).to.equal(true);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});
