import {
  ambitions,
  caseStudiesFor,
  foundations,
  type AmbitionId,
  type CaseStudy,
  type FoundationId,
  type RichText,
} from '../content/index.js';
import {
  CSV_COLUMNS,
  csvRow,
  PACKAGE_VERSION,
  toCsvCells,
  type SelfCheckResultFile,
} from './result-file.js';
import { isSplit } from './spread-rule.js';
import { getOutcome, type PlanStep, type StepReview } from './plan.js';
import { ambitionScore, ambitionWeight, firstTwoAndTie } from './scoring.js';
import { getStage, stages, type StageId } from './stages.js';
import { SUMMARY_SCHEMA, teamKey } from './summary-read.js';

/** A stage, or "not answered" (skipped or not sure: counted apart, never as zero). */
export type SummaryStage = StageId | 'not-answered';

/** The columns of the per-item counts, in order. */
export const SUMMARY_STAGES: readonly SummaryStage[] = [...stages.map((s) => s.id), 'not-answered'];

/** "Not started" ... "Embedded", or "Not answered". */
export const summaryStageLabel = (stage: SummaryStage | undefined): string =>
  getStage(stage)?.label ?? 'Not answered';

/** How results group into rounds: by calendar quarter or by financial year (April to March). */
export type RoundGrouping = 'quarter' | 'financial-year';

/** The round a date falls in: `2026-Q1` / "Jan to Mar 2026", or `2025/26` (April to March). */
export function roundOf(
  createdAt: string,
  grouping: RoundGrouping = 'quarter',
): { readonly id: string; readonly label: string } {
  const year = Number(createdAt.slice(0, 4));
  const month = Number(createdAt.slice(5, 7)) || 1;
  if (grouping === 'financial-year') {
    const start = month >= 4 ? year : year - 1;
    const id = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
    return { id, label: id };
  }
  const q = Math.ceil(month / 3);
  const names = ['Jan to Mar', 'Apr to Jun', 'Jul to Sep', 'Oct to Dec'];
  return { id: `${year}-Q${q}`, label: `${names[q - 1]} ${year}` };
}

export interface SummaryOptions {
  /** The round to show (an id from `rounds`); the latest when empty or unknown. */
  readonly round?: string;
  /** A round to compare with; none when empty or the same as `round`. */
  readonly compareRound?: string;
  readonly grouping?: RoundGrouping;
  /** Only these organisations (as written in the files); all when empty. */
  readonly organisations?: readonly string[];
  /** Replace team names with Team A, B, C... and organisations with Organisation 1, 2, 3... */
  readonly hideNames?: boolean;
  /**
   * Decides the order of the pseudonyms (a hash of it and the name): the element picks one at
   * random per page, so "Team A" is stable within a view but says nothing about the real name.
   */
  readonly pseudonymSalt?: string;
}

/** An organisation as the filter lists it: the name in the files, and as shown. */
export interface SummaryOrganisation {
  readonly value: string;
  readonly label: string;
}

export interface SummaryRound {
  readonly id: string;
  readonly label: string;
  /** Teams with a result in this round (all organisations). */
  readonly teams: number;
}

/** One team's result in the shown round. */
export interface SummaryTeam {
  /** Stable within one summary: follows the team across rounds when it has a name. */
  readonly key: string;
  /** The team's name as shown (Team A... when names are hidden; "Unnamed team 1" without one). */
  readonly name: string;
  readonly organisation: string;
  readonly named: boolean;
  readonly createdAt: string;
  /** Stage per item; absent when not answered. */
  readonly stages: Readonly<Partial<Record<FoundationId, StageId>>>;
  /** The result it came from (its latest in the round). */
  readonly file: SelfCheckResultFile;
}

/** Per item: how many teams are at each stage. */
export interface SummaryItem {
  readonly foundation: FoundationId;
  readonly number: number;
  readonly title: string;
  readonly counts: Readonly<Record<SummaryStage, number>>;
  /** Teams not started or understanding. */
  readonly early: number;
  /** Teams whose result keeps its members' spread on this item (result file version 4). */
  readonly gathered: number;
  /** Of those, the teams whose members were far apart before agreeing (`isSplit`). */
  readonly split: number;
}

/** An item most teams are early on, with the guide's examples and the report's case studies. */
export interface SummaryFocusItem extends SummaryItem {
  readonly examples: readonly RichText[];
  readonly caseStudies: readonly CaseStudy[];
}

export interface SummaryItemChange {
  readonly foundation: FoundationId;
  readonly number: number;
  readonly title: string;
  readonly up: number;
  readonly same: number;
  readonly down: number;
  /** Teams in both rounds without a stage for this item in one of them. */
  readonly notComparable: number;
}

export interface SummaryComparison {
  readonly round: SummaryRound;
  /** Teams (with a name) present in both rounds. */
  readonly both: number;
  readonly items: readonly SummaryItemChange[];
  /** Names (as shown) of teams in this round but not the comparison round, and the reverse. */
  readonly newTeams: readonly string[];
  readonly missingTeams: readonly string[];
  /** Results without a team name, which cannot be followed between rounds. */
  readonly unnamed: number;
}

export interface SummaryNote {
  readonly team: string;
  readonly organisation: string;
  readonly text: string;
  /** Absent for a note; `plan` for a step the team planned, `outcome` for how an earlier step went. */
  readonly kind?: 'plan' | 'outcome';
}

export interface SummaryNotes {
  readonly foundation?: FoundationId;
  readonly number?: number;
  /** The item's title, or "Whole self-check" for general notes. */
  readonly title: string;
  readonly notes: readonly SummaryNote[];
}

export interface SummaryAmbition {
  readonly ambition: AmbitionId;
  readonly title: string;
  /** Mean indicative score (0-1) over teams with an answered item linked to it. */
  readonly score?: number;
  /** The score in words: the nearest stage, e.g. "Around Interpreting". */
  readonly words: string;
  readonly teams: number;
}

/** Everything the summary element shows, from the results and the options. Pure. */
export interface SystemSummary {
  readonly rounds: readonly SummaryRound[];
  /** The round shown (undefined when there are no results). */
  readonly round?: SummaryRound;
  readonly organisations: readonly string[];
  /** The organisations as the filter lists them: shown names, in the rows' order. */
  readonly organisationChoices: readonly SummaryOrganisation[];
  /** True when names are hidden: then `pseudonyms` maps every real name to the one shown. */
  readonly hiddenNames: boolean;
  readonly pseudonyms: {
    /** By `teamKey`. */
    readonly teams: ReadonlyMap<string, string>;
    /** By organisation name, trimmed. */
    readonly organisations: ReadonlyMap<string, string>;
  };
  readonly teams: readonly SummaryTeam[];
  readonly items: readonly SummaryItem[];
  readonly focus: readonly SummaryFocusItem[];
  readonly comparison?: SummaryComparison;
  readonly notes: readonly SummaryNotes[];
  readonly ambitions: readonly SummaryAmbition[];
  /** Results in the round replaced by a later one from the same team. */
  readonly superseded: number;
}

/**
 * A team's words without bidi embedding, override and isolate controls: the one-line forms below
 * put several of them beside our own words ("lead:", "by", a date) in one piece of text, where a
 * right-to-left override in the step would draw the rest backwards ("03-60-6202 yb").
 */
const flat = (text: string | undefined): string =>
  (text ?? '').replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

/** A planned step as one line: the team's words, who leads it (a person: not when hiding names) and by when. */
function stepText(p: PlanStep, hideNames = false): string {
  const lead = !hideNames && flat(p.lead);
  const details = [lead && `lead: ${lead}`, p.byWhen && `by ${flat(p.byWhen)}`].filter(Boolean);
  return `${flat(p.step) || 'A step'}${details.length ? ` (${details.join('; ')})` : ''}`;
}

/** An earlier step and how it went, as one line. */
function outcomeText(r: StepReview): string {
  const outcome = getOutcome(r.outcome)?.label ?? 'Not reviewed';
  return `${flat(r.step) || 'A step'}: ${outcome}.${r.note ? ` ${flat(r.note)}` : ''}`;
}

/** A, B, ... Z, AA, AB ...: the nth anonymous letter (from 0). */
export function anonymousLetters(n: number): string {
  let s = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How shown names sort, in the rows and in the organisation filter alike: ignoring case and
 * accents, numbers by value ("Organisation 2" before "Organisation 10").
 */
export const compareShown = (a: string, b: string): number =>
  shownCollator().compare(a, b) || compare(a, b);

/**
 * Each distinct text's place in `compareShown`'s order. Sorting rows by these numbers gives the
 * same order as sorting them with `compareShown`, with one collator comparison per pair of distinct
 * texts (a few hundred organisations) instead of per pair of rows (10,000 teams: ~150 ms).
 */
export function shownRanks(texts: Iterable<string>): Map<string, number> {
  return new Map([...new Set(texts)].sort(compareShown).map((text, i) => [text, i]));
}

/**
 * One collator for every comparison: `localeCompare` with options builds a new one per call, which
 * made sorting 10,000 teams take seconds (5.1 s of a 6 s summary, measured with node's profiler).
 * Made on first use, so importing the engine costs nothing.
 */
let collator: Intl.Collator | undefined;
const shownCollator = () =>
  (collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' }));

/** FNV-1a: a quick, well-spread 32-bit hash, to put pseudonyms in an order unlike the names'. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Names in the order their pseudonyms take: by salted hash, so never alphabetical. */
function pseudonymOrder(names: Iterable<string>, salt: string): string[] {
  return [...new Set(names)]
    .map((name) => [hash(`${salt}\u0000${name}`), name] as const)
    .sort((a, b) => a[0] - b[0] || compare(a[1], b[1]))
    .map(([, name]) => name);
}

/** Rounds present in the results, oldest first, with their team counts. */
export function summaryRounds(
  results: readonly SelfCheckResultFile[],
  grouping: RoundGrouping = 'quarter',
): readonly SummaryRound[] {
  const rounds = new Map<string, { label: string; keys: Set<string> }>();
  results.forEach((file, i) => {
    const { id, label } = roundOf(file.createdAt, grouping);
    const round = rounds.get(id) ?? { label, keys: new Set() };
    round.keys.add(teamKey(file) ?? `#${i}`);
    rounds.set(id, round);
  });
  return [...rounds]
    .sort(([a], [b]) => compare(a, b))
    .map(([id, { label, keys }]) => ({ id, label, teams: keys.size }));
}

/** Each team's latest result in one round (a team without a name is one result). */
export function teamsInRound(
  results: readonly (readonly [key: string, file: SelfCheckResultFile])[],
  round: string,
  grouping: RoundGrouping,
): { teams: Map<string, SelfCheckResultFile>; superseded: number } {
  const teams = new Map<string, SelfCheckResultFile>();
  let superseded = 0;
  results.forEach(([key, file]) => {
    if (roundOf(file.createdAt, grouping).id !== round) return;
    const earlier = teams.get(key);
    if (earlier) superseded++;
    if (!earlier || earlier.createdAt < file.createdAt) teams.set(key, file);
  });
  return { teams, superseded };
}

/** Where a mean 0-1 score sits, in the stages' words: "Around Implementing". */
export function scoreInWords(score: number | undefined): string {
  if (score === undefined) return 'No answered items link to it';
  return `Around ${stages[Math.round(score * 4)].label}`;
}

/**
 * The whole system view: rounds, the chosen round's teams (filtered by organisation), stage counts
 * per item, focus items, the comparison with another round, notes by item and the indicative view
 * per Ambition. Pure and deterministic; never throws.
 */
export function summariseSystem(
  results: readonly SelfCheckResultFile[],
  options: SummaryOptions = {},
): SystemSummary {
  const steps = summariseSystemSteps(results, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Teams handled between two yields of `summariseSystemSteps`: a few milliseconds' work. */
const TEAMS_PER_STEP = 500;

/**
 * `summariseSystem` as steps: it yields between pieces of work of a few milliseconds (each pass
 * over the results, each item's notes, every 500 teams), so the element can summarise 10,000
 * results without holding the page for longer than a slice. The outcome is `summariseSystem`'s.
 */
export function* summariseSystemSteps(
  results: readonly SelfCheckResultFile[],
  options: SummaryOptions = {},
): Generator<void, SystemSummary> {
  const grouping = options.grouping ?? 'quarter';
  const rounds = summaryRounds(results, grouping);
  yield;
  const round = rounds.find((r) => r.id === options.round) ?? rounds[rounds.length - 1];
  const organisations = [
    ...new Set(results.map((r) => r.organisation?.trim() ?? '').filter(Boolean)),
  ].sort(compare);
  const wanted = new Set(options.organisations?.filter(Boolean) ?? []);
  const keep = (file: SelfCheckResultFile) =>
    wanted.size === 0 || wanted.has(file.organisation?.trim() ?? '');
  const hide = !!options.hideNames;
  const salt = options.pseudonymSalt ?? '';
  yield;

  // Names: every team in every round gets its name (or pseudonym) once, so "Team C" is the same
  // team in both rounds of a comparison. Pseudonyms follow a salted hash of the name, never the
  // names' alphabetical order (which would let anyone who knows the participants re-identify them).
  // A team without a name is its own result: keyed by its place in `results`.
  const keyed = results.map((file, i) => [teamKey(file) ?? `#${i}`, file] as const);
  const everyKey = new Map(keyed);
  yield;
  const names = new Map<string, string>();
  const teamPseudonyms = new Map<string, string>();
  const orgNames = new Map<string, string>();
  if (hide) {
    pseudonymOrder(everyKey.keys(), salt).forEach((key, i) => {
      names.set(key, `Team ${anonymousLetters(i)}`);
      if (!key.startsWith('#')) teamPseudonyms.set(key, names.get(key)!);
    });
    pseudonymOrder(organisations, salt).forEach((org, i) =>
      orgNames.set(org, `Organisation ${i + 1}`),
    );
  } else {
    let unnamed = 0;
    const ordered = [...everyKey]
      .map(([key, file]) => {
        const sort = `${(file.organisation ?? '').toLowerCase()}\u0000${(file.team ?? '').toLowerCase()}`;
        return { key, file, sort };
      })
      .sort((a, b) => compare(a.sort, b.sort) || compare(a.key, b.key));
    for (const { key, file } of ordered)
      names.set(key, (file.team?.trim() ?? '') || `Unnamed team ${++unnamed}`);
  }
  yield;
  const orgName = (file: SelfCheckResultFile) => {
    const org = file.organisation?.trim() ?? '';
    return hide && org ? orgNames.get(org)! : org;
  };
  const organisationChoices = organisations
    .map((value) => ({ value, label: hide ? orgNames.get(value)! : value }))
    .sort((a, b) => compareShown(a.label, b.label));

  function* inRound(id: string | undefined) {
    if (!id) return { teams: [] as SummaryTeam[], superseded: 0 };
    const { teams, superseded } = teamsInRound(
      keyed.filter(([, file]) => keep(file)),
      id,
      grouping,
    );
    yield;
    const rows: SummaryTeam[] = [];
    for (const [key, file] of teams) {
      if (rows.length % TEAMS_PER_STEP === TEAMS_PER_STEP - 1) yield;
      const stagesOf: Partial<Record<FoundationId, StageId>> = {};
      for (const f of foundations) {
        const stage = getStage(file.answers[f.id]?.stage);
        if (stage) stagesOf[f.id] = stage.id;
      }
      rows.push({
        key,
        name: names.get(key)!,
        organisation: orgName(file),
        named: !!teamKey(file),
        createdAt: file.createdAt,
        stages: stagesOf,
        file,
      });
    }
    yield;
    const org = shownRanks(rows.map((t) => t.organisation));
    const name = shownRanks(rows.map((t) => t.name));
    yield;
    // compareShown's order by organisation, then name (see shownRanks).
    rows.sort(
      (a, b) =>
        org.get(a.organisation)! - org.get(b.organisation)! ||
        name.get(a.name)! - name.get(b.name)!,
    );
    yield;
    return { teams: rows, superseded };
  }

  const { teams, superseded } = yield* inRound(round?.id);
  const items = foundations.map((f): SummaryItem => {
    const counts = Object.fromEntries(SUMMARY_STAGES.map((s) => [s, 0])) as Record<
      SummaryStage,
      number
    >;
    let gathered = 0;
    let split = 0;
    for (const t of teams) {
      counts[t.stages[f.id] ?? 'not-answered']++;
      const spread = t.file.answers[f.id]?.spread;
      if (spread) gathered++;
      if (isSplit(spread)) split++;
    }
    return {
      foundation: f.id,
      number: f.number,
      title: f.title,
      counts,
      early: counts['not-started'] + counts.understand,
      gathered,
      split,
    };
  });

  // Focus: the items with the most teams early; the third too when it ties with the second.
  const byEarly = items
    .filter((i) => i.early > 0)
    .sort((a, b) => b.early - a.early || a.number - b.number);
  const focus = firstTwoAndTie(byEarly, (item) => item.early).map((item) => {
    const f = foundations.find((x) => x.id === item.foundation)!;
    return { ...item, examples: f.examples, caseStudies: caseStudiesFor({ foundation: f.id }) };
  });

  const compareRound =
    options.compareRound && options.compareRound !== round?.id
      ? rounds.find((r) => r.id === options.compareRound)
      : undefined;
  let comparison: SummaryComparison | undefined;
  if (compareRound) {
    const before = new Map((yield* inRound(compareRound.id)).teams.map((t) => [t.key, t]));
    const now = teams.filter((t) => t.named);
    const both = now.filter((t) => before.has(t.key));
    // A set, not a search of `now` per team: 10,000 teams would be 10^8 comparisons.
    const nowKeys = new Set(now.map((t) => t.key));
    comparison = {
      round: compareRound,
      both: both.length,
      items: foundations.map((f) => {
        const change = { up: 0, same: 0, down: 0, notComparable: 0 };
        for (const t of both) {
          const a = getStage(before.get(t.key)!.stages[f.id]);
          const b = getStage(t.stages[f.id]);
          if (!a || !b) change.notComparable++;
          else if (b.value > a.value) change.up++;
          else if (b.value < a.value) change.down++;
          else change.same++;
        }
        return { foundation: f.id, number: f.number, title: f.title, ...change };
      }),
      newTeams: now.filter((t) => !before.has(t.key)).map((t) => t.name),
      missingTeams: [...before.values()]
        // Unnamed teams too: they cannot be followed, so they are never "in both".
        .filter((t) => !nowKeys.has(t.key))
        .map((t) => t.name),
      unnamed: teams.length - now.length,
    };
  }

  const notes: SummaryNotes[] = [];
  for (const f of foundations) {
    const list = teams.flatMap((t): SummaryNote[] => {
      const who = { team: t.name, organisation: t.organisation };
      const text = t.file.answers[f.id]?.notes?.trim();
      return [
        ...(text ? [{ ...who, text }] : []),
        ...(t.file.review?.steps ?? [])
          .filter((r) => r.foundation === f.id)
          .map((r) => ({ ...who, text: outcomeText(r), kind: 'outcome' as const })),
        ...(t.file.plan ?? [])
          .filter((p) => p.foundation === f.id)
          .map((p) => ({ ...who, text: stepText(p, hide), kind: 'plan' as const })),
      ];
    });
    if (list.length)
      notes.push({ foundation: f.id, number: f.number, title: f.title, notes: list });
    yield;
  }
  const general = teams.flatMap((t) =>
    t.file.notes.trim()
      ? [{ team: t.name, organisation: t.organisation, text: t.file.notes.trim() }]
      : [],
  );
  if (general.length) notes.push({ title: 'Whole self-check', notes: general });
  yield;

  // The quiz's indicative score per Ambition (scoring.ts), per team, with the weights read once.
  const weights = ambitions.map((a) => foundations.map((f) => ambitionWeight(f, a.id)));
  const ambitionRows: SummaryAmbition[] = [];
  for (const [i, a] of ambitions.entries()) {
    yield;
    const scores = teams.flatMap((t) => {
      const { score } = ambitionScore(
        weights[i],
        foundations.map((f) => getStage(t.stages[f.id])?.value),
      );
      return score === undefined ? [] : [score];
    });
    const score = scores.length
      ? Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 100) / 100
      : undefined;
    ambitionRows.push({
      ambition: a.id,
      title: a.title,
      ...(score === undefined ? {} : { score }),
      words: scoreInWords(score),
      teams: scores.length,
    });
  }

  return {
    rounds,
    ...(round ? { round } : {}),
    organisations,
    organisationChoices,
    hiddenNames: hide,
    pseudonyms: { teams: teamPseudonyms, organisations: orgNames },
    teams,
    items,
    focus,
    ...(comparison ? { comparison } : {}),
    notes,
    ambitions: ambitionRows,
    superseded,
  };
}

/** What the combined exports leave out. */
export interface SummaryExportOptions {
  /**
   * Leave out what teams wrote (notes, planned steps and their leads, earlier steps' notes): free
   * text may name people, even with names hidden.
   */
  readonly withoutFreeText?: boolean;
}

/**
 * A result as exported: the names as shown (hidden or not). With names hidden, a plan's `lead` (a
 * person) goes too; without free text, every note and step text goes.
 */
function shown(
  t: SummaryTeam,
  hidden: boolean,
  { withoutFreeText = false }: SummaryExportOptions = {},
): SelfCheckResultFile {
  // The real organisation goes; the shown one (a pseudonym when hidden) is put back below.
  const file: SelfCheckResultFile = { ...t.file };
  delete (file as { organisation?: string }).organisation;
  delete (file as { team?: string }).team;
  const answers = withoutFreeText
    ? Object.fromEntries(
        // The members' spread is counts, not free text: it stays.
        Object.entries(file.answers).flatMap(([id, a]) =>
          a?.stage || a?.spread
            ? [
                [
                  id,
                  {
                    ...(a.stage ? { stage: a.stage } : {}),
                    ...(a.spread ? { spread: a.spread } : {}),
                    ...(a.spreadNotRated ? { spreadNotRated: a.spreadNotRated } : {}),
                  },
                ],
              ]
            : [],
        ),
      )
    : file.answers;
  const plan = file.plan?.map(({ lead, step, howWeKnow, ...rest }) => ({
    ...rest,
    ...(withoutFreeText ? {} : { step, howWeKnow }),
    ...(hidden || withoutFreeText ? {} : { lead }),
  }));
  const review = file.review && {
    ...file.review,
    steps: file.review.steps.map(({ step, note, ...rest }) =>
      withoutFreeText ? rest : { ...rest, step, note },
    ),
  };
  const defined = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return defined({
    ...file,
    ...(t.organisation ? { organisation: t.organisation } : {}),
    // A result without a team name goes out without one: "Unnamed team 1" is only how the view
    // labels it, and written into the file it would read back as a named team (two leads'
    // "Unnamed team 1" of one organisation and day would then merge into one result).
    ...(t.named ? { team: t.name } : {}),
    answers: answers as SelfCheckResultFile['answers'],
    notes: withoutFreeText ? '' : file.notes,
    plan: plan?.map(defined) as SelfCheckResultFile['plan'],
    review: review && { ...review, steps: review.steps.map(defined) },
  });
}

/**
 * One CSV of the shown teams: a row per team and item, the quiz's own columns and cells
 * (`toCsvCells`, so the same formula-safe quoting), and the round last.
 */
export function summaryToCsv(summary: SystemSummary, options: SummaryExportOptions = {}): string {
  const round = summary.round?.label ?? '';
  const rows = [`${CSV_COLUMNS.join(',')},round`];
  for (const t of summary.teams)
    for (const cells of toCsvCells(shown(t, summary.hiddenNames, options)))
      rows.push(csvRow([...cells, round]));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** One JSON of the shown teams' results (the names as shown), which the summary reads back. */
export function summaryToJson(
  summary: SystemSummary,
  createdAt = new Date(),
  options: SummaryExportOptions = {},
): string {
  return JSON.stringify(
    {
      schema: SUMMARY_SCHEMA,
      version: 1,
      packageVersion: PACKAGE_VERSION,
      createdAt: createdAt.toISOString(),
      round: summary.round?.label ?? '',
      results: summary.teams.map((t) => shown(t, summary.hiddenNames, options)),
    },
    null,
    2,
  );
}
