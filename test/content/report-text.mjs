// Where the node checks against the report read its text. The report's full text is not ours to
// ship: only its section 5.3 (the guide) is CC BY 4.0, and the report states no licence for the
// rest. So it is read from REPORT_TEXT, or from `../shared/reference/` beside the clone, where the
// project's machines keep it. A newcomer's clone has neither: the check is skipped with one line
// saying why. In CI (CI=true) a missing text fails.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const reportUrl = process.env.REPORT_TEXT
  ? new URL(`file://${resolve(process.env.REPORT_TEXT)}`)
  : new URL('../../../shared/reference/realising-the-ambitions-report.txt', import.meta.url);

/** The report's text; without it, `check` is skipped (exit 0) or, in CI, fails (exit 1). */
export function reportTextOrSkip(check) {
  if (existsSync(reportUrl)) return readFileSync(reportUrl, 'utf8');
  const why = `the report's text is not at ${fileURLToPath(reportUrl)} (set REPORT_TEXT to its path)`;
  if (process.env.CI === 'true') {
    console.error(`${check} cannot run in CI: ${why}.`);
    process.exit(1);
  }
  console.log(`${check} skipped: ${why}.`);
  process.exit(0);
}
