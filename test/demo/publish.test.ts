import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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

type AxeRun = (context: Element) => Promise<{ violations: Array<{ id: string; help: string }> }>;

/** axe in the page's own window (chai's accessible() checks only the test's document). */
async function axeClean(doc: Document) {
  const win = doc.defaultView as unknown as { axe?: { run: AxeRun } };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      script.onload = resolve;
      doc.head.append(script);
    });
  }
  const results = await win.axe!.run(doc.getElementById('publish')!);
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
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

  // Issue 32: the communications lead edits, checks and fixes without a developer.

  async function openPublish() {
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
    const type = (id: string, text: string) => {
      const input = $<HTMLInputElement>(id);
      input.value = text;
      input.dispatchEvent(new win.Event('input', { bubbles: true }));
    };
    /** Opens `text` as the file `name` with the "Open a file" control. */
    const open = async (name: string, text: string) => {
      const input = $<HTMLInputElement>('open-file');
      $('file-check').textContent = '';
      const transfer = new win.DataTransfer();
      transfer.items.add(new win.File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await until(() => $('file-check').textContent, 'the file check');
    };
    /** The examples' fieldsets in order (their ids are the page's own business). */
    const examples = () => [...doc.querySelectorAll<HTMLFieldSetElement>('.example')];
    const titles = () => examples().map((set) => set.querySelector('input')!.value);
    return { doc, win, $, type, open, examples, titles };
  }

  const goodFile = {
    format: 'ambitions-local-examples',
    version: 1,
    organisation: { name: 'Northfield Hospice', url: 'https://northfield.example/' },
    region: 'North East & Yorkshire',
    date: '2026-11-02',
    contact: { email: 'learning@northfield.example' },
    examples: [
      {
        title: 'Death café in the town library',
        summary: 'Monthly open conversations.',
        items: [10, 'co-design'],
        ambitions: ['A6'],
      },
      {
        title: 'Compassionate neighbours',
        summary: 'Neighbours help.',
        items: [9],
        ambitions: ['A3'],
      },
    ],
  };

  it('opens a published file to edit it, and checks a hand-written one with the same rules', async () => {
    const p = await openPublish();
    await p.open('ambitions-examples.json', JSON.stringify(goodFile));
    expect(p.$('file-check').textContent).to.contain('follows the format');
    expect(p.$<HTMLInputElement>('org-name').value).to.equal('Northfield Hospice');
    expect(p.titles()).to.deep.equal([
      'Death café in the town library',
      'Compassionate neighbours',
    ]);
    const ticked = [...p.examples()[0]!.querySelectorAll<HTMLInputElement>('input:checked')];
    expect(ticked.map((box) => box.value)).to.deep.equal(['7', '10', 'A6']);
    // The region comes back in the one spelling every file shares.
    expect(p.$('check-status').textContent).to.equal('The file is ready: 2 examples.');
    expect(p.$('region-note').textContent).to.contain('“North East and Yorkshire”');
    await axeClean(p.doc);

    const handWritten = { ...goodFile, examples: [{ ...goodFile.examples[0], ambitions: ['A9'] }] };
    await p.open('mine.json', JSON.stringify(handWritten));
    expect(p.$('file-check').textContent).to.contain('mine.json has 1 problem');
    expect(
      [...p.doc.querySelectorAll('#file-problems li')].map((li) => li.textContent),
    ).to.deep.equal(['examples[0].ambitions[0]: expected one of A1, A2, A3, A4, A5, A6']);
    await p.open('notes.txt', 'Death café, monthly');
    expect(p.$('file-check').textContent).to.contain('it is not JSON');
    expect(p.titles()).to.deep.equal(['Death café in the town library']);
  });

  it('checks a published address: readable, 404, or not readable by other sites (no CORS header)', async () => {
    const origins = (await executeServerCommand('exchange-origins')) as Record<string, string>;
    const p = await openPublish();
    const check = async (address: string) => {
      p.$('published-result').textContent = '';
      p.type('published-url', address);
      p.$('check-published').click();
      return until(
        () =>
          !/^Checking|^$/.test(p.$('published-result').textContent!) &&
          p.$('published-result').textContent!,
        `the check of ${address}`,
      );
    };
    expect(await check(`${origins.a}/examples.json`)).to.contain(
      'Readable by other sites, and the file follows the format: 5 examples from Northfield Hospice',
    );
    expect(await check(`${origins.c}/missing.json`)).to.contain('The site answered 404');
    expect(await check(`${origins.c}/closed.json`)).to.contain(
      'Not readable by other sites: ' +
        `${origins.c}/closed.json answered, but without the header Access-Control-Allow-Origin`,
    );
    expect(await check(`${origins.a}/broken.json`)).to.contain('the file has 1 problem');
  });

  it('plain-text fields say so; a website without https:// is fixed with a note; the region is a pick-list', async () => {
    const p = await openPublish();
    expect(p.$('title-1-hint').textContent).to.contain('Plain text');
    expect(p.$('summary-1-hint').textContent).to.contain('Plain text');
    p.type('summary-1', 'We ran a <b>monthly</b> café.');
    expect(p.$('summary-1-note').textContent).to.contain('This looks like HTML (<b>)');
    p.type('org-url', 'www.northfield.example');
    expect(p.$('org-url-note').textContent).to.equal(
      'Written in the file as https://www.northfield.example: a web address starts with https://.',
    );
    expect(
      [...p.doc.querySelectorAll('#problems li')].map((li) => li.textContent).join(' '),
    ).to.not.contain('Website address');
    const regions = [...p.doc.querySelectorAll<HTMLOptionElement>('#regions option')].map(
      (o) => o.value,
    );
    expect(regions).to.deep.equal([
      'East of England',
      'London',
      'Midlands',
      'North East and Yorkshire',
      'North West',
      'South East',
      'South West',
    ]);
    expect(p.$('region').getAttribute('list')).to.equal('regions');
    p.type('region', 'Cumbria and the Lakes');
    expect(p.$('region-note')?.textContent ?? '').to.equal('');
    await axeClean(p.doc);
  });
});
