import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The builder and the publish page as a web editor gets them: the built folder (dist/) put on a
 * website, served by a plain static server (scripts/static-tools-server.mjs: files only, not the
 * project's own server), with no `npm start`. They work there, from dist/tools/, and make no
 * request beyond their own files until the person presses "Check". Opened from the disk, where
 * module scripts do not run, they say what to do instead. Run `npm run build` first.
 */
interface StaticDist {
  origin: string;
  requests: string[];
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Opens `page` of the built folder through the driver; returns `run(code)` in its window. */
async function open(page: string) {
  const { origin } = (await executeServerCommand('static-dist')) as StaticDist;
  frame = document.createElement('iframe');
  frame.title = 'Built folder';
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 950px; height: 750px';
  const ready = new Promise((resolve) =>
    addEventListener('message', function once(event) {
      if (event.data?.ready) resolve(removeEventListener('message', once));
    }),
  );
  frame.src = `${origin}/__driver/driver.html?page=${page}`;
  document.body.append(frame);
  await ready;
  let next = 0;
  const run = (code: string): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      addEventListener('message', function answer(event) {
        if (event.data?.id !== id) return;
        removeEventListener('message', answer);
        if ('error' in event.data) reject(new Error(event.data.error));
        else resolve(event.data.value);
      });
      frame!.contentWindow!.postMessage({ id, code }, '*');
    });
  const until = async (code: string, what: string) => {
    const start = performance.now();
    for (;;) {
      const value = await run(code).catch(() => undefined);
      if (value) return value;
      if (performance.now() - start > 20000) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { origin, run, until };
}

const requests = async () => ((await executeServerCommand('static-dist')) as StaticDist).requests;
const exchangeRequests = async () => (await executeServerCommand('exchange-requests')) as string[];

describe('builder and publish page from the built folder on a plain static server', function () {
  this.timeout(60000);

  it('the builder works from dist/tools/ and fetches nothing until "Check"', async () => {
    // A query of this run's own: other engines' tests read the same servers meanwhile.
    const token = `static-${Math.random().toString(36).slice(2)}`;
    const mine = async () => (await exchangeRequests()).filter((r) => r.includes(token));
    const { run, until } = await open('tools/builder.html');
    await until(`return doc?.querySelector('#options input')`, 'the builder to start');
    expect(await run(`return doc.getElementById('needs-server').hidden`)).to.equal(true);
    const snippet = (await run(
      `doc.getElementById('attr-contact-name').value = 'St Static Hospice';
       doc.getElementById('attr-contact-name').dispatchEvent(new win.Event('input', { bubbles: true }));
       return doc.getElementById('snippet').value`,
    )) as string;
    expect(snippet).to.contain('contact-name="St Static Hospice"');
    expect(snippet).to.contain('<script type="module" src="/media/grab-and-go-guide.js">');
    await until(
      `return doc.querySelector('#preview grab-and-go-guide')?.shadowRoot?.textContent.includes('St Static Hospice')`,
      'the preview with the contact',
    );
    // Only the folder's own files were asked for (the builder, the bundle, preload.json).
    const own = await requests();
    expect(own.filter((path) => path.startsWith('/tools/'))).to.include.members([
      '/tools/builder.html',
      '/tools/builder.js',
    ]);
    expect(own).to.include('/cdn/ambitions-elements.js');
    expect(own.filter((path) => /^\/(dist|demo)\//.test(path))).to.deep.equal([]);

    // Examples files: typed, nothing fetched; "Check", fetched once.
    const { a } = (await executeServerCommand('exchange-origins')) as Record<string, string>;
    await run(`const select = doc.getElementById('element');
      select.value = 'case-study-explorer';
      select.dispatchEvent(new win.Event('change', { bubbles: true }));
      const input = doc.getElementById('attr-sources');
      for (const typed of ['h', 'ht', 'http://', '${a}/ex', '${a}/examples.json?${token}']) {
        input.value = typed;
        input.dispatchEvent(new win.Event('input', { bubbles: true }));
      }`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mine()).to.deep.equal([]);
    await run(`doc.getElementById('check-sources').click()`);
    await until(
      `return doc.querySelector('#preview case-study-explorer')?.shadowRoot?.querySelector('[part~=exchange]')`,
      "the organisation's examples",
    );
    expect(await mine()).to.deep.equal([`a/examples.json?${token}`]);
  });

  it('the publish page works from dist/tools/ and fetches nothing of its own accord', async () => {
    const { run, until } = await open('tools/publish.html');
    await until(`return doc?.getElementById('check-status')?.textContent`, 'the first check');
    expect(await run(`return doc.getElementById('needs-server').hidden`)).to.equal(true);
    expect(await run(`return doc.getElementById('download').disabled`)).to.equal(true);
    const own = await requests();
    expect(own).to.include('/tools/publish.js');
    expect(own).to.include('/content/index.js');
    // Nothing but the folder's own files: every resource the page loaded is of its own origin.
    const elsewhere = await run(
      `return win.performance.getEntriesByType('resource').map((e) => e.name).filter((name) => !name.startsWith(win.location.origin))`,
    );
    expect(elsewhere).to.deep.equal([]);
  });

  for (const page of ['builder', 'publish'])
    it(`${page}.html opened from the disk (scripts do not run) says in one sentence what to do`, async () => {
      const text = await (await fetch(`/dist/tools/${page}.html`)).text();
      frame = document.createElement('iframe');
      frame.title = 'Opened from the disk';
      // No allow-scripts: module scripts do not run, as on a file:// page.
      frame.setAttribute('sandbox', 'allow-same-origin');
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve));
      // Its own folder for its style sheet and (not running) scripts, as on the disk.
      frame.srcdoc = text.replace('<head>', '<head><base href="/dist/tools/" />');
      document.body.append(frame);
      await loaded;
      const note = frame.contentDocument!.getElementById('needs-server')!;
      expect(note.getClientRects().length).to.be.greaterThan(0);
      expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.match(
        /^This page's script did not run: open it from a web address, not from your computer's disk, with the package's whole dist folder beside it \(.*\), for example tools\/\w+\.html on your website or any web server\.$/,
      );
    });
});
