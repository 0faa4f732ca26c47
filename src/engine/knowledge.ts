import { DEFAULT_QUESTIONS, MAX_QUESTIONS, toSeed } from './knowledge-settings.js';
import {
  ambitions,
  caseStudies,
  caseStudyPages,
  examplesAlsoName,
  foundations,
  sectionStatements,
  getFoundation,
  type Ambition,
  type CaseStudy,
  type Foundation,
  type FoundationId,
  type RichText,
} from '../content/index.js';

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: readonly T[], rnd: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * `case-study`: under which item does the report list this example; `ambition`: which of these is an
 * Ambition; `linked`: which Ambition do the report's case studies link to this item; `added`:
 * which two items did the guide's authors add.
 */
export type QuestionKind = 'case-study' | 'ambition' | 'linked' | 'added';

export interface QuestionOption {
  readonly id: string;
  readonly label: string;
}

/** One multiple-choice question with a single right answer. */
export interface KnowledgeQuestion {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  /** Extra text shown with the prompt (a case study's summary). */
  readonly context?: string;
  readonly options: readonly QuestionOption[];
  readonly answer: string;
  readonly explanation: string;
  /** The item the explanation links to. */
  readonly foundation: FoundationId;
}

export { DEFAULT_QUESTIONS, MAX_QUESTIONS, toSeed };

const itemOption = (f: Foundation): QuestionOption => ({
  id: f.id,
  label: `${f.number}. ${f.title}`,
});
const ambitionOption = (a: Ambition): QuestionOption => ({
  id: a.id,
  label: `Ambition ${a.number}: ${a.title}`,
});

/** Lower case letters, digits and "/" between single spaces, for comparing names. */
const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()} `;
const plain = (r: RichText) => r.map((p) => (typeof p === 'string' ? p : p.text)).join('');

/**
 * True when the source supports item `f` for case study `c`, so `f` must never be offered as a
 * wrong answer for it: the report lists it there, lists an example of the same name there (NACEL
 * and the Medical Examiner System sit under items 3 and 4), the guide's own text for `f` names it
 * ("Use of Ambitions self-assessment" is item 6's example), the introduction of its item in
 * section 4 relates its examples to `f` ("Many of these examples also related to personalised
 * care planning", line 130), or its own words name `f` ("Carers involved": item 4). The last two
 * are listed, with the report's words, in content/case-study-links.ts.
 */
export function sourceLinks(f: Foundation, c: CaseStudy): boolean {
  if (c.foundation === f.id) return true;
  if (caseStudies.some((o) => o.foundation === f.id && norm(o.title) === norm(c.title))) {
    return true;
  }
  const guide = norm([f.what, ...f.ask, ...f.examples.map(plain)].join(' '));
  const abbreviation = /\(([^)]+)\)/.exec(c.title)?.[1];
  if (guide.includes(norm(c.title)) || (abbreviation && guide.includes(norm(abbreviation)))) {
    return true;
  }
  return (
    sectionStatements.some((s) => s.section === c.foundation && s.also === f.id) ||
    examplesAlsoName.some((e) => e.caseStudy === c.id && e.also === f.id)
  );
}

/** The Ambitions the report's case studies tag for an item (none for items 9 and 10). */
const taggedAmbitions = (f: Foundation) =>
  ambitions.filter((a) =>
    caseStudies.some((c) => c.foundation === f.id && c.ambitions.includes(a.id)),
  );

interface Pools {
  /** Per case study, the items the source does not link it to (the possible wrong answers). */
  readonly distractors: ReadonlyMap<string, readonly Foundation[]>;
  /** Case studies with at least three such items. */
  readonly caseStudies: readonly CaseStudy[];
  /**
   * Items whose case studies leave three Ambitions untagged. Items 9 and 10 have no case studies
   * and are never asked about: the report links them to the Ambitions in general and says they
   * also foreground Ambition 6, so no Ambition could fairly be called wrong.
   */
  readonly linked: readonly Foundation[];
}

let pools: Pools | undefined;

/** Built on first use (not at import, so a bundle that never asks a question pays nothing). */
function getPools(): Pools {
  if (pools) return pools;
  const distractors = new Map(
    caseStudies.map((c) => [c.id, foundations.filter((f) => !sourceLinks(f, c))] as const),
  );
  return (pools = {
    distractors,
    caseStudies: caseStudies.filter((c) => distractors.get(c.id)!.length >= 3),
    linked: foundations.filter((f) => {
      const n = taggedAmbitions(f).length;
      return n > 0 && n <= 3;
    }),
  });
}

/** How many of an item's case studies the report tags with an Ambition. */
const tagCount = (f: Foundation, a: Ambition) =>
  caseStudies.filter((c) => c.foundation === f.id && c.ambitions.includes(a.id)).length;

/** The items whose case studies are tagged with an Ambition most often: all of them on a tie. */
export function mostLinked(a: Ambition): readonly Foundation[] {
  const top = Math.max(...foundations.map((f) => tagCount(f, a)));
  return foundations.filter((f) => tagCount(f, a) === top);
}

/** "item 2, Shared records" or "items 2, Shared records, and 6, 24/7 access". */
const itemNames = (list: readonly Foundation[]) => {
  const names = list.map((f) => `${f.number}, ${f.title},`);
  return list.length === 1
    ? `item ${names[0]}`
    : `items ${names.slice(0, -1).join(' ')} and ${names[names.length - 1]}`;
};

/** Where the report lists a case study, and, in its words, any other item it relates its section to. */
function listedAt(c: CaseStudy, right: Foundation): string {
  const page = caseStudyPages[right.id];
  const statement = sectionStatements.find((s) => s.section === c.foundation);
  return `The report lists "${c.title}" under item ${right.number}, ${right.title}, in section 4 (Case studies${
    page ? `, page ${page}` : ''
  }).${
    statement ? ` Of the examples under that item the report also says: "${statement.text}"` : ''
  }`;
}

/**
 * `count` questions drawn from the guide's content, the same for the same seed: mostly "which
 * item does the report list this example under", with Ambitions, "which Ambition do the report's case
 * studies link to this item" and one question on the items added by the guide. Options are
 * shuffled by the seed too. No option the source supports is ever offered as a wrong answer.
 */
export function generateQuestions(
  count: number = DEFAULT_QUESTIONS,
  seed: number = 1,
): readonly KnowledgeQuestion[] {
  const n = Number.isInteger(count)
    ? Math.min(Math.max(count, 1), MAX_QUESTIONS)
    : DEFAULT_QUESTIONS;
  const rnd = mulberry32(toSeed(seed));
  const subjects = getPools();
  const mix = <T>(list: readonly T[]) => shuffle(list, rnd);
  const plan: QuestionKind[] = n >= 4 ? ['added'] : [];
  for (let i = 0; i < Math.ceil(n / 8); i++) plan.push('ambition');
  for (let i = 0; i < Math.floor(n / 4); i++) plan.push('linked');
  while (plan.length < n) plan.push('case-study');
  // Each kind takes its subjects in a shuffled order, starting again when they run out.
  const pools = {
    'case-study': mix(subjects.caseStudies),
    ambition: mix(ambitions),
    linked: mix(subjects.linked),
  } as Record<QuestionKind, unknown[]>;
  const next = <T>(kind: QuestionKind): T => {
    const subject = pools[kind].shift() as T;
    pools[kind].push(subject);
    return subject;
  };
  /** A question whose options are the right one and the wrong ones, shuffled. */
  const question = (
    kind: QuestionKind,
    key: string,
    prompt: string,
    right: QuestionOption,
    wrong: readonly QuestionOption[],
    explanation: string,
    foundation: FoundationId,
    context?: string,
  ): KnowledgeQuestion => ({
    id: key ? `${kind}:${key}` : kind,
    kind,
    prompt,
    ...(context ? { context } : {}),
    options: mix([right, ...wrong]),
    answer: right.id,
    explanation,
    foundation,
  });

  return mix(plan).map((kind) => {
    if (kind === 'case-study') {
      const c = next<CaseStudy>(kind);
      const right = getFoundation(c.foundation)!;
      return question(
        kind,
        c.id,
        `Under which item does the report list this example: "${c.title}"?`,
        itemOption(right),
        mix(subjects.distractors.get(c.id)!).slice(0, 3).map(itemOption),
        listedAt(c, right),
        right.id,
        c.summary,
      );
    }
    if (kind === 'ambition') {
      const a = next<Ambition>(kind);
      const wrong = mix(foundations)
        .slice(0, 3)
        .map((f) => ({ id: f.id, label: f.title }));
      const linked = mostLinked(a);
      const n = tagCount(linked[0], a);
      return question(
        kind,
        a.id,
        'Which of these is one of the six Ambitions?',
        { id: a.id, label: a.title },
        wrong,
        `"${a.title}" is Ambition ${a.number} of the national framework (Ambitions for Palliative and End of Life Care, 2021-2026); the other options are items of the guide. In the report's case studies, ${itemNames(linked)} ${
          linked.length === 1 ? 'is' : 'are'
        } linked to it most often (${n} case ${n === 1 ? 'study' : 'studies'}${linked.length === 1 ? '' : ' each'}).`,
        linked[0].id,
      );
    }
    if (kind === 'linked') {
      const f = next<Foundation>(kind);
      const tagged = taggedAmbitions(f);
      const right = mix(tagged)[0];
      return question(
        kind,
        f.id,
        `In the report's case studies, which Ambition is linked to item ${f.number}, ${f.title}?`,
        ambitionOption(right),
        mix(ambitions.filter((a) => !tagged.includes(a)))
          .slice(0, 3)
          .map(ambitionOption),
        `The report's case studies under item ${f.number} are tagged ${tagged.map((a) => `Ambition ${a.number}`).join(', ')}. Our note: these tags describe the report's examples, not every Ambition the item can serve.`,
        f.id,
      );
    }
    const [nine, ten] = foundations.filter((f) => f.addedByGuide);
    const pool = mix(foundations.filter((f) => !f.addedByGuide));
    const pair = (a: Foundation, b: Foundation) => ({
      id: `${a.number}+${b.number}`,
      label: `${a.title}, and ${b.title}`,
    });
    return question(
      kind,
      '',
      "Which two items were added by the guide's authors, rather than being foundations of the framework?",
      pair(nine, ten),
      [pair(pool[0], pool[1]), pair(pool[2], ten), pair(nine, pool[3])],
      `Items 9 (${nine.title}) and 10 (${ten.title}) were added by the guide's authors from their research; the framework's foundations are items 1 to 8.`,
      nine.id,
    );
  });
}
