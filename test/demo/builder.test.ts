import { expect } from '@open-wc/testing';
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
      [...b.doc.querySelectorAll<HTMLInputElement>('#options input')].map(
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
    // Given the folder: the autoloader, with a modulepreload hint for each file the guide needs
    // up front (the build's preload.json), so the page downloads only the guide's files.
    const hints: Record<string, string[]> = await (await fetch('/dist/cdn/preload.json')).json();
    expect(snippet).to.match(
      /^<link rel="modulepreload" href="\/dist\/cdn\/elements\/grab-and-go-guide.js">\n/,
    );
    for (const file of hints['grab-and-go-guide'])
      expect(snippet).to.contain(`<link rel="modulepreload" href="/dist/cdn/${file}">\n`);
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

  it("iframe snippet: the contact goes into the site's embed/site.json, not the link (issue 14)", async () => {
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
    b.set('attr-foundation', '11');
    await until(() => note.textContent!.includes('from 1 to 10'), 'the item-number note');
    expect(b.snippet()).to.equal('');
  });

  it('writes a fallback link inside the tag, shown when the script cannot load', async () => {
    const b = await openBuilder();
    const snippet = b.snippet();
    expect(snippet).to.match(
      /<grab-and-go-guide[^>]*>\n {2}<a href="https:\/\/wels\.open\.ac\.uk\/[^"]+">Read the Small Steps, Big Vision Grab-and-Go Guide<\/a>\n<\/grab-and-go-guide>/,
    );
    // The default address is one uploaded file that this test server does not have: the script
    // fails to load, as on a page whose CMS stripped or blocked it; the reader gets the link.
    const page = await pasted(snippet);
    const link = page.contentDocument!.querySelector('grab-and-go-guide a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    expect(link.textContent).to.contain('Small Steps, Big Vision');
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
      '<link rel="modulepreload" href="https://www.example.org/ambitions/dist/cdn/chunks/core.js">',
    );
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
});
