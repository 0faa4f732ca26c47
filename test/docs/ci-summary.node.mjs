// CI keeps only the end of a long log: the closing summary must name each failed test, its engine
// and file and the first line of its error, or a failure on CI cannot be found again.
import assert from 'node:assert/strict';
import test from 'node:test';
import { countByEngine, summaryLines } from '../../scripts/summary-reporter.mjs';

test('the closing summary names each failed test with its engine, file and first error line', () => {
  const sessions = [
    {
      browser: { name: 'Chromium' },
      testFile: `${process.cwd()}/test/components/map.test.ts`,
      passed: false,
      testResults: {
        tests: [],
        suites: [
          {
            name: '<ambition-map>',
            tests: [
              {
                name: 'keeps the selection',
                passed: false,
                error: { message: 'expected 1 to equal 2\n  at stack' },
              },
              { name: 'draws the grid', passed: true },
            ],
            suites: [],
          },
        ],
      },
    },
    {
      browser: { name: 'WebKit' },
      testFile: `${process.cwd()}/test/components/quiz.test.ts`,
      passed: false,
      errors: [{ message: 'Browser tests did not finish within 120000ms' }],
      testResults: { tests: [], suites: [] },
    },
  ];
  const { byEngine, failures } = countByEngine(sessions);
  const lines = summaryLines({ engines: Object.fromEntries(byEngine), failures, seconds: '1.0' });
  assert.deepEqual(lines.slice(-4), [
    'Failed:',
    '  Chromium test/components/map.test.ts: <ambition-map> > keeps the selection: expected 1 to equal 2',
    '  WebKit test/components/quiz.test.ts: Browser tests did not finish within 120000ms',
    '1 passed, 2 failed',
  ]);
});

test('a green run has no "Failed:" block', () => {
  const { byEngine, failures } = countByEngine([
    {
      browser: { name: 'Firefox' },
      testFile: 'x',
      passed: true,
      testResults: { tests: [{ name: 't', passed: true }], suites: [] },
    },
  ]);
  const lines = summaryLines({ engines: Object.fromEntries(byEngine), failures, seconds: '1.0' });
  assert.ok(!lines.includes('Failed:'));
  assert.equal(lines.at(-1), '1 passed, 0 failed');
});
