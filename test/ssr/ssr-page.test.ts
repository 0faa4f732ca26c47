import { expect } from '@open-wc/testing';
import { getFoundation } from '../../src/content/index.js';
import { ELEMENT_TAGS } from '../../src/components/shared/element-attributes.js';
import { recordProblems } from './frame-problems.js';

/**
 * Pre-rendered HTML from the built `dist/ssr/index.js`, served by the test server's
 * `/__ssr/page?tag=...` route (web-test-runner.config.mjs): readable with scripts off, and
 * hydrated in place by the hydrating CDN bundle; the plain bundle renders it afresh, once.
 */
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function openPage(query: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Pre-rendered element';
  frame.style.width = '700px';
  frame.style.height = '900px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/__ssr/page?${query}`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Adds one of the built CDN bundles to a frame's document. */
function loadBundle(doc: Document, file: string) {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `/dist/cdn/${file}`;
  doc.head.append(script);
}

/** Text of a node and of every shadow root inside it, style sheets left out. */
function deepText(root: Element | ShadowRoot): string {
  let text = '';
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
    for (const child of node.childNodes) {
      if (child.nodeName !== 'STYLE') text += ` ${child.textContent}`;
    }
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

describe('pre-rendered HTML (SSR)', function () {
  // Frames load the built bundle; a busy machine running three engines needs the room.
  this.timeout(40000);
  it('shows every element’s text with scripts disabled (sandboxed frame)', async () => {
    for (const tag of ELEMENT_TAGS) {
      const query = tag === 'foundation-card' ? `tag=${tag}&foundation=3` : `tag=${tag}`;
      const frame = await openPage(query, 'allow-same-origin');
      const doc = frame.contentDocument!;
      expect(doc.querySelector('script'), tag).to.equal(null);
      const host = doc.querySelector(tag)!;
      expect(host.shadowRoot, `${tag} has a declarative shadow root`).to.not.equal(null);
      expect(deepText(host.shadowRoot!).trim().length, tag).to.be.greaterThan(100);
      expect(frame.contentWindow!.customElements.get(tag), tag).to.equal(undefined);
      // Controls that need the script are hidden, a note says so (test/ssr/needs-script.test.ts).
      const style = (node: Element) => frame.contentWindow!.getComputedStyle(node).visibility;
      const controls = host.shadowRoot!.querySelectorAll('button, input, select, textarea');
      for (const control of controls)
        expect(style(control), `${tag} ${control.localName}`).to.equal('hidden');
      const notes = [...host.shadowRoot!.querySelectorAll('[part="script-note"]')];
      expect(notes.filter((note) => style(note) === 'visible').length > 0, tag).to.equal(
        controls.length > 0,
      );
      frame.remove();
    }
  });

  it('foundation-card 3 shows What, Ask and Example in action without JavaScript', async () => {
    const frame = await openPage('tag=foundation-card&foundation=3', 'allow-same-origin');
    const text = deepText(frame.contentDocument!.querySelector('foundation-card')!.shadowRoot!);
    const item = getFoundation('3')!;
    expect(text).to.contain(item.what);
    for (const question of item.ask) expect(text).to.contain(question);
    const card = frame.contentDocument!.querySelector('foundation-card')!;
    const box = card.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(300);
  });

  it('the guide shows the local contact and every item without JavaScript', async () => {
    const frame = await openPage(
      'tag=grab-and-go-guide&contact-name=St%20Example%20Hospice',
      'allow-same-origin',
    );
    const guide = frame.contentDocument!.querySelector('grab-and-go-guide')!;
    const text = deepText(guide.shadowRoot!);
    // The contact is light DOM in the guide's contact slot (the shadow content is every site's).
    const contact = guide.querySelector('[slot="contact"]')!;
    expect(contact.textContent).to.contain('St Example Hospice');
    expect(contact.assignedSlot?.getAttribute('name')).to.equal('contact');
    expect(contact.getClientRects().length).to.be.greaterThan(0);
    expect(text).to.contain(getFoundation('10')!.what);
  });

  it('collapsible card and guide: every item opens and reads with scripts disabled', async () => {
    for (const query of [
      'tag=foundation-card&foundation=3&collapsible=true',
      'tag=grab-and-go-guide&collapsible=true',
    ]) {
      const frame = await openPage(query, 'allow-same-origin');
      const doc = frame.contentDocument!;
      expect(doc.querySelector('script'), query).to.equal(null);
      const host = doc.querySelector('foundation-card, grab-and-go-guide')!;
      expect(frame.contentWindow!.customElements.get(host.localName), query).to.equal(undefined);
      const root = host.shadowRoot!;
      const items = [...root.querySelectorAll('details')];
      expect(items, query).to.have.length(query.includes('guide') ? 10 : 1);
      for (const [i, details] of items.entries()) {
        const item = getFoundation(query.includes('guide') ? String(i + 1) : '3')!;
        const what = details.querySelector('[part$="what"]')!;
        expect(details.open).to.equal(false);
        expect(what.checkVisibility(), `${item.id} starts closed`).to.equal(false);
        // The summary is the browser's own control: it opens with no script at all.
        details.querySelector('summary')!.click();
        expect(details.open).to.equal(true);
        expect(what.checkVisibility(), `${item.id} opens`).to.equal(true);
        expect(what.getBoundingClientRect().height, item.id).to.be.greaterThan(20);
        expect(deepText(details)).to.contain(item.what);
        for (const question of item.ask) expect(deepText(details)).to.contain(question);
      }
      frame.remove();
    }
  });

  it('hydrates in place: same nodes, no layout shift, no errors, then interactive', async () => {
    const frame = await openPage('tag=foundation-card&foundation=3&collapsible=true');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const errors = recordProblems(win);
    const card = doc.querySelector('foundation-card') as HTMLElement & {
      open: boolean;
      updateComplete: Promise<boolean>;
    };
    const root = card.shadowRoot!;
    const details = root.querySelector('details')!;
    const summary = root.querySelector('summary')!;
    const heading = root.querySelector('h2, h3, h4')!;
    const body = root.querySelector<HTMLElement>('[part="body"]')!;
    expect(details.open).to.equal(false);
    expect(body.checkVisibility()).to.equal(false);
    const before = card.getBoundingClientRect().toJSON();

    loadBundle(doc, 'ambitions-elements-hydrate.js');
    await win.customElements.whenDefined('foundation-card');
    await card.updateComplete;

    expect(card.shadowRoot).to.equal(root);
    expect(root.querySelector('summary')).to.equal(summary);
    expect(root.querySelector('details')).to.equal(details);
    expect(root.querySelector('h2, h3, h4')).to.equal(heading);
    expect(summary.isConnected && heading.isConnected && body.isConnected).to.equal(true);
    expect(card.getBoundingClientRect().toJSON()).to.deep.equal(before);

    const toggled = new Promise((resolve) =>
      card.addEventListener('ambitions-card-toggle', resolve, { once: true }),
    );
    summary.click();
    await toggled;
    await card.updateComplete;
    expect(details.open).to.equal(true);
    expect(card.open && card.hasAttribute('open')).to.equal(true);
    expect(body.checkVisibility()).to.equal(true);
    expect(root.querySelector('[part="body"]')).to.equal(body);
    expect(deepText(root)).to.contain(getFoundation('3')!.ask[0]);
    expect(errors).to.deep.equal([]);
  });

  it('the guide with its contact in light DOM hydrates in place: contact kept, no shift, no errors', async () => {
    const frame = await openPage(
      'tag=grab-and-go-guide&contact-name=St%20Example%20Hospice&contact-phone=01234%20567%20890',
    );
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const errors = recordProblems(win);
    const guide = doc.querySelector('grab-and-go-guide') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const contact = guide.querySelector<HTMLElement>('[slot="contact"]')!;
    const box = contact.getBoundingClientRect().toJSON();
    loadBundle(doc, 'ambitions-elements-hydrate.js');
    await win.customElements.whenDefined('grab-and-go-guide');
    await guide.updateComplete;
    expect(guide.querySelector('[slot="contact"]')).to.equal(contact);
    expect(contact.assignedSlot?.getAttribute('name')).to.equal('contact');
    expect(contact.getBoundingClientRect().toJSON()).to.deep.equal(box);
    expect(contact.textContent).to.equal('St Example HospicePhone: 01234 567 890');
    expect(guide.shadowRoot!.querySelector('.no-contact')!.getClientRects().length).to.equal(0);
    expect(errors).to.deep.equal([]);
  });

  it('collapsible guide and card: what a reader opened before the script came stays open, and stays in step', async () => {
    const guideFrame = await openPage('tag=grab-and-go-guide&collapsible=true');
    const guide = guideFrame.contentDocument!.querySelector('grab-and-go-guide') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const second = guide.shadowRoot!.querySelectorAll('details')[1];
    second.querySelector('summary')!.click(); // before any script
    loadBundle(guideFrame.contentDocument!, 'ambitions-elements-hydrate.js');
    await guideFrame.contentWindow!.customElements.whenDefined('grab-and-go-guide');
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelectorAll('details')[1]).to.equal(second);
    expect(second.open).to.equal(true);
    const fromGuide = new Promise<CustomEvent>((resolve) =>
      guide.addEventListener('ambitions-card-toggle', (e) => resolve(e as CustomEvent), {
        once: true,
      }),
    );
    second.querySelector('summary')!.click();
    expect((await fromGuide).detail).to.deep.equal({ open: false, foundation: 'shared-records' });

    const cardFrame = await openPage('tag=foundation-card&foundation=3&collapsible=true');
    const card = cardFrame.contentDocument!.querySelector('foundation-card') as HTMLElement & {
      open: boolean;
      updateComplete: Promise<boolean>;
    };
    const details = card.shadowRoot!.querySelector('details')!;
    details.querySelector('summary')!.click(); // before any script
    loadBundle(cardFrame.contentDocument!, 'ambitions-elements-hydrate.js');
    await cardFrame.contentWindow!.customElements.whenDefined('foundation-card');
    await card.updateComplete;
    await card.updateComplete;
    expect(details.open).to.equal(true);
    expect(card.open && card.hasAttribute('open'), 'open follows the reader').to.equal(true);
    const fromCard = new Promise<CustomEvent>((resolve) =>
      card.addEventListener('ambitions-card-toggle', (e) => resolve(e as CustomEvent), {
        once: true,
      }),
    );
    details.querySelector('summary')!.click();
    expect((await fromCard).detail).to.deep.equal({
      open: false,
      foundation: 'evidence-and-information',
    });
    await card.updateComplete;
    expect(card.hasAttribute('open')).to.equal(false);
  });

  it('every element hydrates without errors, keeping its shadow root and its size', async () => {
    for (const tag of ELEMENT_TAGS) {
      const query = tag === 'foundation-card' ? `tag=${tag}&foundation=3` : `tag=${tag}`;
      const frame = await openPage(query);
      const win = frame.contentWindow! as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const errors: string[] = [];
      const original = win.console.error.bind(win.console);
      win.console.error = (...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
        original(...args);
      };
      win.addEventListener('error', (event) => errors.push(event.message));
      const host = doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      const root = host.shadowRoot!;
      const first = root.querySelector('.root')!;
      const before = host.getBoundingClientRect().toJSON();
      loadBundle(doc, 'ambitions-elements-hydrate.js');
      await win.customElements.whenDefined(tag);
      await host.updateComplete;
      expect(host.shadowRoot, tag).to.equal(root);
      expect(root.querySelector('.root'), tag).to.equal(first);
      expect(host.getBoundingClientRect().toJSON(), tag).to.deep.equal(before);
      expect(errors, tag).to.deep.equal([]);
      frame.remove();
    }
  });

  it('the plain bundle (no hydration support) renders pre-rendered elements once, not twice', async () => {
    const frame = await openPage('tag=foundation-card&foundation=3&collapsible=true');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    const card = doc.querySelector('foundation-card') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const before = card.getBoundingClientRect().toJSON();
    loadBundle(doc, 'ambitions-elements.js');
    await win.customElements.whenDefined('foundation-card');
    await card.updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelectorAll('.root').length).to.equal(1);
    expect(root.querySelectorAll('summary').length).to.equal(1);
    expect(card.getBoundingClientRect().toJSON()).to.deep.equal(before);
    const details = root.querySelector('details')!;
    root.querySelector('summary')!.click();
    await card.updateComplete;
    expect(details.open).to.equal(true);
    expect(deepText(root)).to.contain(getFoundation('3')!.ask[0]);
    expect(errors).to.deep.equal([]);
  });

  it('hydration support that arrives after the plain bundle does not make it render twice', async () => {
    const frame = await openPage('tag=foundation-card&foundation=3');
    const win = frame.contentWindow! as Window & typeof globalThis & Record<string, unknown>;
    const doc = frame.contentDocument!;
    // Out of the document while the bundle loads, so it upgrades only when put back.
    const card = doc.querySelector('foundation-card') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const parent = card.parentNode!;
    card.remove();
    loadBundle(doc, 'ambitions-elements.js');
    await win.customElements.whenDefined('foundation-card');
    // Another script on the page adds Lit's hydration support for its own copy of Lit.
    win.litElementHydrateSupport = () => {};
    parent.append(card);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelectorAll('.root').length).to.equal(1);
    expect(deepText(card.shadowRoot!)).to.contain(getFoundation('3')!.what);
  });

  it('the test route refuses an unknown element with the reason', async () => {
    const response = await fetch('/__ssr/page?tag=nonsense');
    expect(response.status).to.equal(400);
    expect(await response.text()).to.contain('Unknown element "nonsense"');
  });
});
