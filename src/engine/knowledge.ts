import {
  ambitions,
  caseStudies,
  foundations,
  getAmbition,
  getFoundation,
  type Ambition,
  type CaseStudy,
  type Foundation,
  type FoundationId,
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

/** A seed from an attribute: an integer as itself, any other text hashed (FNV-1a). */
export function toSeed(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value) >>> 0;
  const text = String(value ?? '').trim();
  if (/^-?\d+$/.test(text)) return Number(text) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shuffle<T>(list: readonly T[], rnd: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export type QuestionKind = 'case-study' | 'ambition' | 'serves' | 'added';

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

export const DEFAULT_QUESTIONS = 8;
export const MAX_QUESTIONS = 30;

const itemOption = (f: Foundation): QuestionOption => ({
  id: f.id,
  label: `${f.number}. ${f.title}`,
});
const ambitionOption = (a: Ambition): QuestionOption => ({
  id: a.id,
  label: `Ambition ${a.number}: ${a.title}`,
});

/** Items whose Ambitions leave room for three wrong options. */
const servesPool = foundations.filter((f) => f.ambitions.length <= 3);

/**
 * `count` questions drawn from the guide's content, the same for the same seed: mostly "which
 * item does this example illustrate", with Ambitions, "which Ambition does this item serve" and
 * one question on the items added by the guide. Options are shuffled by the seed too.
 */
export function generateQuestions(
  count: number = DEFAULT_QUESTIONS,
  seed: number = 1,
): readonly KnowledgeQuestion[] {
  const n = Number.isInteger(count)
    ? Math.min(Math.max(count, 1), MAX_QUESTIONS)
    : DEFAULT_QUESTIONS;
  const rnd = mulberry32(toSeed(seed));
  const mix = <T>(list: readonly T[]) => shuffle(list, rnd);
  const plan: QuestionKind[] = n >= 4 ? ['added'] : [];
  for (let i = 0; i < Math.ceil(n / 8); i++) plan.push('ambition');
  for (let i = 0; i < Math.floor(n / 4); i++) plan.push('serves');
  while (plan.length < n) plan.push('case-study');
  // Each kind takes its subjects in a shuffled order, starting again when they run out.
  const pools = {
    'case-study': mix(caseStudies),
    ambition: mix(ambitions),
    serves: mix(servesPool),
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
        `Which item of the guide does this example from the report illustrate: "${c.title}"?`,
        itemOption(right),
        mix(foundations.filter((f) => f !== right))
          .slice(0, 3)
          .map(itemOption),
        `The report lists "${c.title}" under item ${right.number}, ${right.title}.`,
        right.id,
        c.summary,
      );
    }
    if (kind === 'ambition') {
      const a = next<Ambition>(kind);
      const wrong = mix(foundations)
        .slice(0, 3)
        .map((f) => ({ id: f.id, label: f.title }));
      const linked = foundations.find((f) => f.ambitions.includes(a.id)) ?? foundations[0];
      return question(
        kind,
        a.id,
        'Which of these is one of the six Ambitions?',
        { id: a.id, label: a.title },
        wrong,
        `"${a.title}" is Ambition ${a.number}. The others are items of the guide: the foundations that help the Ambitions happen. Item ${linked.number}, ${linked.title}, is one that serves it.`,
        linked.id,
      );
    }
    if (kind === 'serves') {
      const f = next<Foundation>(kind);
      const right = getAmbition(mix(f.ambitions)[0])!;
      return question(
        kind,
        f.id,
        `Which of these Ambitions does item ${f.number}, ${f.title}, serve?`,
        ambitionOption(right),
        mix(ambitions.filter((a) => !f.ambitions.includes(a.id)))
          .slice(0, 3)
          .map(ambitionOption),
        f.addedByGuide
          ? `The guide says item ${f.number} foregrounds actions important to Ambition 6.`
          : `In the report's case studies, item ${f.number} serves ${f.ambitions.map((id) => `Ambition ${id.slice(1)}`).join(', ')}.`,
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
