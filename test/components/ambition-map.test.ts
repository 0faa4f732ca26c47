import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { AmbitionMap, AmbitionMapSelectEvent } from '../../src/index.js';
import '../../src/define/ambition-map.js';
import { ambitions, caseStudiesFor, evidenceMatrix, foundations } from '../../src/content/index.js';

const $ = (el: AmbitionMap, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: AmbitionMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const at = (el: AmbitionMap, row: number, col: number) =>
  $(el, `[data-row="${row}"][data-col="${col}"]`);
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The name a screen reader hears from the content: text outside aria-hidden subtrees. */
function nameOf(node: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    else if (n instanceof Element && n.getAttribute('aria-hidden') !== 'true')
      n.childNodes.forEach(walk);
  };
  node.childNodes.forEach(walk);
  return out.replace(/\s+/g, ' ').trim();
}
const focused = (el: AmbitionMap) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Records the map's select events and console warnings for one test. */
function record(el: AmbitionMap) {
  const events: AmbitionMapSelectEvent[] = [];
  el.addEventListener('ambitions-map-select', (e) => events.push(e));
  return events;
}

function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/**
 * A selection's details are drawn in the frame after the one that paints the selection (issue
 * 31): two animation frames later. Waits for them.
 */
async function detailsDrawn(el: AmbitionMap) {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

async function press(el: AmbitionMap, key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await detailsDrawn(el);
}

describe('<ambition-map>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('titles itself with an h2 by default, as the guide does, and follows heading-level', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map selected="A2"></ambition-map>`);
    expect($(el, '[part=heading]').localName).to.equal('h2');
    expect($(el, '[part=details-heading]').localName).to.equal('h3');
    const nested = await fixture<AmbitionMap>(
      html`<ambition-map heading-level="3"></ambition-map>`,
    );
    expect($(nested, '[part=heading]').localName).to.equal('h3');
  });

  it('shows the six Ambitions and ten items with the evidence counts', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    expect(el).to.be.instanceOf(AmbitionMap);
    const headers = $$(el, '[role=columnheader].ambition');
    expect(headers.map(nameOf)).to.deep.equal(
      ambitions.map(
        (a) =>
          `Ambition ${a.number}, ${a.title}: ${caseStudiesFor({ ambition: a.id }).length} case studies`,
      ),
    );
    expect($$(el, '[role=rowheader]')).to.have.length(10);
    const matrix = evidenceMatrix();
    foundations.forEach((f, r) => {
      ambitions.forEach((a, c) => {
        const cell = text(at(el, r + 1, c + 1).querySelector('.count')!);
        if (f.addedByGuide) expect(cell).to.equal("authors' link");
        else expect(cell).to.equal(String(matrix[f.id][a.id]));
      });
    });
    expect(at(el, 9, 6).classList.contains('authors')).to.equal(true);
    expect(text($(el, '.attribution'))).to.contain('CC BY 4.0');
    expect($(el, '.legend')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives every focusable part a name that says what it is and its count', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    expect(nameOf(at(el, 8, 5))).to.equal(
      'Leadership and Ambition 5, All staff are prepared to care: 3 case studies',
    );
    expect(nameOf(at(el, 1, 2))).to.equal(
      'Personalised care planning and Ambition 2, Each person gets fair access to care: 0 case studies',
    );
    expect(nameOf(at(el, 3, 6))).to.match(/: 1 case study$/);
    expect(nameOf(at(el, 10, 6))).to.equal(
      "Sharing learning and Ambition 6, Each community is prepared to help: authors' link (no case studies)",
    );
    expect(nameOf(at(el, 10, 1))).to.equal(
      "Sharing learning and Ambition 1, Each person is seen as an individual: authors' link (no case studies)",
    );
    expect(nameOf(at(el, 0, 6))).to.equal(
      `Ambition 6, Each community is prepared to help: ${caseStudiesFor({ ambition: 'A6' }).length} case studies`,
    );
    expect(nameOf(at(el, 6, 0))).to.equal('6. 24/7 access: 4 case studies');
    expect(nameOf(at(el, 9, 0))).to.equal(
      '9. Collaboration and partnership working Added by the guide: no case studies; the authors link it to every Ambition',
    );
  });

  it('switches to a table with the same numbers, and back', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    const mapCounts = foundations.map((_, r) =>
      ambitions.map((__, c) => text(at(el, r + 1, c + 1).querySelector('.count')!)),
    );
    const [mapButton, tableButton] = $$(el, '[part=view-button]');
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    tableButton.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect(el.getAttribute('view')).to.equal('table');
    expect(tableButton.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[role=grid]')).to.equal(null);
    const table = $(el, 'table');
    expect(text(table.querySelector('caption')!)).to.contain('case studies');
    expect($$(el, 'thead th[scope=col]')).to.have.length(7);
    expect($$(el, 'tbody th[scope=row]').map(text)[7]).to.equal('8. Leadership');
    const tableCounts = $$(el, 'tbody tr').map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(tableCounts).to.deep.equal(mapCounts);
    await expect(el).to.be.accessible();
    mapButton.click();
    await el.updateComplete;
    expect($(el, '[role=grid]')).to.not.equal(null);
  });

  it('renders the table view from the attribute, and falls back to the map for a bad view', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map view="table"></ambition-map>`);
    expect($(el, 'table')).to.not.equal(null);
    const warnings = captureWarnings();
    try {
      el.setAttribute('view', 'pie');
      await el.updateComplete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect($(el, '[role=grid]')).to.not.equal(null);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<ambition-map> view');
  });

  it('selects an Ambition with the mouse: highlights its items and lists its case studies', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    const events = record(el);
    at(el, 0, 6).click();
    await detailsDrawn(el);
    expect(el.selected).to.equal('A6');
    expect(at(el, 0, 6).getAttribute('aria-selected')).to.equal('true');
    // Items 3 and 4 have A6 case studies; 9 and 10 are the authors' link.
    const linkedRows = $$(el, '[role=rowheader].linked').map((h) => h.dataset.row);
    expect(linkedRows).to.deep.equal(['3', '4', '9', '10']);
    const listed = $$(el, '[part=details] [part=case-studies] strong').map(text);
    expect(listed).to.deep.equal(caseStudiesFor({ ambition: 'A6' }).map((c) => c.title));
    expect(text($(el, '[role=status]'))).to.contain('Selected Ambition 6');
    expect(events).to.have.length(1);
    expect(events[0]).to.be.instanceOf(AmbitionMapSelectEvent);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(events[0].detail).to.deep.equal({
      kind: 'ambition',
      id: 'A6',
      ambition: 'A6',
      foundation: undefined,
    });
    await expect(el).to.be.accessible();
  });

  it('selects an item: its What, its Ask count, its Ambitions and a link to its card', async () => {
    const el = await fixture<AmbitionMap>(
      html`<ambition-map item-href="#item-{number}"></ambition-map>`,
    );
    const events = record(el);
    at(el, 8, 0).click();
    await detailsDrawn(el);
    const details = $(el, '[part=details]');
    expect(text(details)).to.contain(foundations[7].what.slice(0, 40));
    expect(text(details)).to.contain(`asks ${foundations[7].ask.length} questions`);
    expect($(el, '[part=item-link]').getAttribute('href')).to.equal('#item-8');
    const linkedAmbitions = $$(el, '[role=columnheader].linked').map((h) => h.dataset.col);
    expect(linkedAmbitions).to.deep.equal(['1', '3', '4', '5']);
    expect(events[0].detail).to.deep.equal({
      kind: 'foundation',
      id: '8',
      ambition: undefined,
      foundation: 'leadership',
    });
    await expect(el).to.be.accessible();
  });

  it("selects a pair and shows that pair's case studies", async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    const events = record(el);
    at(el, 8, 5).querySelector<HTMLElement>('.count')!.click();
    await detailsDrawn(el);
    expect(el.selected).to.equal('8:A5');
    expect(at(el, 8, 5).getAttribute('aria-selected')).to.equal('true');
    expect($$(el, '[part=details] strong').map(text)).to.deep.equal(
      caseStudiesFor({ foundation: 8, ambition: 'A5' }).map((c) => c.title),
    );
    expect(events[0].detail.kind).to.equal('cell');
    expect(events[0].detail.foundation).to.equal('leadership');
    expect(events[0].detail.ambition).to.equal('A5');
    await expect(el).to.be.accessible();
    // A pair without case studies, and the authors' link, say so in words.
    at(el, 7, 6).click();
    await detailsDrawn(el);
    expect(text($(el, '[part=details]'))).to.contain('None of the report');
    at(el, 9, 6).click();
    await detailsDrawn(el);
    expect(text($(el, '[part=details]'))).to.contain(
      "The guide's authors added items 9 and 10 as themes people found “invaluable to realising the Ambitions” that “also help foreground actions that are important to realising Ambition 6”.",
    );
    await expect(el).to.be.accessible();
  });

  it('has one tab stop and moves with arrows, Home/End and Ctrl+Home/End', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    expect($$(el, '[role=grid] [tabindex="0"]')).to.have.length(1);
    $(el, '[role=grid] [tabindex="0"]').focus();
    expect(focused(el)).to.equal(at(el, 0, 1));
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal(at(el, 1, 1));
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal(at(el, 1, 3));
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal(at(el, 1, 2));
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal(at(el, 0, 2));
    await press(el, 'End');
    expect(focused(el)).to.equal(at(el, 0, 6));
    await press(el, 'Home');
    expect(focused(el)).to.equal(at(el, 0, 0));
    await press(el, 'Control+End');
    expect(focused(el)).to.equal(at(el, 10, 6));
    await press(el, 'Control+Home');
    expect(focused(el)).to.equal(at(el, 0, 0));
    expect($$(el, '[role=grid] [tabindex="0"]')).to.deep.equal([at(el, 0, 0)]);
    // Other keys pass through untouched.
    await press(el, 'a');
    expect(focused(el)).to.equal(at(el, 0, 0));
  });

  it('selects with Enter and Space, clears with Escape, and says so', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    const events = record(el);
    $(el, '[role=grid] [tabindex="0"]').focus();
    await press(el, 'End');
    await press(el, 'Enter');
    expect(el.selected).to.equal('A6');
    await press(el, 'ArrowDown');
    await press(el, 'Home');
    await press(el, ' ');
    expect(el.selected).to.equal('1');
    expect(text($(el, '[role=status]'))).to.contain('Selected 1. Personalised care planning');
    await press(el, 'Escape');
    expect(el.selected).to.equal('');
    expect($(el, '[part=details]')).to.equal(null);
    expect(text($(el, '[role=status]'))).to.equal('Selection cleared.');
    // Escape with nothing selected does nothing.
    await press(el, 'Escape');
    expect(events.map((e) => e.detail.kind)).to.deep.equal(['ambition', 'foundation', 'none']);
    // Enter on the corner selects nothing.
    await press(el, 'Control+Home');
    await press(el, 'Enter');
    expect(el.selected).to.equal('');
    expect(events).to.have.length(3);
  });

  it('presets the selection without firing an event, and moves the tab stop there', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map selected="A6"></ambition-map>`);
    const events = record(el);
    expect(at(el, 0, 6).getAttribute('aria-selected')).to.equal('true');
    expect(at(el, 0, 6).tabIndex).to.equal(0);
    expect($$(el, '[part=details] [part=case-studies] li')).to.have.length(
      caseStudiesFor({ ambition: 'A6' }).length,
    );
    el.selected = '7';
    await detailsDrawn(el);
    expect(at(el, 7, 0).getAttribute('aria-selected')).to.equal('true');
    expect(text($(el, '[part=details]'))).to.contain('7. Co-design');
    expect($(el, '[part=item-link]')).to.equal(null);
    el.selected = '2:A3';
    await detailsDrawn(el);
    expect(at(el, 2, 3).tabIndex).to.equal(0);
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('warns once about a bad selected value and selects nothing', async () => {
    const warnings = captureWarnings();
    let el: AmbitionMap;
    try {
      el = await fixture<AmbitionMap>(html`<ambition-map selected="A9"></ambition-map>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<ambition-map> selected');
    expect($(el!, '[part=details]')).to.equal(null);
    expect($$(el!, '[aria-selected=true]')).to.have.length(0);
  });

  it('colours each item by its self-check stage, with a "your map" legend in words', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    el.result = {
      items: [
        { foundation: 'leadership', stage: 'implement' },
        { foundation: 'co-design', stage: 'not-started' },
        { foundation: 'shared-records' },
      ],
    };
    await el.updateComplete;
    const legend = $(el, '[part=legend]');
    expect(text(legend)).to.contain('Your map');
    for (const word of ['Not started', 'Understanding', 'Interpreting', 'Implementing', 'Embedded'])
      expect(text(legend)).to.contain(word);
    expect(at(el, 8, 0).classList.contains('stage-implement')).to.equal(true);
    expect(text(at(el, 8, 0))).to.contain('Your stage: Implementing');
    expect(nameOf(at(el, 8, 0))).to.equal('8. Leadership: 4 case studies Your stage: Implementing');
    expect(text(at(el, 2, 0))).to.contain('Your stage: Not answered');
    await expect(el).to.be.accessible();
    el.result = undefined;
    await el.updateComplete;
    expect($(el, '[part=legend]')).to.equal(null);
    expect(text(at(el, 8, 0))).to.not.contain('Your stage');
  });

  it('a grid redrawn only where cells changed (selections, the table and back, a result) is the grid drawn afresh', async () => {
    // The map redraws only the cells a change touches (issue 31): the grid it keeps must be the
    // grid a fresh map draws for the same settings, attribute for attribute.
    const grid = (map: AmbitionMap) => $(map, '[role=grid]').outerHTML.replace(/<!--[^]*?-->/g, '');
    const result = {
      items: [
        { foundation: 'leadership' as const, stage: 'embedded' as const },
        { foundation: 'co-design' as const, stage: 'understand' as const },
      ],
    };
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    for (const selected of ['A2', '3', '7:A6', '', 'A5']) {
      el.selected = selected;
      await el.updateComplete;
    }
    el.view = 'table';
    await el.updateComplete;
    el.view = 'map';
    await el.updateComplete;
    el.selected = '1:A1';
    el.result = result;
    await el.updateComplete;
    el.selected = 'A3';
    await el.updateComplete;
    const fresh = await fixture<AmbitionMap>(
      html`<ambition-map selected="A3" .result=${result}></ambition-map>`,
    );
    expect(grid(el)).to.equal(grid(fresh));
    expect($$(el, '[aria-selected=true]').map((cell) => cell.dataset.col)).to.deep.equal(['3']);
    expect(at(el, 8, 0).classList.contains('stage-embedded')).to.equal(true);
  });

  for (const [width, height] of [
    [1280, 3000],
    [360, 640],
  ])
    it(`a selection shows in the grid at once and its details in the next frame, laid out on screen or not, so nothing moves later (${width}x${height})`, async () => {
      // Issue 31: a selection's frame draws the grid; the next draws the details panel (building
      // its list was most of a first selection's work on a phone CPU). The panel is then laid out
      // wherever it is: on a phone it is below the grid, and a panel laid out only when scrolled
      // to moved what followed it away from a reader's focus.
      await setViewport({ width, height });
      const el = await fixture<AmbitionMap>(html`<ambition-map selected="A2"></ambition-map>`);
      at(el, 0, 1).click();
      await el.updateComplete;
      // The grid answers at once; the panel still shows the last selection in the next paint.
      expect(at(el, 0, 1).getAttribute('aria-selected')).to.equal('true');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(text($(el, '[part=details-heading]'))).to.contain('Ambition 2');
      await detailsDrawn(el);
      expect(text($(el, '[part=details-heading]'))).to.contain('Ambition 1');
      const first = $(el, '[part=details] [part=case-studies] li');
      expect(text(first)).to.contain(caseStudiesFor({ ambition: 'A1' })[0]!.title);
      expect(first.getBoundingClientRect().height).to.be.greaterThan(0);
      const frames = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const credit = $(el, '[part=report-credit]');
      const before = credit.getBoundingClientRect().top + scrollY;
      $(el, '[part=details]').scrollIntoView();
      await frames();
      expect(credit.getBoundingClientRect().top + scrollY).to.be.closeTo(before, 1);
      scrollTo(0, 0);
    });

  it('two selections within one frame draw the details of the last one', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    el.selected = 'A3';
    await el.updateComplete;
    el.selected = '5';
    await detailsDrawn(el);
    expect(text($(el, '[part=details-heading]'))).to.contain('5.');
    el.selected = '';
    await detailsDrawn(el);
    expect($(el, '[part=details]')).to.equal(null);
  });

  it('ignores a bad result with one warning', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    const warnings = captureWarnings();
    try {
      el.result = { items: [{ foundation: 'nope', stage: 'embedded' }] } as never;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      el.result = 'rubbish' as never;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect($(el, '[part=legend]')).to.equal(null);
    expect(warnings.messages.filter((m) => m.includes('<ambition-map> result'))).to.have.length(2);
    expect(warnings.messages[0]).to.contain('items[0].foundation');
  });

  it('keeps the good entries of a partly bad result', async () => {
    const el = await fixture<AmbitionMap>(html`<ambition-map></ambition-map>`);
    const warnings = captureWarnings();
    try {
      el.result = {
        items: [
          { foundation: 'leadership', stage: 'embedded' },
          { foundation: 'co-design', stage: 'done' },
        ],
      } as never;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(text(at(el, 8, 0))).to.contain('Embedded');
    expect(text(at(el, 7, 0))).to.contain('Not answered');
  });

  for (const view of ['map', 'table'] as const) {
    it(`needs no horizontal scrolling at 320 px (${view})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<AmbitionMap>(
        html`<ambition-map view=${view} selected="A1"></ambition-map>`,
      );
      el.result = { items: [{ foundation: 'access-24-7', stage: 'interpret' }] };
      await el.updateComplete;
      const root = $(el, '.root');
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
      await expect(el).to.be.accessible();
    });
  }
});
