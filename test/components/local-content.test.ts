import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import type { LitElement } from 'lit';
import { checkContentSrc } from '../../src/index.js';
import { applyContentOverride, localCaseStudies } from '../../src/engine/index.js';
import { foundations } from '../../src/content/index.js';
import '../../src/define/all.js';

/** Records console.warn calls for the duration of one test. */
function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const FIXTURE = new URL('../fixtures/local-content.json', import.meta.url).pathname;

const LOCAL_EXAMPLE = 'St Example Hospice shares a monthly dashboard with its ICB: ';
const valid = {
  foundations: [
    {
      id: 3,
      localExamples: [
        [LOCAL_EXAMPLE, { text: 'see our data page', href: 'https://example.org/data' }],
      ],
      localCaseStudies: [
        { title: 'Northshire bereavement audit', summary: 'A yearly audit.', ambitions: ['A1'] },
      ],
    },
  ],
};

/** Every element, with the attributes it needs to show item 3 where it shows items. */
const elements: Record<string, () => ReturnType<typeof html>> = {
  'foundation-card': () => html`<foundation-card foundation="3"></foundation-card>`,
  'grab-and-go-guide': () => html`<grab-and-go-guide foundations="3"></grab-and-go-guide>`,
  'self-check-quiz': () => html`<self-check-quiz></self-check-quiz>`,
  'ambition-map': () => html`<ambition-map></ambition-map>`,
  'case-study-explorer': () => html`<case-study-explorer foundation="3"></case-study-explorer>`,
};

/** The element's text, the guide's items included (they are in its own shadow root). */
function deepText(el: Element): string {
  return text(el);
}

let rejections = 0;
const onRejection = () => rejections++;

describe('local content', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    rejections = 0;
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    warnings.restore();
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const [tag, markup] of Object.entries(elements)) {
    describe(`<${tag}>`, () => {
      it('says the guide was adapted when a valid override is set, and not before', async () => {
        const el = await fixture<LitElement>(markup());
        expect(deepText(el)).not.to.match(/changed (or added )?some text locally|changed locally/);
        (el as LitElement & { content: unknown }).content = valid;
        await el.updateComplete;
        expect(deepText(el)).to.match(/changed or added some text locally|changed locally/);
        expect(warnings.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('ignores a bad override with one warning naming every bad field', async () => {
        const el = await fixture<LitElement>(markup());
        const before = deepText(el);
        const bad = {
          colour: 'red',
          foundations: [
            { id: 3, what: 42, localExamples: [[{ text: 'x', href: 'javascript:alert(1)' }]] },
          ],
        };
        (el as LitElement & { content: unknown }).content = bad;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(deepText(el)).to.equal(before);
        const mine = warnings.messages.filter((m) => m.startsWith(`<${tag}> content:`));
        expect(mine).to.have.length(1);
        expect(warnings.messages).to.have.length(1);
        expect(mine[0]).to.contain('colour: unknown field');
        expect(mine[0]).to.contain('foundations[0].what');
        expect(mine[0]).to.contain('foundations[0].localExamples[0][0].href');
        expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
      });

      it('refuses a content-src on another site with one warning, fetching nothing', async () => {
        const el = await fixture<LitElement>(markup());
        const before = deepText(el);
        el.setAttribute('content-src', 'https://elsewhere.example/local.json');
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<${tag}> content-src:`);
        expect(warnings.messages[0]).to.contain('allowed-content-origins');
        expect(deepText(el)).to.equal(before);
      });
    });
  }

  describe('<foundation-card>', () => {
    it('shows local examples and case studies after the guide text, marked local', async () => {
      const el = await fixture<LitElement & { content: unknown }>(
        html`<foundation-card foundation="3" .content=${valid}></foundation-card>`,
      );
      const local = all(el, '[part~="local"]')[0];
      expect(local, 'local list').to.be.instanceOf(HTMLElement);
      const items = [...local.querySelectorAll('li')];
      expect(items).to.have.length(2);
      expect(items[0].textContent).to.contain('Local example');
      expect(items[0].textContent).to.contain(LOCAL_EXAMPLE.trim());
      expect(items[0].querySelector('a')!.getAttribute('href')).to.equal(
        'https://example.org/data',
      );
      expect(items[1].textContent).to.contain('Local case study');
      expect(items[1].textContent).to.contain('Northshire bereavement audit');
      // The guide's own examples are all still there, before the local ones.
      const guideItems = all(el, '[part="examples"] > ul:not(.local) > li');
      expect(guideItems).to.have.length(foundations[2].examples.length);
      expect(text(el)).to.contain('Some text was changed locally by this website.');
      await expect(el).to.be.accessible();
    });

    it('renders HTML in override strings as inert text', async () => {
      const hostile =
        '<img src=x onerror="window.__pwned=1"><b>bold</b><script>window.__pwned=1</script>';
      const el = await fixture<LitElement & { content: unknown }>(
        html`<foundation-card
          foundation="3"
          .content=${{ foundations: [{ id: 3, title: hostile, localExamples: [[hostile]] }] }}
        ></foundation-card>`,
      );
      expect(all(el, '[part="title"]')[0].textContent).to.equal(hostile);
      expect(all(el, '.local li')[0].textContent).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('replaces item text and interface strings by id', async () => {
      const el = await fixture<LitElement & { content: unknown }>(
        html`<foundation-card
          foundation="1"
          .content=${{
            foundations: [{ id: 1, what: 'Our own words.', ask: ['Our question?'] }],
            strings: { what: 'What it means', ask: 'Questions to ask' },
          }}
        ></foundation-card>`,
      );
      const t = text(el);
      expect(t).to.contain('Our own words.');
      expect(t).to.contain('Our question?');
      expect(t).not.to.contain(foundations[0].what);
      expect(all(el, '[part="label"]').map((h) => h.textContent!.trim())).to.include.members([
        'What it means',
        'Questions to ask',
      ]);
    });

    it('loads a same-origin content-src JSON file', async () => {
      const el = await fixture<LitElement>(
        html`<foundation-card foundation="3" content-src=${FIXTURE}></foundation-card>`,
      );
      await waitUntil(() => all(el, '.local li').length === 2, 'local content loaded');
      expect(all(el, '[part="label"]')[0].textContent!.trim()).to.equal('What it means');
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('the content property wins over content-src', async () => {
      const el = await fixture<LitElement & { content: unknown }>(
        html`<foundation-card
          foundation="3"
          content-src=${FIXTURE}
          .content=${{ strings: { what: 'From the property' } }}
        ></foundation-card>`,
      );
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(all(el, '[part="label"]')[0].textContent!.trim()).to.equal('From the property');
    });

    for (const [name, src, expected] of [
      ['a missing file (404)', '/test/fixtures/no-such-file.json', 'HTTP 404'],
      ['invalid JSON', '/test/fixtures/invalid-json.txt', 'not valid JSON'],
      ['a javascript: URL', 'javascript:alert(1)', 'not an http(s) URL'],
    ]) {
      it(`keeps the guide text and warns once for ${name}`, async () => {
        const el = await fixture<LitElement>(
          html`<foundation-card foundation="3" content-src=${src}></foundation-card>`,
        );
        await waitUntil(() => warnings.messages.length > 0, 'a warning', { timeout: 4000 });
        await new Promise((r) => setTimeout(r, 50));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<foundation-card> content-src:');
        expect(warnings.messages[0]).to.contain(expected);
        expect(all(el, '.local')).to.have.length(0);
        expect(text(el)).to.contain(foundations[2].what);
        expect(rejections).to.equal(0);
      });
    }

    it('switches to a new content-src and ignores the old one', async () => {
      const el = await fixture<LitElement>(
        html`<foundation-card foundation="3" content-src=${FIXTURE}></foundation-card>`,
      );
      await waitUntil(() => all(el, '.local li').length === 2, 'local content loaded');
      el.removeAttribute('content-src');
      await el.updateComplete;
      await el.updateComplete;
      expect(all(el, '.local')).to.have.length(0);
    });
  });

  describe('<grab-and-go-guide>', () => {
    it('hands local content to its cards and uses the local contact', async () => {
      const el = await fixture<LitElement>(
        html`<grab-and-go-guide foundations="3" content-src=${FIXTURE}></grab-and-go-guide>`,
      );
      await waitUntil(() => text(el).includes('St Example Hospice'), 'contact from content-src');
      const card = el.shadowRoot!.querySelector('[part="card"]')!;
      expect(card.querySelectorAll('.local li')).to.have.length(2);
      expect(card.querySelector('.local-label')!.getAttribute('part')).to.equal('card-local-label');
      expect(card.querySelectorAll('.attribution')).to.have.length(0);
      // The file's interface strings reach the items too.
      expect(card.querySelector('[part="card-label"]')!.textContent!.trim()).to.equal(
        'What it means',
      );
      expect(all(el, '[part="attribution"]'), 'the one full attribution').to.have.length(1);
      expect(text(el)).to.contain('This website has changed or added some text locally.');
      const links = all(el, '[part="contact-details"] a').map((a) => a.getAttribute('href'));
      expect(links).to.include.members(['tel:01234567890', 'mailto:info@example.org']);
      await expect(el).to.be.accessible();
    });

    it('contact attributes win over the local content contact', async () => {
      const el = await fixture<LitElement>(
        html`<grab-and-go-guide
          foundations="3"
          contact-name="Attribute Hospice"
          .content=${{ contact: { name: 'Override Hospice', phone: '0300 000 0000' } }}
        ></grab-and-go-guide>`,
      );
      const t = text(el);
      expect(t).to.contain('Attribute Hospice');
      expect(t).not.to.contain('Override Hospice');
      expect(t).to.contain('0300 000 0000');
    });
  });

  describe('<case-study-explorer>', () => {
    it('lists local case studies among the report’s, marked local and filterable', async () => {
      const el = await fixture<LitElement & { content: unknown; query: string }>(
        html`<case-study-explorer foundation="3" .content=${valid}></case-study-explorer>`,
      );
      const local = all(el, '[part~="local"]');
      expect(local).to.have.length(1);
      expect(local[0].textContent).to.contain('Local case study');
      expect(local[0].textContent).to.contain('Northshire bereavement audit');
      el.query = 'northshire';
      await el.updateComplete;
      expect(all(el, '[part~="case-study"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('<self-check-quiz>', () => {
    it('takes its button labels from the override strings', async () => {
      const el = await fixture<LitElement>(
        html`<self-check-quiz
          .content=${{ strings: { start: 'Begin the check' } }}
        ></self-check-quiz>`,
      );
      const buttons = all(el, 'button').map((b) => b.textContent!.trim());
      expect(buttons).to.include('Begin the check');
      expect(buttons).not.to.include('Start');
    });
  });

  describe('translations', () => {
    it('re-renders interface strings when a host registers a locale at run time', async () => {
      const { setLocale } = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['cy'],
        loadLocale: () => Promise.resolve({ templates: { what: 'Beth', ask: 'Gofyn' } }),
      });
      const el = await fixture<LitElement>(
        html`<foundation-card foundation="1"></foundation-card>`,
      );
      const labels = () => all(el, '[part="label"]').map((h) => h.textContent!.trim());
      expect(labels()).to.include('What');
      await setLocale('cy');
      await el.updateComplete;
      expect(labels()).to.include.members(['Beth', 'Gofyn']);
      expect(labels()).to.include('Example in action'); // untranslated ids stay English
      await expect(el).to.be.accessible();
      await setLocale('en');
      await el.updateComplete;
      expect(labels()).to.include.members(['What', 'Ask']);
    });
  });

  describe('checkContentSrc and applyContentOverride', () => {
    const base = 'https://hospice.example/page/';
    it('allows this origin and listed origins only, over http(s)', () => {
      expect(checkContentSrc('local.json', '', base, 'https://hospice.example')).to.deep.equal({
        url: 'https://hospice.example/page/local.json',
      });
      expect(checkContentSrc('https://cdn.example/x.json', '', base)).to.have.property('error');
      expect(
        checkContentSrc('https://cdn.example/x.json', 'https://cdn.example nonsense', base),
      ).to.deep.equal({ url: 'https://cdn.example/x.json' });
      expect(checkContentSrc('data:application/json,{}', 'data:', base)).to.have.property('error');
      expect(checkContentSrc('http://[bad', '', base)).to.have.property('error');
    });

    it('leaves the guide unchanged without an override', () => {
      const content = applyContentOverride();
      expect(content.adapted).to.equal(false);
      expect(content.foundations.map((f) => f.what)).to.deep.equal(foundations.map((f) => f.what));
      expect(localCaseStudies(content)).to.deep.equal([]);
    });

    it('marks an override as adapted and attaches local case studies to their item', () => {
      const content = applyContentOverride(valid as never);
      expect(content.adapted).to.equal(true);
      expect(content.foundations[2].localExamples).to.have.length(1);
      expect(content.foundations[2].changed).to.equal(false);
      const studies = localCaseStudies(content);
      expect(studies).to.have.length(1);
      expect(studies[0]).to.include({ foundation: foundations[2].id, local: true });
      expect(applyContentOverride({ contact: { name: 'X' } }).adapted).to.equal(true);
    });
  });
});
