// `node --test test/content/report-quotes.node.mjs` after the build: every quote in the built
// content module is the report's words at the line it names (see report-quotes.mjs), and the
// check fails on one changed word or one wrong line reference.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportTextOrSkip } from './report-text.mjs';
import { checkContent } from './report-quotes.mjs';

const report = reportTextOrSkip('Quote check');
const content = await import(new URL('../../dist/content/index.js', import.meta.url).href);

/** A deep, writable copy of the content with `change` applied. */
function changed(change) {
  const copy = structuredClone(
    Object.fromEntries(Object.entries(content).filter(([, v]) => typeof v !== 'function')),
  );
  change(copy);
  return copy;
}

test('every string that claims to quote the report is in it, at the line it names', () => {
  assert.deepEqual(checkContent(content, report), []);
});

test('one changed word in a finding fails the check', () => {
  const errors = checkContent(
    changed((c) => {
      const item = c.findings.barriers[1];
      item.text = item.text.replace('leadership', 'management');
    }),
    report,
  );
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /^findings\.barriers\.1: /);
});

test('one changed word in the 5.1 model, the Ambition 6 material or the guide fails the check', () => {
  for (const change of [
    (c) => (c.understandInterpretImplement.understand.text += ' too'),
    (c) =>
      (c.ambitionSix.communitiesWhoCare.text = c.ambitionSix.communitiesWhoCare.text.replace(
        'care',
        'cure',
      )),
    (c) => (c.foundations[5].what = c.foundations[5].what.replace('hours', 'times')),
    (c) => (c.caseStudies[0].summary = c.caseStudies[0].summary.replace('whole', 'entire')),
  ]) {
    assert.equal(checkContent(changed(change), report).length, 1);
  }
});

test('a line reference that points elsewhere fails the check', () => {
  const errors = checkContent(
    changed((c) => (c.findings.barriers[0].line += 2)),
    report,
  );
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /elsewhere in the report/);
});

test('gaps must be marked: two sentences from different places joined without "…" fail', () => {
  const errors = checkContent(
    changed((c) => {
      const q = c.ambitionSix.barriers;
      q.text = q.text.replace(/\s*…\s*/, ' ');
    }),
    report,
  );
  assert.equal(errors.length, 1, errors.join('\n'));
});
