import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { storageKey } from '../../src/engine/index.js';

/**
 * Issue 14, point 5: two quizzes with the same storage-key on one page. Quiz B's "Save on this
 * device" replaced quiz A's stage and notes with {}. Now: a newer stored result is never replaced
 * without asking, the quizzes stay consistent, and the web editor is warned once.
 */
const key = storageKey('shared-key');
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

async function answerFirst(el: SelfCheckQuiz, stage: string, notes: string) {
  // Two quizzes on a page load the editor-mistake checks first (the same tag twice), so the first
  // render comes a module load later than the fixture's.
  await el.updateComplete;
  if (buttonNamed(el, 'Start')) await click(el, 'Start');
  if (buttonNamed(el, 'Continue')) await click(el, 'Continue');
  const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
    (r) => r.closest('label')?.textContent?.includes(stage),
  )!;
  radio.click();
  const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
  box.value = notes;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  await click(el, 'Back');
}

const stored = () => JSON.parse(localStorage.getItem(key) ?? '{}');

describe('two quizzes with one storage-key on a page', () => {
  let warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    localStorage.removeItem(key);
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    localStorage.removeItem(key);
  });

  it("B's save never replaces A's newer answers; they stay consistent; one warning", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <self-check-quiz id="a" storage-key="shared-key"></self-check-quiz>
        <self-check-quiz id="b" storage-key="shared-key"></self-check-quiz>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll<SelfCheckQuiz>('self-check-quiz')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    await answerFirst(a, 'Implementing', 'Our notes from A');
    await click(a, 'Save on this device');
    expect(stored().answers).to.deep.equal({
      'personalised-care-planning': { stage: 'implement', notes: 'Our notes from A' },
    });
    await b.updateComplete;
    // B had nothing of its own: it now shows what A saved.
    expect(b.answers).to.deep.equal(a.answers);
    // ...and saves with it: B's next change is stored on top of A's answers, not instead of them.
    expect(buttonNamed(b, 'Save on this device')).to.equal(undefined);
    b.answers = { ...b.answers, leadership: { stage: 'understand' } };
    await aTimeout(600);
    expect(stored().answers).to.deep.equal({
      'personalised-care-planning': { stage: 'implement', notes: 'Our notes from A' },
      leadership: { stage: 'understand' },
    });
    await a.updateComplete;
    expect(a.answers).to.deep.equal(b.answers);
    const keyWarnings = warnings.filter((w) => w.includes('storage-key'));
    expect(keyWarnings).to.have.length(1);
    expect(keyWarnings[0]).to.contain('"shared-key"');
    await expect(b).to.be.accessible();
  });

  it('B with answers of its own asks before replacing, and keeps what was typed', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <self-check-quiz storage-key="shared-key"></self-check-quiz>
        <self-check-quiz storage-key="shared-key"></self-check-quiz>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll<SelfCheckQuiz>('self-check-quiz')];
    await answerFirst(b, 'Understanding', 'Typed in B first');
    await answerFirst(a, 'Implementing', 'Our notes from A');
    await click(a, 'Save on this device');
    await click(b, 'Save on this device');
    await aTimeout(600);
    // Not replaced: A's answers are still the stored ones; B keeps its own on screen and asks.
    expect(stored().answers['personalised-care-planning'].notes).to.equal('Our notes from A');
    expect(b.answers['personalised-care-planning']?.notes).to.equal('Typed in B first');
    expect(notices(b).join(' ')).to.match(/newer/);
    await expect(b).to.be.accessible();
    await click(b, 'Replace the saved answers with these');
    expect(stored().answers['personalised-care-planning'].notes).to.equal('Typed in B first');
    // Focus is not lost with the buttons: it goes to "Clear my answers", shown while saving.
    await b.updateComplete;
    expect(b.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Clear my answers');
    // A had not changed since its save: it follows.
    await a.updateComplete;
    expect(a.answers['personalised-care-planning']?.notes).to.equal('Typed in B first');
    expect(notices(b)).to.deep.equal([]);
  });

  it('the person can take the saved answers instead', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <self-check-quiz storage-key="shared-key"></self-check-quiz>
        <self-check-quiz storage-key="shared-key"></self-check-quiz>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll<SelfCheckQuiz>('self-check-quiz')];
    await answerFirst(b, 'Understanding', 'Typed in B first');
    await answerFirst(a, 'Implementing', 'Our notes from A');
    await click(a, 'Save on this device');
    await click(b, 'Save on this device');
    await click(b, 'Use the saved answers');
    expect(b.answers).to.deep.equal(a.answers);
    expect(notices(b)).to.deep.equal([]);
  });
});
