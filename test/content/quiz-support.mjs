// A checker for the knowledge quiz that reads the report's text itself, not the package's content
// or the engine's rule: which items does the report support for one of its section 4 examples?
// An option offered as wrong that the report supports is a defect (DESIGN.md: "A quiz never
// scores as wrong an answer the source supports").
//
// "Supported" here is deliberately generous; each way is written from the report's text:
//  1. listing: the report lists the example under the item (section 4), or lists an example of
//     the same name there (NACEL and the Medical Examiner System sit under items 3 and 4), or the
//     guide's "Example in action" for the item (section 5.3) names it;
//  2. section-level statements: a sentence of the item's introduction in section 4 that speaks of
//     its examples or case studies and names another item ("Many of these examples also related to
//     personalised care planning", line 130);
//  3. the example's own words name the item (NAMING below: "Carers involved" names item 4).

/** Lower case, letters, digits and "/" only, single spaces, padded: " 24/7 access ". */
export const norm = (s) =>
  ` ${s
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/\*\*/g, '')
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()} `;

/**
 * Words that name an item, matched on the normalised text. Each list comes from the item's title
 * or the report's own description of it (the guide's "What", lines 399-454, and section 4's item
 * introductions, lines 121-202). Generous on purpose: a word here can only make the check stricter.
 */
export const NAMING = {
  1: [/ personalis/, / care plan/, / advance care planning /, / acp /],
  2: [/ records? /, / electronic /, / shared records /],
  3: [
    / data /,
    / evidence /,
    / audit /,
    / research /,
    / feedback /,
    / measure/,
    / benchmark/,
    / evaluat/,
  ],
  4: [
    / carers? /,
    / bereave/,
    / famil(y|ies) /,
    / friends? /,
    / loved ones? /,
    / those important /,
  ],
  5: [/ educat/, / train(ing|ed)? /, / e learning /],
  6: [/ 24\/7 /, / out of hours? /, / 7 day /, / helpline /, / all hours /],
  7: [/ co design/, / co develop/, / user groups? /, / forums? /, / experience based /],
  // Line 202: "Leadership was typically expressed as driving vision and strategy."
  8: [/ lead(er|ers|ership) /, / champion/, / strateg(y|ies|ic) /],
  // Line 448: "Working with others (within and beyond your organisation) on a common goal."
  9: [
    / collaborat/,
    / partner/,
    / working across /,
    / siloed /,
    / (?<!intelligence )network/, // not the National End of Life Care Intelligence Network's name
    / work closely with /,
  ],
  // Lines 454-456: exchanging information and insights; sharing documents; learning events.
  10: [/ sharing learning /, / showcas/, / presentations? /, / learning events? /, / workshops? /],
};

/** The item numbers whose NAMING words occur in `text`. */
export function named(text) {
  const t = norm(text);
  return Object.entries(NAMING)
    .filter(([, words]) => words.some((w) => w.test(t)))
    .map(([n]) => Number(n));
}

const NOISE =
  /^(More information|Find out more about this project from OU\.|Visit open\.ac\.uk\/projects)$/;

/**
 * Section 4 of the report: each item's introduction and its examples (bullets), read from the
 * text. An example's title is its bold words, or its link text where it has none.
 */
export function readSectionFour(report) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.trim() === '4. Case studies');
  const end = lines.findIndex((l) => l.trim() === '5. Findings and Learnings');
  const sections = [];
  let current;
  let last;
  for (let i = start + 1; i < end; i++) {
    const line = lines[i].trim();
    if (!line || NOISE.test(line)) continue;
    const heading = /^([1-8])\. (.+)$/.exec(line);
    if (heading) {
      current = { number: Number(heading[1]), title: heading[2], intro: [], examples: [] };
      sections.push(current);
      last = undefined;
      continue;
    }
    if (!current) continue;
    if (line.startsWith('- ▶')) {
      const body = line.replace(/^- ▶\s*/, '');
      const title = /\*\*(.+?)\*\*/.exec(body)?.[1] ?? /\[([^\]]+)\]\(#\)/.exec(body)?.[1] ?? body;
      last = { section: current.number, title, text: body, line: i + 1 };
      current.examples.push(last);
    } else if (last) {
      last.text += ` ${line}`; // a bullet the extraction split over two paragraphs (line 157)
    } else {
      current.intro.push({ text: line, line: i + 1 });
    }
  }
  return sections;
}

/** The guide (section 5.3): each item's "Example in action" text, by item number. */
export function readGuideExamples(report) {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'SMALL STEPS, BIG VISION');
  const out = {};
  let n;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('Interested in knowing more?')) break;
    const heading = /^(\d{1,2})\. (.+)$/.exec(line);
    if (heading) n = Number(heading[1]);
    else if (n && /Example in action:/.test(line))
      out[n] = line.replace(/^.*Example in action:\**/, '');
  }
  return out;
}

/** The sentences of an introduction that speak of the section's examples or case studies. */
export function sectionStatements(section) {
  return section.intro
    .flatMap((p) => p.text.split(/(?<=\.)\s+/).map((s) => ({ text: s, line: p.line })))
    .filter((s) => /\b(examples|case studies)\b/i.test(s.text));
}

/**
 * A checker over the report's text. `supports(n, example)` lists the reasons item n is supported
 * for a section 4 example (empty: not supported).
 */
export function makeChecker(report) {
  const sections = readSectionFour(report);
  const examples = sections.flatMap((s) => s.examples);
  const guide = readGuideExamples(report);
  const statements = new Map(sections.map((s) => [s.number, sectionStatements(s)]));
  const normalised = examples.map((e) => [e, norm(e.text)]);

  const memo = new Map();
  /** The reasons item n is supported for an example (memoised: the report does not change). */
  function supports(n, example) {
    const key = `${n} ${example.line}`;
    if (!memo.has(key)) memo.set(key, reasons(n, example));
    return memo.get(key);
  }

  function reasons(n, example) {
    const why = [];
    if (example.section === n) why.push(`listed under item ${n} (line ${example.line})`);
    const same = examples.find(
      (o) => o.section === n && o !== example && norm(o.title) === norm(example.title),
    );
    if (same) why.push(`an example of the same name is listed under item ${n} (line ${same.line})`);
    const acronym = /\(([^)]+)\)/.exec(example.title)?.[1];
    const g = guide[n] ? norm(guide[n]) : '';
    if (g && (g.includes(norm(example.title)) || (acronym && g.includes(norm(acronym))))) {
      why.push(`the guide's example for item ${n} names it`);
    }
    for (const s of statements.get(example.section) ?? []) {
      if (named(s.text).includes(n)) why.push(`section statement, line ${s.line}: "${s.text}"`);
    }
    if (named(example.text).includes(n)) why.push(`its own words name item ${n}`);
    return why;
  }

  /** The section 4 example a quiz question is about, from the title and summary it shows. */
  function exampleFor(question) {
    const title = norm(/"([^"]+)"\?$/.exec(question.prompt)?.[1] ?? '').trim();
    const context = norm(question.context ?? '').trim();
    return normalised.find(([, text]) => text.includes(title) && text.includes(context))?.[0];
  }

  /** Problems with one case-study question: supported options offered as wrong, a wrong answer. */
  function check(question) {
    const example = exampleFor(question);
    if (!example) return [`${question.id}: no example of the report matches "${question.prompt}"`];
    const number = (id) =>
      Number(/^(\d+)\./.exec(question.options.find((o) => o.id === id)?.label ?? '')?.[1]);
    const problems = [];
    if (number(question.answer) !== example.section) {
      problems.push(
        `${question.id}: the answer is not item ${example.section}, where it is listed`,
      );
    }
    for (const o of question.options) {
      if (o.id === question.answer) continue;
      const why = supports(number(o.id), example);
      if (why.length) problems.push(`${question.id}: "${o.label}" offered as wrong: ${why[0]}`);
    }
    return problems;
  }

  return { sections, examples, guide, supports, exampleFor, check };
}
