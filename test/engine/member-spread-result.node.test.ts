import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foundations } from '../../src/content/index.js';
import {
  addMember,
  createResultFile,
  encodeMemberCode,
  isSplit,
  itemSpread,
  parseResultCsv,
  parseResultFile,
  readResultText,
  RESULT_SCHEMA,
  RESULT_VERSION,
  sanitiseAnswers,
  stages,
  summariseSystem,
  summaryToCsv,
  summaryToJson,
  toCsv,
  toJson,
  withSpread,
  type Answers,
  type Gathering,
  type MemberRatings,
} from '../../src/engine/index.js';

// Issue 28: the result keeps each item's members' spread (counts per stage, not who said what)
// in result file version 4; every reader of results uses one rule for "far apart" (`isSplit`).

const ids = foundations.map((f) => f.id);
const stageIds = stages.map((s) => s.id);
const fixed = '2026-12-07T10:00:00.000Z';

const countArb = fc.integer({ min: 1, max: 40 });
/** Answers as version 4 writes them: stage, notes and the members' spread. */
const answersArb: fc.Arbitrary<Answers> = fc
  .dictionary(
    fc.constantFrom(...ids),
    fc.record(
      {
        stage: fc.constantFrom(...stageIds),
        notes: fc.string({ minLength: 1, maxLength: 30 }),
        spread: fc.dictionary(fc.constantFrom(...stageIds), countArb, { minKeys: 1 }),
        spreadNotRated: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: [] },
    ),
  )
  .map((a) => sanitiseAnswers(a));

function gather(...ratings: MemberRatings[]): Gathering {
  let gathering: Gathering = [];
  for (const r of ratings) {
    const added = addMember(gathering, encodeMemberCode({ ratings: r }), 'typed', true);
    if (!added.ok) throw new Error(added.error);
    gathering = added.gathering;
  }
  return gathering;
}

describe('the members’ spread in the result (issue 28)', () => {
  it('is version 4 of the result file, and a version-3 file still imports unchanged', () => {
    expect(RESULT_VERSION).to.equal(4);
    const v3 = {
      schema: RESULT_SCHEMA,
      version: 3,
      packageVersion: '0.1.0',
      createdAt: fixed,
      mode: 'reflect',
      answers: { leadership: { stage: 'implement', heldBack: true } },
      notes: '',
    };
    const read = parseResultFile(JSON.stringify(v3));
    expect(read.ok && read.value.version).to.equal(4);
    expect(read.ok && read.value.answers).to.deep.equal(v3.answers);
  });

  it('round-trips through JSON and CSV for any answers with a spread', function () {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const file = createResultFile(answers, { createdAt: fixed });
        const json = parseResultFile(toJson(file));
        expect(json.ok && json.value.answers).to.deep.equal(answers);
        const csv = parseResultCsv(toCsv(file));
        expect(csv.ok && csv.value.answers).to.deep.equal(answers);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a bad spread by field, and keeps counts only', () => {
    const errors: string[] = [];
    sanitiseAnswers(
      { leadership: { spread: { understand: -1, maybe: 2 }, spreadNotRated: 'x' } },
      errors,
    );
    expect(errors).to.deep.equal([
      'answers.leadership.spreadNotRated: expected a whole number from 0 to 999',
      'answers.leadership.spread.understand: expected a whole number from 0 to 999',
      'answers.leadership.spread: "maybe" is not a stage',
    ]);
    // Zero counts are dropped; "not rated" without a spread means nothing and goes.
    expect(
      sanitiseAnswers({
        leadership: { spread: { understand: 0, implement: 2 } },
        'co-design': { spreadNotRated: 3 },
      }),
    ).to.deep.equal({ leadership: { spread: { implement: 2 } } });
  });

  it('"far apart" is one rule: two members two or more stages apart', () => {
    expect(isSplit(undefined)).to.equal(false);
    expect(isSplit({ understand: 5 })).to.equal(false);
    expect(isSplit({ understand: 2, interpret: 3 })).to.equal(false);
    expect(isSplit({ understand: 1, implement: 1 })).to.equal(true);
    expect(isSplit({ 'not-started': 1, embedded: 4 })).to.equal(true);
    // The gathering's own flag says the same as the rule on the kept counts.
    const team = gather(
      { leadership: 'understand', 'co-design': 'understand' },
      { leadership: 'implement', 'co-design': 'interpret' },
    );
    expect(itemSpread(team, 'leadership').farApart).to.equal(true);
    expect(itemSpread(team, 'co-design').farApart).to.equal(false);
  });

  it('writes the gathering into the answers as counts, keeping the agreed stage and notes', () => {
    const team = gather(
      { leadership: 'understand' },
      { leadership: 'implement', 'co-design': 'embedded' },
      {},
    );
    const before: Answers = { leadership: { stage: 'interpret', notes: 'Agreed after a talk' } };
    const after = withSpread(before, team, foundations);
    expect(after).to.deep.equal({
      leadership: {
        stage: 'interpret',
        notes: 'Agreed after a talk',
        spread: { understand: 1, implement: 1 },
        spreadNotRated: 1,
      },
      'co-design': { spread: { embedded: 1 }, spreadNotRated: 2 },
    });
    // Nobody gathered: the spread goes, the team's own answer stays.
    expect(withSpread(after, [], foundations)).to.deep.equal(before);
  });

  it('the summary counts, per item, the teams that were split before agreeing', () => {
    const team = (name: string, answers: Answers) =>
      createResultFile(answers, {
        team: name,
        organisation: 'Fernbrook Hospice',
        createdAt: fixed,
      });
    const results = [
      team('A', { leadership: { stage: 'interpret', spread: { understand: 1, implement: 2 } } }),
      team('B', { leadership: { stage: 'interpret', spread: { interpret: 3 } } }),
      team('C', { leadership: { stage: 'implement', spread: { 'not-started': 1, embedded: 1 } } }),
      team('D', { leadership: { stage: 'implement' } }),
    ];
    const summary = summariseSystem(results);
    const leadership = summary.items.find((i) => i.foundation === 'leadership')!;
    expect([leadership.split, leadership.gathered]).to.deep.equal([2, 3]);
    const other = summary.items.find((i) => i.foundation === 'co-design')!;
    expect([other.split, other.gathered]).to.deep.equal([0, 0]);
    // The combined exports keep the spread, so a summary read back counts the same.
    for (const [text, name] of [
      [summaryToJson(summary), 'all.json'],
      [summaryToCsv(summary), 'all.csv'],
      [summaryToCsv(summary, { withoutFreeText: true }), 'bare.csv'],
    ] as const) {
      const read = readResultText(text, name);
      expect(read.ok, name).to.equal(true);
      if (read.ok) {
        const again = summariseSystem(read.results).items.find(
          (i) => i.foundation === 'leadership',
        )!;
        expect([again.split, again.gathered], name).to.deep.equal([2, 3]);
      }
    }
  });
});
