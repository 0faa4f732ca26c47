import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  parseResultFile,
  plainReason,
  readResultText,
  readResultTextSteps,
  compareShown,
  shownRanks,
  summariseSystem,
  summariseSystemSteps,
  type ReadOutcome,
  type SelfCheckResultFile,
} from '../../src/engine/index.js';
import { makeResult, makeRound } from '../fixtures/summary-files.js';

// Combined files are read entry by entry (a scan finds the `results` entries) and the summary is
// counted in steps, so the element can give the page a turn between them. These tests hold the
// stepped readers to the plain ones: the same outcome for every input, good or bad.

const SCHEMA = 'ambitions-elements/self-check-summary';
const AUTUMN = '2025-11-12T10:00:00.000Z';
const WINTER = '2026-02-10T10:00:00.000Z';

/**
 * How a combined file was read before the scan (the reference): one JSON.parse of the whole text,
 * then each entry checked as the compact text of a file of its own.
 */
function referenceRead(text: string): ReadOutcome | 'not combined' {
  // Only a text that names the combined schema near its start is read as a combined file.
  const body = text.trimStart();
  if (!body.startsWith('{') || !body.slice(0, 200).includes(SCHEMA)) return 'not combined';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: plainReason(['file: not valid JSON']) };
  }
  const d = data as { schema?: unknown; results?: unknown };
  if (!(d && typeof d === 'object' && d.schema === SCHEMA && Array.isArray(d.results)))
    return 'not combined';
  const results: SelfCheckResultFile[] = [];
  const dropped: string[] = [];
  d.results.forEach((entry: unknown, i: number, all: unknown[]) => {
    const parsed = parseResultFile(JSON.stringify(entry));
    if (parsed.ok) results.push(parsed.value);
    else dropped.push(`Result ${i + 1} of ${all.length}: ${plainReason(parsed.errors)}`);
  });
  return results.length
    ? { ok: true, results, ...(dropped.length ? { dropped, droppedCount: dropped.length } : {}) }
    : {
        ok: false,
        reason: `This combined file holds no self-check results that could be read${dropped.length ? ` (${dropped.length} could not be used). ${dropped.join(' ')}` : '.'}`,
      };
}

const combined = (results: unknown[], extra: Record<string, unknown> = {}, space = 2) =>
  JSON.stringify(
    { schema: SCHEMA, version: 1, createdAt: '2026-03-01T00:00:00.000Z', ...extra, results },
    null,
    space,
  );

/** Runs steps to the end, counting the yields. */
function drain<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('combined files read entry by entry', function () {
  // Thousands of results on a shared, busy machine: more than mocha's 2 s.
  const two = [
    makeResult({ team: 'A', createdAt: WINTER, seed: 1 }),
    makeResult({ team: 'B', createdAt: WINTER, seed: 2 }),
  ];
  const good = combined(two);
  const cases: Record<string, string> = {
    'pretty-printed': good,
    compact: combined(two, {}, 0),
    'no results': combined([]),
    'empty array with spaces': `{"schema":"${SCHEMA}","results":[   ]}`,
    'trailing comma': combined(two, {}, 0).replace(/}]}$/, '},]}'),
    'cut short': good.slice(0, good.length - 40),
    'cut inside the array': good.slice(0, good.indexOf('"team"', good.indexOf('"team"') + 1)),
    'text after the end': `${good}x`,
    'two results keys (the last counts)': combined(two, {}, 0).replace(
      /}$/,
      `,"results":[${JSON.stringify(two[1])}]}`,
    ),
    'escaped results key': combined(two, {}, 0).replace('"results"', '"res\\u0075lts"'),
    'results is an object': `{"schema":"${SCHEMA}","results":{"a":1}}`,
    'entries that are not results': combined([two[0], 5, null, 'text', { x: 1 }, [1], 1e300]),
    'quotes, brackets and backslashes in names': combined([
      { ...two[0], team: 'A "q" \\ , ] } [ \\"' },
    ]),
    'a results key inside an entry': combined([{ ...two[0], results: [1, 2] }]),
    'an empty entry': combined(two, {}, 0).replace('[{', '[,{'),
    'a byte-order mark': `\uFEFF${good}`,
    'results first': `{"results":${JSON.stringify(two)},"schema":"${SCHEMA}"}`,
  };
  for (const [name, text] of Object.entries(cases))
    it(`reads "${name}" exactly as one JSON.parse would`, () => {
      const reference = referenceRead(text.replace(/^\uFEFF/, ''));
      const read = readResultText(text);
      if (reference === 'not combined') expect(read.ok, name).to.equal(false);
      else expect(read).to.deep.equal(reference);
    });

  it('lists the first 20 unusable entries and counts the rest by kind of reason', () => {
    const entries = [...Array.from({ length: 30 }, () => null), { x: 1 }, two[0]];
    const read = readResultText(combined(entries));
    if (!read.ok) throw new Error(read.reason);
    expect(read.results).to.have.length(1);
    expect(read.droppedCount).to.equal(31);
    expect(read.dropped).to.have.length(21);
    expect(read.dropped![0]).to.match(/^Result 1 of 32: This JSON file is not a self-check result/);
    expect(read.dropped![20]).to.equal(
      'And 11 more results could not be used, for the same kinds of reason (10: This JSON file is not a self-check result; 1: This JSON file is not a self-check result (it is some other kind of JSON file)).',
    );
  });

  it('reads random names and notes, and every cut of a file, exactly as one JSON.parse would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ team: fc.string({ unit: 'binary' }), notes: fc.string({ unit: 'binary' }) }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        (teams, space, cut) => {
          const text = combined(
            teams.map((t, i) => ({
              ...makeResult({ team: 'x', createdAt: WINTER, seed: i }),
              ...t,
            })),
            {},
            space,
          );
          for (const sample of [text, text.slice(0, cut % text.length)]) {
            const reference = referenceRead(sample);
            const read = readResultText(sample);
            if (reference === 'not combined') expect(read.ok).to.equal(false);
            else expect(read).to.deep.equal(reference);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the caller a turn after each entry of a big combined file', () => {
    const text = combined(makeRound(2000, WINTER));
    const { value, yields } = drain(readResultTextSteps(text));
    expect(value.ok && value.results.length).to.equal(2000);
    expect(yields).to.be.at.least(2000);
    expect(value).to.deep.equal(referenceRead(text));
  });
});

describe('the summary counted in steps', function () {
  const results = [
    ...makeRound(1500, AUTUMN),
    ...makeRound(1500, WINTER, 7),
    makeResult({ team: '', organisation: 'No name', createdAt: WINTER, seed: 9 }),
  ];
  const options = [
    {},
    { compareRound: '2025-Q4' },
    { hideNames: true, pseudonymSalt: 'salt', compareRound: '2025-Q4' },
    { organisations: ['No name'], round: '2026-Q1' },
    { grouping: 'financial-year' as const },
  ];
  for (const option of options)
    it(`is the same summary as summariseSystem, in many steps (${JSON.stringify(option)})`, () => {
      const { value, yields } = drain(summariseSystemSteps(results, option));
      expect(value).to.deep.equal(summariseSystem(results, option));
      expect(yields).to.be.greaterThan(10);
    });
});

describe('shownRanks', () => {
  it('orders texts exactly as compareShown does (accents, case, numbers, any text)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('Team 2', 'team 2', 'Team 10', 'Équipe', 'Equipe', 'équipe', ''),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (texts) => {
        const rank = shownRanks(texts);
        const byRank = [...texts].sort((a, b) => rank.get(a)! - rank.get(b)!);
        expect(byRank).to.deep.equal([...texts].sort(compareShown));
      }),
      { numRuns: 300 },
    );
  });
});
