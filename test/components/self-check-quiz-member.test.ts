import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { decodeMemberCode, readMemberFile } from '../../src/engine/index.js';
import { readQr } from '../fixtures/read-qr.js';

/** Issue 28: a member rates privately on their phone and gets a code, a QR code and a file. */

const root = (el: SelfCheckQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SelfCheckQuiz, selector: string) =>
  root(el).querySelector<T>(selector)!;
const text = (el: SelfCheckQuiz) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: SelfCheckQuiz) => $(el, '[part~="screen-title"]').textContent!.trim();
const buttonNamed = (el: SelfCheckQuiz, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const focused = (el: SelfCheckQuiz) => root(el).activeElement as HTMLElement | null;
async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await aTimeout(20);
  expect(check()).to.equal(true);
}
/** Focuses a button and presses Enter on it, as a keyboard user does. */
async function activate(el: SelfCheckQuiz, name: string) {
  await el.updateComplete;
  const b = buttonNamed(el, name);
  expect(Boolean(b), `button ${name}`).to.equal(true);
  b.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}
/** Chooses a stage on the current item with the keyboard (focus the radio, press Space). */
async function choose(el: SelfCheckQuiz, label: string) {
  const radio = [...root(el).querySelectorAll<HTMLInputElement>('[part="stages"] input')].find(
    (input) => input.closest('label')!.textContent!.includes(label),
  )!;
  radio.focus();
  await sendKeys({ press: ' ' });
  await el.updateComplete;
  expect(radio.checked, label).to.equal(true);
}

/** A member quiz once its view (loaded on demand) is on screen. */
async function memberQuiz(template: ReturnType<typeof html>) {
  const el = await fixture<SelfCheckQuiz>(template);
  await until(() => Boolean(root(el).querySelector('[part~="screen-title"]')));
  return el;
}

describe('<self-check-quiz mode="member">', function () {
  // Each item is reached with the keyboard, in three engines at once on two shared cores.
  this.timeout(60_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('rates privately on a phone and shows a code, a QR code and a file with the same ratings', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await memberQuiz(html`<self-check-quiz mode="member" no-storage></self-check-quiz>`);
    expect(heading(el)).to.equal('Rate on your own first');
    expect(text(el)).to.contain('Notes never go into the code or the file');
    await expect(el).to.be.accessible();

    // A name the code cannot carry is explained as it is typed, and nothing typed is lost.
    $<HTMLInputElement>(el, '#member-name').focus();
    await sendKeys({ type: 'Zoë 2' });
    await el.updateComplete;
    expect($(el, '#member-name-problem').textContent).to.contain('letters A to Z');
    expect($<HTMLInputElement>(el, '#member-name').value).to.equal('Zoë 2');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect($(el, '#member-name-problem')).to.equal(null);

    await activate(el, 'Start');
    expect(heading(el)).to.equal('1. Personalised care planning');
    expect(focused(el)?.getAttribute('part')).to.contain('screen-title');
    await choose(el, 'Implementing');
    $<HTMLTextAreaElement>(el, '#notes').focus();
    await sendKeys({ type: 'Only my view' });
    await expect(el).to.be.accessible();
    await activate(el, 'Next');
    await choose(el, 'Understanding');
    await activate(el, 'Next');
    // Item 3 is skipped; item 8 (leadership) rated.
    for (let i = 3; i < 8; i++) await activate(el, 'Next');
    expect(heading(el)).to.equal('8. Leadership');
    await choose(el, 'Embedded');
    await activate(el, 'Next');
    await activate(el, 'Next');
    expect(heading(el)).to.equal('10. Sharing learning');
    await activate(el, 'Show my code');

    expect(heading(el)).to.equal('Your code');
    const shown = $(el, '[part="member-code"] [aria-hidden]').textContent!.trim();
    expect(shown).to.match(/^(\w{4}-)+\w{1,4}$/);
    const read = decodeMemberCode(shown);
    expect(read.ok).to.equal(true);
    const expected = {
      ratings: {
        'personalised-care-planning': 'implement',
        'shared-records': 'understand',
        leadership: 'embedded',
      },
      name: 'ZOE',
    };
    if (read.ok) expect(read.value).to.deep.equal(expected);
    expect(text(el)).to.contain('3 of 10 items rated, as ZOE');
    // Screen readers hear it character by character.
    expect($(el, '[part="member-code"] .visually-hidden').textContent).to.contain(
      [...shown.slice(0, 4)].join(' '),
    );
    // Large enough to read across a table (the member view's styles arrive with it), and it
    // fits the phone's width.
    expect(parseFloat(getComputedStyle($(el, '[part="member-code"]')).fontSize)).to.be.at.least(28);
    const codeBox = $(el, '[part="member-code"]');
    expect(codeBox.scrollWidth).to.be.at.most(codeBox.clientWidth + 1);

    // The QR code, read back from its picture.
    await until(() => Boolean($(el, 'svg[part="member-qr"]')));
    expect(await readQr($<SVGSVGElement>(el, 'svg[part="member-qr"]'))).to.equal(shown);
    await expect(el).to.be.accessible();

    // The file: the same code, no notes.
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return create.call(URL, b);
    };
    // The browser's own download is stopped: in Firefox its download panel takes the keyboard.
    const noDownload = (e: Event) => {
      if ((e.target as Element).matches('a[download]')) e.preventDefault();
    };
    root(el).addEventListener('click', noDownload, true);
    try {
      await activate(el, 'Download my ratings');
    } finally {
      URL.createObjectURL = create;
      root(el).removeEventListener('click', noDownload, true);
    }
    const file = await blob!.text();
    expect(file).not.to.contain('Only my view');
    const fromFile = readMemberFile(file);
    expect(fromFile.ok && fromFile.code).to.equal(shown);
    expect($(el, '[role=status]').textContent).to.match(
      /Downloading my-ratings-\d{4}-\d\d-\d\d\.json/,
    );

    // Changing a rating changes the code.
    await activate(el, 'Change my ratings');
    await choose(el, 'Not started');
    await activate(el, 'Next');
    for (let i = 2; i < 10; i++) await activate(el, 'Next');
    await activate(el, 'Show my code');
    const changed = $(el, '[part="member-code"] [aria-hidden]').textContent!.trim();
    expect(changed).not.to.equal(shown);
    const again = decodeMemberCode(changed);
    expect(again.ok && again.value.ratings['personalised-care-planning']).to.equal('not-started');
  });

  it('keeps notes on the phone only when the member saves, and the code still leaves them out', async () => {
    localStorage.clear();
    const el = await memberQuiz(
      html`<self-check-quiz mode="member" storage-key="member-test"></self-check-quiz>`,
    );
    await activate(el, 'Start');
    await choose(el, 'Interpreting');
    $<HTMLTextAreaElement>(el, '#notes').focus();
    await sendKeys({ type: 'a private note' });
    el.go('results');
    await el.updateComplete;
    expect(JSON.stringify({ ...localStorage })).not.to.contain('a private note');
    await activate(el, 'Save on this device');
    await until(() => JSON.stringify({ ...localStorage }).includes('a private note'));
    expect(focused(el)?.textContent).to.contain('Saved on this phone');
    expect(text(el)).not.to.contain('a private note');
    await expect(el).to.be.accessible();
    localStorage.clear();
  });

  it('gives a code that reads even when nothing was rated', async () => {
    const el = await memberQuiz(html`<self-check-quiz mode="member" no-storage></self-check-quiz>`);
    el.go('results');
    await el.updateComplete;
    expect(heading(el)).to.equal('Your code');
    expect(decodeMemberCode($(el, '[part="member-code"] [aria-hidden]').textContent).ok).to.equal(
      true,
    );
    expect(text(el)).to.contain('0 of 10 items rated');
    await expect(el).to.be.accessible();
  });
});
