import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  foundations,
  getFoundation,
  isSafeHref,
  validateContentOverride,
  type AmbitionId,
  type ContentOverride,
} from '../../src/content/index.js';

const AMBITION_IDS: readonly AmbitionId[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
const SLUGS = foundations.map((f) => f.id);

/** The errors of a refused override (fails the test if it was accepted). */
function errorsOf(value: unknown): readonly string[] {
  const result = validateContentOverride(value);
  if (result.ok) throw new Error(`expected a refusal for ${JSON.stringify(value)}`);
  return result.errors;
}

describe('isSafeHref', () => {
  it('allows http, https and mailto in any case', () => {
    for (const href of [
      'https://example.org',
      'http://example.org/a?b#c',
      'HTTPS://Example.org',
      'mailto:a@example.org',
      'MailTo:a@b.c',
    ]) {
      expect(isSafeHref(href), href).to.equal(true);
    }
  });

  it('rejects other schemes, relative, protocol-relative and unparsable links', () => {
    const bad = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'ftp://example.org',
      'file:///etc/passwd',
      '//example.org',
      '/relative',
      '#anchor',
      'example.org',
      '',
      '   ',
      'http://',
      'https://exa mple.org',
      'mailto:',
      ' https://example.org ', // refused as rendered: no trimming (test/content/link-spaces.test.ts)
    ];
    for (const href of bad) expect(isSafeHref(href), JSON.stringify(href)).to.equal(false);
    expect(isSafeHref(null as unknown as string)).to.equal(false);
    expect(isSafeHref(42 as unknown as string)).to.equal(false);
  });
});

describe('validateContentOverride: accepts', () => {
  it('a full valid override and returns an equal, fresh value', () => {
    const input: ContentOverride = {
      foundations: [
        {
          id: 3,
          title: 'Evidence and information',
          what: 'Local wording.',
          ask: ['What data do we use?'],
          examples: [
            ['Local audit, see ', { text: 'our report', href: 'https://example.org/report' }, '.'],
          ],
          localExamples: [['Ask ', { text: 'the team', href: 'mailto:team@example.org' }]],
          localCaseStudies: [
            { title: 'Local project', summary: 'What we did.', ambitions: ['A2', 'A6'] },
          ],
        },
        { id: 'leadership', localCaseStudies: [{ title: 'Untagged', summary: 'No tags.' }] },
      ],
      contact: {
        name: 'Hospice team',
        phone: '01234 567890',
        email: 'team@example.org',
        url: 'https://example.org',
      },
      strings: { contactHeading: 'Your local contact', print: 'Print' },
    };
    const result = validateContentOverride(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.deep.equal(input);
    expect(result.value).not.to.equal(input);
    expect(result.value.foundations).not.to.equal(input.foundations);
    expect(result.value.foundations?.[0]?.examples?.[0]).not.to.equal(
      input.foundations?.[0]?.examples?.[0],
    );
  });

  it('an empty object', () => {
    expect(validateContentOverride({})).to.deep.equal({ ok: true, value: {} });
  });

  it('a JSON string parsed by the host, with a numeric-string id normalised to the slug', () => {
    const result = validateContentOverride(
      JSON.parse('{"foundations":[{"id":"6","title":"Out of hours"}]}'),
    );
    expect(result).to.deep.equal({
      ok: true,
      value: { foundations: [{ id: 'access-24-7', title: 'Out of hours' }] },
    });
  });
});

describe('validateContentOverride: refuses with the field path', () => {
  it('a root that is not an object', () => {
    for (const value of [null, undefined, 3, 'text', true, [], () => {}, new Date()]) {
      expect(errorsOf(value)).to.deep.equal(['(root): expected an object']);
    }
  });

  it('non-string text', () => {
    expect(
      errorsOf({ foundations: [{ id: 4, title: 4, what: ['x'], ask: 'one?' }] }),
    ).to.deep.equal([
      'foundations[0].title: expected a string',
      'foundations[0].what: expected a string',
      'foundations[0].ask: expected an array of strings',
    ]);
  });

  it('reports the exact messages the docs promise', () => {
    expect(errorsOf({ foundations: [{ id: 1 }, { id: 2 }, { id: 3, ask: [7] }] })).to.deep.equal([
      'foundations[2].ask[0]: expected a string',
    ]);
    expect(errorsOf({ foundations: [{ id: 1, colour: 'red' }] })).to.deep.equal([
      'foundations[0].colour: unknown field',
    ]);
    expect(errorsOf({ foundations: [{ id: 1 }, { id: 'nope' }] })).to.deep.equal([
      'foundations[1].id: expected 1-10 or a slug such as "leadership"',
    ]);
    expect(
      errorsOf({
        foundations: [
          { id: 1, localExamples: [['x', { text: 'y', href: 'javascript:alert(1)' }]] },
        ],
      }),
    ).to.deep.equal([
      'foundations[0].localExamples[0][1].href: only https:, http: and mailto: links are allowed',
    ]);
    expect(errorsOf({ colour: 'red' })).to.deep.equal(['colour: unknown field']);
  });

  it('bad ids, missing ids and duplicates', () => {
    for (const id of [0, 11, 2.5, '', 'javascript:', null, undefined, {}]) {
      expect(errorsOf({ foundations: [{ id }] })).to.deep.equal([
        'foundations[0].id: expected 1-10 or a slug such as "leadership"',
      ]);
    }
    expect(errorsOf({ foundations: [{ title: 'x' }] })).to.deep.equal([
      'foundations[0].id: expected 1-10 or a slug such as "leadership"',
    ]);
    expect(errorsOf({ foundations: [{ id: 8 }, { id: 'leadership' }] })).to.deep.equal([
      'foundations[1].id: same item as foundations[0]',
    ]);
  });

  it('bad rich text and links', () => {
    expect(
      errorsOf({ foundations: [{ id: 1, examples: ['not an array of parts'] }] }),
    ).to.deep.equal([
      'foundations[0].examples[0]: expected an array of strings and { text, href } links',
    ]);
    expect(errorsOf({ foundations: [{ id: 1, examples: [[5]] }] })).to.deep.equal([
      'foundations[0].examples[0][0]: expected a string or a { text, href } link',
    ]);
    expect(
      errorsOf({
        foundations: [
          { id: 1, examples: [[{ text: 'a', href: 'https://x.org', target: '_blank' }]] },
        ],
      }),
    ).to.deep.equal(['foundations[0].examples[0][0].target: unknown field']);
    expect(
      errorsOf({ foundations: [{ id: 1, examples: [[{ href: 'https://x.org' }]] }] }),
    ).to.deep.equal(['foundations[0].examples[0][0].text: expected a string']);
  });

  it('unknown Ambition ids in local case studies', () => {
    expect(
      errorsOf({
        foundations: [
          { id: 2, localCaseStudies: [{ title: 't', summary: 's', ambitions: ['A1', 'A7'] }] },
        ],
      }),
    ).to.deep.equal([
      'foundations[0].localCaseStudies[0].ambitions[1]: expected one of A1, A2, A3, A4, A5, A6',
    ]);
    expect(
      errorsOf({ foundations: [{ id: 2, localCaseStudies: [{ summary: 's', extra: 1 }] }] }),
    ).to.deep.equal([
      'foundations[0].localCaseStudies[0].extra: unknown field',
      'foundations[0].localCaseStudies[0].title: expected a string',
    ]);
  });

  it('contact fields', () => {
    expect(
      errorsOf({
        contact: { email: 'not-an-email', url: 'javascript:alert(1)', phone: 123, fax: '1' },
      }),
    ).to.deep.equal([
      'contact.fax: unknown field',
      'contact.phone: expected a string',
      'contact.email: expected an email address such as name@example.org',
      'contact.url: expected an https: or http: address',
    ]);
    expect(errorsOf({ contact: { url: 'mailto:a@example.org' } })).to.deep.equal([
      'contact.url: expected an https: or http: address',
    ]);
    expect(errorsOf({ contact: 'call us' })).to.deep.equal(['contact: expected an object']);
  });

  it('interface strings', () => {
    expect(errorsOf({ strings: { title: 'ok', count: 3 } })).to.deep.equal([
      'strings.count: expected a string',
    ]);
    expect(errorsOf({ strings: { 'print-button': null } })).to.deep.equal([
      'strings["print-button"]: expected a string',
    ]);
    expect(errorsOf({ strings: ['a'] })).to.deep.equal([
      'strings: expected an object of strings by key',
    ]);
  });
});

describe('validateContentOverride: hostile input', () => {
  it('cyclic objects', () => {
    const cyclic: Record<string, unknown> = { foundations: [] };
    cyclic['self'] = cyclic;
    (cyclic['foundations'] as unknown[]).push(cyclic);
    const errors = errorsOf(cyclic);
    expect(errors).to.include('self: unknown field');
  });

  it('getters that throw and Proxies', () => {
    const throwing = Object.defineProperty({}, 'foundations', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(errorsOf(throwing)).to.deep.equal(['foundations: could not be read']);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(errorsOf(proxy)).to.deep.equal(['(root): could not be read']);
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorsOf(revoked)).to.deep.equal(['(root): could not be read']);
    expect(errorsOf({ foundations: [revoked] })).to.deep.equal([
      'foundations[0]: could not be read',
    ]);
  });

  it('huge arrays without walking them', () => {
    expect(errorsOf({ foundations: new Array(10_000_000) })).to.deep.equal([
      'foundations: too many entries (at most 10)',
    ]);
    expect(
      errorsOf({ foundations: [{ id: 1, ask: new Array(1_000_000).fill('?') }] }),
    ).to.deep.equal(['foundations[0].ask: too many entries (at most 50)']);
  });

  it('a Proxy array claiming a fractional or NaN length is refused, not walked past its limit', () => {
    const claiming = (length: unknown) =>
      new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
    for (const length of [10.5, Number.NaN])
      expect(errorsOf({ foundations: claiming(length) }), String(length)).to.deep.equal([
        'foundations: too many entries (at most 10)',
      ]);
  });

  it('caps the number of errors', () => {
    const errors = errorsOf(
      Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])),
    );
    expect(errors.length).to.equal(51);
    expect(errors.at(-1)).to.equal('(root): stopped after 50 errors');
  });
});

describe('validateContentOverride: properties', () => {
  it('never throws, and every refusal explains itself (1,000 arbitrary values)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
        (value) => {
          const result = validateContentOverride(value);
          if (!result.ok) {
            expect(result.errors.length).to.be.greaterThan(0);
            for (const error of result.errors) expect(error).to.contain(': ');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary values placed in each field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('foundations', 'contact', 'strings'),
        fc.constantFrom('id', 'title', 'ask', 'examples', 'localExamples', 'localCaseStudies'),
        fc.anything(),
        (top, field, value) => {
          const override =
            top === 'foundations' ? { foundations: [{ id: 1, [field]: value }] } : { [top]: value };
          const result = validateContentOverride(override);
          if (!result.ok) for (const error of result.errors) expect(error).to.contain(': ');
        },
      ),
      { numRuns: 500 },
    );
  });

  const unsafeScheme = fc
    .stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,12}$/)
    .filter((s) => !['http', 'https', 'mailto'].includes(s.toLowerCase()));

  it('rejects any href whose scheme is not http, https or mailto', () => {
    fc.assert(
      fc.property(
        unsafeScheme,
        fc.string(),
        fc.constantFrom('', ' ', '\n'),
        (scheme, rest, pad) => {
          const href = `${pad}${scheme}:${rest}`;
          expect(isSafeHref(href), href).to.equal(false);
          expect(
            errorsOf({ foundations: [{ id: 1, localExamples: [[{ text: 'x', href }]] }] }),
          ).to.deep.equal([
            'foundations[0].localExamples[0][0].href: only https:, http: and mailto: links are allowed',
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects protocol-relative and scheme-less hrefs', () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (domain, path) => {
        expect(isSafeHref(`//${domain}${path}`)).to.equal(false);
        expect(isSafeHref(`${domain}${path}`)).to.equal(false);
      }),
    );
  });

  const safeHref = fc.oneof(
    fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
    // RFC 6068: characters such as "/", "#" and "?" in an address are percent-encoded in a mailto: URL.
    fc.emailAddress().map((email) => `mailto:${encodeURIComponent(email).replace('%40', '@')}`),
  );
  const richText = fc.array(
    fc.oneof(fc.string(), fc.record({ text: fc.string(), href: safeHref })),
    { maxLength: 5 },
  );
  const foundationOverride = fc.record(
    {
      id: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(...SLUGS)),
      title: fc.string(),
      what: fc.string(),
      ask: fc.array(fc.string(), { maxLength: 8 }),
      examples: fc.array(richText, { maxLength: 4 }),
      localExamples: fc.array(richText, { maxLength: 4 }),
      localCaseStudies: fc.array(
        fc.record(
          {
            title: fc.string(),
            summary: fc.string(),
            ambitions: fc.uniqueArray(fc.constantFrom(...AMBITION_IDS)),
          },
          { requiredKeys: ['title', 'summary'] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['id'] },
  );
  const override = fc.record(
    {
      foundations: fc.uniqueArray(foundationOverride, {
        maxLength: 10,
        selector: (f) => getFoundation(f.id)?.id,
      }),
      contact: fc.record(
        { name: fc.string(), phone: fc.string(), email: fc.emailAddress(), url: fc.webUrl() },
        { requiredKeys: [] },
      ),
      strings: fc.dictionary(fc.string(), fc.string(), { maxKeys: 10 }),
    },
    { requiredKeys: [] },
  );

  it('accepts every valid generated override and returns an equal copy', () => {
    fc.assert(
      fc.property(override, (value) => {
        const result = validateContentOverride(value);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.value).to.deep.equal(value);
      }),
      { numRuns: 300 },
    );
  });
});
