// `node --test test/content/findings-data.node.mjs` after the build: the findings say what the
// report says, with nothing marked as left out that was not, no caveat or finding dropped from a
// quote's middle, and every pairing of a 5.1 list item with words from elsewhere labelled as ours.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { reportTextOrSkip } from './report-text.mjs';
import { normalise } from './report-quotes.mjs';

const report = reportTextOrSkip('Findings check');
const lines = report.split('\n');
const content = await import(new URL('../../dist/content/index.js', import.meta.url).href);
const { findings, ambitionSix } = content;

/** Every `{ text, line }` object in the content, with its path. */
function* quotes(value, path) {
  if (!value || typeof value !== 'object') return;
  if (typeof value.text === 'string' && typeof value.line === 'number') yield [path, value];
  for (const [k, v] of Object.entries(value)) yield* quotes(v, `${path}.${k}`);
}

test('an ellipsis always stands for words left out (none where the report runs on)', () => {
  const wrong = [];
  for (const name of Object.keys(content)) {
    for (const [path, q] of quotes(content[name], name)) {
      if (!q.text.includes('…')) continue;
      const range = normalise(lines.slice(q.line - 1, q.toLine ?? q.line).join(' '));
      const parts = q.text.split('…').map((p) => normalise(p));
      for (let i = 0; i + 1 < parts.length; i++) {
        if (!parts[i] || !parts[i + 1]) continue;
        if (range.includes(`${parts[i]} ${parts[i + 1]}`))
          wrong.push(`${path}: "… ${parts[i + 1].slice(0, 30)}"`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('the self-assessment tool findings of lines 481 and 487 are kept in the quotes that span them', () => {
  const strategic = findings.facilitators.find(
    (f) => f.title === 'Being involved at strategic levels',
  );
  assert.match(
    strategic.text,
    /Those who adopted this approach often found the self-assessment tool helpful/,
  );
  assert.match(findings.approaches[0].text, /often found the self-assessment tool helpful/);
  assert.match(
    findings.approaches[2].text,
    /Here the self-assessment tool was not necessarily helpful for generating action\./,
  );
});

test('5.2 Interpret keeps the caveat of line 323', () => {
  assert.match(
    ambitionSix.interpretValue.text,
    /although some noted that communities could be a barrier if they restrict access to healthcare services\.$/,
  );
});

test('5.1 barriers and facilitators: a pairing with words from elsewhere is labelled as ours', () => {
  const inList = (item) => item.line >= 261 && (item.toLine ?? item.line) <= 295;
  for (const item of [...findings.barriers, ...findings.facilitators]) {
    if (inList(item)) continue;
    assert.equal(item.pairedByUs, true, `${item.title} (line ${item.line}) is not labelled`);
  }
  // The two the issue names are inference, not support: they quote the list item itself.
  const agency = findings.barriers.find(
    (b) => b.title === 'Perceived lack of agency to make changes',
  );
  const progress = findings.facilitators.find(
    (f) => f.title === 'Appreciating progress and existing local action',
  );
  assert.deepEqual([agency.line, progress.line], [267, 283]);
});

test('plan-sources.ts names section 5.4 for line 503, not "5.1 Sustainability"', () => {
  const source = readFileSync(
    new URL('../../src/content/plan-sources.ts', import.meta.url),
    'utf8',
  );
  assert.doesNotMatch(source, /5\.1, "Sustainability"/);
  assert.match(source, /report 5\.4/);
});

test('the plan’s 5.1 lists are the findings’ titles, each at its own line of the list', () => {
  const { barriersAndFacilitators: lists } = content;
  assert.deepEqual(
    lists.barriers.map((b) => b.text),
    findings.barriers.map((b) => b.title),
  );
  assert.deepEqual(
    lists.facilitators.map((f) => f.text),
    findings.facilitators.map((f) => f.title),
  );
});
