import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';

/**
 * Reading comfort, measured as a reader gets it: the computed font size of every rendered text
 * node of every element (through every shadow root), at 320 and 1280 px, in the states a reader
 * reaches cheaply. Nothing is under 14px; body text is at least 16px. SVG text counts at the
 * size it is drawn (its font size times the SVG's scale on screen).
 */
interface Measured {
  size: number;
  text: string;
}

/** Elements in `node` (a document or shadow root), including those in nested shadow roots. */
function* deepElements(node: ParentNode): Generator<Element> {
  for (const el of node.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/**
 * Whether the element is hidden from sighted readers (clipped to nothing, not rendered, or in a
 * closed `<details>`, whose content is laid out but not shown).
 */
function unseen(el: Element): boolean {
  if (el.getClientRects().length === 0 || !el.checkVisibility()) return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.classList.contains('visually-hidden')) return true;
    const style = getComputedStyle(node);
    if (style.clipPath === 'inset(50%)' || style.visibility === 'hidden') return true;
  }
  return false;
}

/** The drawn size of each visible text node under `host`. */
function measure(host: Element): Measured[] {
  const found: Measured[] = [];
  for (const el of [host, ...deepElements(host.shadowRoot ?? host)]) {
    for (const node of el.childNodes) {
      const text = node.nodeType === Node.TEXT_NODE ? node.textContent!.trim() : '';
      if (!text || unseen(el)) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
      found.push({ size: Math.round(size * 10) / 10, text: text.slice(0, 60) });
    }
  }
  return found;
}

async function settle(el: Element) {
  for (const node of [el, ...deepElements(el.shadowRoot!)]) {
    await (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  }
}

const states: [string, () => Promise<Element>][] = [
  ['foundation-card', () => fixture(html`<foundation-card foundation="9"></foundation-card>`)],
  [
    'grab-and-go-guide (collapsible)',
    () =>
      fixture(
        html`<grab-and-go-guide collapsible contact-name="St Example Hospice"></grab-and-go-guide>`,
      ),
  ],
  ['ambition-map', () => fixture(html`<ambition-map selected="A1"></ambition-map>`)],
  [
    'ambition-map (table)',
    () => fixture(html`<ambition-map view="table" selected="A6"></ambition-map>`),
  ],
  ['case-study-explorer', () => fixture(html`<case-study-explorer></case-study-explorer>`)],
  [
    'case-study-explorer (filtered)',
    () => fixture(html`<case-study-explorer ambition="A1"></case-study-explorer>`),
  ],
  ['self-check-quiz (start)', () => fixture(html`<self-check-quiz no-storage></self-check-quiz>`)],
  [
    'self-check-quiz (results)',
    async () => {
      const el = await fixture<HTMLElement & { answers: object; updateComplete: Promise<unknown> }>(
        html`<self-check-quiz no-storage></self-check-quiz>`,
      );
      el.answers = {
        'personalised-care-planning': { stage: 'embedded' },
        'shared-records': { stage: 'not-started' },
        'co-design': { stage: 'understand' },
      };
      await el.updateComplete;
      const results = [...el.shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent!.trim() === 'See results',
      )!;
      results.click();
      await el.updateComplete;
      return el;
    },
  ],
];

describe('text size', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 1280]) {
    for (const [name, make] of states) {
      it(`${name} at ${width} px: nothing under 14px, body text at least 16px`, async () => {
        await setViewport({ width, height: 800 });
        const el = await make();
        await settle(el);
        const measured = measure(el);
        expect(measured.length, 'text was measured').to.be.greaterThan(3);
        const small = measured.filter((m) => m.size < 14);
        expect(small, 'text under 14px').to.deep.equal([]);
        // Body text: each element's base size (its shadow root's first node, which the
        // text inherits, and each guide item's own `.root`) and every plain paragraph (no
        // class or part marking it secondary).
        const roots = [el, ...deepElements(el.shadowRoot!)]
          .map((node) => node.shadowRoot?.firstElementChild)
          .filter((node): node is Element => !!node && node.localName !== 'style');
        roots.push(...[...deepElements(el.shadowRoot!)].filter((n) => n.matches('.root')));
        const plain = [...deepElements(el.shadowRoot!)].filter(
          (node) =>
            node.localName === 'p' &&
            !node.className &&
            !node.hasAttribute('part') &&
            !node.closest('footer'),
        );
        expect(roots.length, 'shadow roots').to.be.greaterThan(0);
        for (const node of [...roots, ...plain].filter((n) => !unseen(n))) {
          const size = parseFloat(getComputedStyle(node).fontSize);
          expect(size, `body text: ${node.textContent!.trim().slice(0, 40)}`).to.be.at.least(16);
        }
      });
    }
  }
});
