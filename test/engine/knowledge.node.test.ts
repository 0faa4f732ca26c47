import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ambitions,
  caseStudies,
  foundations,
  type CaseStudy,
  type Foundation,
  type RichText,
} from '../../src/content/index.js';
import { generateQuestions, type KnowledgeQuestion } from '../../src/engine/index.js';

/*
 * The oracle: does the source support an option the quiz marks wrong? Written here from the
 * content alone (the items' case studies, the guide's own text for each item), independently of
 * how the engine picks its options, so a new case study or example is checked without anyone
 * listing it.
 */

/** Lower case, letters, digits and "/" only, single spaces: "24/7", "self assessment". */
const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()} `;
const plain = (r: RichText) => r.map((p) => (typeof p === 'string' ? p : p.text)).join('');
const STOP = new Set(['and', 'for', 'the', 'those', 'with', 'important', 'dying', 'person']);
const titleWords = (f: Foundation) =>
  norm(f.title)
    .trim()
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w));

const supportCache = new Map<string, boolean>();
/** True when the source links case study `c` to item `f` (not only the item the report lists it under). */
function sourceSupports(f: Foundation, c: CaseStudy): boolean {
  const key = `${f.id} ${c.id}`;
  if (!supportCache.has(key)) supportCache.set(key, computeSupport(f, c));
  return supportCache.get(key)!;
}

function computeSupport(f: Foundation, c: CaseStudy): boolean {
  if (c.foundation === f.id) return true;
  // The report lists an example with the same name under f as well (NACEL, Medical Examiner System).
  if (caseStudies.some((o) => o.foundation === f.id && norm(o.title) === norm(c.title))) {
    return true;
  }
  // The guide's own words for f name the example ("Use of Ambitions self-assessment", item 6),
  // by its name or the abbreviation it gives in brackets.
  const guide = norm([f.what, ...f.ask, ...f.examples.map(plain)].join(' '));
  const acronym = /\(([^)]+)\)/.exec(c.title)?.[1];
  if (guide.includes(norm(c.title)) || (acronym && guide.includes(norm(acronym)))) return true;
  // The example's own words name the item ("Education programme providing training": item 5).
  const own = norm(`${c.title} ${c.summary}`);
  return titleWords(f).every((w) => own.includes(` ${w} `));
}

/** Every problem with one question: an option the source supports offered as wrong, or a bad key. */
function unsupportedWrongOptions(q: KnowledgeQuestion): string[] {
  const wrong = q.options.filter((o) => o.id !== q.answer);
  const problems: string[] = [];
  if (q.kind === 'case-study') {
    const c = caseStudies.find((cs) => q.id === `case-study:${cs.id}`)!;
    if (q.answer !== c.foundation) problems.push(`${q.id}: right answer is not its item`);
    for (const o of wrong) {
      const f = foundations.find((x) => x.id === o.id)!;
      if (sourceSupports(f, c)) problems.push(`${q.id}: "${o.label}" is supported`);
    }
  } else if (q.kind === 'linked') {
    const f = foundations.find((x) => q.id === `linked:${x.id}`)!;
    const tags = new Set(
      caseStudies.filter((c) => c.foundation === f.id).flatMap((c) => c.ambitions),
    );
    if (!/^In the report's case studies/.test(q.prompt)) problems.push(`${q.id}: prompt`);
    if (!tags.has(q.answer as never)) problems.push(`${q.id}: answer not linked`);
    for (const o of wrong) {
      if (tags.has(o.id as never)) problems.push(`${q.id}: "${o.label}" is linked`);
    }
  } else if (q.kind === 'ambition') {
    const titles = new Set<string>(ambitions.map((a) => a.title));
    if (!titles.has(q.options.find((o) => o.id === q.answer)!.label)) {
      problems.push(`${q.id}: answer is not an Ambition`);
    }
    for (const o of wrong) {
      if (titles.has(o.label)) problems.push(`${q.id}: "${o.label}" is an Ambition`);
    }
  } else if (q.kind === 'added') {
    for (const o of wrong) {
      if (o.id === '9+10') problems.push(`${q.id}: "${o.label}" is the added pair`);
    }
  } else {
    problems.push(`${q.id}: unknown kind ${String(q.kind)}`);
  }
  return problems;
}

describe('engine: knowledge questions never mark a supported answer wrong', () => {
  it('seed 3, question 4 (NACEL, which the report lists under items 3 and 4) offers no supported option as wrong', () => {
    const q = generateQuestions(8, 3)[3];
    expect(unsupportedWrongOptions(q)).to.deep.equal([]);
  });

  it('the "Self-assessment" case study never offers item 6 as wrong (its example is "Use of Ambitions self-assessment")', () => {
    const c = caseStudies.find((x) => x.title === 'Self-assessment')!;
    for (let seed = 1; seed <= 300; seed++) {
      for (const q of generateQuestions(30, seed)) {
        if (q.id !== `case-study:${c.id}`) continue;
        expect(q.options.map((o) => o.id)).not.to.include('access-24-7');
      }
    }
  });

  it('10,000 generated quizzes of every kind: 0 wrong options the source supports', function () {
    let quizzes = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer(), (count, seed) => {
        quizzes++;
        const problems = generateQuestions(count, seed).flatMap((q) => {
          kinds.add(q.kind);
          return unsupportedWrongOptions(q);
        });
        expect(problems).to.deep.equal([]);
      }),
      { numRuns: 10_000 },
    );
    expect(quizzes).to.be.at.least(10_000);
    expect([...kinds].sort()).to.deep.equal(['added', 'ambition', 'case-study', 'linked']);
  });

  it('the oracle is not blind: it flags the supported options a careless quiz would offer', () => {
    const nacel4 = caseStudies.find(
      (c) => c.foundation === 'involving-supporting-and-caring' && /NACEL/.test(c.title),
    )!;
    const selfAssessment = caseStudies.find((c) => c.title === 'Self-assessment')!;
    const education = caseStudies.find((c) => c.title === 'Education programme')!;
    const item = (n: number) => foundations[n - 1];
    expect(sourceSupports(item(3), nacel4)).to.equal(true);
    expect(sourceSupports(item(6), selfAssessment)).to.equal(true);
    expect(sourceSupports(item(5), education)).to.equal(true);
    expect(sourceSupports(item(7), nacel4)).to.equal(false);
  });

  it('never asks which Ambition items 9 or 10 serve, and never names Ambition 6 as their only one', () => {
    for (let seed = 0; seed < 500; seed++) {
      for (const q of generateQuestions(30, seed)) {
        const text = `${q.prompt} ${q.explanation}`;
        expect(text).not.to.match(/item (9|10)\b[^.]*\bserves?\b/i);
        if (q.kind === 'linked') {
          expect(['collaboration-and-partnership-working', 'sharing-learning']).not.to.include(
            q.foundation,
          );
        }
      }
    }
  });
  it('labels what is not the report’s: an Ambition’s number is the framework’s, the note on tags is ours', () => {
    const questions = Array.from({ length: 50 }, (_, seed) => generateQuestions(30, seed)).flat();
    const ambition = questions.find(
      (q) => q.prompt === 'Which of these is one of the six Ambitions?',
    )!;
    expect(ambition.explanation).to.match(
      /is Ambition \d of the national framework \(Ambitions for Palliative and End of Life Care, 2021-2026\)/,
    );
    const linked = questions.find((q) => q.kind === 'linked')!;
    expect(linked.explanation).to.contain("Our note: these tags describe the report's examples");
    for (const q of questions)
      expect(q.explanation).not.to.contain('The others are items of the guide.');
  });
});
