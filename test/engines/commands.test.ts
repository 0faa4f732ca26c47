import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';

/** The element focus is really on, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('test-runner commands in every engine', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('Tab moves focus between buttons and links (Safari: links only with "Tab to links")', async () => {
    const el = await fixture(html`
      <div>
        <button id="one">One</button>
        <a id="link" href="#x">Link</a>
        <button id="two">Two</button>
      </div>
    `);
    el.querySelector<HTMLButtonElement>('#one')!.focus();
    await sendKeys({ press: 'Tab' });
    // Chromium, Firefox and WebKitGTK put links in the Tab order; Safari on macOS skips them
    // unless "Press Tab to highlight each item" is on. Elements must never rely on Tab reaching
    // a link: both outcomes are accepted here, and buttons are always reached.
    const afterOne = deepActiveElement()?.id;
    expect(['link', 'two']).to.include(afterOne);
    if (afterOne === 'link') await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('two');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(['link', 'one']).to.include(deepActiveElement()?.id);
  });

  it('Tab reaches a button inside a shadow root', async () => {
    const host = await fixture(html`<div><button id="before">Before</button><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<button id="inner">Inner</button>';
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('inner');
  });

  it('types text, and press/down/up send keys the page sees', async () => {
    const el = await fixture<HTMLInputElement>(html`<input aria-label="Name" />`);
    const keys: string[] = [];
    el.addEventListener('keydown', (event) =>
      keys.push(event.shiftKey ? `Shift+${event.key}` : event.key),
    );
    el.focus();
    await sendKeys({ type: 'ab c' });
    expect(el.value).to.equal('ab c');
    await sendKeys({ press: 'Backspace' });
    expect(el.value).to.equal('ab ');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    // (Puppeteer types "x", not "X", for a key pressed with Shift held: test shiftKey, not text.)
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Escape' });
    expect(keys).to.include.members(['a', 'Backspace', 'Shift+ArrowLeft', 'Enter', 'Escape']);
  });

  it('Space and Enter activate a focused button', async () => {
    let clicks = 0;
    const el = await fixture<HTMLButtonElement>(
      html`<button @click=${() => (clicks += 1)}>Go</button>`,
    );
    el.focus();
    await sendKeys({ press: 'Enter' });
    // ' ', not 'Space': puppeteer over BiDi (Firefox) knows no key called Space.
    await sendKeys({ press: ' ' });
    expect(clicks).to.equal(2);
  });

  it('setViewport sets the page viewport', async () => {
    await setViewport({ width: 360, height: 640 });
    // (WebKit: MiniBrowser's toolbar is shrunk by the launcher, or its window stays >= 447 px.)
    expect(window.innerWidth).to.equal(360);
    expect(window.innerHeight).to.equal(640);
    expect(matchMedia('(max-width: 480px)').matches).to.equal(true);
    await setViewport({ width: 1280, height: 800 });
    expect(window.innerWidth).to.equal(1280);
    expect(matchMedia('(max-width: 480px)').matches).to.equal(false);
  });

  it('emulateMedia switches print, colour scheme and reduced motion, in CSS and matchMedia', async () => {
    const el = await fixture(html`
      <div>
        <style>
          .probe {
            width: 1px;
          }
          @media print {
            .probe {
              width: 2px;
            }
          }
          @media (prefers-color-scheme: dark) {
            .probe {
              height: 3px;
            }
          }
          @media (prefers-reduced-motion: reduce) {
            .probe {
              padding-left: 4px;
            }
          }
        </style>
        <div class="probe"></div>
      </div>
    `);
    const probe = getComputedStyle(el.querySelector('.probe')!);
    await emulateMedia({ media: 'print', colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(matchMedia('print').matches).to.equal(true);
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(probe.width).to.equal('2px');
    expect(probe.height).to.equal('3px');
    expect(probe.paddingLeft).to.equal('4px');
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
    expect(matchMedia('print').matches).to.equal(false);
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
    expect(probe.width).to.equal('1px');
    expect(probe.paddingLeft).to.equal('0px');
  });

  it('emulateMedia reaches styles in shadow roots, also ones made after the call', async () => {
    await emulateMedia({ media: 'print' });
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('p { width: 1px; } @media print { p { width: 2px; } }');
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = '<p>x</p>';
    expect(getComputedStyle(root.querySelector('p')!).width).to.equal('2px');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(root.querySelector('p')!).width).to.equal('1px');
  });
});
