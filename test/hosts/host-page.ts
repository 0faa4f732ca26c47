import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

/**
 * The real-host suite (test/hosts/<page>.test.ts call checkHostPage): pages written in each host's own markup with its own stylesheet from npm
 * (NHS.UK frontend, GOV.UK Frontend, Bootstrap, Tailwind, WordPress block styles), every element
 * embedded, loaded in a frame. The CDN bundle is added to the page the way a web editor adds it,
 * then: no host node's computed style changes, the elements use the host's font, no text under
 * 14px, a visible focus indicator on every focus stop, and axe on the whole page with each
 * violation attributed to the element or the host. Figures go to the run's summary line.
 */
const TAGS = [
  'grab-and-go-guide',
  'foundation-card',
  'self-check-quiz',
  'ambition-map',
  'case-study-explorer',
  'self-check-summary',
];
const OURS = TAGS.join(',');

/** Computed properties a restyled host node would show (none depend on the page's layout). */
const PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-decoration-line',
  'display',
  'visibility',
  'box-sizing',
  'border-top-style',
  'list-style-type',
];

type Frame = { frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis };

async function openPage(name: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.title = `${name} host page`;
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/hosts/pages/${name}.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.document.fonts?.ready;
  return { frame, doc: win.document, win };
}

/** Host nodes: every element of the page outside ours. */
const hostNodes = (doc: Document) =>
  [...doc.querySelectorAll('*')].filter((el) => !el.closest(OURS));

const styleOf = (win: Window, el: Element) => {
  const style = win.getComputedStyle(el);
  return PROPERTIES.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ');
};

async function addScript(doc: Document, src: string): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const done = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  await done;
}

/** The deep active element (through shadow roots). */
function deepActive(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A focus indicator a person can see: a box-shadow ring or a non-transparent outline. */
function focusVisible(win: Window, el: Element): boolean {
  const style = win.getComputedStyle(el);
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) > 0 &&
    !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.outlineColor);
  return style.boxShadow !== 'none' || outline;
}

const elementsOf = (doc: Document) => [...doc.querySelectorAll(OURS)];
const rootOf = (el: Element) =>
  el.shadowRoot!.querySelector('.root') ?? el.shadowRoot!.firstElementChild!;

interface AxeNode {
  target: (string | string[])[];
}
interface AxeResult {
  violations: { id: string; nodes: AxeNode[] }[];
}

/**
 * The checks for one host page. Each page has a test file of its own (<page>.test.ts), so each
 * runs in a fresh browser page: Firefox does not give the system focus to a second frame.
 */
export function checkHostPage(page: string): void {
  describe(`real host page: ${page}`, function () {
    this.timeout(180000);
    {
      let host: Frame;
      const figures: Record<string, number | string> = { page };
      let changed: string[] = [];

      before(async () => {
        host = await openPage(page);
        const nodes = hostNodes(host.doc);
        const before = new Map(nodes.map((el) => [el, styleOf(host.win, el)]));
        await addScript(host.doc, '/dist/cdn/ambitions-elements.js');
        await Promise.all(TAGS.map((tag) => host.win.customElements.whenDefined(tag)));
        for (const el of elementsOf(host.doc))
          await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
        changed = nodes
          .filter((el) => styleOf(host.win, el) !== before.get(el))
          .map((el) => `<${el.localName} class="${el.className}">`);
        figures.elements = elementsOf(host.doc).length;
        figures.changed = changed.length;
      });

      after(async () => {
        await executeServerCommand('host-figures', figures);
        // Hand the focus back to the test page before the frame goes (Firefox loses it otherwise).
        (host.doc.activeElement as HTMLElement | null)?.blur();
        host.frame.remove();
        window.focus();
      });

      it('embeds every element, and no host node is restyled when the bundle loads', () => {
        expect(elementsOf(host.doc).map((el) => el.localName)).to.include.members(TAGS);
        for (const el of elementsOf(host.doc))
          expect(el.shadowRoot, el.localName).to.not.equal(null);
        expect(changed).to.deep.equal([]);
      });

      it("renders every element in the host's font", () => {
        const reference = host.doc.querySelector('[data-host-text]')!;
        // Compared without quotes: Firefox keeps each stylesheet's own quoting.
        const family = (el: Element) =>
          host.win.getComputedStyle(el).fontFamily.replace(/["']/g, '').toLowerCase();
        const hostFont = family(reference);
        const mismatches = elementsOf(host.doc)
          .map((el) => [el.localName, family(rootOf(el))])
          .filter(([, font]) => font !== hostFont);
        figures.fontMismatches = mismatches.length;
        expect(mismatches, `host font ${hostFont}`).to.deep.equal([]);
      });

      it('shows no text under 14px and body text of at least 16px', () => {
        const small: string[] = [];
        for (const el of elementsOf(host.doc)) {
          expect(parseFloat(host.win.getComputedStyle(rootOf(el)).fontSize)).to.be.at.least(16);
          for (const node of el.shadowRoot!.querySelectorAll('*')) {
            const hasText = [...node.childNodes].some(
              (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
            );
            if (!hasText || node.getClientRects().length === 0) continue;
            const size = parseFloat(host.win.getComputedStyle(node).fontSize);
            if (size < 14) small.push(`${el.localName} <${node.localName}> ${size}px`);
          }
        }
        figures.smallText = small.length;
        expect(small).to.deep.equal([]);
      });

      it('shows a visible focus indicator on every focus stop in the elements', async () => {
        // The frame's document must have the system focus, or no :focus style applies: click its
        // heading as a person would (script focus does not reach a second frame in Firefox).
        host.frame.scrollIntoView({ block: 'start' });
        const frameBox = host.frame.getBoundingClientRect();
        const heading = host.doc.querySelector('h1')!.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [
            Math.round(frameBox.x + heading.x + 2),
            Math.round(frameBox.y + heading.y + heading.height / 2),
          ],
        });
        await resetMouse();
        expect(host.doc.hasFocus(), 'the host page has focus').to.equal(true);
        const invisible: string[] = [];
        const seen = new Set<Element>();
        let stops = 0;
        for (let press = 0; press < 250; press += 1) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive(host.doc);
          if (!active || active === host.doc.body || seen.has(active)) break;
          // Past the elements: stop before Tab leaves the page (Firefox then moves the focus to
          // its own toolbar, and the test page never gets it back).
          const guide = host.doc.getElementById('guide')!;
          const after = guide.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING;
          if (active.getRootNode() === host.doc && !guide.contains(active) && after) break;
          seen.add(active);
          const owner = (active.getRootNode() as ShadowRoot).host?.closest(OURS);
          if (!owner) continue;
          stops += 1;
          if (!focusVisible(host.win, active))
            invisible.push(
              `${owner.localName} <${active.localName}> ${active.textContent?.trim().slice(0, 40)}`,
            );
        }
        figures.stops = stops;
        figures.invisibleFocus = invisible.length;
        expect(stops).to.be.greaterThan(TAGS.length);
        expect(invisible).to.deep.equal([]);
      });

      it('passes axe on the whole page, each violation attributed to the element or the host', async () => {
        await addScript(host.doc, '/node_modules/axe-core/axe.min.js').catch(() => undefined);
        const axe = (
          host.win as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }
        ).axe;
        const result = await axe.run(host.doc, { resultTypes: ['violations'] });
        const inElement: string[] = [];
        const inHost: string[] = [];
        for (const violation of result.violations)
          for (const node of violation.nodes) {
            const first = node.target[0];
            const outer = host.doc.querySelector(Array.isArray(first) ? first[0] : first);
            const owner = outer?.closest(OURS);
            (owner ? inElement : inHost).push(
              `${violation.id} ${owner ? `<${owner.localName}>` : 'host'} ${JSON.stringify(node.target)}`,
            );
          }
        figures.elementViolations = inElement.length;
        figures.hostViolations = inHost.length;
        if (inHost.length) console.log(`${page}: host's own axe violations: ${inHost.join('; ')}`);
        expect(inElement).to.deep.equal([]);
      });

      if (page === 'wordpress')
        it('is much shorter in a wide group than in the theme’s text column', () => {
          const column = host.doc.querySelector('#column-guide grab-and-go-guide')!;
          const wide = host.doc.querySelector('#guide grab-and-go-guide')!;
          const [narrow, wideHeight] = [column, wide].map(
            (el) => el.getBoundingClientRect().height,
          );
          expect(column.getBoundingClientRect().width).to.be.at.most(580);
          expect(wideHeight).to.be.below((narrow * 2) / 3);
        });
    }
  });
}
