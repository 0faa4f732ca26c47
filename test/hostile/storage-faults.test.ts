import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { storageKey } from '../../src/engine/index.js';
import { report } from './frame.js';

/**
 * Storage faults for the quiz: the person types notes, storage misbehaves, and the notes must
 * stay on screen and in the quiz's result; the person is told once, in plain words.
 */
const NOTE = 'Twenty minutes of notes <b>bold?</b> <script>alert(1)</script> ünïcödé';
let lost = 0;

/** Replaces window.localStorage for one test (a getter, so it can also throw). */
function stubLocalStorage(get: () => Storage | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', { configurable: true, get });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

/** A Storage whose setItem throws `name` (a DOMException, as browsers do). */
function throwingOnWrite(name: string): Storage {
  const real = window.localStorage;
  return {
    getItem: (k: string) => real.getItem(k),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', name);
    },
    removeItem: (k: string) => real.removeItem(k),
  } as unknown as Storage;
}

const buttonNamed = (el: SelfCheckQuiz, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const notices = (el: SelfCheckQuiz) =>
  [...el.shadowRoot!.querySelectorAll('[part~="notice"]')].map((n) => n.textContent!.trim());

async function click(el: SelfCheckQuiz, name: string) {
  await el.updateComplete;
  const button = buttonNamed(el, name);
  expect(Boolean(button), `button "${name}"`).to.equal(true);
  button!.click();
  await el.updateComplete;
}

/** "Save on this device" is on the start screen: go back to it from an item, then save. */
async function saveOnDevice(el: SelfCheckQuiz) {
  if (!buttonNamed(el, 'Save on this device')) await click(el, 'Back');
  await click(el, 'Save on this device');
}

/** Starts, answers the first item and types notes; returns the notes box. */
async function typeNotes(el: SelfCheckQuiz, text = NOTE): Promise<HTMLTextAreaElement> {
  if (buttonNamed(el, 'Start')) await click(el, 'Start');
  if (buttonNamed(el, 'Continue')) await click(el, 'Continue');
  // With answers kept (on the device or in memory) the start screen offers the round, dated.
  const round = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    /^Continue this round/.test(b.textContent!.trim()),
  );
  if (round) {
    round.click();
    await el.updateComplete;
  }
  const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  return box;
}

/** The notes survive: on screen, and in the result the quiz reports. */
async function expectNotesKept(el: SelfCheckQuiz, text = NOTE) {
  await el.updateComplete;
  const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea');
  const inResult = JSON.stringify(el.result).includes(JSON.stringify(text).slice(1, -1));
  if (!inResult || (box && box.value !== text)) lost += 1;
  expect(inResult, 'notes in the result').to.equal(true);
  if (box) expect(box.value).to.equal(text);
}

describe('self-check-quiz under storage faults', () => {
  let restore: (() => void) | undefined;
  const key = storageKey('hostile');
  beforeEach(() => localStorage.removeItem(key));
  afterEach(() => {
    restore?.();
    restore = undefined;
    localStorage.removeItem(key);
    localStorage.removeItem(`${key}:unreadable`);
  });
  after(() => report({ 'answers lost': lost }));

  for (const [fault, stub] of [
    ['localStorage missing', () => undefined],
    [
      'localStorage throwing SecurityError',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
  ] as const) {
    it(`${fault}: works in memory, says so once when asked to save`, async () => {
      restore = stubLocalStorage(stub);
      const el = await fixture<SelfCheckQuiz>(
        html`<self-check-quiz storage-key="hostile"></self-check-quiz>`,
      );
      await typeNotes(el);
      await saveOnDevice(el);
      await typeNotes(el);
      await aTimeout(600);
      await el.updateComplete;
      const said = notices(el);
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/kept only while this page is open/);
      await expectNotesKept(el);
      await expect(el).to.be.accessible();
    });
  }

  it('QuotaExceededError on write: notes stay, told once in plain words', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="hostile"></self-check-quiz>`,
    );
    await saveOnDevice(el);
    restore = stubLocalStorage(() => throwingOnWrite('QuotaExceededError'));
    // A new store is opened on the next connection; re-key to reopen it with the full storage.
    el.storageKey = 'hostile-full';
    await el.updateComplete;
    await saveOnDevice(el);
    await typeNotes(el);
    await aTimeout(600);
    await typeNotes(el, `${NOTE} and more`);
    await aTimeout(600);
    await el.updateComplete;
    expect(notices(el)).to.have.length(1);
    expect(notices(el)[0]).to.match(/would not let us save/);
    await expectNotesKept(el, `${NOTE} and more`);
  });

  it('corrupt JSON: starts afresh, says so, keeps the unreadable copy', async () => {
    localStorage.setItem(key, '{"answers": {"personalised-care-planning": {"notes": "half');
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="hostile"></self-check-quiz>`,
    );
    expect(notices(el)[0]).to.match(/could not be read/);
    expect(localStorage.getItem(`${key}:unreadable`)).to.contain('"notes": "half');
    await typeNotes(el);
    await expectNotesKept(el);
  });

  it('an older or odd schema: resumes what it can read, never throws', async () => {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 0,
        answers: {
          'personalised-care-planning': { stage: 'embedding', notes: 'Old notes' },
          'not-an-item': { stage: 'x' },
          'shared-records': 'developing',
        },
        snapshots: 'none',
      }),
    );
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="hostile"></self-check-quiz>`,
    );
    const box = await typeNotes(el, 'Old notes');
    expect(box.value).to.equal('Old notes');
    await expectNotesKept(el, 'Old notes');
  });

  it('changed by another tab meanwhile: stops autosaving rather than overwrite, says so', async () => {
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="hostile"></self-check-quiz>`,
    );
    await saveOnDevice(el);
    await typeNotes(el);
    await aTimeout(600);
    const theirs = JSON.stringify({
      answers: { 'personalised-care-planning': { notes: 'Written in the other tab' } },
      snapshots: [],
    });
    const before = localStorage.getItem(key);
    localStorage.setItem(key, theirs);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key,
        oldValue: before,
        newValue: theirs,
        storageArea: localStorage,
      }),
    );
    await el.updateComplete;
    await typeNotes(el, `${NOTE}, edited here`);
    await aTimeout(600);
    expect(localStorage.getItem(key), 'the other tab’s answers').to.equal(theirs);
    expect(notices(el)).to.have.length(1);
    expect(notices(el)[0]).to.match(/changed in another tab/);
    await expectNotesKept(el, `${NOTE}, edited here`);
    // The person chooses to keep these answers: now they are saved, and the notice goes.
    await saveOnDevice(el);
    expect(localStorage.getItem(key)).to.contain('edited here');
    expect(notices(el)).to.deep.equal([]);
  });
});
