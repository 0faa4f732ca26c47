import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';

/**
 * Pre-rendered HTML (declarative shadow DOM from `dist/ssr`, served by the test server's
 * `/__ssr/page` route) before its element is defined: on a page whose script has not arrived yet,
 * or never will (scripts off). Controls that need the script must not look usable or take focus,
 * and a note says plainly that they need JavaScript. Once the hydrating bundle defines the
 * elements, every control works and nothing on the page has moved.
 *
 * This page never imports a definition until the hydration test, so the tags stay undefined; the
 * tests run in order (the last ones load the bundle).
 */

/** Pages rendered by the server with the controls each one shows before any script runs. */
const PAGES = [
  'tag=self-check-quiz',
  'tag=self-check-quiz&mode=knowledge&storage-key=knowledge',
  'tag=self-check-quiz&mode=meeting&storage-key=meeting',
  'tag=ambition-map',
  'tag=ambition-map&view=table&selected=A6',
  'tag=case-study-explorer',
  'tag=self-check-summary',
  'tag=community-lens',
] as const;

/** Elements that show a control needing the script, so a note (community-lens has none). */
const WITH_CONTROLS = PAGES.filter((query) => !query.includes('community-lens'));

const CONTROLS = 'button, input, select, textarea';

const hosts = new Map<string, HTMLElement>();
/** Buttons before and after the elements: Tab goes from one to the other (never out of the page). */
let start: HTMLButtonElement;
let end: HTMLButtonElement;

/** The server's HTML for a page's element, parsed with its declarative shadow root. */
async function insert(query: string, into: HTMLElement): Promise<HTMLElement> {
  const page = await (await fetch(`/__ssr/page?${query}`)).text();
  const markup = /<body[^>]*>([\s\S]*)<\/body>/.exec(page)![1];
  const box = document.createElement('div');
  (box as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  into.append(box);
  return box.firstElementChild as HTMLElement;
}

/** Every element in a shadow root and the shadow roots inside it. */
function deepElements(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const node of root.querySelectorAll('*')) {
    out.push(node);
    if (node.shadowRoot) out.push(...deepElements(node.shadowRoot));
  }
  return out;
}

/** The deep active element (through shadow roots). */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const visible = (node: Element) =>
  getComputedStyle(node).visibility === 'visible' && node.getClientRects().length > 0;

const notes = (host: HTMLElement) => [
  ...host.shadowRoot!.querySelectorAll<HTMLElement>('[part~="script-note"]'),
];

/** The boxes of the host and of everything in its shadow root, to compare before and after. */
const boxes = (host: HTMLElement) =>
  [host, ...deepElements(host.shadowRoot!)].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return `${node.localName}.${node.getAttribute('part') ?? ''} ${x},${y} ${width}x${height}`;
  });

describe('pre-rendered controls that need the script', function () {
  // The server renders each page from the built dist/ssr; three engines on a busy machine.
  this.timeout(60000);

  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    const main = document.createElement('main');
    // A host page sets its own font, as every real one does (see test/ssr/ssr-page.test.ts).
    main.style.fontFamily = 'Arial, sans-serif';
    start = document.createElement('button');
    start.textContent = 'Before the elements';
    main.append(start);
    document.body.append(main);
    for (const query of PAGES) hosts.set(query, await insert(query, main));
    // Firefox: Tab past the page's last control moves focus to the browser's own toolbar, and
    // the next test file (same tab) then gets no click from Enter on a button.
    end = document.createElement('button');
    end.textContent = 'After the elements';
    main.append(end);
  });

  after(() => start.closest('main')!.remove());

  it('the tags are not defined on this page yet', () => {
    for (const [query, host] of hosts) {
      expect(host.shadowRoot !== null, query).to.equal(true);
      expect(customElements.get(host.localName), query).to.equal(undefined);
    }
  });

  it('hides every control that needs the script, and shows a note in its place', () => {
    for (const query of WITH_CONTROLS) {
      const host = hosts.get(query)!;
      const controls = [...host.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)];
      expect(controls.length, `${query} has controls`).to.be.greaterThan(0);
      for (const control of controls) {
        expect(visible(control), `${query}: ${control.outerHTML.slice(0, 80)}`).to.equal(false);
        control.focus();
        expect(host.shadowRoot!.activeElement === null, `${query}: focus() does nothing`).to.equal(
          true,
        );
      }
      const shown = notes(host).filter(visible);
      expect(shown.length, `${query} shows a note`).to.be.greaterThan(0);
      for (const note of shown) {
        expect(note.textContent, query).to.contain('JavaScript');
        expect(note.getBoundingClientRect().height, query).to.be.greaterThan(20);
        expect(parseFloat(getComputedStyle(note).fontSize), query).to.be.at.least(16);
      }
    }
  });

  it('an element with no such controls (community-lens) shows no note', () => {
    const host = hosts.get('tag=community-lens')!;
    expect(host.shadowRoot!.querySelectorAll(CONTROLS).length).to.equal(0);
    expect(notes(host).filter(visible).length).to.equal(0);
  });

  it('the map is readable as it stands: every count is shown, and the table view too', () => {
    const map = hosts.get('tag=ambition-map')!.shadowRoot!;
    expect(map.querySelectorAll('[role=gridcell]').length).to.equal(60);
    for (const cell of map.querySelectorAll('[role=gridcell] .count'))
      expect(visible(cell)).to.equal(true);
    const table = hosts.get('tag=ambition-map&view=table&selected=A6')!.shadowRoot!;
    expect(visible(table.querySelector('table')!)).to.equal(true);
    expect(visible(table.querySelector('[part=details]')!)).to.equal(true);
  });

  it('keyboard only: Tab stops on links and native disclosures, never on a control that does nothing', async () => {
    start.focus();
    const stops: Element[] = [];
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || active === end || active === document.body) break;
      stops.push(active);
    }
    expect(deepActive()).to.equal(end);
    expect(stops.length).to.be.greaterThan(10);
    for (const stop of stops) {
      const what = stop.outerHTML.slice(0, 100);
      expect(['a', 'summary'], what).to.include(stop.localName);
      // A disclosure that holds controls (the summary's "Paste a result") is hidden as well.
      if (stop.localName === 'summary')
        expect(stop.parentElement!.querySelector(CONTROLS) === null, what).to.equal(true);
    }
  });

  it('the notes are accessible (axe), in each pre-rendered element', async () => {
    for (const [query, host] of hosts) await expect(host, query).to.be.accessible();
  });

  it('hydrates: nothing moves, the notes go, every control is shown and works', async () => {
    const earlier = new Map([...hosts].map(([query, host]) => [query, boxes(host)]));
    // @ts-expect-error: the built bundle has no types; the test server serves dist/.
    await import('/dist/cdn/ambitions-elements-hydrate.js');
    for (const host of hosts.values()) {
      await customElements.whenDefined(host.localName);
      await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
    // One frame for any update an element schedules after hydrating.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const [query, host] of hosts) {
      await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(boxes(host), `${query}: nothing moved`).to.deep.equal(earlier.get(query));
      expect(notes(host).filter(visible).length, query).to.equal(0);
      for (const control of host.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS))
        if (control.closest('details:not([open])') === null)
          expect(visible(control), `${query}: ${control.outerHTML.slice(0, 80)}`).to.equal(true);
      await expect(host, query).to.be.accessible();
    }
  });

  it('after hydration the controls work: quiz Start, map Table and grid, explorer filter', async () => {
    const quiz = hosts.get('tag=self-check-quiz')!;
    const startButton = quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(startButton.textContent!.trim()).to.equal('Start');
    startButton.click();
    await (quiz as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(quiz.shadowRoot!.querySelector('[part=step]'), 'the first item opens').to.not.equal(
      null,
    );

    const map = hosts.get('tag=ambition-map')! as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    // The grid has one tab stop again: arrows move it, Space selects.
    const stop = map.shadowRoot!.querySelectorAll<HTMLElement>('[role=grid] [tabindex="0"]');
    expect(stop.length).to.equal(1);
    stop[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    await map.updateComplete;
    // The map draws a new selection's details in the frame after the one that paints it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await map.updateComplete;
    expect(map.getAttribute('view') ?? 'map').to.equal('map');
    expect(map.shadowRoot!.querySelector('[part=details]')).to.not.equal(null);
    const table = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=view-button]')][1];
    table.click();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('table')).to.not.equal(null);

    const explorer = hosts.get('tag=case-study-explorer')! as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const count = () => explorer.shadowRoot!.querySelector('[part=count]')!.textContent!;
    expect(count()).to.match(/Showing 36 of 36/);
    const select = explorer.shadowRoot!.querySelector<HTMLSelectElement>('select#ambition')!;
    select.value = 'A6';
    select.dispatchEvent(new Event('change'));
    await explorer.updateComplete;
    expect(count()).to.not.match(/Showing 36 of 36/);
  });
});
