import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DISPLAY_ATTRIBUTES,
  isPlainColour,
  MAX_PARAM_LENGTH,
  parseEmbedParams,
  parseSiteSettings,
  siteConfigPath,
  type EmbeddableElement,
} from '../../src/embed/embed-params.js';

const elements = new Map<string, EmbeddableElement>([
  [
    'grab-and-go-guide',
    {
      attributes: new Set(['contact-name', 'contact-phone', 'foundations', 'heading-level']),
      booleans: new Set(),
    },
  ],
  [
    'foundation-card',
    {
      attributes: new Set(['foundation', 'collapsible', 'open']),
      booleans: new Set(['collapsible', 'open']),
    },
  ],
]);
// As the page checks: plain forms only, and a colour this browser knows.
const isColour = (value: string) => isPlainColour(value) && CSS.supports('color', value);

describe('parseEmbedParams', () => {
  it('turns parameters into the element, its display attributes and theme tokens', () => {
    const parsed = parseEmbedParams(
      '?element=grab-and-go-guide&foundations=1,2&brand=%23702082&frame-id=guide',
      elements,
      isColour,
    );
    expect(parsed).to.deep.equal({
      ok: true,
      value: {
        tag: 'grab-and-go-guide',
        attributes: [['foundations', '1,2']],
        tokens: [['--ambitions-color-brand', '#702082']],
        frameId: 'guide',
        configPath: 'site.json',
        problems: [],
      },
    });
  });

  it('sets boolean attributes unless the value is "false"', () => {
    const parsed = parseEmbedParams(
      'element=foundation-card&collapsible&open=false',
      elements,
      isColour,
    );
    expect(parsed.ok && parsed.value.attributes).to.deep.equal([['collapsible', '']]);
  });

  it('names a missing or unknown element and lists the ones available', () => {
    expect(parseEmbedParams('', elements, isColour)).to.deep.equal({
      ok: false,
      errors: ['element: missing; choose one of grab-and-go-guide, foundation-card.'],
    });
    const unknown = parseEmbedParams('element=nonsense', elements, isColour);
    expect(unknown.ok).to.equal(false);
    expect(!unknown.ok && unknown.errors[0]).to.contain('"nonsense" is not available');
  });

  it('reports bad colours, unknown settings, repeats and over-long values by name', () => {
    const long = 'x'.repeat(MAX_PARAM_LENGTH + 1);
    const parsed = parseEmbedParams(
      `element=grab-and-go-guide&brand=red;background:url(x)&colour=blue&foundations=1&foundations=2&contact-name=${long}`,
      elements,
      isColour,
    );
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.value.tokens).to.deep.equal([]);
    expect(parsed.value.attributes).to.deep.equal([['foundations', '1']]);
    expect(parsed.value.problems.map((problem) => problem.split(':')[0])).to.deep.equal([
      'brand',
      'colour',
      'foundations',
      'contact-name',
    ]);
    expect(parsed.value.problems[3]).to.contain('longer than');
  });

  it('never throws and every problem names its parameter, whatever the address', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom('element', 'brand', 'foundation', 'open'), fc.string()),
            fc.string(),
          ),
        ),
        (pairs) => {
          const search = new URLSearchParams(pairs).toString();
          const parsed = parseEmbedParams(search, elements, isColour);
          const lines = parsed.ok ? parsed.value.problems : parsed.errors;
          for (const line of lines) expect(line).to.contain(': ');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseEmbedParams: what a link may say', () => {
  const site = new Map<string, EmbeddableElement>([
    [
      'grab-and-go-guide',
      {
        attributes: new Set([
          'foundations',
          'contact-name',
          'contact-phone',
          'contact-url',
          'content-src',
          'allowed-content-origins',
        ]),
        booleans: new Set(),
      },
    ],
    [
      'self-check-quiz',
      {
        attributes: new Set(['mode', 'storage-key', 'no-storage', 'item-href', 'questions']),
        booleans: new Set(['no-storage']),
      },
    ],
  ]);

  it('refuses from the address everything that speaks for the site', () => {
    const parsed = parseEmbedParams(
      'element=grab-and-go-guide&contact-name=Urgent&contact-phone=0906&contact-url=https://evil.example' +
        '&content-src=/uploads/any.json&allowed-content-origins=https://evil.example&foundations=3',
      site,
      isColour,
    );
    expect(parsed.ok && parsed.value.attributes).to.deep.equal([['foundations', '3']]);
    expect(parsed.ok && parsed.value.problems).to.deep.equal(
      [
        'contact-name',
        'contact-phone',
        'contact-url',
        'content-src',
        'allowed-content-origins',
      ].map(
        (name) =>
          `${name}: cannot be set from the address, ignored (it comes from this site's embed settings file).`,
      ),
    );
    const quiz = parseEmbedParams(
      'element=self-check-quiz&storage-key=theirs&item-href=https://evil.example/{n}&mode=knowledge',
      site,
      isColour,
    );
    expect(quiz.ok && quiz.value.attributes).to.deep.equal([['mode', 'knowledge']]);
  });

  it("offers the quiz's member and meeting views, and names a mode that is not one (issue 28)", () => {
    for (const mode of ['member', 'meeting', 'reflect', 'knowledge']) {
      const parsed = parseEmbedParams(`element=self-check-quiz&mode=${mode}`, site, isColour);
      expect(parsed.ok && parsed.value.attributes, mode).to.deep.equal([['mode', mode]]);
      expect(parsed.ok && parsed.value.problems, mode).to.deep.equal([]);
    }
    const bad = parseEmbedParams('element=self-check-quiz&mode=exam', site, isColour);
    expect(bad.ok && bad.value.attributes).to.deep.equal([]);
    expect(bad.ok && bad.value.problems).to.deep.equal([
      'mode: "exam" is not one of reflect, knowledge, meeting, member; ignored.',
    ]);
  });

  it('chooses a settings file by a strict name only', () => {
    expect(siteConfigPath(null)).to.equal('site.json');
    expect(siteConfigPath('north-icb')).to.equal('config/north-icb.json');
    for (const bad of ['', '../site', 'a/b', 'North', '-x', 'x-', 'x.json', 'a'.repeat(65), 'é'])
      expect(siteConfigPath(bad), bad).to.equal(undefined);
    const parsed = parseEmbedParams('element=self-check-quiz&config=../../x', site, isColour);
    expect(parsed.ok && parsed.value.configPath).to.equal(undefined);
    expect(parsed.ok && parsed.value.problems[0]).to.match(
      /^config: "..\/..\/x" is not a settings name/,
    );
  });

  it("reads the site's settings: top level for all, a block per element wins, each value checked", () => {
    const json = {
      'contact-name': 'St Example Hospice',
      'contact-phone': 1234,
      'storage-key': 'north',
      brand: '#702082',
      surface: 'var(--x,) url(https://other.invalid/p.svg)',
      'self-check-quiz': { 'storage-key': 'quiz-only', 'no-storage': true, questions: 5 },
      'grab-and-go-guide': 'not an object',
      'contact-url': { href: 'x' },
      nonsense: 1,
      'item-href': 'x'.repeat(2001),
    };
    const guide = parseSiteSettings(json, 'embed/site.json', 'grab-and-go-guide', site, isColour);
    expect(guide.attributes).to.deep.equal([
      ['contact-name', 'St Example Hospice'],
      ['contact-phone', '1234'],
    ]);
    expect(guide.tokens).to.deep.equal([['--ambitions-color-brand', '#702082']]);
    expect(guide.problems.map((p) => p.split(':').slice(0, 2).join(':'))).to.deep.equal([
      'embed/site.json: surface',
      'embed/site.json: grab-and-go-guide',
      'embed/site.json: contact-url',
      'embed/site.json: nonsense',
    ]);
    const quiz = parseSiteSettings(json, 'embed/site.json', 'self-check-quiz', site, isColour);
    expect(quiz.attributes).to.deep.equal([
      ['storage-key', 'quiz-only'],
      ['no-storage', ''],
      ['questions', '5'],
    ]);
    expect(quiz.problems.at(-1)).to.equal(
      'embed/site.json: item-href: longer than 2000 characters, ignored.',
    );
    expect(parseSiteSettings([1], 'f', 'self-check-quiz', site, isColour).problems).to.deep.equal([
      'f: expected a JSON object of settings, none used.',
    ]);
    expect(
      parseSiteSettings({ 'no-storage': false }, 'f', 'self-check-quiz', site, isColour).attributes,
    ).to.deep.equal([]);
  });

  it('keeps the list of display settings to what the issue allows', () => {
    expect([...DISPLAY_ATTRIBUTES].sort()).to.deep.equal([
      'ambition',
      'collapsible',
      'compare-round', // <self-check-summary>: which round to compare with
      'foundation',
      'foundations',
      'heading-level',
      'hide-names', // <self-check-summary>: hides team names on a shared screen
      'max-steps', // <self-check-quiz>: how many items the small-steps plan holds (1-5)
      'minutes-per-item', // <self-check-quiz mode="meeting">: the silent per-item timer
      'mode',
      'open',
      'query',
      'questions',
      'seed',
      'selected',
      'view',
    ]);
  });
});

describe('isPlainColour', () => {
  it('accepts hex, rgb()/hsl() with numbers and single words', () => {
    for (const ok of [
      '#fff',
      '#ffff',
      '#702082',
      '#70208280',
      'rgb(250,250,240)',
      'rgba(0, 0, 0, 0.5)',
      'rgb(0 0 0 / 50%)',
      'hsl(270deg 60% 40%)',
      'hsla(270, 60%, 40%, .5)',
      'rebeccapurple',
      'Red',
    ])
      expect(isPlainColour(ok), ok).to.equal(true);
  });

  it('refuses var(), url(), other functions, CSS-wide keywords and anything with more in it', () => {
    for (const bad of [
      'var(--x,) url(http://other.site/pixel.svg) 0 0/100% 100% no-repeat',
      'var(--x)',
      'rgb(var(--r), 0, 0)',
      'color-mix(in srgb, red, blue)',
      'red;background:url(x)',
      'red url(x)',
      'inherit',
      'currentColor',
      '#12345',
      ' red',
      'rgb(1,2)',
      'rgb(1,2,3,4,5)',
      'rgb(1 2 3) url(x)',
    ])
      expect(isPlainColour(bad), bad).to.equal(false);
  });

  it('never accepts a value holding url(, var(, a semicolon or a brace', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        if (isPlainColour(s)) expect(s).not.to.match(/url\(|var\(|[;{}\\]/i);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseEmbedParams and local content', () => {
  it('refuses allowed-content-origins and content-src from the address', () => {
    const withContent = new Map<string, EmbeddableElement>([
      [
        'foundation-card',
        {
          attributes: new Set(['foundation', 'content-src', 'allowed-content-origins']),
          booleans: new Set(),
        },
      ],
    ]);
    const parsed = parseEmbedParams(
      'element=foundation-card&content-src=https://evil.example/x.json&allowed-content-origins=https://evil.example',
      withContent,
      isColour,
    );
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.value.attributes).to.deep.equal([]);
    expect(parsed.value.problems.map((p) => p.split(':')[0])).to.deep.equal([
      'content-src',
      'allowed-content-origins',
    ]);
  });
});
