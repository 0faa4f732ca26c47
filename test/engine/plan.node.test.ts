import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  caseStudiesFor,
  foundations,
  measuresFor,
  smallNumberOfChanges,
} from '../../src/content/index.js';
import {
  addStep,
  compareOutcomes,
  createResultFile,
  createSnapshot,
  CSV_COLUMNS,
  chosenRound,
  describeChange,
  earlierPlanRound,
  isPlanDate,
  outcomes,
  parseCsv,
  parseResultCsv,
  parseResultFile,
  readPlanCsv,
  removeStep,
  RESULT_SCHEMA,
  RESULT_VERSION,
  reviewOf,
  reviewStep,
  sanitiseAnswers,
  sanitisePlan,
  sanitiseReview,
  SelfCheckStore,
  startReview,
  stages,
  suggestedOrder,
  summarise,
  toCsv,
  toJson,
  toMaxSteps,
  updateStep,
  withEarlierFile,
  type Answers,
  type Plan,
  type PlanReview,
  type StorageLike,
} from '../../src/engine/index.js';

const ids = foundations.map((f) => f.id);
const stageIds = stages.map((s) => s.id);
const fixed = '2026-03-01T09:00:00.000Z';
const RUNS = { numRuns: 1000 };

/** Text a person might type: accents, emoji, commas, quotes, line breaks, formula-like starts. */
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc.constantFrom(
    'a, "quoted"\nline two',
    'émoji 🎉, ok',
    '=SUM(A1)',
    '+44 1234',
    '-',
    '@x',
    "'=already quoted",
  ),
);

const answersArb: fc.Arbitrary<Answers> = fc
  .dictionary(
    fc.constantFrom(...ids),
    fc.record({ stage: fc.constantFrom(...stageIds), notes: textArb }, { requiredKeys: [] }),
  )
  .map((a) => sanitiseAnswers(a));

const dateArb = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const planArb: fc.Arbitrary<Plan> = fc
  .uniqueArray(fc.constantFrom(...ids), { minLength: 0, maxLength: 5 })
  .chain((items) =>
    fc.tuple(
      ...items.map((foundation) => {
        const studies = caseStudiesFor({ foundation }).map((c) => c.id);
        return fc.record(
          {
            foundation: fc.constant(foundation),
            step: textArb,
            lead: textArb,
            byWhen: dateArb,
            howWeKnow: textArb,
            ...(studies.length ? { caseStudy: fc.constantFrom(...studies) } : {}),
          },
          { requiredKeys: ['foundation'] },
        );
      }),
    ),
  )
  .map((steps) => sanitisePlan(steps));

const reviewArb: fc.Arbitrary<PlanReview | undefined> = fc.option(
  fc.record({
    earlier: fc.constant('2025-03-01T09:00:00.000Z'),
    steps: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 5 }).chain((items) =>
      fc.tuple(
        ...items.map((foundation) =>
          fc.record(
            {
              foundation: fc.constant(foundation),
              step: textArb,
              outcome: fc.constantFrom(...outcomes.map((o) => o.id)),
              note: textArb,
            },
            { requiredKeys: ['foundation'] },
          ),
        ),
      ),
    ),
  }),
  { nil: undefined },
);

describe('engine: small-steps plan', () => {
  it('allows three steps by default and refuses a fourth; a host may set 1 to 5', () => {
    let plan: Plan = [];
    for (const id of ids.slice(0, 3)) {
      const r = addStep(plan, id);
      expect(r.ok).to.equal(true);
      if (r.ok) plan = r.plan;
    }
    expect(addStep(plan, ids[3])).to.deep.equal({ ok: false, reason: 'full' });
    expect(addStep(plan, ids[0])).to.deep.equal({ ok: false, reason: 'already-planned' });
    expect(addStep(plan, 'nope')).to.deep.equal({ ok: false, reason: 'unknown-item' });
    expect(addStep(plan, ids[3], 5).ok).to.equal(true);
    expect(addStep([], ids[0], 1).ok).to.equal(true);
    expect(addStep([{ foundation: ids[0] }], ids[1], 1)).to.deep.equal({
      ok: false,
      reason: 'full',
    });
    expect([1, 2, 5, '4', ' 2 '].map(toMaxSteps)).to.deep.equal([1, 2, 5, 4, 2]);
    expect([0, 6, 2.5, '', 'three', null, undefined, -1].map(toMaxSteps)).to.deep.equal(
      Array(8).fill(3),
    );
  });

  it('edits and removes steps, dropping empty fields', () => {
    let plan: Plan = [{ foundation: 'leadership' }, { foundation: 'co-design' }];
    plan = updateStep(plan, 'leadership', { step: 'Name a lead', lead: 'Sam', byWhen: '' });
    expect(plan[0]).to.deep.equal({ foundation: 'leadership', step: 'Name a lead', lead: 'Sam' });
    plan = updateStep(plan, 'leadership', { lead: '' });
    expect(plan[0]).to.deep.equal({ foundation: 'leadership', step: 'Name a lead' });
    expect(removeStep(plan, 'leadership')).to.deep.equal([{ foundation: 'co-design' }]);
  });

  it('checks dates and case studies, and names each bad field', () => {
    expect(['2026-06-30', '2028-02-29'].every(isPlanDate)).to.equal(true);
    expect(['2026-02-30', '30/06/2026', '2026-6-3', 20260630, ''].some(isPlanDate)).to.equal(false);
    const errors: string[] = [];
    const plan = sanitisePlan(
      [
        { foundation: 'leadership', byWhen: 'soon', caseStudy: 'co-design-1', lead: 4 },
        { foundation: 'leadership' },
        { foundation: 'nope' },
        'x',
        { foundation: 'co-design', step: 'y'.repeat(10001) },
        { foundation: 'shared-records' },
      ],
      errors,
    );
    expect(errors).to.deep.equal([
      'plan: more than 5 steps',
      'plan[0].lead: expected text',
      'plan[0].byWhen: expected a date, e.g. 2026-06-30',
      "plan[0].caseStudy: not one of this item's case studies",
      'plan[1].foundation: leadership is planned twice',
      'plan[2].foundation: not an item of the guide',
      'plan[3]: expected an object with "foundation"',
      'plan[4].step: longer than 10000 characters',
    ]);
    expect(plan.map((s) => s.foundation)).to.deep.equal(['leadership', 'co-design']);
    const listErrors: string[] = [];
    expect(sanitisePlan({}, listErrors)).to.deep.equal([]);
    expect(listErrors).to.deep.equal(['plan: expected a list of steps']);
    const reviewErrors: string[] = [];
    sanitiseReview({ earlier: 'x', steps: [] }, reviewErrors);
    sanitiseReview({ earlier: fixed, steps: {} }, reviewErrors);
    sanitiseReview([], reviewErrors);
    sanitiseReview(
      {
        earlier: fixed,
        steps: [{ foundation: 'leadership', outcome: 'finished' }, 3, { foundation: 'x' }],
      },
      reviewErrors,
    );
    expect(reviewErrors).to.deep.equal([
      'review.earlier: expected the date and time as the self-check writes them, e.g. 2026-03-01T09:00:00.000Z',
      'review.steps: expected a list',
      'review: expected an object with "earlier" and "steps"',
      'review.steps[0].outcome: expected one of done, under-way, not-started, dropped',
      'review.steps[1]: expected an object with "foundation"',
      'review.steps[2].foundation: not an item of the guide',
    ]);
  });

  it('suggests the lowest stages first and lists every other item after them', () => {
    const r = summarise({
      leadership: { stage: 'not-started' },
      'co-design': { stage: 'understand' },
      'shared-records': { stage: 'understand' },
      'access-24-7': { stage: 'understand' },
      'sharing-learning': { stage: 'implement' },
      'education-and-training': { stage: 'embedded' },
    });
    const { suggested, others } = suggestedOrder(r.items);
    // Ties with the third are kept: three items at "understanding" share the second place.
    expect(suggested).to.deep.equal(['leadership', 'shared-records', 'access-24-7', 'co-design']);
    expect([...suggested, ...others].sort()).to.deep.equal([...ids].sort());
    expect(suggestedOrder(summarise({}).items).suggested).to.deep.equal([]);
  });

  it('compares each earlier step with how the item moved', () => {
    const earlier = {
      answers: { leadership: { stage: 'understand' }, 'co-design': { stage: 'interpret' } },
      plan: [
        { foundation: 'leadership', step: 'Name a lead' },
        { foundation: 'co-design' },
        { foundation: 'sharing-learning' },
      ],
    } as const;
    let review = startReview(fixed, earlier.plan);
    expect(review.steps).to.deep.equal([
      { foundation: 'leadership', step: 'Name a lead' },
      { foundation: 'co-design' },
      { foundation: 'sharing-learning' },
    ]);
    review = reviewStep(review, 'leadership', { outcome: 'done', note: 'Sam leads' });
    review = reviewStep(review, 'co-design', { outcome: 'dropped' });
    const rows = compareOutcomes(
      earlier,
      { leadership: { stage: 'implement' }, 'co-design': { stage: 'interpret' } },
      review,
    );
    expect(
      rows.map((r) => [r.number, r.outcome, r.note, r.before, r.after, r.change]),
    ).to.deep.equal([
      [8, 'done', 'Sam leads', 'understand', 'implement', 2],
      [7, 'dropped', undefined, 'interpret', 'interpret', 0],
      [10, undefined, undefined, undefined, undefined, undefined],
    ]);
    expect(rows.map((r) => describeChange(r.change))).to.deep.equal(['Up 2', 'No change', '-']);
    expect(describeChange(-1)).to.equal('Down 1');
    expect(compareOutcomes({ answers: {} }, {})).to.deep.equal([]);
  });

  it('every version-1 file still imports, with its answers and no plan', function () {
    expect(RESULT_VERSION).to.be.at.least(3);
    fc.assert(
      fc.property(
        answersArb,
        fc.option(textArb, { nil: undefined }),
        fc.option(textArb, { nil: undefined }),
        fc.constantFrom('reflect', 'knowledge'),
        (answers, organisation, team, mode) => {
          const v1 = {
            schema: RESULT_SCHEMA,
            version: 1,
            packageVersion: '0.1.0',
            createdAt: fixed,
            ...(organisation ? { organisation: organisation.slice(0, 200) } : {}),
            ...(team ? { team: team.slice(0, 200) } : {}),
            mode,
            answers,
            notes: 'Team meeting, March',
          };
          const r = parseResultFile(JSON.stringify(v1));
          expect(r.ok).to.equal(true);
          if (!r.ok) return;
          expect(r.value.version).to.equal(RESULT_VERSION);
          expect(r.value.answers).to.deep.equal(answers);
          expect(r.value.organisation).to.equal(v1.organisation);
          expect(r.value.plan).to.equal(undefined);
          expect(r.value.review).to.equal(undefined);
        },
      ),
      RUNS,
    );
  });

  it('round-trips plans and reviews through JSON (1,000 cases)', function () {
    fc.assert(
      fc.property(answersArb, planArb, reviewArb, (answers, plan, review) => {
        const file = createResultFile(answers, { createdAt: fixed, plan, review, team: 'Ward 7' });
        const r = parseResultFile(toJson(file));
        expect(r.ok).to.equal(true);
        if (r.ok) expect(r.value).to.deep.equal(file);
      }),
      RUNS,
    );
    // A leading apostrophe of the person's own is kept.
    const plan = [{ foundation: 'leadership', step: "'=not a formula" }] as const;
    const r = parseResultFile(toJson(createResultFile({}, { createdAt: fixed, plan })));
    expect(r.ok && r.value.plan).to.deep.equal(plan);
  });

  it('round-trips plans and reviews through CSV, in their own rows (1,000 cases)', function () {
    fc.assert(
      fc.property(answersArb, planArb, reviewArb, (answers, plan, review) => {
        const file = createResultFile(answers, { createdAt: fixed, plan, review });
        const rows = parseCsv(toCsv(file));
        expect(rows[0]).to.deep.equal([...CSV_COLUMNS]);
        const records = rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf('record')]);
        expect(records).to.deep.equal([
          ...Array(10).fill('answer'),
          ...plan.map(() => 'plan'),
          ...(review?.steps ?? []).map(() => 'review'),
        ]);
        for (const row of rows) expect(row.length).to.equal(CSV_COLUMNS.length);
        const back = readPlanCsv(rows);
        expect(back.plan).to.deep.equal(plan);
        expect(back.review).to.deep.equal(review?.steps.length ? review : undefined);
      }),
      RUNS,
    );
  });

  it('the CSV importer reads the answers, the plan and the review back (1,000 cases)', function () {
    fc.assert(
      fc.property(answersArb, planArb, reviewArb, (answers, plan, review) => {
        const file = createResultFile(answers, { createdAt: fixed, plan, review, team: 'Ward 7' });
        const r = parseResultCsv(toCsv(file));
        expect(r.ok).to.equal(true);
        if (!r.ok) return;
        expect(r.value.answers).to.deep.equal(answers);
        expect(r.value.plan ?? []).to.deep.equal(plan);
        expect(r.value.review).to.deep.equal(review?.steps.length ? review : undefined);
      }),
      RUNS,
    );
  });

  it('reads back a CSV whose formula-like cells carry the export prefix', () => {
    const header = CSV_COLUMNS.join(',');
    const cells = Object.fromEntries(CSV_COLUMNS.map((c) => [c, '']));
    const row: Record<string, string> = {
      ...cells,
      item: '8',
      item_id: 'leadership',
      record: 'plan',
      step: "'=Ask the board",
      lead: "'+44 team",
      by_when: '2026-09-30',
    };
    const csv = `${header}\r\n${CSV_COLUMNS.map((c) => row[c]).join(',')}\r\n`;
    expect(readPlanCsv(parseCsv(csv)).plan).to.deep.equal([
      { foundation: 'leadership', step: '=Ask the board', lead: '+44 team', byWhen: '2026-09-30' },
    ]);
    expect(readPlanCsv([])).to.deep.equal({ plan: [] });
  });

  it('keeps the plan and review on the device, and each snapshot with its plan', () => {
    const data = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
    const plan = [{ foundation: 'leadership', step: 'Name a lead', byWhen: '2026-09-30' }] as const;
    const review = {
      earlier: fixed,
      steps: [{ foundation: 'co-design', outcome: 'done' }],
    } as const;
    const store = new SelfCheckStore('plan-test', storage);
    const snapshot = createSnapshot({ leadership: { stage: 'understand' } }, new Date(fixed), {
      plan,
    });
    store.save({ answers: {}, snapshots: [snapshot, createSnapshot({})], plan, review });
    const back = new SelfCheckStore('plan-test', storage).load()!;
    expect(back.plan).to.deep.equal(plan);
    expect(back.review).to.deep.equal(review);
    expect(back.snapshots[0].plan).to.deep.equal(plan);
    expect(back.snapshots[1]).to.not.have.property('plan');
  });

  it('quotes the report for the limit and names measures only where the report does', () => {
    expect(smallNumberOfChanges.text).to.contain('a small number of changes');
    expect(smallNumberOfChanges.line).to.equal(503);
    expect(measuresFor('evidence-and-information').map((m) => m.name)).to.deep.equal([
      'National Audit of Care at End of Life (NACEL)',
      'Integrated Palliative Care Outcome Scale (IPOS)',
    ]);
    expect(measuresFor('leadership')).to.deep.equal([]);
  });

  it('picks the earlier round to review and keeps its review, or starts a fresh one', () => {
    const plan: Plan = [{ foundation: 'leadership', step: 'Name a lead' }];
    const older = { id: 'a', createdAt: '2025-01-01T00:00:00.000Z', answers: {}, plan };
    const noPlan = { id: 'b', createdAt: '2025-06-01T00:00:00.000Z', answers: {} };
    const newer = { id: 'c', createdAt: '2026-01-01T00:00:00.000Z', answers: {}, plan };
    const saved = [older, noPlan, newer];
    expect(chosenRound(saved, 'b')).to.equal(noPlan);
    expect(chosenRound(saved, '')).to.equal(newer);
    expect(chosenRound([], '')).to.equal(undefined);
    // A chosen result without a plan has nothing to review: the latest with a plan is used.
    expect(earlierPlanRound(saved, 'b')).to.equal(newer);
    expect(earlierPlanRound(saved, 'a')).to.equal(older);
    expect(earlierPlanRound([noPlan], '')).to.equal(undefined);
    const fresh = reviewOf(undefined, older);
    expect(fresh).to.deep.equal(startReview(older.createdAt, plan));
    const answered = reviewStep(fresh, 'leadership', { outcome: 'done' });
    expect(reviewOf(answered, older)).to.equal(answered);
    expect(reviewOf(answered, newer)).to.deep.equal(startReview(newer.createdAt, plan));
  });

  it('adds an earlier round read from a file once, last, with its plan only when it has one', () => {
    const file = { createdAt: '2025-01-01T00:00:00.000Z', answers: {}, plan: [] };
    const saved = withEarlierFile([], file);
    expect(saved).to.deep.equal([
      { id: `file:${file.createdAt}`, createdAt: file.createdAt, answers: {} },
    ]);
    const other = { id: 'x', createdAt: '2025-03-01T00:00:00.000Z', answers: {} };
    const plan: Plan = [{ foundation: 'leadership' }];
    const again = withEarlierFile([...saved, other], { ...file, plan });
    expect(again.map((s) => s.id)).to.deep.equal(['x', `file:${file.createdAt}`]);
    expect(again[1].plan).to.deep.equal(plan);
  });
});
