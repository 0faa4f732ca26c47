import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foundations } from '../../src/content/index.js';
import {
  anonymousLetters,
  createResultFile,
  duplicateKey,
  mergeResults,
  parseCsv,
  plainReason,
  readResultText,
  roundOf,
  scoreInWords,
  stages,
  summariseSystem,
  summaryRounds,
  summaryToCsv,
  summaryToJson,
  SUMMARY_STAGES,
  toCsv,
  toJson,
  type Answers,
  type SelfCheckResultFile,
} from '../../src/engine/index.js';
import { makeResult, makeRound } from '../fixtures/summary-files.js';

const resultArb: fc.Arbitrary<SelfCheckResultFile> = fc
  .record({
    org: fc.constantFrom('Fernbrook Hospice', 'Northvale Trust', ''),
    team: fc.constantFrom('Ward 3', 'Community team', 'Day hospice', ''),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.constantFrom(2025, 2026),
    answers: fc.dictionary(
      fc.constantFrom(...foundations.map((f) => f.id)),
      fc.record({ stage: fc.constantFrom(...stages.map((s) => s.id)) }),
    ),
  })
  .map(({ org, team, month, year, answers }) =>
    createResultFile(answers as Answers, {
      organisation: org,
      team,
      createdAt: `${year}-${String(month).padStart(2, '0')}-15T10:00:00.000Z`,
    }),
  );

describe('summary engine: reading files', () => {
  it('reads a current result file and a version-0 file (migrated)', () => {
    const file = makeResult({ team: 'Ward 3', createdAt: '2026-03-01T09:00:00.000Z', seed: 1 });
    const read = readResultText(toJson(file), 'ward3.json');
    expect(read.ok && read.results[0]).to.deep.equal(file);
    const old = JSON.stringify({
      schema: 'ambitions-elements/self-check',
      version: 0,
      packageVersion: '0.0.1',
      createdAt: '2025-01-10T09:00:00.000Z',
      team: 'Old team',
      answers: { '8': 'implement' },
    });
    const migrated = readResultText(old, 'old.json');
    expect(migrated.ok && migrated.results[0].answers).to.deep.equal({
      leadership: { stage: 'implement' },
    });
  });

  it('gives a plain reason for each kind of bad file, never throwing', () => {
    const reason = (text: string, name = 'x.json') => {
      const r = readResultText(text, name);
      return r.ok ? '' : r.reason;
    };
    expect(reason('')).to.equal('This file is empty.');
    expect(reason('%PDF-1.7 ...')).to.match(/binary file/);
    expect(reason('abc\u0000def')).to.match(/binary file/);
    expect(reason('{"name": "package", "version": "1.0.0"}')).to.match(/some other kind of JSON/);
    expect(reason('[1,2,3]')).to.match(/not a self-check result/);
    expect(reason('{"schema": "ambitions-elements/self-check", ')).to.match(/neither JSON nor CSV/);
    expect(reason('hello world')).to.match(/neither JSON nor CSV/);
    expect(reason('x'.repeat(17 * 1024 * 1024))).to.match(/too large/);
    expect(
      reason(JSON.stringify({ schema: 'ambitions-elements/self-check', version: 99 })),
    ).to.match(/newer version/);
    expect(
      reason(
        JSON.stringify({
          ...createResultFile({}),
          answers: { leadership: { stage: 'brilliant' } },
        }),
      ),
    ).to.match(/^Parts of this result file .*answers\.leadership\.stage/);
    expect(plainReason(['a: x', 'b: y', 'c: z'])).to.match(/a: x \(and 2 more\)\.$/);
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = readResultText(text, 'any.json');
        return r.ok || r.reason.length > 10;
      }),
    );
  });

  it("reads the quiz's CSV export, the combined CSV, and explains a CSV it cannot read", () => {
    const file = makeResult({
      organisation: 'Fernbrook Hospice',
      team: '=Ward 3',
      createdAt: '2026-01-01T00:00:00.000Z',
      seed: 3,
    });
    const one = readResultText(toCsv(file), 'team.csv');
    expect(one.ok && one.results[0].answers).to.deep.equal(file.answers);
    expect(one.ok && one.results[0].team).to.equal('=Ward 3');
    const round = makeRound(4, '2026-02-01T09:00:00.000Z');
    const combined = readResultText(summaryToCsv(summariseSystem(round)), 'all.csv');
    expect(combined.ok && combined.results.map((r) => r.team)).to.have.members(
      round.map((r) => r.team),
    );
    const edited = readResultText('organisation,team,item,stage\r\nA,B,1,=1+1\r\n', 'x.csv');
    expect(!edited.ok && edited.reason).to.match(
      /changed in a spreadsheet .*missing column "created_at"/,
    );
    const injected = readResultText('a,b\r\n', 'x.csv', () => ({ ok: false, errors: ['x', 'y'] }));
    expect(!injected.ok && injected.reason).to.match(/x \(and 1 more\)\.$/);
  });

  it('keeps notes with line breaks and formula-like text whole in the combined CSV', () => {
    const file = createResultFile(
      {
        leadership: { stage: 'implement', notes: 'First line\r\nSecond, "quoted"\r\n=SUM(A1)' },
        'co-design': { stage: 'understand', notes: '-starts with a minus' },
      },
      { organisation: 'Fernbrook Hospice', team: '@Ward 3', createdAt: new Date('2026-02-01') },
    );
    const csv = summaryToCsv(summariseSystem([file]));
    // Every data row has exactly one cell more (the round) than the quiz's columns.
    const rows = parseCsv(csv);
    expect(new Set(rows.map((r) => r.length)).size).to.equal(1);
    const read = readResultText(csv, 'all.csv');
    expect(read.ok && read.results[0].answers.leadership?.notes).to.equal(
      'First line\r\nSecond, "quoted"\r\n=SUM(A1)',
    );
    expect(read.ok && read.results[0].answers['co-design']?.notes).to.equal('-starts with a minus');
    expect(read.ok && read.results[0].team).to.equal('@Ward 3');
  });

  it('reads back its own combined JSON', () => {
    const results = makeRound(5, '2026-02-01T09:00:00.000Z');
    const json = summaryToJson(summariseSystem(results));
    const read = readResultText(json, 'combined.json');
    expect(read.ok && read.results.length).to.equal(5);
  });
});

describe('summary engine: duplicates and rounds', () => {
  it('counts the same organisation, team and day once, whatever the case or time', () => {
    const a = makeResult({
      organisation: 'Fernbrook Hospice',
      team: 'Ward 3',
      createdAt: '2026-03-01T09:00:00.000Z',
      seed: 1,
    });
    const b = { ...a, team: ' ward 3 ', createdAt: '2026-03-01T17:00:00.000Z' };
    const c = { ...a, createdAt: '2026-03-02T09:00:00.000Z' };
    const merged = mergeResults([a], [b, c, c]);
    expect(merged.added).to.equal(1);
    expect(merged.duplicates).to.have.length(2);
    expect(merged.results).to.deep.equal([a, c]);
  });

  it('never treats two different unnamed results as duplicates', () => {
    const a = makeResult({ createdAt: '2026-03-01T09:00:00.000Z', seed: 1 });
    const b = makeResult({ createdAt: '2026-03-01T09:00:00.000Z', seed: 2 });
    expect(duplicateKey(a)).to.not.equal(duplicateKey(b));
    expect(mergeResults([], [a, b, a]).added).to.equal(2);
  });

  it('counts a result once whatever name the lead gave it, but two teams named alike apart', () => {
    const unnamed = makeResult({
      organisation: 'Fernbrook Hospice',
      createdAt: '2026-03-01T09:00:00.000Z',
      seed: 3,
    });
    const named = { ...unnamed, team: 'Day hospice' };
    expect(mergeResults([named], [unnamed]).added).to.equal(0);
    expect(mergeResults([unnamed], [named]).added).to.equal(0);
    // Another team's result that the lead happened to name the same stays its own.
    const other = makeResult({
      organisation: 'Fernbrook Hospice',
      team: 'Ward 3',
      createdAt: '2026-03-01T10:00:00.000Z',
      seed: 4,
    });
    expect(mergeResults([named], [other]).added).to.equal(1);
    // Two named teams are never one result on time and answers alone (scripted files share them).
    expect(mergeResults([named], [{ ...named, team: 'Ward 4' }]).added).to.equal(1);
  });

  it('keeps the name a lead gave, whichever copy arrives first (the named one replaces in place)', () => {
    const unnamed = makeResult({
      organisation: 'Fernbrook Hospice',
      createdAt: '2026-03-01T09:00:00.000Z',
      seed: 3,
    });
    const before = makeResult({
      organisation: 'Fernbrook Hospice',
      team: 'Ward 3',
      createdAt: '2026-03-01T08:00:00.000Z',
      seed: 5,
    });
    const named = { ...unnamed, team: 'Day hospice' };
    const unnamedFirst = mergeResults([before, unnamed], [named]);
    expect(unnamedFirst.added).to.equal(0);
    expect(unnamedFirst.duplicates).to.deep.equal([named]);
    expect(unnamedFirst.results).to.deep.equal([before, named]);
    expect(mergeResults([before, named], [unnamed]).results).to.deep.equal([before, named]);
    // Within one batch too, and an unnamed copy after the named one still counts once.
    expect(mergeResults([], [unnamed, named, unnamed]).results).to.deep.equal([named]);
  });

  it('counts a meeting once when its JSON and its CSV are both added (no team name)', () => {
    const answers: Answers = {
      leadership: {
        stage: 'implement',
        notes: 'Agreed after a long talk, 3 of us',
        heldBack: true,
        spread: { 'not-started': 1, implement: 2, embedded: 1 },
        spreadNotRated: 1,
      },
      'shared-records': { stage: 'interpret', spread: { interpret: 4 } },
      'education-and-training': { stage: 'embedded' },
    };
    const meeting = createResultFile(answers, {
      organisation: 'Fernbrook Hospice',
      createdAt: '2026-12-07T10:15:30.123Z',
      notes: 'Next round in March',
      plan: [{ foundation: 'leadership', step: 'Name a lead', lead: 'Sam', byWhen: '2027-03-01' }],
    });
    const fromJson = readResultText(toJson(meeting), 'meeting.json');
    const fromCsv = readResultText(toCsv(meeting), 'meeting.csv');
    expect(
      [fromJson.ok, fromCsv.ok],
      JSON.stringify([fromJson, fromCsv]).slice(0, 400),
    ).to.deep.equal([true, true]);
    if (!fromJson.ok || !fromCsv.ok) return;
    expect(fromCsv.results[0]!.answers).to.deep.equal(fromJson.results[0]!.answers);
    const merged = mergeResults(fromJson.results, fromCsv.results);
    expect(merged.results).to.have.length(1);
    expect(mergeResults(fromCsv.results, fromJson.results).results).to.have.length(1);
  });

  it('writes a result without a team name into the combined JSON without one, so two leads\u2019 unnamed teams stay two', () => {
    const morning = makeResult({
      organisation: 'West Dale Trust',
      createdAt: '2026-11-05T09:00:00.000Z',
      seed: 1,
    });
    const afternoon = makeResult({
      organisation: 'West Dale Trust',
      createdAt: '2026-11-05T15:00:00.000Z',
      seed: 2,
    });
    const combined = (r: SelfCheckResultFile) => summaryToJson(summariseSystem([r]));
    const one = readResultText(combined(morning), 'lead1.json');
    const two = readResultText(combined(afternoon), 'lead2.json');
    if (!one.ok || !two.ok) throw new Error('the combined files should read');
    expect(one.results[0]!.team).to.equal(undefined);
    expect(mergeResults(one.results, two.results).results).to.have.length(2);
    // And the team's own file meets its copy in a lead's combined file: one result.
    expect(mergeResults([morning], one.results).results).to.have.length(1);
    expect(
      mergeResults([{ ...morning, team: 'Named by the lead' }], one.results).results,
    ).to.have.length(1);
  });

  it('groups by quarter or by financial year', () => {
    expect(roundOf('2026-03-31T23:00:00.000Z')).to.deep.equal({
      id: '2026-Q1',
      label: 'Jan to Mar 2026',
    });
    expect(roundOf('2026-03-31T23:00:00.000Z', 'financial-year').label).to.equal('2025/26');
    expect(roundOf('2026-04-01T00:00:00.000Z', 'financial-year').label).to.equal('2026/27');
    const results = [
      ...makeRound(3, '2025-11-01T09:00:00.000Z'),
      ...makeRound(4, '2026-02-01T09:00:00.000Z'),
    ];
    expect(summaryRounds(results).map((r) => [r.id, r.teams])).to.deep.equal([
      ['2025-Q4', 3],
      ['2026-Q1', 4],
    ]);
    expect(summaryRounds(results, 'financial-year').map((r) => [r.label, r.teams])).to.deep.equal([
      ['2025/26', 4],
    ]);
  });
});

describe('summary engine: the system view', () => {
  it('counts every team once per item, in the latest round by default', () => {
    fc.assert(
      fc.property(fc.array(resultArb, { maxLength: 30 }), (results) => {
        const s = summariseSystem(results);
        for (const item of s.items) {
          const total = SUMMARY_STAGES.reduce((n, stage) => n + item.counts[stage], 0);
          if (total !== s.teams.length) return false;
          const direct = s.teams.filter((t) => t.stages[item.foundation] === 'implement').length;
          if (direct !== item.counts.implement) return false;
        }
        return s.round === undefined || s.round === s.rounds[s.rounds.length - 1];
      }),
    );
  });

  it("keeps a team's latest result in a round and says how many were replaced", () => {
    const early = makeResult({ team: 'Ward 3', createdAt: '2026-01-05T09:00:00.000Z', seed: 1 });
    const late = makeResult({ team: 'Ward 3', createdAt: '2026-02-05T09:00:00.000Z', seed: 2 });
    const s = summariseSystem([late, early]);
    expect(s.teams).to.have.length(1);
    expect(s.teams[0].file).to.equal(late);
    expect(s.superseded).to.equal(1);
  });

  it('filters by organisation, and names unnamed and hidden teams', () => {
    const results = [
      ...makeRound(6, '2026-02-01T09:00:00.000Z'),
      makeResult({
        organisation: 'Fernbrook Hospice',
        createdAt: '2026-02-02T09:00:00.000Z',
        seed: 9,
      }),
    ];
    const s = summariseSystem(results, { organisations: ['Fernbrook Hospice'] });
    expect(s.teams.map((t) => t.name)).to.deep.equal(['Team 001', 'Team 004', 'Unnamed team 1']);
    expect(s.organisations).to.have.length(3);
    const hidden = summariseSystem(results, { hideNames: true });
    expect(hidden.teams.map((t) => t.name).every((n) => /^Team [A-Z]+$/.test(n))).to.equal(true);
    expect(new Set(hidden.teams.map((t) => t.name)).size).to.equal(7);
    expect(hidden.teams.every((t) => /^Organisation \d$/.test(t.organisation))).to.equal(true);
    const text = summaryToCsv(hidden) + summaryToJson(hidden);
    expect(text.includes('Team 00'), 'a team name in the export').to.equal(false);
    expect(text.includes('Fernbrook'), 'an organisation in the export').to.equal(false);
    expect(anonymousLetters(0)).to.equal('A');
    expect(anonymousLetters(25)).to.equal('Z');
    expect(anonymousLetters(26)).to.equal('AA');
  });

  it('picks focus items where most teams are early, with examples and case studies', () => {
    const early = (team: string, seed: number) =>
      createResultFile(
        {
          leadership: { stage: 'not-started' },
          'evidence-and-information': { stage: 'understand' },
          'education-and-training': { stage: 'embedded' },
        },
        { team, createdAt: `2026-01-0${seed}T09:00:00.000Z` },
      );
    const s = summariseSystem([early('A', 1), early('B', 2)]);
    expect(s.focus.map((f) => f.number).sort()).to.deep.equal([3, 8]);
    expect(s.focus[0].examples.length).to.be.greaterThan(0);
    expect(s.focus.find((f) => f.number === 3)!.caseStudies.length).to.be.greaterThan(0);
  });

  it('compares two rounds: up, same, down, new and missing teams', () => {
    const t = (team: string, date: string, stage: string) =>
      createResultFile({ leadership: { stage } } as Answers, { team, createdAt: date });
    const results = [
      t('A', '2025-11-01T09:00:00.000Z', 'understand'),
      t('B', '2025-11-01T09:00:00.000Z', 'implement'),
      t('C', '2025-11-01T09:00:00.000Z', 'interpret'),
      t('Gone', '2025-11-01T09:00:00.000Z', 'interpret'),
      t('A', '2026-02-01T09:00:00.000Z', 'implement'),
      t('B', '2026-02-01T09:00:00.000Z', 'interpret'),
      t('C', '2026-02-01T09:00:00.000Z', 'interpret'),
      t('New', '2026-02-01T09:00:00.000Z', 'embedded'),
    ];
    const s = summariseSystem(results, { compareRound: '2025-Q4' });
    const c = s.comparison!;
    expect(c.both).to.equal(3);
    const leadership = c.items.find((i) => i.foundation === 'leadership')!;
    expect([leadership.up, leadership.same, leadership.down]).to.deep.equal([1, 1, 1]);
    expect(c.items.find((i) => i.number === 1)!.notComparable).to.equal(3);
    expect(c.newTeams).to.deep.equal(['New']);
    expect(c.missingTeams).to.deep.equal(['Gone']);
    expect(summariseSystem(results, { compareRound: '2026-Q1' }).comparison).to.equal(undefined);
  });

  it('groups notes by item with their team, and gives Ambitions in words', () => {
    const a = createResultFile(
      { leadership: { stage: 'implement', notes: 'Board sponsor agreed' } },
      { team: 'Ward 3', createdAt: '2026-01-01T09:00:00.000Z', notes: 'General note' },
    );
    const s = summariseSystem([a]);
    expect(s.notes[0]).to.deep.include({ number: 8 });
    expect(s.notes[0].notes).to.deep.equal([
      { team: 'Ward 3', organisation: '', text: 'Board sponsor agreed' },
    ]);
    expect(s.notes[1].title).to.equal('Whole self-check');
    expect(s.ambitions).to.have.length(6);
    expect(s.ambitions.some((x) => x.words === 'Around Implementing')).to.equal(true);
    expect(scoreInWords(undefined)).to.match(/No answered/);
    expect(scoreInWords(0)).to.equal('Around Not started');
  });

  it("lists each team's planned steps and how its earlier steps went beside the notes", () => {
    const a = createResultFile(
      { leadership: { stage: 'implement', notes: 'Board sponsor agreed' } },
      {
        team: 'Ward 3',
        createdAt: '2026-01-01T09:00:00.000Z',
        plan: [
          { foundation: 'co-design', step: 'Invite two carers', lead: 'Sam', byWhen: '2026-06-30' },
        ],
        review: {
          earlier: '2025-01-01T09:00:00.000Z',
          steps: [
            { foundation: 'leadership', step: 'Find a sponsor', outcome: 'done', note: 'Yes' },
          ],
        },
      },
    );
    const s = summariseSystem([a]);
    const leadership = s.notes.find((g) => g.foundation === 'leadership')!;
    expect(leadership.notes).to.deep.equal([
      { team: 'Ward 3', organisation: '', text: 'Board sponsor agreed' },
      { team: 'Ward 3', organisation: '', text: 'Find a sponsor: Done. Yes', kind: 'outcome' },
    ]);
    const coDesign = s.notes.find((g) => g.foundation === 'co-design')!;
    expect(coDesign.notes).to.deep.equal([
      {
        team: 'Ward 3',
        organisation: '',
        text: 'Invite two carers (lead: Sam; by 2026-06-30)',
        kind: 'plan',
      },
    ]);
  });

  it('exports one CSV row per team and item, formula-safe as the quiz, and the round last', () => {
    const risky = createResultFile(
      { leadership: { stage: 'implement', notes: '=HYPERLINK("http://x")' } },
      { team: '+Team', createdAt: '2026-01-01T09:00:00.000Z' },
    );
    const s = summariseSystem([risky, ...makeRound(2, '2026-01-02T09:00:00.000Z')]);
    const rows = parseCsv(summaryToCsv(s));
    expect(rows[0].at(-1)).to.equal('round');
    expect(rows).to.have.length(1 + 3 * 10);
    expect(rows.slice(1).every((r) => r.at(-1) === 'Jan to Mar 2026')).to.equal(true);
    // The cells are the quiz exporter's own (toCsv), whatever it does to a formula.
    const own = parseCsv(toCsv(risky)).slice(1);
    expect(rows.slice(1, 11).map((r) => r.slice(0, -1))).to.deep.equal(own);
  });
});
