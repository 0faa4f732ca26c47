import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { loadQr, qrSvg } from '../../src/components/self-check-quiz/member-qr.js';
import { render } from 'lit';
import {
  CSV_COLUMNS,
  encodeMemberCode,
  memberFile,
  parseCsv,
  parseResultCsv,
  parseResultFile,
  type MemberCode,
} from '../../src/engine/index.js';

/**
 * Issue 28: the meeting screen gathers members' codes (typed, from a file, from a picture of a QR
 * code, from the camera), shows the spread on each item before "Where are we?", and the result
 * keeps the agreed stage and the spread (counts only) in its JSON, CSV and printout.
 */

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: SelfCheckQuiz, selector: string) =>
  root(el).querySelector<T>(selector)!;
const $$ = (el: SelfCheckQuiz, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const text = (el: SelfCheckQuiz) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: SelfCheckQuiz) => $(el, '[part~="screen-title"]').textContent!.trim();
const buttonNamed = (el: SelfCheckQuiz, name: string | RegExp) =>
  $$(el, 'button').find((b) => {
    const label = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  })!;
/** The focused element inside the quiz (never <body>). */
const focused = (el: SelfCheckQuiz) => root(el).activeElement as HTMLElement | null;
const status = (el: SelfCheckQuiz) => $(el, '[role=status]').textContent!.trim();
const problem = (el: SelfCheckQuiz) => $(el, '[part="gather-problem"]').textContent!.trim();
const codeBox = (el: SelfCheckQuiz) => $<HTMLInputElement>(el, '#member-code');
async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await aTimeout(20);
  expect(check()).to.equal(true);
}
/** Focuses a button and presses Enter on it, as a keyboard user does. */
async function activate(el: SelfCheckQuiz, name: string | RegExp) {
  await el.updateComplete;
  const b = buttonNamed(el, name);
  expect(Boolean(b), `button ${name}`).to.equal(true);
  b.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}
/** Types a code into the code box and presses Enter, keyboard only. */
async function typeCode(el: SelfCheckQuiz, code: string) {
  codeBox(el).focus();
  // A refused code stays in the box: select it, so the typing replaces it. After a code was
  // added the box is empty (checked below), so the next code is typed as the facilitator would.
  if (codeBox(el).value) codeBox(el).select();
  await sendKeys({ type: code });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}
function chooseFiles(el: SelfCheckQuiz, files: File[]) {
  const input = $<HTMLInputElement>(el, '#member-files');
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
}

/** Four members in the room (codes read out and typed) and one who sent a file. */
const members: MemberCode[] = [
  {
    name: 'Anne',
    ratings: {
      'personalised-care-planning': 'understand',
      'shared-records': 'understand',
      'evidence-and-information': 'implement',
    },
  },
  {
    ratings: {
      'personalised-care-planning': 'understand',
      'shared-records': 'interpret',
      'evidence-and-information': 'understand',
    },
  },
  {
    name: 'Raj',
    ratings: { 'personalised-care-planning': 'implement', 'shared-records': 'interpret' },
  },
  {
    ratings: {
      'personalised-care-planning': 'embedded',
      'evidence-and-information': 'not-started',
    },
  },
];
const byFile: MemberCode = {
  ratings: {
    'personalised-care-planning': 'interpret',
    'shared-records': 'interpret',
    'evidence-and-information': 'interpret',
  },
};
/** What the five members entered, per item: members per stage (only the stages chosen). */
const expectedSpread = {
  'personalised-care-planning': { understand: 2, interpret: 1, implement: 1, embedded: 1 },
  'shared-records': { understand: 1, interpret: 3 },
  'evidence-and-information': { 'not-started': 1, understand: 1, interpret: 1, implement: 1 },
};
const codes = members.map(encodeMemberCode);
const memberFileOf = (m: MemberCode) =>
  new File([memberFile(m)], 'member-ratings.json', { type: 'application/json' });

/** A meeting quiz with the gathering panel open (by keyboard). */
async function meeting(attrs = '') {
  const el = await fixture<SelfCheckQuiz>(
    attrs === 'stored'
      ? html`<self-check-quiz mode="meeting" storage-key="gathering-test"></self-check-quiz>`
      : html`<self-check-quiz mode="meeting" no-storage></self-check-quiz>`,
  );
  await activate(el, /^Gather members’ ratings/);
  // The panel loads on demand; focus stays on the button that opened it.
  await until(() => Boolean(codeBox(el)));
  expect(focused(el)?.textContent).to.contain('Gather members’ ratings');
  expect(focused(el)?.getAttribute('aria-expanded')).to.equal('true');
  return el;
}

/** Gathers the five members quickly (value set, then Add member pressed). */
async function gatherAll(el: SelfCheckQuiz) {
  for (const code of codes) {
    const box = codeBox(el);
    box.value = code;
    box.dispatchEvent(new Event('input'));
    buttonNamed(el, 'Add member').click();
    await el.updateComplete;
  }
  chooseFiles(el, [memberFileOf(byFile)]);
  await until(() => text(el).includes('5 members gathered'));
}

/** Counts per stage as the item's spread shows them, in the stages' order. */
const shownCounts = (el: SelfCheckQuiz) =>
  $$(el, '.spread-counts li').map((li) => Number(li.querySelector('.spread-count')!.textContent));

describe('<self-check-quiz mode="meeting"> gathering members’ ratings', function () {
  this.timeout(90_000);
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('gathers four typed codes and one file by keyboard, refusing empty, mistyped and duplicate codes', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await meeting();
    await expect(el).to.be.accessible();

    // Empty: a plain warning, focus stays in the box.
    await typeCode(el, '');
    expect(problem(el)).to.equal('Type the code the member was given.');
    expect(focused(el)).to.equal(codeBox(el));

    // One character misread: refused, and what was typed stays.
    const raw = codes[0].replace(/-/g, '');
    const wrong = raw.slice(0, 3) + (raw[3] === 'X' ? 'Y' : 'X') + raw.slice(4);
    await typeCode(el, wrong.toLowerCase());
    expect(problem(el)).to.contain('This code has a mistake');
    expect(codeBox(el).value).to.equal(wrong.toLowerCase());
    expect(codeBox(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    // Four codes read aloud and typed (lower case, without dashes for one of them).
    await typeCode(el, raw.toLowerCase());
    expect(problem(el)).to.equal('');
    expect(codeBox(el).value).to.equal('');
    expect(status(el)).to.equal('Member 1 (Anne) added. 1 member gathered.');
    for (const code of codes.slice(1)) {
      await typeCode(el, code);
      expect(problem(el)).to.equal('');
      expect(codeBox(el).value).to.equal('');
    }
    expect(status(el)).to.equal('Member 4 added. 4 members gathered.');
    expect(focused(el)).to.equal(codeBox(el));

    // The same code again: refused, with a way to add it for another person who chose the same.
    await typeCode(el, codes[1]);
    expect(problem(el)).to.contain('already in, as member 2');
    expect(text(el)).to.contain('4 members gathered');
    expect(Boolean(buttonNamed(el, 'Add anyway: another person with the same ratings'))).to.equal(
      true,
    );

    // The member who is not in the room sent a file.
    chooseFiles(el, [memberFileOf(byFile)]);
    await until(() => text(el).includes('5 members gathered'));
    expect(status(el)).to.equal('Member 5 added. 5 members gathered.');
    expect(
      $$(el, '[part="members"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.have.length(5);
    expect(text(el)).to.contain('Member 1 (Anne), typed');
    expect(text(el)).to.contain('Member 5, from a file');

    // A file that is not a member's: named, nothing else changes.
    chooseFiles(el, [new File(['{"hello":1}'], 'notes.json', { type: 'application/json' })]);
    await until(() => problem(el).includes('notes.json'));
    expect(problem(el)).to.contain('not a member’s ratings file');
    expect(text(el)).to.contain('5 members gathered');
    await expect(el).to.be.accessible();

    // Remove member 2 by keyboard: focus goes to the next Remove button, never to <body>.
    await activate(el, 'Remove member 2');
    expect(status(el)).to.equal('Member 2 removed. 4 members gathered.');
    expect(text(el)).to.contain('4 members gathered');
    expect(focused(el)?.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove member 2');
    expect(document.activeElement).to.equal(el);
    await expect(el).to.be.accessible();
  });

  it('shows each item’s spread before "Where are we?", equal to what the members entered, and orders by spread', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await meeting();
    await gatherAll(el);
    expect(text(el)).to.contain('Far apart: two members chose stages 2 or more steps apart');
    await activate(el, 'Start the meeting');

    // Item 1: five members, far apart; the first names given are shown, no others.
    expect(heading(el)).to.match(/^1\. /);
    expect(shownCounts(el)).to.deep.equal([0, 2, 1, 1, 1]);
    expect($(el, '[part="far-apart"]').textContent).to.contain('Members are far apart');
    const spread = $(el, '[part="spread"]');
    expect(spread.textContent).to.contain('Anne');
    expect(spread.textContent).to.contain('Raj');
    // Shown before the stage choice, which comes with the last question.
    expect($(el, '[part="stages"]')).to.equal(null);
    // Large enough for a projector: the counts are at least 2.5 times the body text... or 40 px.
    const count = $(el, '.spread-count');
    expect(parseFloat(getComputedStyle(count).fontSize)).to.be.at.least(40);
    await expect(el).to.be.accessible();

    // Item 2: four rated it, one did not; neighbouring stages are not "far apart".
    el.go('step', 1);
    await el.updateComplete;
    expect(shownCounts(el)).to.deep.equal([0, 1, 3, 0, 0]);
    expect(spread.isConnected ? spread.textContent : text(el)).to.contain('4 members rated');
    expect(text(el)).to.contain('4 members rated this item; 1 did not');
    expect($(el, '[part="far-apart"]')).to.equal(null);

    // Item 4: nobody rated it, so no spread.
    el.go('step', 3);
    await el.updateComplete;
    expect($(el, '[part="spread"]')).to.equal(null);

    // Ordered by spread: the most divided first (items 1 and 3), then 2, then the rest.
    el.go('start');
    await el.updateComplete;
    await activate(el, 'Order the items by spread');
    expect(focused(el)?.textContent!.trim()).to.equal('Back to the guide’s order');
    expect(text(el)).to.contain('most first: 1, 3, 2, 4, 5, 6, 7, 8, 9, 10.');
    await activate(el, 'Start the meeting');
    expect(heading(el)).to.match(/^1\. /);
    el.go('step', 1);
    await el.updateComplete;
    expect(heading(el)).to.match(/^3\. /);
    expect(shownCounts(el)).to.deep.equal([1, 1, 1, 1, 0]);
  });

  it('at 1280x720 with members gathered, PageDown shows each new question above the button bar', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await meeting();
    await gatherAll(el);
    await activate(el, 'Start the meeting');
    for (const n of [1, 2, 3]) {
      expect(heading(el)).to.match(new RegExp(`^${n}\\. `));
      for (let k = 0; k < 8 && !$$(el, '.stage').length; k++) {
        await sendKeys({ press: 'PageDown' });
        await el.updateComplete;
        await aTimeout(50);
        const bar = $(el, '[part~="nav"]').getBoundingClientRect();
        const shown = $$(el, '.asks li').at(-1)!.getBoundingClientRect();
        expect(shown.top, `item ${n}, question ${k + 1} top`).to.be.at.least(0);
        expect(shown.bottom, `item ${n}, question ${k + 1} bottom`).to.be.at.most(bar.top + 0.5);
      }
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
    }
    await expect(el).to.be.accessible();
  });

  it('at 1280x720 the far-apart note is clear of the bar, and "Where are we?" shows the spread in one line beside the stages', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await meeting();
    await gatherAll(el);
    await activate(el, 'Start the meeting');
    const bar = () => $(el, '[part~="nav"]').getBoundingClientRect();
    // First view of item 1: the red note is wholly above the bar.
    const flag = $(el, '[part="far-apart"]').getBoundingClientRect();
    expect(flag.top, 'far-apart note top').to.be.at.least(0);
    expect(flag.bottom, 'far-apart note bottom').to.be.at.most(bar().top + 0.5);
    const counts = $(el, '.spread-counts').getBoundingClientRect();
    expect(counts.bottom, 'the counts per stage').to.be.at.most(bar().top + 0.5);
    for (let k = 0; k < 8 && !$$(el, '.stage').length; k++) {
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      await aTimeout(50);
    }
    // With the stage choice: the counts per stage in one line, on screen with the stages.
    const summary = $(el, '.where [part="spread-line"]');
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Members: 2 Understanding, 1 Interpreting, 1 Implementing, 1 Embedded (far apart)',
    );
    const line = summary.getBoundingClientRect();
    const stagesBox = $(el, '.stage-buttons').getBoundingClientRect();
    expect(line.top, 'summary top').to.be.at.least(0);
    expect(line.bottom, 'summary bottom').to.be.at.most(stagesBox.top + 0.5);
    expect(line.height, 'one line').to.be.below(2 * parseFloat(getComputedStyle(summary).fontSize));
    for (const b of $$(el, '.stage')) {
      const r = b.getBoundingClientRect();
      expect(r.top, 'stage button top').to.be.at.least(0);
      expect(r.bottom, 'stage button bottom').to.be.at.most(bar().top + 0.5);
    }
    await expect(el).to.be.accessible();
  });

  it('the example code in the hint is accepted, and the list on the projector shows names and only the last character of each code', async () => {
    const el = await meeting();
    const example = $(el, '#member-code-hint').textContent!.match(
      /[A-Z0-9]{4}(-[A-Z0-9]{1,4})+/,
    )![0];
    await typeCode(el, example);
    expect(problem(el)).to.equal('');
    expect(text(el)).to.contain('1 member gathered');
    const room = await meeting();
    await gatherAll(room);
    const rows = $$(room, '[part="members"] li').map((li) => li.textContent!.replace(/\s+/g, ' '));
    // Nobody in the room can read a named member's ratings off the screen.
    for (const code of [...codes, encodeMemberCode(byFile)]) {
      for (const row of rows) expect(row).to.not.contain(code);
      for (const group of code.split('-').slice(0, -1))
        expect(rows.join(' ')).to.not.contain(group);
    }
    expect(rows[0]).to.contain('Member 1 (Anne), typed, code ending …' + codes[0].slice(-1));
    await expect(room).to.be.accessible();
  });

  it('at 360 px a member’s code breaks only between its groups, never a lone character', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="member" no-storage></self-check-quiz>`,
    );
    await until(() => Boolean(root(el).querySelector('[part~="screen-title"]')));
    // A five-letter name makes a code of 13 characters: the last group is one character.
    const name = $<HTMLInputElement>(el, '#member-name');
    name.value = 'Priya';
    name.dispatchEvent(new Event('input'));
    el.answers = { ...members[0].ratings } as SelfCheckQuiz['answers'];
    el.go('results');
    await el.updateComplete;
    const shown = $(el, '[part="member-code"] [aria-hidden]');
    const code = shown.textContent!.trim();
    expect(code).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]$/);
    // Each line of the code (by the top of each character) holds whole groups of 4 or more, on
    // any phone from 240 px wide up to 360 px (the element as wide as the phone's column).
    const range = document.createRange();
    const linesOf = () => {
      const tops = new Map<number, string>();
      const walker = document.createTreeWalker(shown, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          tops.set(top, (tops.get(top) ?? '') + node.textContent![i]);
        }
      return [...tops.values()];
    };
    for (let width = 240; width <= 344; width += 4) {
      el.style.display = 'block';
      el.style.width = `${width}px`;
      const lines = linesOf();
      expect(lines.join('')).to.equal(code);
      for (const line of lines)
        expect(line.replace(/-/g, '').length, `${width} px: ${lines.join(' / ')}`).to.be.at.least(
          4,
        );
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the agreed stage and the spread in the result, its JSON, its CSV and the printout', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await meeting();
    await gatherAll(el);
    await activate(el, 'Start the meeting');
    // Through the questions to "Where are we?", then the team agrees Interpreting.
    while (!$(el, '[part="stages"]')) await activate(el, /^Next question/);
    const stage = $$(el, '[part~="stage"]').find((b) => b.textContent!.includes('Interpreting'))!;
    stage.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stage.getAttribute('aria-pressed')).to.equal('true');

    // The JSON: version 4, the agreed stage and the counts, no codes or names.
    const json = el.exportResult('json');
    const file = JSON.parse(json);
    expect(file.version).to.equal(4);
    expect(file.answers['personalised-care-planning']).to.deep.equal({
      stage: 'interpret',
      spread: expectedSpread['personalised-care-planning'],
    });
    expect(file.answers['shared-records']).to.deep.equal({
      spread: expectedSpread['shared-records'],
      spreadNotRated: 1,
    });
    expect(json).to.not.contain('Anne');
    for (const code of codes) expect(json).to.not.contain(code);
    const back = parseResultFile(json);
    expect(back.ok && back.value.answers).to.deep.equal(file.answers);

    // The CSV: a column per stage, "not rated" and "far apart"; it imports back.
    const csv = el.exportResult('csv');
    const [header, ...rows] = parseCsv(csv);
    expect(header).to.deep.equal([...CSV_COLUMNS]);
    const row = rows.find((r) => r[header.indexOf('item_id')] === 'personalised-care-planning')!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('stage')).to.equal('interpret');
    expect(
      [
        'members_not_started',
        'members_understand',
        'members_interpret',
        'members_implement',
        'members_embedded',
        'members_not_rated',
        'members_far_apart',
      ].map(cell),
    ).to.deep.equal(['0', '2', '1', '1', '1', '0', 'yes']);
    const fromCsv = parseResultCsv(csv);
    expect(fromCsv.ok && fromCsv.value.answers).to.deep.equal(file.answers);

    // The results screen and its printout.
    el.go('results');
    await el.updateComplete;
    const line =
      'Members before agreeing: 2 Understanding, 1 Interpreting, 1 Implementing, 1 Embedded (far apart)';
    expect(text(el)).to.contain(line);
    expect(text(el)).to.contain(
      'Members before agreeing: 1 Understanding, 3 Interpreting; 1 did not rate it',
    );
    await expect(el).to.be.accessible();
    await emulateMedia({ media: 'print' });
    await aTimeout(50);
    const printed = $(el, '[part="results"]').innerText.replace(/\s+/g, ' ');
    expect(printed).to.contain(line);
    expect(printed).to.not.contain('Gather members’ ratings');
  });

  it('says plainly when there is no camera or no permission, and typing still works', async () => {
    const el = await meeting();
    const devices = Object.getOwnPropertyDescriptor(Navigator.prototype, 'mediaDevices');
    try {
      // No camera API at all (an http page, or a browser without one).
      Object.defineProperty(Navigator.prototype, 'mediaDevices', {
        configurable: true,
        get: () => undefined,
      });
      await activate(el, 'Scan a QR code with the camera');
      await until(() => $(el, '[part="scan-message"]').textContent!.includes('no camera'));
      expect(status(el)).to.contain('no camera');
      expect(focused(el)?.textContent!.trim()).to.equal('Scan a QR code with the camera');
      await expect(el).to.be.accessible();

      // A camera the person (or the browser) refused.
      Object.defineProperty(Navigator.prototype, 'mediaDevices', {
        configurable: true,
        get: () => ({
          getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        }),
      });
      await activate(el, 'Scan a QR code with the camera');
      await until(() =>
        $(el, '[part="scan-message"]').textContent!.includes('not allowed to use the camera'),
      );
      expect(focused(el)?.textContent!.trim()).to.equal('Scan a QR code with the camera');
      await expect(el).to.be.accessible();
    } finally {
      if (devices) Object.defineProperty(Navigator.prototype, 'mediaDevices', devices);
      else delete (Navigator.prototype as { mediaDevices?: unknown }).mediaDevices;
    }
    await typeCode(el, codes[0]);
    expect(text(el)).to.contain('1 member gathered');
  });

  it('reads a member’s QR code from a picture of it (a screenshot)', async () => {
    const el = await meeting();
    // The member's QR code as their phone draws it, made into a PNG as a screenshot would be.
    const generate = (await loadQr())!;
    const holder = document.createElement('div');
    render(qrSvg(generate(codes[2]), 'QR code'), holder);
    const svg = holder.querySelector('svg')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const scale = 8;
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    svg.setAttribute('width', String(w * scale));
    svg.setAttribute('height', String(h * scale));
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w * scale + 80;
    canvas.height = h * scale + 80;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 40, 40);
    const png = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
    chooseFiles(el, [new File([png], 'screenshot.png', { type: 'image/png' })]);
    await until(() => text(el).includes('1 member gathered'), 20_000);
    expect(text(el)).to.contain('Member 1 (Raj), from a picture');

    // A picture without a QR code: said, by name.
    const blank = await new Promise<Blob>((done) => {
      const c = document.createElement('canvas');
      c.width = c.height = 50;
      c.toBlob((b) => done(b!), 'image/png');
    });
    chooseFiles(el, [new File([blank], 'holiday.png', { type: 'image/png' })]);
    await until(() => problem(el).includes('holiday.png'), 20_000);
    expect(problem(el)).to.contain('no QR code could be read');
    await expect(el).to.be.accessible();
  });

  it('a member’s code can be spelt out for reading aloud (sound-alike letters), and it reads back', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz mode="member" no-storage></self-check-quiz>`,
    );
    await until(() => Boolean(root(el).querySelector('[part~="screen-title"]')));
    el.answers = members[0].ratings as SelfCheckQuiz['answers'];
    el.go('results');
    await el.updateComplete;
    expect(heading(el)).to.equal('Your code');
    const code = $(el, '[part="member-code"] [aria-hidden]').textContent!.trim();
    const summary = $(el, '[part="member-spelling"] summary');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, '[part="member-spelling"]').open).to.equal(true);
    const spelt = $$(el, '.spelling li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(spelt).to.have.length(code.replace(/-/g, '').length);
    expect(spelt[0]).to.equal('A for Alpha');
    for (const line of spelt)
      expect(line).to.match(
        /^([2-9] (two|three|four|five|six|seven|eight|nine)|[A-Z] for [A-Z][a-z-]+)$/i,
      );
    // What is read aloud from the spelling, typed on the meeting screen, is the member's code.
    const typed = spelt.map((line) => line[0]).join('');
    const meetingEl = await meeting();
    await typeCode(meetingEl, typed);
    expect(text(meetingEl)).to.contain('1 member gathered');
    await expect(el).to.be.accessible();
  });
});
