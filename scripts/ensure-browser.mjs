// Runs before the browser tests: finds Chromium, or on Debian as root installs it (saying so),
// or stops with one line that says how to fix it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

if (findChrome()) process.exit(0);

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
  if (findChrome()) process.exit(0);
}
console.error(
  'No Chrome or Chromium found for the browser tests: install one (Debian: `apt-get install chromium`) or set CHROME_PATH to its executable.',
);
process.exit(1);
