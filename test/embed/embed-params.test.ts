import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_PARAM_LENGTH,
  parseEmbedParams,
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
const isColour = (value: string) => CSS.supports('color', value);

describe('parseEmbedParams', () => {
  it('turns parameters into the element, its attributes and theme tokens', () => {
    const parsed = parseEmbedParams(
      '?element=grab-and-go-guide&contact-name=St%20Example%20Hospice&brand=%23702082&frame-id=guide',
      elements,
      isColour,
    );
    expect(parsed).to.deep.equal({
      ok: true,
      value: {
        tag: 'grab-and-go-guide',
        attributes: [['contact-name', 'St Example Hospice']],
        tokens: [['--ambitions-color-brand', '#702082']],
        frameId: 'guide',
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

describe('parseEmbedParams and local content', () => {
  it('refuses allowed-content-origins from the address, so content-src stays on the host site', () => {
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
    expect(parsed.value.attributes).to.deep.equal([['content-src', 'https://evil.example/x.json']]);
    expect(parsed.value.problems).to.deep.equal([
      'allowed-content-origins: cannot be set from the address, ignored (content-src stays on this site).',
    ]);
  });
});
