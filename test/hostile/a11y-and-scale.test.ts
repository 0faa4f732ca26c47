import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { deepElements, loadPage, ourElements, removeFrames, report, settle } from './frame.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The focused element, down through shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A focus indicator a person can see: an outline, or our box-shadow ring. */
function focusVisible(el: Element): boolean {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
  const highlight = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && el.localName === 'a';
  return outline || ring || highlight;
}

async function allElements(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <button id="before">before</button>
      <grab-and-go-guide
        collapsible
        contact-name="St Example"
        contact-phone="01234 567890"
      ></grab-and-go-guide>
      <self-check-quiz no-storage></self-check-quiz>
      <ambition-map></ambition-map>
      <case-study-explorer></case-study-explorer>
      <button id="after">after</button>
    </div>`,
  );
  await settle(document);
  return page;
}

afterEach(async () => {
  removeFrames();
  await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('accessibility sweep', () => {
  it('keyboard: Tab reaches every control of every element, each with a visible focus ring', async () => {
    const page = await allElements();
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached = new Set<Element>();
    const invisible: string[] = [];
    for (let i = 0; i < 250; i += 1) {
      await sendKeys({ press: 'Tab' });
      const el = deepActive();
      if (!el || el.id === 'after') break;
      reached.add(el);
      if (!focusVisible(el)) invisible.push(el.outerHTML.slice(0, 80));
    }
    expect(invisible, 'focused without a visible ring').to.deep.equal([]);
    // Every enabled button and form control in our shadow roots was reached (links may be
    // skipped by Safari-style Tab settings; see test/README.md).
    const controls = ourElements(document).flatMap((host) =>
      [
        ...host.shadowRoot!.querySelectorAll<HTMLElement>(
          'button, input, select, textarea, [tabindex="0"]',
        ),
      ].filter(
        (c) =>
          !(c as HTMLButtonElement).disabled && c.getClientRects().length > 0 && c.tabIndex >= 0,
      ),
    );
    // Radio groups take one Tab stop: count a group as reached when any of its radios was.
    const missed = controls.filter((c) => {
      if (reached.has(c)) return false;
      const radio = c as HTMLInputElement;
      if (radio.type === 'radio') {
        const group = (c.getRootNode() as ShadowRoot).querySelectorAll(
          `input[name="${radio.name}"]`,
        );
        return ![...group].some((r) => reached.has(r));
      }
      return true;
    });
    expect(missed.map((c) => c.outerHTML.slice(0, 80))).to.deep.equal([]);
  });

  it('320 px: nothing needs horizontal scrolling', async function () {
    this.timeout(60000); // axe over all five elements at once, on two busy cores
    await setViewport({ width: 320, height: 640 });
    const page = await allElements();
    await aTimeout(50);
    for (const el of ourElements(document)) {
      expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth + 1);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(page).to.be.accessible();
    await report({ 'axe checks': 1 });
  });

  it('prefers-reduced-motion: no transition or animation runs', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await allElements();
    for (const el of deepElements(document).filter((e) => e.getRootNode() !== document)) {
      const style = getComputedStyle(el);
      const moving =
        style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
        style.animationName.split(',').some((n) => n.trim() !== 'none');
      expect(moving, el.outerHTML.slice(0, 60)).to.equal(false);
    }
  });

  it('forced-colors: active: focus shows as a system-colour outline, not a box-shadow', async function () {
    this.timeout(60000);
    const page = await allElements();
    // Switch on each shadow root's own `@media (forced-colors: active)` rules (the way
    // scripts/browsers/media-emulation.mjs emulates media in Firefox and WebKit).
    let rules = 0;
    for (const host of ourElements(document)) {
      for (const sheet of host.shadowRoot!.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors')) {
            rule.media.mediaText = '(min-width: 0px)';
            rules += 1;
          }
        }
      }
    }
    expect(rules).to.be.greaterThan(0);
    const quiz = page.querySelector('self-check-quiz')!;
    const button = quiz.shadowRoot!.querySelector('button')!;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    for (let i = 0; i < 60 && deepActive() !== button; i += 1) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    await expect(page).to.be.accessible();
    await report({ 'axe checks': 1 });
  });
});

describe('scale', () => {
  it('100 elements on one page all render, and a click still responds', async () => {
    const { win, doc } = await loadPage('many');
    const top = [...doc.querySelector('#many')!.children] as Lit[];
    expect(top.length).to.equal(100);
    for (const el of top)
      expect(Boolean(el.shadowRoot?.querySelector('.root')), el.localName).to.equal(true);
    const card = top.find((el) => el.hasAttribute('collapsible'))!;
    const toggle = card.shadowRoot!.querySelector('summary')!;
    toggle.click();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('details')!.open).to.equal(true);
    await waitUntil(() => card.hasAttribute('open'), 'open follows the reader');
    expect(card.shadowRoot!.querySelector('[part="what"]')!.checkVisibility()).to.equal(true);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    await report({ pages: 1, 'CSP violations': win.__violations.length });
  });

  it('rapid attribute changes settle on the last value; removing one restores the default', async () => {
    const card = await fixture<Lit>(html`<foundation-card foundation="1"></foundation-card>`);
    const ids = ['2', 'leadership', '99', 'co-design', '', '7', 'shared-records'];
    for (let i = 0; i < 60; i += 1) {
      card.setAttribute('foundation', ids[i % ids.length]);
      if (i % 7 === 0) await Promise.resolve();
    }
    card.setAttribute('foundation', 'sharing-learning');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Sharing learning');
    const guide = await fixture<Lit>(
      html`<grab-and-go-guide contact-name="St Example" contact-phone="0123"></grab-and-go-guide>`,
    );
    guide.removeAttribute('contact-name');
    guide.removeAttribute('contact-phone');
    await guide.updateComplete;
    expect(guide.shadowRoot!.textContent).to.not.contain('St Example');
    const quiz = await fixture<Lit>(
      html`<self-check-quiz no-storage foundations="1 2"></self-check-quiz>`,
    );
    quiz.removeAttribute('foundations');
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.textContent).to.contain('ten items');
  });
});
