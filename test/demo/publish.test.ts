import { expect } from '@open-wc/testing';
import { validateLocalExamples } from '../../src/content/index.js';

/**
 * "Publish your examples" (demo/publish.html) as a person uses it: fill in the form, see what is
 * missing named in words, see the example in a real explorer, and get a file every explorer
 * accepts. Uses the built CDN bundle and dist/content (run `npm run build` first).
 */
let frame: HTMLIFrameElement;
afterEach(() => frame?.remove());

async function until<T>(check: () => T | undefined | null | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > 15000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('Publish your examples (demo/publish.html)', function () {
  this.timeout(30000);

  it('names what is missing, previews the example and downloads a valid file', async () => {
    frame = document.createElement('iframe');
    frame.title = 'Publish';
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/demo/publish.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
    await until(() => $('check-status').textContent, 'the first check');
    // Empty: each missing field named in words, the download off.
    const problems = () => [...doc.querySelectorAll('#problems li')].map((li) => li.textContent!);
    expect(problems()).to.include('Name: must not be empty');
    expect(problems()).to.include('Example 1, Title: must not be empty');
    expect($<HTMLButtonElement>('download').disabled).to.equal(true);
    expect($('org-name').getAttribute('aria-invalid')).to.equal('true');

    const type = (id: string, text: string) => {
      const input = $<HTMLInputElement>(id);
      input.value = text;
      input.dispatchEvent(new win.Event('input', { bubbles: true }));
    };
    type('org-name', 'Northfield Hospice');
    type('org-url', 'https://northfield.example/');
    type('region', 'North East and Yorkshire');
    type('contact-email', 'learning@northfield.example');
    type('title-1', 'Death café in the town library');
    type('summary-1', 'Monthly open conversations about death and dying.');
    for (const id of ['items-1-10', 'ambitions-1-A6']) {
      $<HTMLInputElement>(id).click();
    }
    expect($('check-status').textContent).to.equal('The file is ready: 1 example.');
    expect(problems()).to.deep.equal([]);
    expect($('org-name').hasAttribute('aria-invalid')).to.equal(false);

    // The preview is a real explorer showing the example as a source's.
    const explorer = $('preview');
    const study = await until(
      () => explorer.shadowRoot?.querySelector('[part~=exchange]'),
      'the preview',
    );
    expect(study.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Example from Northfield Hospice, North East and Yorkshire',
    );

    // Download: the file the button gives is accepted by the validator every explorer uses.
    let saved: Blob | undefined;
    const createObjectURL = win.URL.createObjectURL;
    win.URL.createObjectURL = (blob: Blob) => ((saved = blob), 'blob:test');
    win.HTMLAnchorElement.prototype.click = function () {};
    try {
      $('download').click();
    } finally {
      win.URL.createObjectURL = createObjectURL;
    }
    const parsed = validateLocalExamples(JSON.parse(await saved!.text()));
    expect(parsed.ok).to.equal(true);
    expect(parsed.ok && parsed.value.examples[0]!.items).to.deep.equal([10]);

    // Adding and removing examples keeps focus on a control, never on <body>.
    $('add-example').click();
    expect(doc.activeElement!.id).to.equal('title-2');
    expect(doc.querySelectorAll('.example')).to.have.length(2);
    (
      doc.querySelectorAll('.example')[1]!.querySelector('button:last-child') as HTMLElement
    ).click();
    expect(doc.activeElement).to.not.equal(doc.body);
    expect($<HTMLInputElement>('title-1').value).to.equal('Death café in the town library');
  });
});
