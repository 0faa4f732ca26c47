// A test-runner reporter that closes the run with each engine's counts and one plain line
// `N passed, N failed` (all engines added up) that CI reads. It also writes them to
// coverage/browser-tests.json, which `node scripts/print-test-summary.mjs` prints again at the
// very end of CI's log. Each failed test is named there with its file, engine and first line of
// its error: CI keeps only the end of a long log, and a failure it cannot name cannot be mended.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const summaryFile = 'coverage/browser-tests.json';

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')[0]
    .slice(0, 300);

function countSuite(suite, counts, failures, where, path = []) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      failures.push(
        `${where}: ${[...here, test.name].join(' > ')}: ${firstLine(test.error?.message)}`,
      );
    }
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts, failures, where, here);
}

/** Counts per browser name, and a line for each failure, from the sessions of a finished run. */
export function countByEngine(sessions) {
  const byEngine = new Map();
  const failures = [];
  for (const session of sessions) {
    const name = session.browser.name;
    if (!byEngine.has(name)) byEngine.set(name, { passed: 0, failed: 0, skipped: 0, files: 0 });
    const counts = byEngine.get(name);
    const before = counts.failed;
    const where = `${name} ${session.testFile?.replace(process.cwd() + '/', '') ?? '?'}`;
    counts.files += 1;
    countSuite(session.testResults, counts, failures, where);
    // A file that failed outside any test (it did not load, it threw at import, an uncaught
    // error, a timeout) is one failure too, so that it can never read as a green run.
    if (!session.passed && counts.failed === before) {
      counts.failed += 1;
      const error =
        session.errors?.[0]?.message ?? session.status ?? 'the file failed outside its tests';
      failures.push(`${where}: ${firstLine(error)}`);
    }
  }
  return { byEngine, failures };
}

/** The summary as lines: one per engine, any skip lines, then `N passed, N failed`. */
export function summaryLines({ engines, skipped = [], failures = [], seconds }) {
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
  if (failures.length) lines.push('Failed:', ...failures.map((line) => `  ${line}`));
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
      const { byEngine, failures } = countByEngine(sessions ?? last ?? []);
      const engines = Object.fromEntries(byEngine);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const summary = { engines, skipped, failures, seconds };
      mkdirSync(dirname(summaryFile), { recursive: true });
      writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
      console.log(['', ...summaryLines(summary)].join('\n'));
    },
  };
}
