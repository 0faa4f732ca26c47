// Runs before the browser tests. Chromium: finds it, or on Debian as root installs it (saying
// so), or stops with one line that says how to fix it. Firefox and WebKit: on a developer's
// machine a missing one is only reported (the test runner skips it with one line saying why);
// in CI (CI=true) a missing engine stops the run here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';
import { engineNames, findEngines, isCI } from './find-engines.mjs';

function ensureChromium() {
  if (findChrome()) return true;
  const canApt =
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log(
      'No Chrome or Chromium found: installing Debian\'s "chromium" package with apt-get (as root).',
    );
    try {
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
    } catch {
      // Reported below with the one-line fix.
    }
    if (findChrome()) return true;
  }
  console.error(
    'No Chrome or Chromium found for the browser tests: install one (Debian: `apt-get install chromium`) or set CHROME_PATH to its executable.',
  );
  return false;
}

if (!ensureChromium()) process.exit(1);

if (isCI()) {
  const engines = findEngines();
  const missing = Object.entries(engines).filter(([, engine]) => !engine.found);
  for (const [name, engine] of missing) {
    console.error(`${engineNames[name]} is required in CI (CI=true): ${engine.reason}`);
  }
  if (missing.length > 0) process.exit(1);
}
