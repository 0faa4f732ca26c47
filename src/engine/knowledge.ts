import {
  ambitions,
  caseStudies,
  foundations,
  type Ambition,
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

const itemLabel = (f: Foundation) => `${f.number}. ${f.title}`;
const ambitionLabel = (a: Ambition) => `Ambition ${a.number}: ${a.title}`;

function caseStudyQuestion(index: number, rnd: () => number): KnowledgeQuestion {
  const c = caseStudies[index];
  const right = foundations.find((f) => f.id === c.foundation)!;
  const others = shuffle(
    foundations.filter((f) => f.id !== right.id),
    rnd,
  ).slice(0, 3);
  return {
    id: `case-study:${c.id}`,
    kind: 'case-study',
    prompt: `Which item of the guide does this example from the report illustrate: "${c.title}"?`,
    context: c.summary,
    options: shuffle([right, ...others], rnd).map((f) => ({ id: f.id, label: itemLabel(f) })),
    answer: right.id,
    explanation: `The report lists "${c.title}" under item ${right.number}, ${right.title}.`,
    foundation: right.id,
  };
}

function ambitionQuestion(index: number, rnd: () => number): KnowledgeQuestion {
  const a = ambitions[index];
  const distractors = shuffle(foundations, rnd).slice(0, 3);
  const linked = foundations.find((f) => f.ambitions.includes(a.id)) ?? foundations[0];
  return {
    id: `ambition:${a.id}`,
    kind: 'ambition',
    prompt: 'Which of these is one of the six Ambitions?',
    options: shuffle(
      [{ id: a.id, label: a.title }, ...distractors.map((f) => ({ id: f.id, label: f.title }))],
      rnd,
    ),
    answer: a.id,
    explanation: `"${a.title}" is Ambition ${a.number}. The others are items of the guide: the foundations that help the Ambitions happen. Item ${linked.number}, ${linked.title}, is one that serves it.`,
    foundation: linked.id,
  };
}

/** Items whose Ambitions leave room for three wrong options. */
const servesPool = foundations.filter((f) => f.ambitions.length <= 3);

function servesQuestion(index: number, rnd: () => number): KnowledgeQuestion {
  const f = servesPool[index];
  const rightId = shuffle(f.ambitions, rnd)[0];
  const right = ambitions.find((a) => a.id === rightId)!;
  const wrong = shuffle(
    ambitions.filter((a) => !f.ambitions.includes(a.id)),
    rnd,
  ).slice(0, 3);
  const all = f.ambitions.map((id) => `Ambition ${id.slice(1)}`).join(', ');
  return {
    id: `serves:${f.id}`,
    kind: 'serves',
    prompt: `Which of these Ambitions does item ${f.number}, ${f.title}, serve?`,
    options: shuffle([right, ...wrong], rnd).map((a) => ({ id: a.id, label: ambitionLabel(a) })),
    answer: right.id,
    explanation: f.addedByGuide
      ? `The guide says item ${f.number} foregrounds actions important to Ambition 6.`
      : `In the report's case studies, item ${f.number} serves ${all}.`,
    foundation: f.id,
  };
}

function addedQuestion(rnd: () => number): KnowledgeQuestion {
  const added = foundations.filter((f) => f.addedByGuide);
  const core = foundations.filter((f) => !f.addedByGuide);
  const pair = (a: Foundation, b: Foundation) => ({
    id: `${a.number}+${b.number}`,
    label: `${a.title}, and ${b.title}`,
  });
  const right = pair(added[0], added[1]);
  const wrong: QuestionOption[] = [];
  const pool = shuffle(core, rnd);
  wrong.push(pair(pool[0], pool[1]), pair(pool[2], added[1]), pair(added[0], pool[3]));
  return {
    id: 'added',
    kind: 'added',
    prompt:
      "Which two items were added by the guide's authors, rather than being foundations of the framework?",
    options: shuffle([right, ...wrong], rnd),
    answer: right.id,
    explanation: `Items 9 (${added[0].title}) and 10 (${added[1].title}) were added by the guide's authors from their research; the framework's foundations are items 1 to 8.`,
    foundation: added[0].id,
  };
}

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
  const plan: QuestionKind[] = [];
  if (n >= 4) plan.push('added');
  for (let i = 0; i < Math.ceil(n / 8); i++) plan.push('ambition');
  for (let i = 0; i < Math.floor(n / 4); i++) plan.push('serves');
  while (plan.length < n) plan.push('case-study');
  const order = {
    'case-study': shuffle(
      caseStudies.map((_, i) => i),
      rnd,
    ),
    ambition: shuffle(
      ambitions.map((_, i) => i),
      rnd,
    ),
    serves: shuffle(
      servesPool.map((_, i) => i),
      rnd,
    ),
  };
  const used = { 'case-study': 0, ambition: 0, serves: 0 };
  return shuffle(plan.slice(0, n), rnd).map((kind) => {
    if (kind === 'added') return addedQuestion(rnd);
    const list = order[kind];
    const index = list[used[kind]++ % list.length];
    if (kind === 'ambition') return ambitionQuestion(index, rnd);
    if (kind === 'serves') return servesQuestion(index, rnd);
    return caseStudyQuestion(index, rnd);
  });
}
