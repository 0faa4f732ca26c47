import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foundations } from '../../src/content/index.js';
import {
  createResultFile,
  parseResultCsv,
  parseResultFile,
  RESULT_SCHEMA,
  RESULT_VERSION,
  sanitiseAnswers,
  stages,
  toCsv,
  toJson,
  type Answers,
} from '../../src/engine/index.js';

// Issue 27: "held back by something outside our control" per item, in result file version 3.

const ids = foundations.map((f) => f.id);
const stageIds = stages.map((s) => s.id);
const fixed = '2026-12-07T10:00:00.000Z';
const RUNS = { numRuns: 500 };
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom('=SUM(A1)', 'a, "quoted"\nline two', '@x', 'émoji 🎉'),
);
/** Answers as versions 1 and 2 wrote them: stage and notes only. */
const oldAnswersArb = fc
  .dictionary(
    fc.constantFrom(...ids),
    fc.record({ stage: fc.constantFrom(...stageIds), notes: textArb }, { requiredKeys: [] }),
  )
  .map((a) => sanitiseAnswers(a));
/** Answers as version 3 writes them: with the held-back flag and its note. */
const answersArb: fc.Arbitrary<Answers> = fc
  .dictionary(
    fc.constantFrom(...ids),
    fc.record(
      {
        stage: fc.constantFrom(...stageIds),
        notes: textArb,
        heldBack: fc.constant(true),
        heldBackNote: textArb,
      },
      { requiredKeys: [] },
    ),
  )
  .map((a) => sanitiseAnswers(a));

describe('held back by something outside our control', () => {
  it("came with version 3 of the result file (version 4 added the members' spread)", () => {
    expect(RESULT_VERSION).to.equal(4);
  });

  it('every older file (versions 0, 1 and 2) still imports, with its answers', function () {
    fc.assert(
      fc.property(oldAnswersArb, fc.constantFrom(0, 1, 2), textArb, (answers, version, team) => {
        const file: Record<string, unknown> = {
          schema: RESULT_SCHEMA,
          version,
          packageVersion: '0.1.0',
          createdAt: fixed,
          team: team.slice(0, 200),
          mode: 'reflect',
          // Version 0 kept a bare stage per item number.
          answers:
            version === 0
              ? Object.fromEntries(
                  Object.entries(answers)
                    .filter(([, a]) => a!.stage)
                    .map(([id, a]) => [foundations.find((f) => f.id === id)!.number, a!.stage]),
                )
              : answers,
          ...(version ? { notes: '' } : {}),
        };
        const r = parseResultFile(JSON.stringify(file));
        expect(r.ok, JSON.stringify(r)).to.equal(true);
        if (!r.ok) return;
        expect(r.value.version).to.equal(RESULT_VERSION);
        expect(r.value.createdAt).to.equal(fixed);
        const expected =
          version === 0
            ? Object.fromEntries(
                Object.entries(answers)
                  .filter(([, a]) => a!.stage)
                  .map(([id, a]) => [id, { stage: a!.stage }]),
              )
            : answers;
        expect(r.value.answers).to.deep.equal(expected);
      }),
      RUNS,
    );
  });

  it('round-trips through JSON and CSV, formula-safe', function () {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const file = createResultFile(answers, { createdAt: fixed, team: 'Ward 7' });
        const json = parseResultFile(toJson(file));
        expect(json.ok && json.value).to.deep.equal(file);
        const csv = toCsv(file);
        expect(csv).to.not.match(/(^|,)=SUM/m);
        const back = parseResultCsv(csv);
        expect(back.ok, JSON.stringify(back)).to.equal(true);
        if (back.ok) expect(back.value.answers).to.deep.equal(answers);
      }),
      RUNS,
    );
  });

  it('has its own CSV columns, and names a bad value by field', () => {
    const file = createResultFile(
      { leadership: { stage: 'understand', heldBack: true, heldBackNote: 'Board vacancy' } },
      { createdAt: fixed },
    );
    const [header, ...rows] = toCsv(file).trim().split('\r\n');
    expect(header).to.contain('held_back,held_back_note');
    expect(rows.find((r) => r.includes('leadership'))).to.contain('"yes","Board vacancy"');
    const errors: string[] = [];
    sanitiseAnswers({ leadership: { heldBack: 'maybe' } }, errors);
    expect(errors).to.deep.equal(['answers.leadership.heldBack: expected true or false']);
    // The reserved "members" field (who said what) was never written: dropped, never an error.
    const later = parseResultFile(
      JSON.stringify({
        ...file,
        answers: { leadership: { stage: 'understand', members: { A: 'embedded' } } },
      }),
    );
    expect(later.ok && later.value.answers).to.deep.equal({ leadership: { stage: 'understand' } });
  });
});
