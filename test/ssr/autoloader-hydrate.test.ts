import { expect } from '@open-wc/testing';
import { getFoundation } from '../../src/content/index.js';
import { recordProblems } from './frame-problems.js';

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
  const problems = recordProblems(win);
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/ambitions-elements-autoloader.js';
  frame.contentDocument!.head.append(script);
  return problems;
}

const requested = (win: Window): string[] =>
  win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('autoloader on pre-rendered pages', function () {
  this.timeout(40000);

  it('hydrates the guide in place: same nodes, same size, no errors', async () => {
    const frame = await preRendered('tag=grab-and-go-guide&contact-name=St%20Example%20Hospice');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const guide = frame.contentDocument!.querySelector('grab-and-go-guide') as Lit;
    const root = guide.shadowRoot!;
    const first = root.querySelector('.root')!;
    const roots = root.querySelectorAll('.root').length;
    const headings = [...root.querySelectorAll('h2, h3, h4')];
    expect(headings.length).to.be.greaterThan(10);
    const before = guide.getBoundingClientRect().toJSON();

    const problems = addAutoloader(frame);
    await win.customElements.whenDefined('grab-and-go-guide');
    await guide.updateComplete;

    expect(requested(win)).to.include('/dist/cdn/chunks/hydrate-support.js');
    expect(guide.shadowRoot).to.equal(root);
    expect(root.querySelector('.root')).to.equal(first);
    const after = [...root.querySelectorAll('h2, h3, h4')];
    expect(after.length).to.equal(headings.length);
    expect(
      after.every((heading, i) => heading === headings[i]),
      'the same heading nodes',
    ).to.equal(true);
    expect(root.querySelectorAll('.root').length, 'rendered once, not twice').to.equal(roots);
    expect(guide.getBoundingClientRect().toJSON()).to.deep.equal(before);
    // The pre-rendered contact travels in the light DOM, shown through the guide's contact slot.
    const contact = root.querySelector<HTMLSlotElement>('slot[name=contact]')!.assignedElements();
    expect(contact.map((el) => el.textContent).join(' ')).to.contain('St Example Hospice');
    expect(contact[0].getBoundingClientRect().height).to.be.greaterThan(0);
    expect(problems).to.deep.equal([]);
  });

  it('a hydrated collapsible card keeps its nodes and tells the page when it opens', async () => {
    const frame = await preRendered('tag=foundation-card&foundation=3&collapsible=true');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const card = frame.contentDocument!.querySelector('foundation-card') as Lit & { open: boolean };
    const root = card.shadowRoot!;
    const details = root.querySelector('details')!;
    const summary = root.querySelector('summary')!;
    const problems = addAutoloader(frame);
    await win.customElements.whenDefined('foundation-card');
    await card.updateComplete;

    expect(root.querySelector('summary')).to.equal(summary);
    expect(root.querySelector('details')).to.equal(details);
    // The toggle event comes from the element's code: it runs on the pre-rendered nodes.
    const toggled = new Promise((resolve) =>
      card.addEventListener('ambitions-card-toggle', resolve, { once: true }),
    );
    summary.click();
    await toggled;
    await card.updateComplete;
    expect(details.open).to.equal(true);
    expect(card.open).to.equal(true);
    expect(root.textContent).to.contain(getFoundation('3')!.ask[0]);
    expect(problems).to.deep.equal([]);
  });
});
