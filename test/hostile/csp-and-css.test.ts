import { expect } from '@open-wc/testing';
import { backgroundBehind, contrast, parseColour } from './colour.js';
import {
  deepElements,
  loadPage,
  ourElements,
  removeFrames,
  startQuiz,
  report,
  settle,
} from './frame.js';

const tags = [
  'grab-and-go-guide',
  'foundation-card',
  'self-check-quiz',
  'ambition-map',
  'case-study-explorer',
];

/** Elements inside our shadow roots that hold text of their own. */
function textElements(doc: Document): HTMLElement[] {
  return ourElements(doc).flatMap((host) =>
    [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
      (el) =>
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) &&
        el.getClientRects().length > 0 &&
        !el.closest('.visually-hidden'),
    ),
  );
}

afterEach(removeFrames);

for (const name of ['csp', 'hostile-css']) {
  describe(`hostile page /hostile/${name}.html (strict CSP header)`, () => {
    it('renders and styles every element with no CSP violation, error or warning', async () => {
      const { win, doc } = await loadPage(name);
      for (const tag of tags) {
        const el = doc.querySelector(tag)!;
        expect(Boolean(el.shadowRoot), tag).to.equal(true);
        expect(el.shadowRoot!.textContent!.trim().length, `${tag} text`).to.be.greaterThan(20);
        // Styled: our sheet reached the shadow root (the reset sets line-height 1.5 on .root).
        const root = el.shadowRoot!.querySelector('.root')!;
        expect(getComputedStyle(root).lineHeight, `${tag} line-height`).to.not.equal('normal');
        expect(parseFloat(getComputedStyle(root).fontSize), `${tag} size`).to.be.at.least(16);
      }
      expect(win.__violations, 'CSP violations').to.deep.equal([]);
      expect(win.__errors, 'errors').to.deep.equal([]);
      expect(win.__warnings, 'warnings').to.deep.equal([]);
      await report({ 'CSP violations': win.__violations.length, pages: 1 });
    });

    it('works: the quiz starts, a guide card opens, the map switches to its table', async () => {
      const { win, doc } = await loadPage(name);
      const quiz = doc.querySelector('self-check-quiz')!;
      await startQuiz(quiz, doc);
      expect(quiz.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(2);

      const card = doc
        .querySelector('grab-and-go-guide')!
        .shadowRoot!.querySelector('[part="card"]')!;
      const details = card.querySelector('details')!;
      const what = card.querySelector('[part="card-what"]')!;
      expect(details.open).to.equal(false);
      expect(what.checkVisibility()).to.equal(false);
      card.querySelector('summary')!.click();
      await settle(doc);
      expect(details.open).to.equal(true);
      expect(what.checkVisibility()).to.equal(true);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      await report({ 'uncaught errors': win.__errors.length });
    });

    it('requests nothing but its own files', async () => {
      const { win } = await loadPage(name);
      const urls = win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.pathname !== '/favicon.ico');
      for (const url of urls) {
        expect(url.origin, url.href).to.equal(location.origin);
        expect(url.pathname, url.href).to.match(/^\/(dist\/cdn|test\/hostile\/pages)\//);
      }
      expect(urls.length).to.be.greaterThan(0);
    });
  });
}

describe('hostile host CSS against a plain host', () => {
  it('keeps text size, headings, controls, links and contrast', async () => {
    const plain = await loadPage('csp');
    const hostile = await loadPage('hostile-css');
    const before = textElements(plain.doc);
    const after = textElements(hostile.doc);
    expect(after.length).to.equal(before.length);
    after.forEach((el, i) => {
      const a = getComputedStyle(el);
      const b = getComputedStyle(before[i]);
      expect(a.fontSize, `${el.localName} "${el.textContent!.trim().slice(0, 30)}"`).to.equal(
        b.fontSize,
      );
      expect(parseFloat(a.fontSize), el.localName).to.be.at.least(12);
      const ratio = contrast(parseColour(a.color), backgroundBehind(el));
      expect(ratio, `contrast of "${el.textContent!.trim().slice(0, 30)}"`).to.be.at.least(4.5);
    });
    const shadow = deepElements(hostile.doc).filter((el) => el.getRootNode() !== hostile.doc);
    const headings = shadow.filter((el) => /^h[1-6]$/.test(el.localName));
    expect(headings.length).to.be.greaterThan(5);
    for (const h of headings)
      expect(getComputedStyle(h).display, h.textContent!).to.not.equal('none');
    for (const control of shadow.filter((el) =>
      /^(button|input|select|textarea)$/.test(el.localName),
    )) {
      const box = control.getBoundingClientRect();
      if ((control as HTMLInputElement).type === 'radio' || control.closest('[hidden]')) continue;
      expect(box.width * box.height, control.outerHTML.slice(0, 60)).to.be.greaterThan(0);
      expect(getComputedStyle(control).visibility).to.equal('visible');
    }
    for (const link of shadow.filter((el) => el.localName === 'a')) {
      const style = getComputedStyle(link);
      expect(style.textDecorationLine, link.textContent!).to.contain('underline');
    }
    expect(hostile.win.__errors).to.deep.equal([]);
  });
});
