import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DISPLAY_ATTRIBUTES } from '../../src/embed/embed-params.js';

/**
 * The snippet builder (demo/builder.html) as a person uses it, and each kind of snippet it gives
 * pasted into a fresh page: each must show the chosen element with the chosen contact.
 */
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function until<T>(check: () => T | undefined | null | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > 20000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function frame(setUp: (frame: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const element = document.createElement('iframe');
  element.title = 'Test page';
  element.style.width = '700px';
  element.style.height = '600px';
  // In view: the iframe snippet has loading="lazy", which waits until its frame is near the
  // viewport (WebKit kept it unloaded when earlier test files had scrolled the runner's page).
  element.style.position = 'fixed';
  element.style.top = '0';
  element.style.left = '0';
  setUp(element);
  frames.push(element);
  const loaded = new Promise((resolve) =>
    element.addEventListener('load', resolve, { once: true }),
  );
  document.body.append(element);
  await loaded;
  return element;
}

function deepText(root: Element | ShadowRoot | Document): string {
  let text = '';
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
    text += ` ${'textContent' in node && node.textContent ? node.textContent : ''}`;
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/** Opens the builder, waits for its options and returns helpers to fill it in. */
async function openBuilder() {
  const builder = await frame((f) => (f.src = '/demo/builder.html'));
  const doc = builder.contentDocument!;
  await until(() => doc.querySelector('#options input'), 'the options');
  const fire = (el: Element) => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  return {
    doc,
    select(tag: string) {
      const select = doc.querySelector<HTMLSelectElement>('#element')!;
      select.value = tag;
      fire(select);
    },
    set(id: string, value: string | boolean) {
      const input = doc.getElementById(id) as HTMLInputElement;
      if (!input) throw new Error(`no field #${id}`);
      if (typeof value === 'boolean') input.checked = value;
      else input.value = value;
      fire(input);
    },
    snippet: () => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value,
  };
}

type AxeRun = (context: Element) => Promise<{ violations: Array<{ id: string; help: string }> }>;

/** A page with the snippet pasted into its body, as a host would. */
const pasted = (snippet: string) =>
  frame((f) => (f.srcdoc = `<!doctype html><html lang="en"><body>${snippet}</body></html>`));

describe('snippet builder', function () {
  // Frames load the built bundle; a busy machine running three engines needs the room.
  this.timeout(40000);
  it('lists the options of each element from its attributes, with labels', async () => {
    const b = await openBuilder();
    const labelled = () =>
      [...b.doc.querySelectorAll<HTMLInputElement>('#options [data-attribute]')].map(
        (input) => b.doc.querySelector(`label[for="${input.id}"]`)!.textContent,
      );
    expect(labelled()).to.include('Local contact: name');
    b.select('foundation-card');
    expect(labelled()).to.include('Which item of the guide');
    expect(labelled()).to.include('Hide the details behind a show/hide button');
    const preview = b.doc.querySelector('#preview foundation-card')!;
    expect(preview.getAttribute('foundation')).to.equal('1');
    // axe in the builder's own window (chai's accessible() only checks its own document).
    const script = b.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      script.onload = resolve;
      b.doc.head.append(script);
    });
    const axe = (b.doc.defaultView as unknown as { axe: { run: AxeRun } }).axe;
    const results = await axe.run(b.doc.querySelector('#builder')!);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });

  it('script tag snippet: renders the chosen element with contact and colour', async () => {
    const b = await openBuilder();
    b.set('base', '/dist');
    b.set('attr-contact-name', 'St Snippet Hospice');
    b.set('brand', '#702082');
    const snippet = b.snippet();
    // Given the folder: the autoloader, with a modulepreload hint for the file a guide-only page
    // needs up front (the build's preload.json, `alone`): the guide with Lit and the core in one.
    const hints: { alone: Record<string, string[]> } = await (
      await fetch('/dist/cdn/preload.json')
    ).json();
    expect(hints.alone['grab-and-go-guide']).to.deep.equal(['elements/grab-and-go-guide-alone.js']);
    expect(snippet).to.match(
      /^<link rel="modulepreload" href="\/dist\/cdn\/elements\/grab-and-go-guide-alone.js">\n<script type="module" src="\/dist\/cdn\/ambitions-elements-autoloader.js"><\/script>\n/,
    );
    expect(snippet).to.contain(
      '<script type="module" src="/dist/cdn/ambitions-elements-autoloader.js"></script>',
    );
    expect(snippet).to.not.contain('self-check-quiz');
    expect(snippet).to.contain('--ambitions-color-brand: #702082;');
    const page = await pasted(snippet);
    const guide = await until(
      () => page.contentDocument!.querySelector('grab-and-go-guide')?.shadowRoot,
      'the guide to render',
    );
    await until(() => deepText(guide).includes('St Snippet Hospice'), 'the contact');
    const host = page.contentDocument!.querySelector('grab-and-go-guide')!;
    expect(
      page.contentWindow!.getComputedStyle(host).getPropertyValue('--ambitions-color-brand').trim(),
    ).to.equal('#702082');
  });

  it('iframe snippet (with resize.js): shows the element and fits the frame', async () => {
    const b = await openBuilder();
    b.set('base', '/dist');
    b.select('foundation-card');
    b.set('attr-foundation', '5');
    b.set('kind-iframe', true);
    const snippet = b.snippet();
    expect(snippet).to.contain('<iframe src="/dist/embed/index.html?element=foundation-card');
    expect(snippet).to.contain('<script src="/dist/embed/resize.js"></script>');
    const page = await pasted(snippet);
    const inner = page.contentDocument!.querySelector('iframe')!;
    const card = await until(
      () => inner.contentDocument?.querySelector('foundation-card')?.shadowRoot,
      'the framed card',
    );
    await until(() => deepText(card).includes('Item 5'), 'item 5');
    await until(() => /^\d+px$/.test(inner.style.height), 'resize.js to set a height');
    b.set('resize', false);
    expect(b.snippet()).to.not.contain('resize.js');
  });

  it("iframe snippet: the contact goes into the site's embed/site.json, not the link", async () => {
    const b = await openBuilder();
    b.set('attr-contact-name', 'St Snippet Hospice');
    b.set('attr-foundations', '1,2');
    b.set('kind-iframe', true);
    const snippet = b.snippet();
    expect(snippet).to.contain('foundations=1%2C2');
    expect(snippet).not.to.contain('contact');
    const doc = b.doc;
    const section = doc.getElementById('site-file-section')!;
    expect(section.hidden).to.equal(false);
    expect(
      JSON.parse((doc.getElementById('site-file') as HTMLTextAreaElement).value),
    ).to.deep.equal({ 'contact-name': 'St Snippet Hospice' });
    b.set('kind-script', true);
    expect(section.hidden).to.equal(true);
    const builderScript = '/demo/builder.js';
    const { DISPLAY_SETTINGS } = (await import(builderScript)) as { DISPLAY_SETTINGS: Set<string> };
    expect([...DISPLAY_SETTINGS].sort()).to.deep.equal([...DISPLAY_ATTRIBUTES].sort());
  });

  it('pre-rendered snippet: the command it gives renders the element without JavaScript', async () => {
    const b = await openBuilder();
    b.set('attr-contact-name', "St Mary's & Friends");
    b.set('kind-ssr', true);
    const command = b.snippet();
    expect(command).to.equal(
      "npx ambitions-elements render grab-and-go-guide --contact-name 'St Mary'\\''s & Friends'",
    );
    expect(b.doc.querySelector('#snippet-help')!.textContent).to.contain('cannot pre-render');
    // What the CLI prints for these arguments, from the same renderer (test server route).
    const page = await frame((f) => {
      f.setAttribute('sandbox', 'allow-same-origin');
      f.src = `/__ssr/page?tag=grab-and-go-guide&contact-name=${encodeURIComponent("St Mary's & Friends")}`;
    });
    // The contact travels as light-DOM children of the guide (its shadow content is every site's).
    const guide = page.contentDocument!.querySelector('grab-and-go-guide')!;
    expect(guide.querySelector('[slot="contact"]')!.textContent).to.contain("St Mary's & Friends");
  });

  it('pre-rendered HTML without Node: the prebuilt guide with the contact, readable with scripts off', async () => {
    const b = await openBuilder();
    b.set('base', '/dist');
    b.set('attr-contact-name', "St Mary's & <Friends>");
    b.set('attr-contact-phone', '01234 567 890');
    b.set('attr-contact-email', 'team@example.org');
    b.set('attr-contact-url', 'javascript:alert(1)');
    b.set('kind-prerendered', true);
    const withScript = await until(
      () => b.snippet().endsWith('</grab-and-go-guide>') && b.snippet(),
      'the prebuilt HTML',
    );
    // Given the dist folder: the autoloader, hinted with the guide's files and hydration support.
    const lines = withScript.split('\n');
    const scriptLine = lines.findIndex((line) => line.startsWith('<script'));
    expect(lines[scriptLine]).to.equal(
      '<script type="module" src="/dist/cdn/ambitions-elements-autoloader.js"></script>',
    );
    const hints = lines.slice(0, scriptLine);
    expect(hints).to.include(
      '<link rel="modulepreload" href="/dist/cdn/elements/grab-and-go-guide.js">',
    );
    expect(hints).to.include(
      '<link rel="modulepreload" href="/dist/cdn/chunks/hydrate-support.js">',
    );
    // The prebuilt file (shadow content the same for every site), then the contact as light DOM.
    const prebuilt = (
      await (await fetch('/dist/prerendered/grab-and-go-guide.html')).text()
    ).trim();
    expect(withScript).to.contain(prebuilt.replace(/<\/grab-and-go-guide>$/, ''));
    expect(withScript).to.contain(
      '<ul slot="contact" class="ambitions-contact"><li><b>St Mary&#39;s &amp; &lt;Friends&gt;</b></li><li>Phone: <a href="tel:01234567890">01234 567 890</a></li><li>Email: <a href="mailto:team@example.org">team@example.org</a></li></ul></grab-and-go-guide>',
    );
    expect(withScript).not.to.contain('javascript:');
    // Given one uploaded file: the hydrating bundle beside it.
    b.set('base', '/media/ambitions-elements.js');
    await until(
      () =>
        b
          .snippet()
          .startsWith(
            '<script type="module" src="/media/ambitions-elements-hydrate.js"></script>\n<grab-and-go-guide>',
          ),
      'the one-file hydrating script line',
    );
    b.set('hydrate', false);
    const html = await until(
      () =>
        !b.snippet().startsWith('<script') &&
        b.snippet().endsWith('</grab-and-go-guide>') &&
        b.snippet(),
      'the HTML without the script line',
    );
    expect(b.doc.getElementById('base-resolved')!.textContent).to.contain('loads no file');

    // Pasted into a page whose scripts are disabled (sandboxed frame without allow-scripts).
    const page = await frame((f) => {
      f.setAttribute('sandbox', 'allow-same-origin');
      f.srcdoc = `<!doctype html><html lang="en"><head><title>Hospice</title></head><body>${html}</body></html>`;
    });
    const doc = page.contentDocument!;
    const guide = doc.querySelector('grab-and-go-guide')!;
    expect(page.contentWindow!.customElements.get('grab-and-go-guide')).to.equal(undefined);
    const contact = guide.querySelector('[slot="contact"]')!;
    expect(contact.assignedSlot?.getAttribute('name')).to.equal('contact');
    expect(contact.getClientRects().length).to.be.greaterThan(0);
    expect(contact.textContent).to.equal(
      "St Mary's & <Friends>Phone: 01234 567 890Email: team@example.org",
    );
    expect(contact.querySelector('a')!.getAttribute('href')).to.equal('tel:01234567890');
    // The shadow root's "no contact yet" fallback gives way to the slotted contact.
    const fallback = guide.shadowRoot!.querySelector('.no-contact')!;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(deepText(guide.shadowRoot!)).to.contain('Small Steps, Big Vision');

    // axe on the same HTML in a page that runs no script of ours (axe itself is injected).
    const plain = await frame(
      (f) =>
        (f.srcdoc = `<!doctype html><html lang="en"><head><title>Hospice</title></head><body><main>${html}</main></body></html>`),
    );
    const script = plain.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      script.onload = resolve;
      plain.contentDocument!.head.append(script);
    });
    expect(plain.contentWindow!.customElements.get('grab-and-go-guide')).to.equal(undefined);
    const axe = (plain.contentWindow as unknown as { axe: { run: AxeRun } }).axe;
    const results = await axe.run(plain.contentDocument!.body);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });

  it('pre-rendered HTML without Node: a card by its number; settings it cannot carry are named', async () => {
    const b = await openBuilder();
    b.set('kind-prerendered', true);
    b.set('attr-heading-level', '3');
    const note = b.doc.getElementById('prerendered-note')!;
    await until(() => note.textContent!.includes('Left out: heading-level'), 'the left-out note');
    expect(b.snippet()).to.match(/<grab-and-go-guide>/);
    b.select('foundation-card');
    b.set('attr-foundation', '5');
    const card = (await (await fetch('/dist/prerendered/foundation-card-5.html')).text()).trim();
    await until(() => b.snippet().endsWith(card), 'card 5');
    // The item is a choice of the ten: no number outside 1-10 can be given.
    const items = b.doc.getElementById('attr-foundation') as HTMLSelectElement;
    expect([...items.options].map((o) => o.value)).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('writes a fallback link inside the tag, shown when the script cannot load', async () => {
    const b = await openBuilder();
    // Nothing is filled in for the contact until the person types it.
    expect((b.doc.getElementById('attr-contact-name') as HTMLInputElement).value).to.equal('');
    expect(b.snippet()).to.not.contain('contact-name');
    b.set('attr-contact-name', 'St Example Hospice');
    b.set('attr-contact-phone', '01234 567 890');
    const snippet = b.snippet();
    expect(snippet).to.match(
      /<grab-and-go-guide[^>]*>\n {2}<a href="https:\/\/wels\.open\.ac\.uk\/[^"]+">Read the Small Steps, Big Vision Grab-and-Go Guide<\/a>\n {2}<p style="overflow-wrap:anywhere">Your local contact: St Example Hospice, phone 01234 567 890<\/p>\n<\/grab-and-go-guide>/,
    );
    // The default address is one uploaded file that this test server does not have: the script
    // fails to load, as on a page whose CMS stripped or blocked it; the reader gets the link.
    const page = await pasted(snippet);
    const link = page.contentDocument!.querySelector('grab-and-go-guide a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    expect(link.textContent).to.contain('Small Steps, Big Vision');
    // The contact stays with the reader (issue 32, point 12).
    const contact = page.contentDocument!.querySelector('grab-and-go-guide p')!;
    expect(contact.getClientRects().length).to.be.greaterThan(0);
    expect(contact.textContent).to.equal(
      'Your local contact: St Example Hospice, phone 01234 567 890',
    );
  });

  it('the fallback contact fits a 360 px phone screen even with a long web address', async () => {
    const b = await openBuilder();
    b.set(
      'attr-contact-url',
      'https://www.stbrigidshospice.example.org.uk/educationandtraining/ambitionsframework',
    );
    // As on a page whose script did not load (see above): the fallback is what the reader has.
    const page = await pasted(b.snippet());
    page.style.width = '360px';
    const doc = page.contentDocument!;
    // The frame's width (its page may have a vertical scroll bar beside the guide's kept place).
    await until(() => page.contentWindow!.innerWidth === 360, 'the 360 px frame');
    const contact = doc.querySelector('grab-and-go-guide p')!;
    expect(contact.textContent).to.contain('stbrigidshospice');
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
  });

  it('loads the one uploaded file, or the autoloader from the dist folder, and says which', async () => {
    const b = await openBuilder();
    const resolved = () => b.doc.querySelector('#base-resolved')!.textContent!;
    b.set('base', 'https://www.example-hospice.org.uk/wp-content/uploads/ambitions-elements.js');
    expect(b.snippet()).to.match(
      /^<script type="module" src="https:\/\/www\.example-hospice\.org\.uk\/wp-content\/uploads\/ambitions-elements\.js"><\/script>/,
    );
    expect(resolved()).to.contain('loads https://www.example-hospice.org.uk/wp-content/uploads/');
    b.set('kind-iframe', true);
    expect(resolved()).to.contain('needs the whole dist folder');
    b.set('base', 'https://www.example.org/ambitions/dist/');
    expect(b.snippet()).to.contain('src="https://www.example.org/ambitions/dist/embed/index.html?');
    b.set('kind-script', true);
    expect(b.snippet()).to.contain(
      'src="https://www.example.org/ambitions/dist/cdn/ambitions-elements-autoloader.js"',
    );
    expect(b.snippet()).to.contain(
      '<link rel="modulepreload" href="https://www.example.org/ambitions/dist/cdn/elements/grab-and-go-guide-alone.js">',
    );
    // The cdn folder's own address, or the loader's, as docs/web-editor.md names them: the same.
    for (const base of [
      'https://www.example.org/ambitions/dist/cdn/',
      'https://www.example.org/ambitions/dist/cdn/ambitions-elements-autoloader.js',
    ]) {
      b.set('base', base);
      expect(b.snippet()).to.contain(
        'src="https://www.example.org/ambitions/dist/cdn/ambitions-elements-autoloader.js"',
      );
      expect(b.snippet()).to.not.contain('cdn/cdn');
    }
    b.set('base', 'https://www.example.org/ambitions/dist/');
    // Another element: its entry and the shared core.
    b.select('foundation-card');
    expect(b.snippet()).to.contain(
      '<link rel="modulepreload" href="https://www.example.org/ambitions/dist/cdn/chunks/core.js">',
    );
    b.select('grab-and-go-guide');
    expect(resolved()).to.contain(
      'copy the whole dist folder to https://www.example.org/ambitions/dist',
    );
  });

  it('adds https:// to a website typed without it, says so, and leaves out what is no address', async () => {
    const b = await openBuilder();
    const win = b.doc.defaultView! as Window & typeof globalThis;
    const warnings: string[] = [];
    const warn = win.console.warn;
    win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const typed = 'www.stexample.org.uk/professionals';
      for (let i = 1; i <= typed.length; i++) b.set('attr-contact-url', typed.slice(0, i));
      expect(b.snippet()).to.contain('contact-url="https://www.stexample.org.uk/professionals"');
      const note = b.doc.getElementById('attr-contact-url-note')!;
      expect(note.textContent).to.contain('Written in the code as https://www.stexample.org.uk');
      expect(b.doc.getElementById('attr-contact-url')!.getAttribute('aria-describedby')).to.contain(
        note.id,
      );
      b.set('attr-contact-url', 'javascript:alert(1)');
      expect(b.snippet()).to.not.contain('contact-url');
      expect(note.textContent).to.contain('not a web address');
    } finally {
      win.console.warn = warn;
    }
    // The preview never got a bad address: no console warning per keystroke.
    expect(warnings.filter((w) => w.includes('contact-url'))).to.deep.equal([]);
  });

  it('refuses a brand colour under 4.5:1 with white, gives the ratio and a passing shade', async () => {
    const b = await openBuilder();
    // No separate checkbox: a colour picked is a colour used.
    b.set('brand', '#702082');
    expect(b.snippet()).to.contain('--ambitions-color-brand: #702082;');
    b.set('brand', '#ffcc00');
    const problem = b.doc.getElementById('brand-problem')!;
    expect(problem.textContent).to.contain('White text on #ffcc00 has a contrast of 1.');
    expect(problem.textContent).to.contain('it needs at least 4.5:1');
    expect(b.snippet()).to.not.contain('--ambitions-color-brand');
    expect(b.doc.getElementById('brand')!.getAttribute('aria-invalid')).to.equal('true');
    const use = problem.querySelector('button')!;
    const shade = use.textContent!.replace('Use ', '');
    expect(shade).to.match(/^#[0-9a-f]{6}$/);
    use.click();
    expect(b.snippet()).to.contain(`--ambitions-color-brand: ${shade};`);
    expect(problem.textContent).to.equal('');
    // Same rule for the tint behind text, the text colour and the card background.
    b.set('accent', '#333333');
    expect(b.doc.getElementById('accent-problem')!.textContent).to.contain('on this tint');
    b.set('text', '#bbbbbb');
    expect(b.doc.getElementById('text-problem')!.textContent).to.contain('on the card background');
    expect(b.snippet()).to.not.match(/--ambitions-color-(accent|text)/);
  });

  it('starts with a light accent tint that body text reads on', async () => {
    const b = await openBuilder();
    const accent = (b.doc.getElementById('accent') as HTMLInputElement).value;
    expect(accent).to.equal('#e8edee');
    expect(b.doc.getElementById('accent-problem')!.textContent).to.equal('');
  });

  it('copy button copies or selects the code and says so', async () => {
    const b = await openBuilder();
    b.doc.querySelector<HTMLButtonElement>('#copy')!.click();
    const status = b.doc.querySelector('#copied')!;
    await until(() => status.textContent, 'the status message');
    expect(status.getAttribute('role')).to.equal('status');
    const textarea = b.doc.querySelector<HTMLTextAreaElement>('#snippet')!;
    const selectedAll =
      textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length;
    // Headless browsers may refuse the clipboard; then the code is selected for Ctrl+C.
    expect(status.textContent!.startsWith('Copied') || selectedAll).to.equal(true);
  });

  // Issue 32: a web editor succeeds without a developer.

  it('the case-study explorer starts with every item: no foundation in the code', async () => {
    const b = await openBuilder();
    b.select('case-study-explorer');
    const foundation = b.doc.getElementById('attr-foundation') as HTMLSelectElement;
    expect(foundation.localName).to.equal('select');
    expect(foundation.selectedOptions[0]!.textContent).to.equal('All items');
    expect(b.snippet()).to.not.contain('foundation=');
    const explorer = b.doc.querySelector('#preview case-study-explorer')!;
    const count = await until(
      () => explorer.shadowRoot?.querySelector('[part~=count]')?.textContent,
      'the count',
    );
    expect(count).to.contain('36');
    b.set('attr-foundation', '4');
    expect(b.snippet()).to.contain('foundation="4"');
  });

  it('fetches nothing while typing sources; "Check" says what it fetches, then fetches once', async () => {
    const origins = (await executeServerCommand('exchange-origins')) as Record<string, string>;
    // A query of this run's own: other engines' tests read the same file meanwhile.
    const token = `builder-${Math.random().toString(36).slice(2)}`;
    const fetched = async () =>
      ((await executeServerCommand('exchange-requests')) as string[]).filter(
        (r) => r === `a/examples.json?${token}`,
      ).length;
    const before = await fetched();
    const b = await openBuilder();
    b.select('case-study-explorer');
    const address = `${origins.a}/examples.json?${token}`;
    for (let i = 1; i <= address.length; i += 3) b.set('attr-sources', address.slice(0, i));
    b.set('attr-sources', address);
    b.set('attr-query', 'caf');
    expect(b.snippet()).to.contain(`sources="${address}"`);
    const button = b.doc.getElementById('check-sources') as HTMLButtonElement;
    expect(button.textContent).to.contain('Check');
    const what = b.doc.getElementById('check-sources-what')!.textContent!;
    expect(what).to.contain(`Check fetches this file once`);
    expect(what).to.contain(address);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await fetched()).to.equal(before);
    button.click();
    const explorer = b.doc.querySelector('#preview case-study-explorer')!;
    await until(
      () => explorer.shadowRoot?.querySelector('[part~=exchange]'),
      "the organisation's examples",
    );
    expect(await fetched()).to.equal(before + 1);
    // Typing elsewhere afterwards fetches nothing more.
    for (const words of ['D', 'De', 'Death']) b.set('attr-query', words);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await fetched()).to.equal(before + 1);
    expect(b.doc.querySelector('main')!.textContent).to.contain('only the "Check" button');
  });

  it('file addresses: https:// added with a note; a Windows path and a WordPress attachment page refused, with why', async () => {
    const b = await openBuilder();
    const note = () => b.doc.getElementById('base-note')?.textContent ?? '';
    b.set('base', 'www.example-hospice.org.uk/wp-content/uploads/2026/12/grab-and-go-guide.js');
    expect(b.snippet()).to.match(
      /^<script type="module" src="https:\/\/www\.example-hospice\.org\.uk\/wp-content\/uploads\/2026\/12\/grab-and-go-guide\.js"><\/script>/,
    );
    expect(note()).to.contain('Written in the code as https://www.example-hospice.org.uk/');
    b.set('base', 'C:\\Users\\web\\Downloads\\grab-and-go-guide.js');
    expect(note()).to.contain('on your computer');
    expect(b.snippet()).to.not.contain('C:');
    b.set('base', 'https://www.example-hospice.org.uk/?attachment_id=123');
    expect(note()).to.contain('attachment page');
    expect(b.snippet()).to.not.contain('attachment_id');
    b.set('base', '/media/grab-and-go-guide.js');
    expect(note()).to.equal('');
  });

  it("the snippet loads the chosen element's own file, dist/cdn/<tag>.js, from the same folder", async () => {
    const b = await openBuilder();
    expect(b.snippet()).to.match(/^<script type="module" src="\/media\/grab-and-go-guide\.js">/);
    b.select('foundation-card');
    expect(b.snippet()).to.match(/^<script type="module" src="\/media\/foundation-card\.js">/);
    b.select('ambition-map+case-study-explorer');
    expect(b.snippet()).to.match(/^<script type="module" src="\/media\/ambitions-elements\.js">/);
    expect(b.doc.getElementById('base-resolved')!.textContent).to.contain(
      'upload the file ambitions-elements.js',
    );
    // An element's own file does not read local content: given a content file, the all-in-one.
    b.select('grab-and-go-guide');
    b.set('attr-content-src', '/local/guide.json');
    expect(b.snippet()).to.match(/^<script type="module" src="\/media\/ambitions-elements\.js">/);
    expect(b.snippet()).to.contain('content-src="/local/guide.json"');
    expect(b.doc.getElementById('base-resolved')!.textContent).to.contain(
      'upload the file ambitions-elements.js',
    );
    b.set('attr-content-src', '');
    expect(b.snippet()).to.match(/^<script type="module" src="\/media\/grab-and-go-guide\.js">/);
  });

  it('labels in words with hints; the quiz kind (meeting included) and closed sets are choices', async () => {
    const b = await openBuilder();
    b.select('self-check-quiz');
    const labels = [...b.doc.querySelectorAll('#options label')].map((l) => l.textContent!);
    for (const raw of ['max-steps', 'case-study-href', 'minutes-per-item', 'name'])
      expect(labels).to.not.include(raw);
    expect(labels).to.include('Form field name (for developers; optional)');
    expect(labels).to.not.include('Name shown on saved results');
    const mode = b.doc.getElementById('attr-mode') as HTMLSelectElement;
    expect(mode.localName).to.equal('select');
    expect([...mode.options].map((o) => o.value)).to.deep.equal(['', 'knowledge', 'meeting']);
    b.set('attr-mode', 'meeting');
    expect(b.snippet()).to.contain('mode="meeting"');
    expect((b.doc.getElementById('attr-heading-level') as HTMLElement).localName).to.equal(
      'select',
    );
    expect((b.doc.getElementById('attr-max-steps') as HTMLElement).localName).to.equal('select');
    b.select('ambition-map');
    expect((b.doc.getElementById('attr-view') as HTMLElement).localName).to.equal('select');
    expect((b.doc.getElementById('attr-selected') as HTMLElement).localName).to.equal('select');
    b.select('case-study-explorer');
    expect([...b.doc.querySelectorAll('#options label')].map((l) => l.textContent!)).to.include(
      "Other organisations' examples files (optional)",
    );
    for (const input of b.doc.querySelectorAll('#options [data-attribute]'))
      expect(b.doc.querySelector(`label[for="${input.id}"]`)!.textContent).to.not.match(
        /^[a-z]+(-[a-z]+)+$/,
      );
  });

  it('map and case studies together: one snippet; pasted, both show and the case studies follow the map', async () => {
    const b = await openBuilder();
    b.set('base', '/dist/cdn/ambitions-elements.js');
    b.select('ambition-map+case-study-explorer');
    b.set('attr-ambition', 'A6');
    b.set('attr-item-href', '/guide#item-{number}');
    const snippet = b.snippet();
    expect(snippet).to.contain('<ambition-map item-href="/guide#item-{number}">');
    expect(snippet).to.contain('<case-study-explorer ambition="A6">');
    const page = await pasted(snippet);
    const doc = page.contentDocument!;
    const map = await until(() => doc.querySelector('ambition-map')?.shadowRoot, 'the map');
    const explorer = await until(
      () => doc.querySelector('case-study-explorer')?.shadowRoot,
      'the explorer',
    );
    await until(() => deepText(map).includes('A6'), 'the map to render');
    doc.querySelector('ambition-map')!.dispatchEvent(
      new (page.contentWindow as unknown as typeof globalThis).CustomEvent('ambitions-map-select', {
        detail: { kind: 'foundation', foundation: 'leadership' },
      }),
    );
    expect(
      (doc.querySelector('case-study-explorer') as unknown as { foundation: string }).foundation,
    ).to.equal('leadership');
    expect(explorer).to.not.equal(null);
  });

  it('an invalid or refused colour is never shown in the swatch', async () => {
    const b = await openBuilder();
    const swatch = () => (b.doc.getElementById('brand-swatch') as HTMLInputElement).value;
    b.set('brand', '#ffcc00');
    expect(b.doc.getElementById('brand-problem')!.textContent).to.contain('contrast');
    expect(swatch()).to.equal('#005eb8');
    b.set('brand', '#6b2c9');
    expect(b.doc.getElementById('brand-problem')!.textContent).to.contain('is not a colour');
    expect(swatch()).to.equal('#005eb8');
    expect(b.snippet()).to.not.contain('--ambitions-color-brand');
    expect((b.doc.getElementById('brand') as HTMLInputElement).value).to.equal('#6b2c9');
    b.set('brand', '#6b2c91');
    expect(swatch()).to.equal('#6b2c91');
    expect(b.snippet()).to.contain('--ambitions-color-brand: #6b2c91;');
  });

  it('item-href examples land on the item: the guide scrolls to #item-4, #4 and the slug', async () => {
    const b = await openBuilder();
    b.select('ambition-map');
    expect(b.doc.getElementById('attr-item-href-hint')!.textContent).to.contain(
      '/guide#item-{number}',
    );
    for (const hash of ['item-4', '4', 'involving-supporting-and-caring']) {
      const page = await frame((f) => (f.src = `/test/demo/guide-page.html#${hash}`));
      const guide = await until(
        () => page.contentDocument!.querySelector('grab-and-go-guide')?.shadowRoot,
        'the guide',
      );
      const card = await until(() => guide.querySelectorAll('[part~=card]')[3], 'card 4');
      await until(() => {
        const top = card.getBoundingClientRect().top;
        return top >= -2 && top < 100;
      }, `card 4 at the top for #${hash}`);
      page.remove();
    }
  });
});
