// A test-runner reporter that closes the run with each engine's counts and one plain line
// `N passed, N failed` (all engines added up) that CI reads. It also writes them to
// coverage/browser-tests.json, which `node scripts/print-test-summary.mjs` prints again at the
// very end of CI's log.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const summaryFile = 'coverage/browser-tests.json';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

/** Counts per browser name, from the sessions of a finished run. */
export function countByEngine(sessions) {
  const byEngine = new Map();
  for (const session of sessions) {
    const name = session.browser.name;
    if (!byEngine.has(name)) byEngine.set(name, { passed: 0, failed: 0, skipped: 0, files: 0 });
    const counts = byEngine.get(name);
    const before = counts.failed;
    counts.files += 1;
    countSuite(session.testResults, counts);
    // A file that failed outside any test (it did not load, it threw at import, an uncaught
    // error, a timeout) is one failure too, so that it can never read as a green run.
    if (!session.passed && counts.failed === before) counts.failed += 1;
  }
  return byEngine;
}

/** The summary as lines: one per engine, any skip lines, then `N passed, N failed`. */
export function summaryLines({ engines, skipped = [], seconds }) {
  const lines = [`Browser tests by engine (${seconds} s in all):`];
  let passed = 0;
  let failed = 0;
  let skippedTests = 0;
  for (const [name, counts] of Object.entries(engines)) {
    passed += counts.passed;
    failed += counts.failed;
    skippedTests += counts.skipped;
    lines.push(
      `  ${name}: ${counts.passed} passed, ${counts.failed} failed` +
        (counts.skipped ? `, ${counts.skipped} skipped` : '') +
        ` (${counts.files} files)`,
    );
  }
  for (const line of skipped) lines.push(`  ${line}`);
  lines.push(
    `${passed} passed, ${failed} failed` + (skippedTests ? `, ${skippedTests} skipped` : ''),
  );
  return lines;
}

export function summaryReporter({ skipped = [] } = {}) {
  let last;
  let started = 0;
  return {
    start() {
      started = Date.now();
      rmSync(summaryFile, { force: true });
    },
    onTestRunFinished({ sessions }) {
      last = sessions;
    },
    stop({ sessions }) {
      const engines = Object.fromEntries(countByEngine(sessions ?? last ?? []));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const summary = { engines, skipped, seconds };
      mkdirSync(dirname(summaryFile), { recursive: true });
      writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
      console.log(['', ...summaryLines(summary)].join('\n'));
    },
  };
}
