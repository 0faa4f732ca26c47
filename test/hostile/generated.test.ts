import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/all.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';
import { ELEMENT_TAGS, describeElement } from '../../src/components/shared/element-attributes.js';
import { validateContentOverride } from '../../src/content/index.js';
import { renderEmbedPage, registeredElements } from '../../src/embed/embed-page.js';
import { parseEmbedParams } from '../../src/embed/embed-params.js';
import { MAX_RESULT_BYTES, parseResultFile, RESULT_SCHEMA } from '../../src/engine/index.js';
import { deepElements, isChromium, report } from './frame.js';

/**
 * Malformed input, generated. The large runs (1,000 cases per input kind) run once, in
 * Chromium; Firefox and WebKit run the same properties with fewer cases.
 */
const RUNS = isChromium ? 1000 : 60;
const RENDER_RUNS = isChromium ? 200 : 20;

const TAGS = ELEMENT_TAGS;

/** Hostile text: markup, script, dangerous URLs, control and odd Unicode, long runs. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    'javascript:window.__pwned=1',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '\u0000\u202e\ufeff',
    '-1',
    '1e309',
    'NaN',
    '99999999999999999999',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
  ),
  fc
    .tuple(
      fc.constantFrom('javascript:', 'data:', 'https://', 'tel:', 'mailto:', '//'),
      fc.string(),
    )
    .map(([a, b]) => a + b),
);

/** No payload turned into markup or ran, no dangerous link below `root`. Returns a reason or ''. */
function unsafeIn(root: ParentNode & Node): string {
  for (const el of deepElements(root as Element)) {
    if (el.matches('script, iframe, object, embed, img[onerror], [onload], [onerror]'))
      return `injected <${el.localName}>`;
    const href = el.getAttribute('href');
    if (href && /^\s*(javascript|data|vbscript):/i.test(href)) return `unsafe href ${href}`;
  }
  return (window as { __pwned?: number }).__pwned ? 'a payload ran' : '';
}

/** fast-check's report, with the assertion that failed (its `cause`) spelled out. */
async function check(run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    throw new Error(`${(error as Error).message}\nbecause: ${String(cause)}`);
  }
}

/** Counts uncaught errors and unhandled rejections while a run lasts. */
function watchErrors() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * A rejection names its field: `path: reason`, where the path is dotted names, `[0]` indexes,
 * `["odd key"]` quoted keys, or `(root)`.
 */
const PATH = String.raw`(?:[\w$.-]|\[(?:\d+|"(?:[^"\\]|\\.)*")\]|\(root\))+`;
const namesField = (error: string) => new RegExp(`^${PATH}: \\S`).test(error);
const namesParameter = (problem: string) =>
  new RegExp(String.raw`^(?:[a-z0-9-]+|"(?:[^"\\]|\\.)*"): \S`).test(problem);

describe(`generated malformed input (${RUNS} cases per kind)`, () => {
  it('attribute values on every element: no exception, text inert, links safe, warnings name the attribute', async () => {
    const hosts = await fixture<HTMLElement>(
      html`<div>
        ${TAGS.map((tag) => {
          const el = document.createElement(tag);
          if (tag === 'self-check-quiz') el.setAttribute('no-storage', '');
          return el;
        })}
      </div>`,
    );
    const elements = TAGS.map((tag) => hosts.querySelector(tag)!) as Array<
      HTMLElement & { updateComplete: Promise<unknown> }
    >;
    const attributesOf = new Map(
      TAGS.map((tag) => [tag, [...describeElement(customElements.get(tag)!).attributes]]),
    );
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const errors = watchErrors();
    let cases = 0;
    try {
      await check(() =>
        fc.assert(
          fc.asyncProperty(
            fc.nat({ max: TAGS.length - 1 }),
            fc.nat(),
            hostileText,
            async (which, attributeIndex, value) => {
              cases += 1;
              const el = elements[which];
              const names = attributesOf.get(TAGS[which])!;
              const name = names[attributeIndex % names.length];
              el.setAttribute(name, value);
              await el.updateComplete;
              for (const inner of deepElements(el.shadowRoot!)) {
                await (inner as Partial<typeof el>).updateComplete;
              }
              expect(
                unsafeIn(el.shadowRoot!),
                `${TAGS[which]} ${name}="${value.slice(0, 80)}"`,
              ).to.equal('');
              expect(Boolean(el.shadowRoot!.querySelector('.root')), 'still rendered').to.equal(
                true,
              );
              el.removeAttribute(name);
            },
          ),
          { numRuns: RUNS },
        ),
      );
    } finally {
      console.warn = warn;
      errors.stop();
    }
    const allNames = [...attributesOf.values()].flat();
    for (const message of warnings) {
      expect(
        allNames.some((name) => message.includes(name)),
        `warning names its attribute: ${message}`,
      ).to.equal(true);
    }
    expect(errors.seen).to.deep.equal([]);
    await report({ attributes: cases, 'uncaught errors': errors.seen.length });
  });

  it('content overrides: never throw, every rejection names the field, accepted links are safe', async () => {
    const link = fc.record({ label: hostileText, href: hostileText });
    const foundation = fc.record(
      {
        id: fc.oneof(fc.constantFrom('leadership', 'co-design', 'nope'), hostileText),
        title: hostileText,
        what: hostileText,
        ask: fc.oneof(fc.array(hostileText, { maxLength: 4 }), hostileText),
        example: hostileText,
        links: fc.array(link, { maxLength: 3 }),
        added: hostileText,
      },
      { requiredKeys: [] },
    );
    const override = fc.oneof(
      fc.anything(),
      fc.record(
        {
          foundations: fc.oneof(fc.array(foundation, { maxLength: 3 }), fc.anything()),
          contact: fc.oneof(
            fc.record(
              { name: hostileText, phone: hostileText, email: hostileText, url: hostileText },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
          strings: fc.oneof(fc.dictionary(hostileText, hostileText, { maxKeys: 4 }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );
    let cases = 0;
    await check(() =>
      fc.assert(
        fc.property(override, (value) => {
          cases += 1;
          const parsed = validateContentOverride(value);
          if (!parsed.ok) {
            expect(parsed.errors.length).to.be.greaterThan(0);
            for (const error of parsed.errors) expect(namesField(error), error).to.equal(true);
          } else {
            const hrefs = JSON.stringify(parsed.value).match(/"(href|url)":"[^"]*"/g) ?? [];
            for (const h of hrefs) expect(h, h).to.not.match(/"(javascript|data|vbscript):/i);
          }
        }),
        { numRuns: RUNS },
      ),
    );
    await report({ overrides: cases });
  });

  it('imported result files: never throw, name the field, refuse big files before parsing', async () => {
    const valid = {
      schema: RESULT_SCHEMA,
      version: 1,
      packageVersion: '0.1.0',
      createdAt: '2026-03-01T09:00:00.000Z',
      mode: 'reflect',
      answers: { leadership: { stage: 'embedding', notes: 'n' } },
      notes: '',
    };
    const mutated = fc
      .tuple(
        fc.constantFrom(
          ...Object.keys(valid),
          'answers.leadership',
          'answers.leadership.stage',
          'extra',
        ),
        fc.oneof(fc.anything(), hostileText),
      )
      .map(([path, replacement]) => {
        const copy = JSON.parse(JSON.stringify(valid));
        const keys = path.split('.');
        let target = copy;
        for (const key of keys.slice(0, -1)) target = target[key];
        target[keys[keys.length - 1]] = replacement;
        return JSON.stringify(copy);
      });
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      mutated,
      fc.anything().map((v) => JSON.stringify(v) ?? ''),
    );
    let cases = 0;
    await check(() =>
      fc.assert(
        fc.property(text, (input) => {
          cases += 1;
          const parsed = parseResultFile(input);
          if (!parsed.ok) {
            for (const error of parsed.errors) expect(namesField(error), error).to.equal(true);
          }
        }),
        { numRuns: RUNS },
      ),
    );
    // Over the size limit: refused before JSON.parse ever sees it.
    const parse = JSON.parse;
    let parsedCalls = 0;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parsedCalls += 1;
      return parse(...args);
    }) as typeof JSON.parse;
    try {
      const big = `{"schema":"${RESULT_SCHEMA}","notes":"${'x'.repeat(MAX_RESULT_BYTES)}"}`;
      const outcome = parseResultFile(big);
      expect(outcome.ok).to.equal(false);
      expect(parsedCalls).to.equal(0);
      // Multi-byte text under the character limit but over the byte limit too.
      expect(parseResultFile(`"${'é'.repeat(MAX_RESULT_BYTES / 2 + 1)}"`).ok).to.equal(false);
      expect(parsedCalls).to.equal(0);
    } finally {
      JSON.parse = parse;
    }
    await report({ 'result files': cases });
  });

  it('imported notes with markup show as inert text in the quiz', async () => {
    const el = await fixture<SelfCheckQuiz>(html`<self-check-quiz no-storage></self-check-quiz>`);
    await check(() =>
      fc.assert(
        fc.asyncProperty(hostileText, async (notes) => {
          const file = JSON.stringify({
            schema: RESULT_SCHEMA,
            version: 1,
            packageVersion: '0.1.0',
            createdAt: '2026-03-01T09:00:00.000Z',
            mode: 'reflect',
            organisation: notes,
            answers: { leadership: { stage: 'embedding', notes } },
            notes: '',
          });
          el.importResult(file);
          el.go('results');
          await el.updateComplete;
          expect(unsafeIn(el.shadowRoot!)).to.equal('');
        }),
        { numRuns: RENDER_RUNS },
      ),
    );
  });

  it('embed URL parameters: never throw, problems name the parameter, the page stays inert', async () => {
    const elements = registeredElements();
    const names = [...new Set([...elements.values()].flatMap((e) => [...e.attributes]))];
    const param = fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'element',
          'frame-id',
          'brand',
          'text',
          'link',
          '__proto__',
          'constructor',
          'toString',
          ...names,
        ),
        fc.string({ maxLength: 12 }),
      ),
      hostileText,
    );
    const search = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom(...TAGS, 'script', ''), fc.array(param, { maxLength: 6 }))
        .map(([tag, pairs]) => {
          const params = new URLSearchParams();
          params.append('element', tag);
          for (const [k, v] of pairs) params.append(k, v);
          return `?${params}`;
        }),
    );
    const isColour = (v: string) => CSS.supports('color', v);
    let cases = 0;
    await check(() =>
      fc.assert(
        fc.property(search, (s) => {
          cases += 1;
          const parsed = parseEmbedParams(s, elements, isColour);
          const problems = parsed.ok ? parsed.value.problems : parsed.errors;
          for (const p of problems) {
            expect(namesParameter(p), p).to.equal(true);
          }
        }),
        { numRuns: RUNS },
      ),
    );
    // The embed page itself, rendering what the address asks for.
    const root = await fixture<HTMLElement>(html`<main></main>`);
    const errors = watchErrors();
    try {
      await check(() =>
        fc.assert(
          fc.asyncProperty(search, async (s) => {
            renderEmbedPage(root, s);
            const el = root.lastElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
            await el?.updateComplete;
            expect(unsafeIn(root), s).to.equal('');
          }),
          { numRuns: RENDER_RUNS },
        ),
      );
    } finally {
      errors.stop();
      document.documentElement.removeAttribute('style');
    }
    expect(errors.seen).to.deep.equal([]);
    await report({ 'embed params': cases, 'uncaught errors': errors.seen.length });
  });
});
