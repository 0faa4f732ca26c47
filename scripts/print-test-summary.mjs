// Prints the browser tests' per-engine counts and the closing `N passed, N failed` line again,
// from the file the summary reporter wrote, so that it is the last thing in CI's log.
import { existsSync, readFileSync } from 'node:fs';
import { summaryFile, summaryLines } from './summary-reporter.mjs';

if (!existsSync(summaryFile)) {
  console.log('No browser test summary: the browser tests did not run.');
  process.exit(0);
}
console.log(summaryLines(JSON.parse(readFileSync(summaryFile, 'utf8'))).join('\n'));
