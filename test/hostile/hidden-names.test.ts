import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/self-check-summary.js';
import type { SelfCheckSummary } from '../../src/components/self-check-summary/self-check-summary.js';
import { createResultFile, toCsv, toJson } from '../../src/engine/index.js';
import { deepElements, report } from './frame.js';

/**
 * Issue 25, point 3: "Hide team names" hides them everywhere a person (or whoever they send a
 * file to) could see one: shadow DOM text and attributes, document.title, print, both combined
 * exports and the names of the downloads; the pseudonyms give nothing away (not alphabetical);
 * the organisation filter and the rows agree.
 */
const WINTER = '2026-02-10T10:00:00.000Z';
const ORGS = [
  'Aldermoor Hospice',
  'Birchfield Trust',
  'Cobbleton PCN',
  'Dunmere Care',
  'Elmstead Hospice',
  'Foxhollow ICB',
  'Greywell Practice',
  'Hartsbridge Trust',
];
const LEAD = 'Dr Jane Smith';

function results() {
  return ORGS.map((organisation, i) =>
    createResultFile(
      { leadership: { stage: 'understand', notes: `Note ${i}` } },
      {
        organisation,
        team: `${organisation.split(' ')[0]} Ward`,
        createdAt: WINTER,
        plan: [{ foundation: 'co-design', step: `Step ${i}`, lead: LEAD }],
      },
    ),
  );
}

/** Every real name an observer must not find once names are hidden (file names included). */
const SECRETS = [
  ...ORGS.flatMap((o) => [o, o.split(' ')[0]]),
  LEAD,
  'Jane Smith',
  'Quillon', // the unnamed result's organisation
  'Rookwood', // a refused file's name
];

/** What an observer of the element can read: text and every attribute, deep, plus the title. */
function observable(el: SelfCheckSummary): string {
  const elements = [el, ...deepElements(el.shadowRoot!)];
  return [
    document.title,
    el.shadowRoot!.textContent,
    ...elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)),
    ...elements.flatMap((e) =>
      e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? [e.value] : [],
    ),
  ].join('\n');
}

/** Captures the downloads the element offers: file name and contents. */
async function capture(run: () => void): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  const create = URL.createObjectURL;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return create.call(URL, b);
  };
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    run();
  } finally {
    HTMLAnchorElement.prototype.click = original;
    URL.createObjectURL = create;
  }
  return { name, text: (await blob?.text()) ?? '' };
}

const leaks = (text: string) => SECRETS.filter((s) => text.toLowerCase().includes(s.toLowerCase()));

describe('hostile: hidden names stay hidden', function () {
  this.timeout(30000);
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('no team, organisation, plan lead or file name anywhere once "Hide team names" is on', async () => {
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const files = results().map((r) => new File([toJson(r)], `${r.organisation} - ${r.team}.json`));
    const unnamed = createResultFile(
      { leadership: { stage: 'interpret' } },
      { organisation: 'Quillon Hospice', createdAt: WINTER },
    );
    files.push(new File([toCsv(unnamed)], 'Quillon Hospice no team.csv'));
    files.push(new File([toJson(results()[0])], 'Aldermoor Hospice again.json')); // duplicate
    files.push(new File(['{"broken'], 'Rookwood Hospice.json')); // refused
    await el.addFiles(files);
    await el.updateComplete;
    expect(leaks(observable(el)), 'names are shown while not hidden').to.not.deep.equal([]);

    const box = el.shadowRoot!.querySelector<HTMLInputElement>('.hide input')!;
    const changed = oneEvent(el, 'ambitions-summary-change');
    box.click();
    await changed;
    // Open the full file list too: it must not show them either.
    el.shadowRoot!.querySelector<HTMLDetailsElement>('.files details')!.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;

    const screen = observable(el);
    await emulateMedia({ media: 'print' });
    const printed = el.shadowRoot!.textContent ?? '';
    const csv = await capture(() => el.download('csv'));
    const json = await capture(() => el.download('json'));
    const found = {
      screen: leaks(screen),
      print: leaks(printed),
      csv: leaks(csv.text),
      json: leaks(json.text),
      'file names': leaks(`${csv.name} ${json.name}`),
    };
    const leaked = Object.values(found).flat().length;
    await report({ 'names leaked': leaked, attacks: 1 });
    expect(found).to.deep.equal({ screen: [], print: [], csv: [], json: [], 'file names': [] });
    // The combined files still hold the results (the pseudonyms, stages, notes).
    expect(csv.text).to.include('Organisation 1');
    expect(json.text).to.include('Note 0');
    await expect(el).to.be.accessible();
  });

  it('pseudonyms are not in alphabetical order; the organisation filter and the rows agree', async () => {
    const el = await fixture<SelfCheckSummary>(
      html`<self-check-summary hide-names></self-check-summary>`,
    );
    await el.addFiles(results().map((r, i) => new File([toJson(r)], `${i}.json`)));
    await el.updateComplete;
    // Pseudonyms by the real names' alphabetical order would give them away.
    const byName = [...el.summary.teams].sort((a, b) =>
      a.file.organisation!.localeCompare(b.file.organisation!),
    );
    const numbers = byName.map((t) => Number(t.organisation.replace('Organisation ', '')));
    const letters = byName.map((t) => t.name);
    expect(numbers).to.not.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(letters).to.not.deep.equal(letters.slice().sort());
    // Tick "Organisation 3": every row says Organisation 3.
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.orgs input')];
    const third = boxes.find((b) => b.parentElement!.textContent!.trim() === 'Organisation 3')!;
    expect(third, 'a box labelled Organisation 3').to.not.equal(undefined);
    third.click();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('.matrix tbody tr td:first-child')].map((td) =>
      td.textContent!.trim(),
    );
    await report({ attacks: 1 });
    expect(rows).to.deep.equal(['Organisation 3']);
    await expect(el).to.be.accessible();
  });

  it('says free text may hold names, and can leave notes, steps and leads out of the downloads', async () => {
    const el = await fixture<SelfCheckSummary>(
      html`<self-check-summary hide-names></self-check-summary>`,
    );
    await el.addFiles(results().map((r, i) => new File([toJson(r)], `${i}.json`)));
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector('.free-text')!;
    expect(note.textContent).to.match(/may (also )?name people/);
    const leave = note.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    leave.click();
    await el.updateComplete;
    const csv = await capture(() => el.download('csv'));
    const json = await capture(() => el.download('json'));
    for (const out of [csv.text, json.text]) {
      expect(out).to.not.include('Note 0');
      expect(out).to.not.include('Step 0');
      expect(out).to.not.include(LEAD);
      expect(out).to.include('Organisation 1');
    }
    await expect(el).to.be.accessible();
  });
});
