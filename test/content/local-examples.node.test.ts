import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import {
  foundations,
  LOCAL_EXAMPLES_FORMAT,
  validateLocalExamples,
  type AmbitionId,
  type LocalExamplesFile,
} from '../../src/content/index.js';

const AMBITIONS: readonly AmbitionId[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
const SLUGS = foundations.map((f) => f.id);

/** Text that is not only spaces, up to `max` characters. */
const text = (max: number) =>
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 1 }), fc.string({ maxLength: max - 1 }))
    .map(([a, b]) => (a.trim() ? a : 'x') + b);

const address = fc
  .tuple(
    fc.constantFrom('https', 'http', 'HTTPS'),
    fc.domain(),
    fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 3 }),
  )
  .map(([scheme, domain, path]) => `${scheme}://${domain}/${path.join('/')}`);

const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const example = fc.record(
  {
    title: text(80),
    summary: text(300),
    items: fc
      .uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 10 })
      .chain((indexes) =>
        fc.tuple(...indexes.map((i) => fc.constantFrom<number | string>(i + 1, SLUGS[i]!))),
      ),
    ambitions: fc.uniqueArray(fc.constantFrom(...AMBITIONS), { minLength: 1, maxLength: 6 }),
    link: address,
  },
  { requiredKeys: ['title', 'summary', 'items', 'ambitions'] },
);

const contact = fc
  .record(
    {
      name: text(80),
      email: fc
        .emailAddress()
        .filter((e) => /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]+$/.test(e)),
      phone: fc.constantFrom('0191 000 0000', '+44 20 7946 0000'),
      url: address,
    },
    { requiredKeys: [] },
  )
  .filter((c) => 'email' in c || 'phone' in c || 'url' in c);

/** A valid examples file, as JSON would give it. */
const validFile = fc.record({
  format: fc.constant(LOCAL_EXAMPLES_FORMAT),
  version: fc.constant(1),
  organisation: fc.record({ name: text(80), url: address }),
  region: text(100),
  date,
  contact,
  examples: fc.array(example, { minLength: 1, maxLength: 6 }),
});

type Loose = Record<string, unknown> & { examples: Record<string, unknown>[] };

/** One way to break a valid file, and the field the error must name. */
interface Mutation {
  readonly name: string;
  /** Breaks `file` in place (a deep copy) and returns the path the error must start with. */
  readonly apply: (file: Loose, pick: number) => string;
}

const mutations: readonly Mutation[] = [
  ...['format', 'version', 'organisation', 'region', 'date', 'contact', 'examples'].map(
    (field): Mutation => ({
      name: `missing ${field}`,
      apply: (file) => {
        delete file[field];
        return field;
      },
    }),
  ),
  ...['format', 'region', 'date'].map((field): Mutation => ({
    name: `${field} not a string`,
    apply: (file, pick) => {
      file[field] = [42, null, {}, []][pick % 4];
      return field;
    },
  })),
  { name: 'unknown field', apply: (file) => ((file.extra = 1), 'extra') },
  { name: 'newer version', apply: (file) => ((file.version = 2), 'version') },
  { name: 'blank region', apply: (file) => ((file.region = '   '), 'region') },
  { name: 'impossible date', apply: (file) => ((file.date = '2026-02-30'), 'date') },
  { name: 'written date', apply: (file) => ((file.date = '30/11/2026'), 'date') },
  {
    name: 'script link for the organisation',
    apply: (file) => (
      ((file.organisation as Record<string, unknown>).url = 'javascript:alert(1)'),
      'organisation.url'
    ),
  },
  { name: 'empty contact', apply: (file) => ((file.contact = {}), 'contact') },
  { name: 'no examples', apply: (file) => ((file.examples = []), 'examples') },
  {
    name: 'unknown Ambition',
    apply: (file, pick) => {
      const i = pick % file.examples.length;
      file.examples[i]!.ambitions = ['A7'];
      return `examples[${i}].ambitions[0]`;
    },
  },
  {
    name: 'item out of range',
    apply: (file, pick) => {
      const i = pick % file.examples.length;
      file.examples[i]!.items = [[0, 11, 'Leadership', '3', 2.5][pick % 5]];
      return `examples[${i}].items[0]`;
    },
  },
  {
    name: 'item twice',
    apply: (file, pick) => {
      const i = pick % file.examples.length;
      file.examples[i]!.items = [3, 'evidence-and-information'];
      return `examples[${i}].items[1]`;
    },
  },
  {
    name: 'blank title',
    apply: (file, pick) => {
      const i = pick % file.examples.length;
      file.examples[i]!.title = ' \n ';
      return `examples[${i}].title`;
    },
  },
  {
    name: 'summary too long',
    apply: (file, pick) => {
      const i = pick % file.examples.length;
      file.examples[i]!.summary = 'x'.repeat(2001);
      return `examples[${i}].summary`;
    },
  },
  {
    name: 'link with a space',
    apply: (file, pick) => {
      const i = pick % file.examples.length;
      file.examples[i]!.link = ' https://example.org/';
      return `examples[${i}].link`;
    },
  },
  {
    name: 'example is not an object',
    apply: (file, pick) => {
      const i = pick % file.examples.length;
      (file.examples as unknown[])[i] = 'An example';
      return `examples[${i}]`;
    },
  },
];

describe('validateLocalExamples (the examples file an organisation publishes)', () => {
  it('accepts 1,000 generated valid files, as JSON gives them, and returns a fresh copy', function () {
    fc.assert(
      fc.property(validFile, (file) => {
        const json: unknown = JSON.parse(JSON.stringify(file));
        const result = validateLocalExamples(json);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.value).to.deep.equal(json);
        expect(result.value).not.to.equal(json);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses 1,000 mutated files with an error naming the broken field', function () {
    fc.assert(
      fc.property(validFile, fc.constantFrom(...mutations), fc.nat(), (file, mutation, pick) => {
        const broken = JSON.parse(JSON.stringify(file)) as Loose;
        const path = mutation.apply(broken, pick);
        const result = validateLocalExamples(broken);
        expect(result.ok, mutation.name).to.equal(false);
        const errors = result.ok ? [] : result.errors;
        expect(
          errors.some((e) => e.startsWith(`${path}:`)),
          `${mutation.name}: ${errors.join(' | ')}`,
        ).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on anything at all, hostile objects included', function () {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        const result = validateLocalExamples(value);
        expect(result.ok).to.equal(false);
      }),
      { numRuns: 1000 },
    );
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(validateLocalExamples(throwing).ok).to.equal(false);
    const getter = {
      format: LOCAL_EXAMPLES_FORMAT,
      get version(): number {
        throw new Error('no');
      },
    };
    const result = validateLocalExamples(getter);
    expect(!result.ok && result.errors).to.include('version: could not be read');
  });

  it('says plainly why a link whose address hides where it goes (a user name before @) is left out', () => {
    const [file] = fc.sample(validFile, { numRuns: 1, seed: 29 }) as unknown as Loose[];
    file.examples[0]!.link = 'https://www.nhs.uk@evil.example/';
    (file.organisation as Record<string, unknown>).url = 'https://user:secret@hospice.example/';
    const result = validateLocalExamples(file);
    const errors = result.ok ? [] : result.errors;
    const plain =
      'this address hides where it really goes (there is a user name before the @), so it is not used';
    expect(errors).to.include(`examples[0].link: ${plain}`);
    expect(errors).to.include(`organisation.url: ${plain}`);
    // Other bad addresses keep their own message.
    file.examples[0]!.link = 'ftp://example.org/';
    const other = validateLocalExamples(file);
    expect(!other.ok && other.errors.join(' ')).to.include(
      'examples[0].link: expected an https: or http: address',
    );
  });

  it('says plainly when a file is newer than this version reads', () => {
    const result = validateLocalExamples({ format: LOCAL_EXAMPLES_FORMAT, version: 2 });
    expect(!result.ok && result.errors[0]).to.match(/^version: version 2 is newer/);
  });

  it('is described by the JSON Schema the package ships', async () => {
    const schema = JSON.parse(
      await readFile(new URL('../../schema/local-examples.json', import.meta.url), 'utf8'),
    ) as {
      required: string[];
      properties: Record<string, { const?: unknown }> & {
        examples: { maxItems: number; items: { properties: Record<string, unknown> } };
      };
    };
    expect(schema.required).to.deep.equal([
      'format',
      'version',
      'organisation',
      'region',
      'date',
      'contact',
      'examples',
    ]);
    expect(schema.properties.format.const).to.equal(LOCAL_EXAMPLES_FORMAT);
    expect(JSON.stringify(schema)).to.include(JSON.stringify(SLUGS));
    const file: LocalExamplesFile = {
      format: LOCAL_EXAMPLES_FORMAT,
      version: 1,
      organisation: { name: 'Example Hospice', url: 'https://hospice.example/' },
      region: 'North East and Yorkshire',
      date: '2026-11-30',
      contact: { email: 'learning@hospice.example' },
      examples: [
        {
          title: 'Death café',
          summary: 'Monthly open conversations in the library.',
          items: [9, 'sharing-learning'],
          ambitions: ['A6'],
        },
      ],
    };
    expect(Object.keys(schema.properties.examples.items.properties)).to.deep.equal([
      'title',
      'summary',
      'items',
      'ambitions',
      'link',
    ]);
    expect(validateLocalExamples(file).ok).to.equal(true);
  });
});
