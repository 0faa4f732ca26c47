import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';

/**
 * The whole reflect flow by keyboard alone, counting key presses (Tab, Shift+Tab, arrows,
 * Enter; typed text is not counted) and checking after every press that focus is on a real
 * control or heading inside the quiz, never on <body>.
 */

/** The deep active element (through shadow roots). */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The quiz's tab stops in order: one per radio group (its checked radio, or its first). */
function tabStops(el: SelfCheckQuiz): HTMLElement[] {
  const seen = new Set<string>();
  return [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]), textarea, select, summary',
    ),
  ].filter((node) => {
    if (!node.getClientRects().length) return false;
    if (node instanceof HTMLInputElement && node.type === 'radio') {
      if (seen.has(node.name)) return false;
      const group = [
        ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${node.name}"]`),
      ];
      if (node !== (group.find((r) => r.checked) ?? group[0])) return false;
      seen.add(node.name);
    }
    return true;
  });
}

const describeFocus = (node: Element | null) =>
  node ? `${node.localName} "${(node.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';

class Keyboard {
  presses = 0;
  constructor(readonly el: SelfCheckQuiz) {}

  private async check(key: string) {
    await this.el.updateComplete;
    const active = deepActive();
    expect(active, `focus after ${key} (press ${this.presses})`).to.not.equal(null);
    expect(active!.localName, `focus after ${key} (press ${this.presses})`).to.not.equal('body');
  }

  async press(key: string) {
    this.presses++;
    await sendKeys({ press: key });
    await this.check(key);
  }

  async shiftTab() {
    this.presses++;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await this.check('Shift+Tab');
  }

  async type(text: string) {
    await sendKeys({ type: text });
    await this.el.updateComplete;
  }

  /** Tabs (forward or back, whichever is fewer presses) to the nearest match. */
  async tabTo(match: (node: HTMLElement) => boolean, what: string) {
    const stops = tabStops(this.el);
    const active = deepActive();
    // Where focus is now in the tab order: on a stop, or (a heading) just before the next stop.
    let here = stops.indexOf(active as HTMLElement);
    let between = false;
    if (here < 0) {
      here = stops.findIndex(
        (s) => active && active.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      if (here < 0) here = stops.length;
      between = true;
    }
    const cost = (i: number) => (i >= here ? i - here + (between ? 1 : 0) : here - i);
    const matches = stops.map((s, i) => (match(s) ? i : -1)).filter((i) => i >= 0);
    expect(
      matches.length,
      `a tab stop for ${what} in ${stops.map(describeFocus).join(', ')}`,
    ).to.be.above(0);
    const target = matches.sort((a, b) => cost(a) - cost(b))[0];
    if (target >= here) {
      for (let i = between ? here - 1 : here; i < target; i++) await this.press('Tab');
    } else for (let i = here; i > target; i--) await this.shiftTab();
    expect(deepActive(), `focus on ${what}, got ${describeFocus(deepActive())}`).to.equal(
      stops[target],
    );
  }
}

const named = (name: string | RegExp) => (node: HTMLElement) =>
  node.localName === 'button' &&
  (typeof name === 'string'
    ? node.textContent!.trim() === name
    : name.test(node.textContent!.trim()));

describe('<self-check-quiz> keyboard-only reflect flow', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  it('answers ten items with notes, names the team, saves and keeps a result: presses counted, focus never on <body>', async function () {
    // Many real key presses / a browser of its own: slow on a busy machine.
    this.timeout(90000);
    await setViewport({ width: 1280, height: 720 });
    const el = await fixture<SelfCheckQuiz>(
      html`<self-check-quiz storage-key="keyboard-flow"></self-check-quiz>`,
    );
    const kb = new Keyboard(el);
    // Into the quiz from the page: its first tab stop.
    kb.presses++;
    await sendKeys({ press: 'Tab' });
    await kb.tabTo(named(/^(Start|Continue)$/), 'Start');
    await kb.press('Enter');
    for (let n = 1; n <= 10; n++) {
      expect(el.shadowRoot!.textContent).to.contain(`Item ${n} of 10`);
      await kb.tabTo(
        (node) => node.localName === 'input' && node.getAttribute('type') === 'radio',
        'the stages',
      );
      // From "Not sure / skip" (the last option) up to a stage: 1 = Embedded ... 4 = Understanding.
      for (let up = 0; up < ((n - 1) % 4) + 1; up++) await kb.press('ArrowUp');
      await kb.tabTo((node) => node.localName === 'textarea', 'the notes');
      await kb.type(`Note ${n}`);
      await kb.tabTo(named(n < 10 ? 'Next' : 'See results'), n < 10 ? 'Next' : 'See results');
      await kb.press('Enter');
    }
    expect(el.result.answered).to.equal(10);
    expect(el.answers.leadership?.notes).to.equal('Note 8');
    await kb.tabTo((node) => node.id === 'org', 'Organisation');
    await kb.type('North Shire Hospice');
    await kb.tabTo((node) => node.id === 'team', 'Team');
    await kb.type('Community team');
    await kb.tabTo(named('Save on this device'), 'Save on this device');
    await kb.press('Enter');
    await kb.tabTo(named('Save this result'), 'Save this result');
    await kb.press('Enter');
    await el.updateComplete;
    expect(
      JSON.parse(localStorage.getItem('ambitions-elements:self-check:v1:keyboard-flow')!).team,
    ).to.equal('Community team');
    console.log(`KEY PRESSES for the whole reflect flow: ${kb.presses}`);
    // 96 presses reached "Save on this device" before this work, and focus then fell to <body>;
    // 91 after it. Issue 27 added one optional control per item ("Held back by something outside
    // our control", after the notes): one Tab more per item, 101.
    expect(kb.presses).to.be.at.most(101);
    await expect(el).to.be.accessible();
  });
});
