// `node --test test/content/quiz-support.node.mjs` after the build: over 10,000 generated quizzes,
// no case-study question offers as wrong an item the report supports, judged by a checker that
// reads the report's text (quiz-support.mjs), not the package's content or the engine's rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportTextOrSkip } from './report-text.mjs';
import { makeChecker, norm } from './quiz-support.mjs';

const report = reportTextOrSkip('Quiz support check');
const checker = makeChecker(report);
const { generateQuestions } = await import(new URL('../../dist/engine/index.js', import.meta.url));
const { caseStudies, foundations } = await import(
  new URL('../../dist/content/index.js', import.meta.url)
);

/** A seeded walk over quiz lengths and seeds (mulberry32, so a failure names its seed). */
function* quizzes(runs) {
  let a = 20240324;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < runs; i++) {
    const count = (next() % 30) + 1;
    const seed = next();
    yield { count, seed, questions: generateQuestions(count, seed) };
  }
}

test('the checker reads all 36 examples of section 4 and the guide examples of items 1-10', () => {
  assert.equal(checker.examples.length, 36);
  assert.equal(checker.sections.length, 8);
  assert.deepEqual(Object.keys(checker.guide).map(Number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('10,000 generated quizzes: 0 options the report supports offered as wrong', () => {
  let runs = 0;
  let asked = 0;
  const problems = [];
  for (const { count, seed, questions } of quizzes(10_000)) {
    runs++;
    for (const q of questions) {
      if (q.kind !== 'case-study') continue;
      asked++;
      for (const p of checker.check(q)) problems.push(`count ${count}, seed ${seed}: ${p}`);
    }
  }
  assert.equal(runs, 10_000);
  assert.ok(asked > 50_000, `only ${asked} case-study questions asked`);
  console.log(
    `${runs} quizzes, ${asked} case-study questions, ${problems.length} supported options offered as wrong`,
  );
  assert.deepEqual(problems.slice(0, 10), []);
});

test('every case-study question asks a fact of the report: under which item it lists the example', () => {
  for (const { questions } of quizzes(300)) {
    for (const q of questions.filter((x) => x.kind === 'case-study')) {
      assert.match(q.prompt, /^Under which item does the report list this example: ".+"\?$/);
      const example = checker.exampleFor(q);
      assert.ok(example, q.prompt);
      // The explanation says where the report lists it, and quotes a section-level statement.
      assert.match(q.explanation, new RegExp(`under item ${example.section}, `));
      assert.match(q.explanation, /section 4 \(Case studies, page \d\)/);
    }
  }
});

test('explanations of item 2 examples quote line 130 verbatim', () => {
  const item2 = caseStudies.filter((c) => c.foundation === 'shared-records').map((c) => c.id);
  let seen = 0;
  for (const { questions } of quizzes(300)) {
    for (const q of questions) {
      if (!item2.includes(q.id.replace('case-study:', ''))) continue;
      seen++;
      const quoted = /"(Many of these examples[^"]+)"/.exec(q.explanation)?.[1];
      assert.ok(quoted, q.explanation);
      assert.ok(norm(report.split('\n')[129]).includes(norm(quoted)));
    }
  }
  assert.ok(seen > 0);
});

/*
 * The companion: fed the old behaviour (the question as it was, the distractor rule as it was),
 * the checker finds the cases issue 24 lists, and does not flag an unsupported option.
 */
const item = (n) => foundations[n - 1];
const byTitle = (title, n) =>
  caseStudies.find((c) => c.title === title && (!n || c.foundation === item(n).id));
const oldQuestion = (c, wrong) => ({
  id: `case-study:${c.id}`,
  kind: 'case-study',
  prompt: `Which item of the guide does this example from the report illustrate: "${c.title}"?`,
  context: c.summary,
  answer: c.foundation,
  options: [c.foundation, ...wrong.map((n) => item(n).id)].map((id) => {
    const f = foundations.find((x) => x.id === id);
    return { id, label: `${f.number}. ${f.title}` };
  }),
});

test('companion: the checker flags each supported option the issue lists', () => {
  const cases = [
    ['RESPECT forms', 1, /line 130/],
    ['Treatment escalation plans', 1, /line 130/],
    ['Palliative Care Register', 1, /line 130/],
    ['Increasing use of electronic records', 1, /line 130/],
    ['Use of the Palliative and End of Life Care Information Standard', 1, /line 130/],
    ['Carers involved', 4, /own words/],
    ['Palliative Care Register', 3, /own words/],
    ['Codes in data systems', 3, /own words/],
    ['Trusts showcasing', 10, /own words/],
    ['End of life care strategy development', 9, /own words/],
  ];
  for (const [title, n, why] of cases) {
    const c = byTitle(title);
    assert.ok(c, title);
    const problems = checker.check(oldQuestion(c, [n]));
    assert.equal(problems.length, 1, `${title} with item ${n}: ${problems.join('; ')}`);
    assert.match(problems[0], why);
  }
  // Not blind the other way: an item nothing in the report ties to the example passes.
  assert.deepEqual(checker.check(oldQuestion(byTitle('Hospice 24/7 helpline'), [7, 8, 10])), []);
  assert.deepEqual(checker.check(oldQuestion(byTitle('Team leaders'), [2, 6, 7])), []);
});

test('companion: the old distractor rule fails the same 10,000-quiz run', () => {
  // The engine's rule before issue 24: only the listing, a same-named example, the guide's text
  // for the item, or every word of the item's title in the example's own words.
  const n = (s) => norm(s);
  const plain = (r) => r.map((p) => (typeof p === 'string' ? p : p.text)).join('');
  const COMMON = new Set(['and', 'for', 'the', 'those', 'with', 'important', 'dying', 'person']);
  const oldLinks = (f, c) => {
    if (c.foundation === f.id) return true;
    if (caseStudies.some((o) => o.foundation === f.id && n(o.title) === n(c.title))) return true;
    const guide = n([f.what, ...f.ask, ...f.examples.map(plain)].join(' '));
    const ab = /\(([^)]+)\)/.exec(c.title)?.[1];
    if (guide.includes(n(c.title)) || (ab && guide.includes(n(ab)))) return true;
    const own = n(`${c.title} ${c.summary}`);
    return n(f.title)
      .trim()
      .split(' ')
      .filter((w) => w.length > 2 && !COMMON.has(w))
      .every((w) => own.includes(` ${w} `));
  };
  let flagged = 0;
  let asked = 0;
  let a = 7;
  const rnd = () => (a = (a * 1103515245 + 12345) >>> 0) / 4294967296;
  for (let i = 0; i < 10_000; i++) {
    const c = caseStudies[Math.floor(rnd() * caseStudies.length)];
    const pool = foundations.filter((f) => !oldLinks(f, c)).sort(() => rnd() - 0.5);
    const wrong = pool.slice(0, 3).map((f) => f.number);
    asked++;
    flagged += checker.check(oldQuestion(c, wrong)).length;
  }
  console.log(`old rule: ${asked} questions, ${flagged} supported options offered as wrong`);
  assert.ok(flagged > 1000, `only ${flagged} flagged`);
});
