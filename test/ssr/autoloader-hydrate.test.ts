import { expect } from '@open-wc/testing';
import { getFoundation } from '../../src/content/index.js';

/**
 * Issue 18: the autoloader on pre-rendered pages (the test server's `/__ssr/page?tag=...` route
 * renders from the built dist/ssr). It sees the declarative shadow roots, loads Lit's hydration
 * support before Lit, and hydrates in place as ambitions-elements-hydrate.js does: the same nodes,
 * no layout shift. Pages rendered on the client never download the hydration support
 * (test/hostile/autoloader.test.ts).
 */
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

async function preRendered(query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Pre-rendered element';
  frame.style.width = '700px';
  frame.style.height = '900px';
  frame.src = `/__ssr/page?${query}`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Adds the autoloader to a frame, records its errors and warnings. */
function addAutoloader(frame: HTMLIFrameElement): string[] {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const problems: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(args.map(String).join(' '));
      original(...args);
    };
  }
  win.addEventListener('error', (event) => problems.push(event.message));
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/ambitions-elements-autoloader.js';
  frame.contentDocument!.head.append(script);
  return problems;
}

const requested = (win: Window): string[] =>
  win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('autoloader on pre-rendered pages (issue 18)', function () {
  this.timeout(40000);

  it('hydrates the guide and its cards in place: same nodes, same size, no errors', async () => {
    const frame = await preRendered('tag=grab-and-go-guide&contact-name=St%20Example%20Hospice');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const guide = frame.contentDocument!.querySelector('grab-and-go-guide') as Lit;
    const root = guide.shadowRoot!;
    const first = root.querySelector('.root')!;
    const card = root.querySelector('foundation-card') as Lit;
    const cardRoot = card.shadowRoot!;
    const cardHeading = cardRoot.querySelector('h2, h3, h4')!;
    const before = guide.getBoundingClientRect().toJSON();

    const problems = addAutoloader(frame);
    await win.customElements.whenDefined('grab-and-go-guide');
    await guide.updateComplete;
    await card.updateComplete;

    expect(requested(win)).to.include('/dist/cdn/chunks/hydrate-support.js');
    expect(guide.shadowRoot).to.equal(root);
    expect(root.querySelector('.root')).to.equal(first);
    expect(card.shadowRoot).to.equal(cardRoot);
    expect(cardRoot.querySelector('h2, h3, h4')).to.equal(cardHeading);
    expect(root.querySelectorAll('.root').length).to.equal(1);
    expect(guide.getBoundingClientRect().toJSON()).to.deep.equal(before);
    expect(root.textContent).to.contain('St Example Hospice');
    expect(problems).to.deep.equal([]);
  });

  it('a hydrated collapsible card opens and closes (interactive, not re-rendered)', async () => {
    const frame = await preRendered('tag=foundation-card&foundation=3&collapsible=true');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const card = frame.contentDocument!.querySelector('foundation-card') as Lit;
    const root = card.shadowRoot!;
    const button = root.querySelector('button')!;
    const body = root.querySelector<HTMLElement>('[part="body"]')!;
    const problems = addAutoloader(frame);
    await win.customElements.whenDefined('foundation-card');
    await card.updateComplete;

    expect(root.querySelector('button')).to.equal(button);
    button.click();
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
    expect(root.querySelector('[part="body"]')).to.equal(body);
    expect(root.textContent).to.contain(getFoundation('3')!.ask[0]);
    expect(problems).to.deep.equal([]);
  });
});
