import { expect } from '@open-wc/testing';
import { ambitions, caseStudies, getFoundation } from '../../src/content/index.js';
import { ELEMENT_TAGS } from '../../src/components/shared/element-attributes.js';
import { loadPage, removeFrames, report, settle, startQuiz, type Probe } from './frame.js';

/**
 * Issue 31: one self-contained file per element, `dist/cdn/<tag>.js` (run `npm run build` first),
 * the file a CMS media library takes. Each page is a host page served with the strict policy
 * `script-src 'self'` (scripts/hostile-server.mjs): the element renders from its one file, which
 * loads nothing else; two such files on one page both work; under Trusted Types, two files need
 * `'allow-duplicates'` (each carries its own Lit, so its own `lit-html` policy).
 */

/** Paths of the scripts a page requested from dist/cdn/, in order. */
const scriptsRequested = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/') && path.endsWith('.js'))
    .map((path) => path.slice('/dist/cdn/'.length));

const shown = (el: Element | null): boolean => !!el && el.getClientRects().length > 0;

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

/** Words each element shows once it has rendered (from the content, not from our test). */
const expected: Record<(typeof ELEMENT_TAGS)[number], string> = {
  'grab-and-go-guide': getFoundation('10')!.title,
  'foundation-card': getFoundation('3')!.title,
  'self-check-quiz': 'Reflect on the Grab-and-Go Guide',
  'ambition-map': ambitions[5].title,
  'case-study-explorer': caseStudies[0].title,
  'self-check-summary': 'Teams’ self-check results together',
  'community-lens': 'Small Steps, Big Vision',
};

afterEach(removeFrames);

describe('one self-contained file per element', function () {
  // Frames load the built files on a busy machine running three engines.
  this.timeout(60000);

  for (const tag of ELEMENT_TAGS) {
    it(`${tag}.js alone renders <${tag}> under script-src 'self', loading nothing else`, async () => {
      const { win, doc } = await loadPage(`one-file-${tag}`, 800);
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain(expected[tag]);
      // One file, no folder: nothing else is requested, not even on demand.
      expect(scriptsRequested(win)).to.deep.equal([`${tag}.js`]);
      // The fallback link the host pasted inside the element is no longer shown.
      expect(shown(el.querySelector('.fallback a'))).to.equal(false);
      expect(await axeViolations(win, el)).to.deep.equal([]);
      expect(win.__violations, 'CSP violations').to.deep.equal([]);
      expect(win.__errors, 'errors').to.deep.equal([]);
      expect(win.__warnings, 'warnings').to.deep.equal([]);
      await report({ 'CSP violations': win.__violations.length, pages: 1 });
    });
  }

  it('grab-and-go-guide.js alone does not read local content: one warning per field says what to load instead', async () => {
    // The per-element files leave the local-content checks out (src/cdn/one-file-local-content.ts,
    // 1.4 KB gz of the guide's file): a web editor who sets content-src or content is told once,
    // naming the field and the file, and the page keeps the guide's text and its contact.
    const { win, doc } = await loadPage('one-file-grab-and-go-guide', 800);
    const guide = doc.querySelector('grab-and-go-guide') as HTMLElement & { content?: unknown };
    guide.setAttribute('content-src', '/test/fixtures/local-content.json');
    await settle(doc);
    guide.content = { contact: { name: 'Another Hospice' } };
    await settle(doc);
    const notRead =
      "ignored, the guide's text is shown. grab-and-go-guide.js alone does not read local content: upload ambitions-elements.js from the package's dist/cdn folder and load it in place of grab-and-go-guide.js (one file, every element), or use the autoloader with its folder.";
    expect(win.__warnings).to.deep.equal([
      `<grab-and-go-guide> content-src: ${notRead}`,
      `<grab-and-go-guide> content: ${notRead}`,
    ]);
    const text = guide.shadowRoot!.textContent!;
    expect(text).to.contain('St Example Hospice');
    expect(text).to.not.contain('Another Hospice');
    expect(text).to.contain(getFoundation('10')!.title);
    // The file was never fetched, and no script besides the one file.
    const requested = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('local-content.json'))).to.deep.equal([]);
    expect(scriptsRequested(win)).to.deep.equal(['grab-and-go-guide.js']);
    expect(win.__errors, 'errors').to.deep.equal([]);
  });

  it('two files on one page (guide and quiz): both register and work, each with its own Lit', async () => {
    const { win, doc } = await loadPage('one-file-two', 800);
    const guide = doc.querySelector('grab-and-go-guide')!;
    const quiz = doc.querySelector('self-check-quiz')!;
    expect(guide.shadowRoot!.querySelectorAll('article[part="card"]').length).to.equal(10);
    expect(guide.shadowRoot!.textContent).to.contain('St Example Hospice');
    await startQuiz(quiz, doc);
    const radio = quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    radio.click();
    await settle(doc);
    expect(radio.checked).to.equal(true);
    // What two files cost: Lit is on the page twice (each file records its copy).
    const versions = (win as unknown as { litHtmlVersions: string[] }).litHtmlVersions;
    expect(versions.length).to.equal(2);
    expect(scriptsRequested(win).sort()).to.deep.equal([
      'grab-and-go-guide.js',
      'self-check-quiz.js',
    ]);
    for (const el of [guide, quiz]) expect(shown(el.querySelector('.fallback a'))).to.equal(false);
    expect(await axeViolations(win, quiz)).to.deep.equal([]);
    expect(win.__violations, 'CSP violations').to.deep.equal([]);
    expect(win.__errors, 'errors').to.deep.equal([]);
    // No "loaded twice" warning: each file registers only its own tag.
    expect(win.__warnings, 'warnings').to.deep.equal([]);
    await report({ 'CSP violations': win.__violations.length, pages: 1 });
  });

  it("two files under Trusted Types with 'allow-duplicates': both work, no violation", async () => {
    const { win, doc } = await loadPage('one-file-two-trusted-types', 800);
    expect(doc.querySelector('grab-and-go-guide')!.shadowRoot!.textContent).to.contain(
      getFoundation('10')!.title,
    );
    expect(doc.querySelector('self-check-quiz')!.shadowRoot!.textContent).to.contain(
      'Reflect on the Grab-and-Go Guide',
    );
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    await report({ 'CSP violations': win.__violations.length, pages: 1 });
  });

  it("two files under Trusted Types without 'allow-duplicates': the second keeps its fallback", async () => {
    // What a host sees before adding 'allow-duplicates' (docs/incoming/issue-31.md): the second
    // file's Lit may not create its policy, so its element is never registered and its fallback
    // link stays; the first element works.
    const frame = document.createElement('iframe');
    frame.title = 'two files, one lit-html policy';
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = '/hostile/one-file-two-trusted-types-once.html';
    });
    const win = frame.contentWindow as unknown as Probe & typeof globalThis;
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('grab-and-go-guide');
    await settle(doc);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const quiz = doc.querySelector('self-check-quiz')!;
    const enforced = 'trustedTypes' in win;
    expect(doc.querySelector('grab-and-go-guide')!.shadowRoot!.textContent).to.contain(
      getFoundation('10')!.title,
    );
    // Engines without Trusted Types (Firefox, WebKit today) run both files.
    expect(!!win.customElements.get('self-check-quiz')).to.equal(!enforced);
    expect(shown(quiz.querySelector('.fallback a'))).to.equal(enforced);
  });
});

describe('one self-contained file on a pre-rendered page', function () {
  this.timeout(60000);

  it('the quiz renders afresh over its pre-rendered HTML: the needs-script note goes, Start works', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Pre-rendered quiz';
    frame.style.width = '700px';
    frame.style.height = '900px';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = '/__ssr/page?tag=self-check-quiz';
    });
    try {
      const win = frame.contentWindow as unknown as Probe & typeof globalThis;
      const doc = frame.contentDocument!;
      const quiz = doc.querySelector('self-check-quiz')!;
      const noteShown = () =>
        win.getComputedStyle(quiz.shadowRoot!.querySelector('[part~="script-note"]')!)
          .visibility === 'visible';
      expect(noteShown(), 'the note before the script').to.equal(true);
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(e.message));
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/self-check-quiz.js';
      doc.head.append(script);
      await win.customElements.whenDefined('self-check-quiz');
      await settle(doc);
      expect(noteShown(), 'the note once the file ran').to.equal(false);
      await startQuiz(quiz, doc);
      expect(quiz.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(2);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
