import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { caseStudies, foundations } from '../../src/content/index.js';
import {
  compareAnswers,
  createResultFile,
  createSnapshot,
  CSV_COLUMNS,
  generateQuestions,
  MAX_RESULT_BYTES,
  neutraliseCsvCell,
  mulberry32,
  parseCsv,
  parseResultFile,
  RESULT_SCHEMA,
  SelfCheckStore,
  sanitiseAnswers,
  stages,
  storageKey,
  summarise,
  toCsv,
  toJson,
  toSeed,
  withAnswer,
  type Answers,
  type StageId,
  type StorageLike,
} from '../../src/engine/index.js';

const ids = foundations.map((f) => f.id);
const stageIds = stages.map((s) => s.id);

const answersArb: fc.Arbitrary<Answers> = fc
  .dictionary(
    fc.constantFrom(...ids),
    fc.record(
      {
        stage: fc.constantFrom(...stageIds),
        notes: fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 1 }),
          fc.constantFrom('a, "quoted"\nline two', 'émoji 🎉, ok', '"', ',\r\n'),
        ),
      },
      { requiredKeys: [] },
    ),
  )
  .map((a) => sanitiseAnswers(a));

describe('engine: answers', () => {
  it('keeps only known items, stages and text notes', () => {
    expect(
      sanitiseAnswers({
        leadership: { stage: 'implement', notes: 'ok' },
        'co-design': { stage: 'nonsense' },
        nope: { stage: 'implement' },
        'shared-records': 'x',
      }),
    ).to.deep.equal({ leadership: { stage: 'implement', notes: 'ok' } });
    expect(sanitiseAnswers(null)).to.deep.equal({});
    expect(sanitiseAnswers([1])).to.deep.equal({});
  });

  it('withAnswer merges and removes empty answers', () => {
    let a = withAnswer({}, 'leadership', { stage: 'understand' });
    a = withAnswer(a, 'leadership', { notes: 'n' });
    expect(a).to.deep.equal({ leadership: { stage: 'understand', notes: 'n' } });
    a = withAnswer(a, 'leadership', { stage: undefined, notes: '' });
    expect(a).to.deep.equal({});
  });
});

describe('engine: scoring', () => {
  it('counts skipped items as unanswered, never zero', () => {
    const r = summarise({ leadership: { notes: 'only notes' } });
    expect(r.answered).to.equal(0);
    expect(r.total).to.equal(10);
    expect(r.ambitions.every((a) => a.score === undefined)).to.equal(true);
    expect(r.nextSteps).to.deep.equal([]);
  });

  it('weights Ambitions by the evidence matrix; items 9 and 10 count once toward every Ambition (line 373)', () => {
    const only10 = summarise({ 'sharing-learning': { stage: 'embedded' } });
    for (const a of only10.ambitions) expect(a.score, a.ambition).to.equal(1);
    const r = summarise({
      'personalised-care-planning': { stage: 'embedded' },
      'shared-records': { stage: 'not-started' },
    });
    const a1 = r.ambitions.find((a) => a.ambition === 'A1')!;
    expect(a1.score).to.be.greaterThan(0).and.lessThan(1);
  });

  it('picks strengths and the two or three lowest answered items as next steps', () => {
    const r = summarise({
      'personalised-care-planning': { stage: 'embedded' },
      'shared-records': { stage: 'implement' },
      'co-design': { stage: 'understand' },
      leadership: { stage: 'interpret' },
      'access-24-7': { stage: 'interpret' },
      'sharing-learning': { stage: 'implement' },
    });
    expect(r.strengths).to.deep.equal([
      'personalised-care-planning',
      'shared-records',
      'sharing-learning',
    ]);
    expect(r.nextSteps.map((s) => s.foundation)).to.deep.equal([
      'co-design',
      'access-24-7',
      'leadership',
    ]);
    expect(r.nextSteps[0].examples.length).to.be.greaterThan(0);
    expect(r.nextSteps[0].caseStudies.every((c) => c.foundation === 'co-design')).to.equal(true);
  });

  it('summarises a subset and stays within bounds for any answers', () => {
    expect(summarise({}, [1, 2, 9]).items.map((i) => i.number)).to.deep.equal([1, 2, 9]);
    expect(summarise({}, ['zzz']).total).to.equal(10);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = summarise(answers);
        expect(r.answered).to.equal(Object.values(answers).filter((a) => a?.stage).length);
        for (const a of r.ambitions) if (a.score !== undefined) expect(a.score).to.be.within(0, 1);
        expect(r.nextSteps.length).to.be.at.most(3);
      }),
    );
  });

  it('compares two sets of answers per item', () => {
    const c = compareAnswers(
      { leadership: { stage: 'understand' } },
      { leadership: { stage: 'implement' }, 'co-design': { stage: 'interpret' } },
    );
    const lead = c.find((x) => x.foundation === 'leadership')!;
    expect(lead.change).to.equal(2);
    const co = c.find((x) => x.foundation === 'co-design')!;
    expect(co.before).to.equal(undefined);
    expect(co.change).to.equal(undefined);
  });
});

describe('engine: knowledge questions', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateQuestions(8, 42)).to.deep.equal(generateQuestions(8, 42));
    expect(JSON.stringify(generateQuestions(8, 1))).not.to.equal(
      JSON.stringify(generateQuestions(8, 2)),
    );
    expect(toSeed('abc')).to.equal(toSeed('abc'));
    expect(toSeed('12')).to.equal(12);
    expect(mulberry32(1)()).to.equal(mulberry32(1)());
  });

  it('builds well-formed questions of every kind for any count and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 40 }), fc.integer(), (count, seed) => {
        const qs = generateQuestions(count, seed);
        expect(qs.length).to.equal(Math.min(Math.max(count, 1), 30));
        for (const q of qs) {
          expect(q.options.length).to.equal(4);
          expect(new Set(q.options.map((o) => o.id)).size).to.equal(4);
          expect(q.options.some((o) => o.id === q.answer)).to.equal(true);
          expect(q.explanation).to.be.a('string').and.not.equal('');
          expect(ids).to.include(q.foundation);
        }
      }),
      { numRuns: 60 },
    );
    const kinds = new Set(generateQuestions(8, 3).map((q) => q.kind));
    expect([...kinds].sort()).to.deep.equal(['added', 'ambition', 'case-study', 'linked']);
  });

  it('asks which item a case study illustrates with the right answer', () => {
    for (const q of generateQuestions(30, 9).filter((x) => x.kind === 'case-study')) {
      const c = caseStudies.find((cs) => q.id === `case-study:${cs.id}`)!;
      expect(q.answer).to.equal(c.foundation);
    }
  });
});

describe('engine: result files', () => {
  const fixed = '2026-03-01T09:00:00.000Z';

  it('round-trips any answers through JSON unchanged', () => {
    fc.assert(
      fc.property(answersArb, fc.string({ maxLength: 50 }), (answers, notes) => {
        const file = createResultFile(answers, {
          organisation: 'Hospice, "North"',
          team: 'Ward 7',
          notes,
          createdAt: fixed,
        });
        const parsed = parseResultFile(toJson(file));
        expect(parsed.ok).to.equal(true);
        if (parsed.ok) expect(parsed.value).to.deep.equal(file);
      }),
    );
  });

  it('round-trips notes with commas, quotes, newlines and emoji through CSV', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const file = createResultFile(answers, { organisation: 'Café, "ICB"', createdAt: fixed });
        const csv = toCsv(file);
        expect(csv.startsWith('\uFEFF')).to.equal(true);
        const rows = parseCsv(csv);
        expect(rows.length).to.equal(11);
        rows.slice(1).forEach((row, i) => {
          expect(row.length).to.equal(CSV_COLUMNS.length);
          expect(row[0]).to.equal('Café, "ICB"');
          expect(row[4]).to.equal(ids[i]);
          expect(row[6]).to.equal(answers[ids[i]]?.stage ?? '');
          // Notes a spreadsheet would run as a formula carry one leading ' (result-csv.node.test.ts).
          expect(row[9]).to.equal(neutraliseCsvCell(answers[ids[i]]?.notes ?? ''));
        });
      }),
    );
    expect(parseCsv(toCsv(createResultFile({}, { createdAt: fixed }), [1, 9])).length).to.equal(3);
  });

  it('names the field for each error', () => {
    const bad = JSON.stringify({
      schema: RESULT_SCHEMA,
      version: 1,
      packageVersion: '0.1.0',
      createdAt: 'yesterday',
      mode: 'quiz',
      organisation: 5,
      notes: 4,
      answers: { leadership: { stage: 'great', notes: 3 }, nope: {}, 'co-design': 'x' },
    });
    const r = parseResultFile(bad);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.errors).to.include(`answers.leadership.stage: expected one of ${stageIds.join(', ')}`);
    for (const field of [
      'createdAt:',
      'mode:',
      'organisation:',
      'notes:',
      'answers.leadership.notes:',
      'answers.nope:',
      'answers.co-design:',
    ])
      expect(
        r.errors.some((e) => e.startsWith(field)),
        field,
      ).to.equal(true);
  });

  it('refuses other documents, newer versions and files over 1 MB before parsing', () => {
    const errorsOf = (text: unknown) => {
      const r = parseResultFile(text);
      return r.ok ? [] : r.errors;
    };
    expect(errorsOf('{')).to.deep.equal(['file: not valid JSON']);
    expect(errorsOf('[]')[0]).to.match(/^file:/);
    expect(errorsOf(42)[0]).to.match(/^file:/);
    expect(errorsOf('{"schema":"x"}')[0]).to.match(/^schema:/);
    expect(errorsOf(`{"schema":"${RESULT_SCHEMA}","version":"1"}`)[0]).to.match(/^version:/);
    expect(errorsOf(`{"schema":"${RESULT_SCHEMA}","version":9}`)[0]).to.match(
      /^version: 9 is newer/,
    );
    expect(
      errorsOf(`{"schema":"${RESULT_SCHEMA}","version":1,"answers":[]}`).some((e) =>
        e.startsWith('answers:'),
      ),
    ).to.equal(true);
    expect(errorsOf(' '.repeat(MAX_RESULT_BYTES + 1))).to.deep.equal([
      'file: larger than 1 MB, so it was not read',
    ]);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => {
            try {
              return JSON.stringify({
                schema: RESULT_SCHEMA,
                version: 1,
                answers: v,
                createdAt: fixed,
                packageVersion: 'x',
              });
            } catch {
              return '';
            }
          }),
        ),
        (text) => {
          const r = parseResultFile(text);
          if (!r.ok)
            for (const e of r.errors)
              expect(e).to.match(
                /^(file|schema|version|packageVersion|createdAt|organisation|team|mode|notes|answers)[.:[]/,
              );
        },
      ),
    );
  });

  it('migrates version 0 files', () => {
    const r = parseResultFile(
      JSON.stringify({
        schema: RESULT_SCHEMA,
        version: 0,
        packageVersion: '0.0.1',
        createdAt: fixed,
        answers: { '8': 'implement', 'co-design': 'understand' },
      }),
    );
    expect(r.ok).to.equal(true);
    if (r.ok)
      expect(r.value.answers).to.deep.equal({
        leadership: { stage: 'implement' },
        'co-design': { stage: 'understand' },
      });
    const bad = parseResultFile(
      JSON.stringify({ schema: RESULT_SCHEMA, version: 0, answers: { '8': 'great' } }),
    );
    expect(bad.ok).to.equal(false);
  });
});

/** A fake Storage; `fail` chooses which calls throw what. */
function fakeStorage(
  fail: { get?: Error; set?: Error; remove?: Error } = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => {
      if (fail.get) throw fail.get;
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (fail.set) throw fail.set;
      data.set(k, v);
    },
    removeItem: (k) => {
      if (fail.remove) throw fail.remove;
      data.delete(k);
    },
  };
}
const domError = (name: string) => new DOMException('refused', name);
const state = (stage: StageId) => ({
  answers: { leadership: { stage } } as Answers,
  snapshots: [createSnapshot({}, new Date(0))],
});

describe('engine: storage', () => {
  it('uses a namespaced, versioned key and round-trips state', () => {
    expect(storageKey('team-a')).to.equal('ambitions-elements:self-check:v1:team-a');
    expect(storageKey('  ')).to.equal('ambitions-elements:self-check:v1:default');
    const fake = fakeStorage();
    const store = new SelfCheckStore('x', fake);
    expect(store.load()).to.equal(undefined);
    expect(
      store.save({ ...state('implement'), notes: 'n', organisation: 'O', team: 'T' }),
    ).to.equal(true);
    expect(fake.data.has('ambitions-elements:self-check:v1:x')).to.equal(true);
    const loaded = new SelfCheckStore('x', fake).load()!;
    expect(loaded.answers).to.deep.equal({ leadership: { stage: 'implement' } });
    expect(loaded.snapshots.length).to.equal(1);
    expect(loaded.organisation).to.equal('O');
    store.clear();
    expect(fake.data.size).to.equal(0);
  });

  it('falls back to memory when storage is missing or throws SecurityError', () => {
    const none = new SelfCheckStore('x', null);
    expect(none.persistent).to.equal(false);
    expect(none.problem).to.equal('unavailable');
    expect(none.save(state('understand'))).to.equal(false);
    expect(none.load()!.answers.leadership!.stage).to.equal('understand');
    none.clear();
    expect(none.load()).to.equal(undefined);

    const blocked = new SelfCheckStore(
      'x',
      fakeStorage({
        get: domError('SecurityError'),
        set: domError('SecurityError'),
        remove: domError('SecurityError'),
      }),
    );
    expect(blocked.load()).to.equal(undefined);
    expect(blocked.problem).to.equal('unavailable');
    expect(blocked.save(state('interpret'))).to.equal(false);
    expect(blocked.load()!.answers.leadership!.stage).to.equal('interpret');
    blocked.clear();
  });

  it('keeps working in memory when the device is full', () => {
    const store = new SelfCheckStore('x', fakeStorage({ set: domError('QuotaExceededError') }));
    expect(store.save(state('embedded'))).to.equal(false);
    expect(store.problem).to.equal('full');
    expect(store.persistent).to.equal(false);
    expect(store.load()!.answers.leadership!.stage).to.equal('embedded');
  });

  it('reports corrupt stored data instead of throwing', () => {
    for (const bad of ['{not json', '[]', 'null', '"x"']) {
      const fake = fakeStorage();
      fake.data.set(storageKey('c'), bad);
      const store = new SelfCheckStore('c', fake);
      expect(store.load()).to.equal(undefined);
      expect(store.problem).to.equal('corrupt');
      expect(store.save(state('understand'))).to.equal(true);
      expect(store.problem).to.equal(undefined);
    }
    const fake = fakeStorage();
    fake.data.set(
      storageKey('d'),
      JSON.stringify({
        answers: { leadership: { stage: 'x' } },
        snapshots: [{ createdAt: 'no' }, 5, { createdAt: '2026-01-01T00:00:00Z', answers: {} }],
      }),
    );
    const loaded = new SelfCheckStore('d', fake).load()!;
    expect(loaded.answers).to.deep.equal({});
    expect(loaded.snapshots.length).to.equal(1);
  });
});
