import { expect } from '@open-wc/testing';
import { foundations } from '../../src/content/index.js';
import {
  deepElements,
  loadPage,
  removeFrames,
  startQuiz,
  report,
  settle,
  type Probe,
} from './frame.js';

/**
 * Issue 18: the autoloader (dist/cdn/ambitions-elements-autoloader.js, run `npm run build` first)
 * on real host pages served with a strict Content-Security-Policy header (scripts/hostile-server.mjs):
 * a page downloads only the files of the elements it has (read from the network, the page's
 * performance resource entries), an element added later loads then, and a folder uploaded without
 * one of its files leaves the fallback content with one warning per tag.
 */
const CDN = '/dist/cdn/';

/** Paths of the scripts a page requested from the CDN folder, in order. */
const scriptsRequested = (win: Window, folder = CDN): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(folder) && path.endsWith('.js'))
    .map((path) => path.slice(folder.length));

/** The files each tag needs up front, as the build lists them for modulepreload hints. */
async function preloadHints(): Promise<
  Record<string, string[]> & { alone: Record<string, string[]> }
> {
  return (await fetch(`${CDN}preload.json`)).json();
}

/** All text in our shadow roots (the guide's items are in its cards' roots). */
const deepText = (doc: Document): string =>
  deepElements(doc)
    .filter((el) => el.shadowRoot)
    .map((el) => el.shadowRoot!.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');

type AxeWindow = Window & {
  axe?: { run(context: Element): Promise<{ violations: { id: string; help: string }[] }> };
};

/** axe's violations for `el`, run inside its own frame (axe checks its own document only). */
async function axeViolations(win: Window, el: Element): Promise<string[]> {
  const w = win as AxeWindow;
  if (!w.axe) {
    await new Promise((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load'));
      win.document.head.append(script);
    });
  }
  const results = await w.axe!.run(el);
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

const shown = (el: Element | null): boolean => !!el && el.getClientRects().length > 0;

afterEach(removeFrames);

describe('autoloader: a page pays only for the elements it has', function () {
  // Frames load the built files on a busy machine running three engines.
  this.timeout(60000);

  it('a guide-only page downloads the loader and the guide’s one file, none of the quiz, map or explorer', async () => {
    const hints = await preloadHints();
    const { win, doc } = await loadPage('autoloader', 360);
    const guide = doc.querySelector('grab-and-go-guide')!;

    // Exactly the loader and the guide's one-file entry (Lit and the core inside): no shared
    // chunk, no other element, no hydration support.
    const requested = scriptsRequested(win);
    expect(hints.alone['grab-and-go-guide']).to.deep.equal(['elements/grab-and-go-guide-alone.js']);
    expect(requested).to.deep.equal([
      'ambitions-elements-autoloader.js',
      'elements/grab-and-go-guide-alone.js',
    ]);
    expect(requested).to.not.include('chunks/core.js');
    expect(requested.length, 'each file once').to.equal(new Set(requested).size);
    for (const tag of ['self-check-quiz', 'ambition-map', 'case-study-explorer']) {
      expect(requested, tag).to.not.include(`elements/${tag}.js`);
      const onlyTheirs = hints[tag].filter((file) => !hints['grab-and-go-guide'].includes(file));
      expect(onlyTheirs.length, `${tag} has files of its own`).to.be.greaterThan(0);
      for (const file of onlyTheirs) expect(requested, `${tag}: ${file}`).to.not.include(file);
    }
    expect(requested).to.not.include('chunks/hydrate-support.js');
    expect(win.customElements.get('self-check-quiz')).to.equal(undefined);

    // The guide shows every item and the contact; the fallback link is no longer shown.
    const text = deepText(doc);
    for (const item of foundations) expect(text, item.title).to.contain(item.title);
    expect(text).to.contain('St Example Hospice');
    expect(shown(guide.querySelector('.fallback a'))).to.equal(false);
    expect(await axeViolations(win, guide)).to.deep.equal([]);

    expect(win.__violations, 'CSP violations').to.deep.equal([]);
    expect(win.__errors, 'errors').to.deep.equal([]);
    expect(win.__warnings, 'warnings').to.deep.equal([]);
    await report({ 'CSP violations': win.__violations.length, pages: 1 });
  });

  it('a guide-only page in the hospice’s colours downloads nothing more, and shows them', async () => {
    // Issue 31 review: a brand colour used to load the editor-mistake messages (to check its
    // contrast with white text) before the guide's first render: a third request, one after
    // the other, and a blank box where the fallback had been. A colour that reads well with
    // white is now checked by the quick test and loads nothing.
    const { win, doc } = await loadPage('autoloader-branded', 360);
    expect(scriptsRequested(win)).to.deep.equal([
      'ambitions-elements-autoloader.js',
      'elements/grab-and-go-guide-alone.js',
    ]);
    const guide = doc.querySelector('grab-and-go-guide')!;
    const number = guide.shadowRoot!.querySelector('.number')!;
    expect(win.getComputedStyle(number).backgroundColor).to.equal('rgb(112, 32, 130)');
    expect(win.__warnings, 'warnings').to.deep.equal([]);
    expect(win.__errors, 'errors').to.deep.equal([]);
  });

  it('a page with the guide and a card loads each entry and the shared core once', async () => {
    const hints = await preloadHints();
    const { win, doc } = await loadPage('autoloader-guide-and-card');
    const requested = scriptsRequested(win);
    expect(new Set(requested)).to.deep.equal(
      new Set([
        'ambitions-elements-autoloader.js',
        ...hints['grab-and-go-guide'],
        ...hints['foundation-card'],
      ]),
    );
    expect(requested.length, 'each file once').to.equal(new Set(requested).size);
    expect(requested).to.include('chunks/core.js');
    expect(requested).to.not.include('elements/grab-and-go-guide-alone.js');
    // One copy of Lit for both.
    expect((win as unknown as { litHtmlVersions: string[] }).litHtmlVersions.length).to.equal(1);
    const text = deepText(doc);
    expect(text).to.contain(foundations[9].title);
    expect(doc.querySelector('foundation-card')!.shadowRoot!.textContent).to.contain(
      foundations[2].title,
    );
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('a quiz added later to a guide-only page downloads its own files then, and works', async () => {
    const hints = await preloadHints();
    const { win, doc } = await loadPage('autoloader');
    const before = scriptsRequested(win);

    const quiz = doc.createElement('self-check-quiz');
    quiz.setAttribute('no-storage', '');
    doc.querySelector('main')!.append(quiz);
    await win.customElements.whenDefined('self-check-quiz');
    await settle(doc);

    const added = scriptsRequested(win).filter((file) => !before.includes(file));
    expect(added).to.include('elements/self-check-quiz.js');
    expect(new Set([...before, ...added])).to.deep.equal(
      new Set([
        'ambitions-elements-autoloader.js',
        ...hints.alone['grab-and-go-guide'],
        ...hints['self-check-quiz'],
      ]),
    );
    // What deciding on the first scan costs: the guide's one file held Lit and the core, so
    // the quiz brings chunks/core.js, a second copy of Lit beside the guide's, and both work.
    expect(added).to.include('chunks/core.js');
    expect((win as unknown as { litHtmlVersions: string[] }).litHtmlVersions.length).to.equal(2);
    for (const file of added) expect(before, file).to.not.include(file);
    expect(deepText(doc)).to.contain(foundations[9].title);

    await startQuiz(quiz, doc);
    expect(quiz.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(2);
    expect(await axeViolations(win, quiz)).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('finds our tags inside our own elements’ shadow roots, where the page observer cannot see', async () => {
    const { win, doc } = await loadPage('autoloader');
    const guide = doc.querySelector('grab-and-go-guide')!;
    expect(win.customElements.get('community-lens')).to.equal(undefined);
    // As if the guide rendered another of our elements: only the loader's watch on our own
    // shadow roots sees it (a MutationObserver on the document does not look inside them).
    const lens = doc.createElement('community-lens');
    guide.shadowRoot!.append(lens);
    await win.customElements.whenDefined('community-lens');
    await settle(doc);
    expect(scriptsRequested(win)).to.include('elements/community-lens.js');
    expect(lens.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
    expect(win.__errors).to.deep.equal([]);
  });

  it('works under Trusted Types (trusted-types lit-html) with no violation', async () => {
    const { win, doc } = await loadPage('autoloader-trusted-types');
    const text = deepText(doc);
    expect(text).to.contain(foundations[9].title);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    await report({ 'CSP violations': win.__violations.length, pages: 1 });
  });

  it('a folder uploaded without a shared file: one warning per tag, the fallback stays', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'autoloader-broken';
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = '/hostile/autoloader-broken.html';
    });
    const win = frame.contentWindow as unknown as Probe & typeof globalThis;
    const doc = frame.contentDocument!;
    const waitForWarnings = async (count: number) => {
      for (let i = 0; i < 100 && win.__warnings.length < count; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await waitForWarnings(2);

    // One warning for the guide, one for the two cards, each naming its tag.
    expect(win.__warnings.length).to.equal(2);
    const [guideWarning, cardWarning] = ['grab-and-go-guide', 'foundation-card'].map((tag) =>
      win.__warnings.filter((w) => w.includes(`<${tag}>`)),
    );
    expect(guideWarning.length).to.equal(1);
    expect(cardWarning.length).to.equal(1);
    expect(guideWarning[0]).to.match(
      /^ambitions-elements: <grab-and-go-guide> could not be loaded/,
    );
    expect(guideWarning[0]).to.contain('fallback content');

    // Nothing registered; every fallback link still shown; nothing thrown into the page.
    for (const el of doc.querySelectorAll('grab-and-go-guide, foundation-card')) {
      expect(win.customElements.get(el.localName), el.localName).to.equal(undefined);
      expect(shown(el.querySelector('.fallback a')), el.localName).to.equal(true);
    }
    expect(scriptsRequested(win, '/__cdn-without-core/')).to.include('chunks/core.js');

    // Another card added later: no second warning for the same tag.
    const more = doc.createElement('foundation-card');
    more.setAttribute('foundation', '5');
    doc.querySelector('main')!.append(more);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__warnings.length).to.equal(2);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
