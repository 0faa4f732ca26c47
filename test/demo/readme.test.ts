import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { caseStudiesFor } from '../../src/content/index.js';

/** The README's ```html blocks, in order. */
async function htmlBlocks(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return readme
    .split('```html')
    .slice(1)
    .map((part) => part.split('```')[0]);
}

/** A page in a frame with `body` pasted in, as a web editor would; resolves once loaded. */
async function pasted(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Pasted';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe("README's first snippet", function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('self-hosts the one file: works with the uploaded file, shows its fallback link without it', async () => {
    const [first] = await htmlBlocks();
    const src = first.match(/<script type="module" src="([^"]+)"/)![1];
    expect(src, 'the first snippet loads your own copy').to.match(/\/ambitions-elements\.js$/);
    expect(src).to.not.contain('cdn.jsdelivr');
    // As uploaded: this test server serves the built file where the media library would.
    const working = await pasted(first.replace(src, '/dist/cdn/ambitions-elements.js'));
    const doc = working.contentDocument!;
    const guide = doc.querySelector('grab-and-go-guide')!;
    await working.contentWindow!.customElements.whenDefined('grab-and-go-guide');
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(guide.shadowRoot!.textContent).to.contain('St Example Hospice');
    expect(guide.querySelector('a')!.getClientRects().length, 'fallback hidden').to.equal(0);
    // A file that is not there (no request leaves the test server): as when the script never loads.
    const broken = await pasted(first.replace(src, '/not-uploaded/ambitions-elements.js'));
    const link = broken.contentDocument!.querySelector('grab-and-go-guide a')!;
    expect(link.getClientRects().length, 'fallback shown').to.be.greaterThan(0);
  });

  it('gives the CDN form only pinned, and says it works after the first release', async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const url of readme.match(/https:\/\/cdn\.jsdelivr\.net\/npm\/[^\s"'`)]+/g) ?? []) {
      expect(url, 'pinned').to.match(/ambitions-elements@\d+\.\d+\.\d+\//);
    }
    expect(readme).to.contain('### From a CDN (after the first release)');
    expect(readme.indexOf('### Host the one file')).to.be.lessThan(
      readme.indexOf('### From a CDN'),
    );
  });
});

/**
 * The README's evidence example, pasted as written: the map and the explorer open on the same
 * Ambition, so the case studies listed are the ones the selected Ambition stands for.
 */
describe("README's evidence example", () => {
  it('opens consistent: the map selects an Ambition and the explorer lists its case studies', async () => {
    const block = (await htmlBlocks()).find(
      (code) => code.includes('<ambition-map') && code.includes('<case-study-explorer'),
    );
    expect(block, 'an example with both elements').to.be.a('string');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // innerHTML runs no script: the elements are defined by this test's own import.
    wrapper.innerHTML = block!;
    const map = wrapper.querySelector('ambition-map')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const explorer = wrapper.querySelector('case-study-explorer')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await map.updateComplete;
    await explorer.updateComplete;
    const selected = map.getAttribute('selected')!;
    expect(selected, 'the map opens on an Ambition').to.match(/^A[1-6]$/);
    const heading = map.shadowRoot!.querySelector('[part=details-heading]')!.textContent!;
    expect(heading).to.contain(`Ambition ${selected[1]}`);
    const listed = [...explorer.shadowRoot!.querySelectorAll('[part~=case-study]')];
    expect(listed.length).to.equal(caseStudiesFor({ ambition: selected as 'A1' }).length);
    for (const study of listed) {
      expect(study.querySelector('[part=tags]')!.textContent, study.textContent!).to.contain(
        `Ambition ${selected[1]}`,
      );
    }
  });
});

describe("README's autoloader snippet", function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('hints exactly the guide’s files, and the page loads only those', async () => {
    const block = (await htmlBlocks()).find((code) =>
      code.includes('ambitions-elements-autoloader.js'),
    )!;
    const folder = '/ambitions-elements/cdn/';
    const hints: Record<string, string[]> = await (await fetch('/dist/cdn/preload.json')).json();
    const hinted = [...block.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) =>
      m[1].replace(folder, ''),
    );
    expect(hinted, 'the build lists these files for the guide').to.deep.equal(
      hints['grab-and-go-guide'],
    );
    // As uploaded: this test server has the folder at /dist/cdn/.
    const frame = await pasted(block.replaceAll(folder, '/dist/cdn/'));
    const win = frame.contentWindow! as Window & typeof globalThis;
    const guide = frame.contentDocument!.querySelector('grab-and-go-guide')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await win.customElements.whenDefined('grab-and-go-guide');
    await guide.updateComplete;
    expect(guide.shadowRoot!.textContent).to.contain('St Example Hospice');
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'));
    expect(new Set(scripts)).to.deep.equal(
      new Set(['ambitions-elements-autoloader.js', ...hinted].map((file) => `/dist/cdn/${file}`)),
    );
  });
});
