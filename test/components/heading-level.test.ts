import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define/all.js';

/**
 * Every element reads `heading-level` the same way: 2-6 sets the level of its own heading; any
 * other value falls back to the element's default level (3 for a lone card, 2 for the rest) with
 * one console warning that names the attribute, however often the element draws again.
 */
const ELEMENTS = [
  { tag: 'foundation-card', extra: 'foundation="1"', fallback: 3 },
  { tag: 'grab-and-go-guide', extra: 'foundations="1"', fallback: 2 },
  { tag: 'ambition-map', extra: '', fallback: 2 },
  { tag: 'case-study-explorer', extra: '', fallback: 2 },
  { tag: 'community-lens', extra: '', fallback: 2 },
  { tag: 'self-check-quiz', extra: 'no-storage', fallback: 2 },
  { tag: 'self-check-summary', extra: '', fallback: 2 },
] as const;

/** The element's first heading: its own title. */
const firstHeading = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6')!;

async function withWarnings<T>(run: () => Promise<T>): Promise<[T, string[]]> {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    return [await run(), messages];
  } finally {
    console.warn = original;
  }
}

const render = async (tag: string, extra: string, level: string) => {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
    staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(extra)} heading-level=${level}></${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  return el;
};

describe('heading-level, the same in every element', () => {
  for (const { tag, extra, fallback } of ELEMENTS) {
    it(`<${tag}>: "4" makes its heading an h4, silently`, async () => {
      const [el, warnings] = await withWarnings(() => render(tag, extra, '4'));
      expect(firstHeading(el).localName).to.equal('h4');
      expect(warnings.filter((w) => w.includes('heading-level'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it(`<${tag}>: "9" falls back to h${fallback} and warns once, naming heading-level`, async () => {
      const [el, warnings] = await withWarnings(async () => {
        const el = await render(tag, extra, '9');
        // Drawing again (a language change, any property) must not warn again.
        el.setAttribute('lang', 'en-GB');
        (el as unknown as { requestUpdate(): void }).requestUpdate();
        await el.updateComplete;
        return el;
      });
      expect(firstHeading(el).localName).to.equal(`h${fallback}`);
      const about = warnings.filter((w) => w.includes('heading-level'));
      expect(about).to.deep.equal([`<${tag}> heading-level: "9" is not 2-6; using ${fallback}.`]);
    });
  }
});
