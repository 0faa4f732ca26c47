// Finds the three browser engines the tests run in: Chromium (Chrome), Firefox and WebKit
// (WebKitGTK's MiniBrowser, driven through WebKitWebDriver, with Xvfb as its display).
// Nothing here downloads a browser: these machines cannot, and a newcomer's own browsers are
// good enough. Engines that are not found are skipped on a developer's machine (one line each,
// saying which and why) and fail the run in CI (CI=true).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

/** The first executable called `name` on PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

const firefoxPaths = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

const miniBrowserPaths = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** The Debian packages that bring all three engines (and the display WebKit needs). */
export const debianPackages = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth'];

/**
 * Looks for each engine. Returns `{ chromium, firefox, webkit }`, each either
 * `{ found: true, ...paths }` or `{ found: false, reason }` (one line: what is missing, how to fix it).
 * Paths can be overridden with CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_WEBDRIVER_PATH.
 */
export function findEngines() {
  const chrome = findChrome();
  const chromium = chrome
    ? { found: true, executablePath: chrome }
    : {
        found: false,
        reason:
          'no Chrome or Chromium found (Debian: apt-get install chromium, or set CHROME_PATH)',
      };

  const firefoxPath = firstExisting([process.env.FIREFOX_PATH, ...firefoxPaths]);
  const firefox = firefoxPath
    ? { found: true, executablePath: firefoxPath }
    : {
        found: false,
        reason:
          '/usr/bin/firefox-esr not found (Debian: apt-get install firefox-esr, or set FIREFOX_PATH)',
      };

  const driver = process.env.WEBKIT_WEBDRIVER_PATH || onPath('WebKitWebDriver');
  const miniBrowser = firstExisting([process.env.MINIBROWSER_PATH, ...miniBrowserPaths]);
  // WebKitGTK draws into an X display: use the one we have, or start Xvfb.
  const xvfb = onPath('Xvfb');
  const hasDisplay = Boolean(process.env.DISPLAY);
  let webkit;
  if (process.platform !== 'linux') {
    webkit = {
      found: false,
      reason: 'the test setup drives WebKitGTK, which is Linux only (use Safari by hand on macOS)',
    };
  } else if (!driver) {
    webkit = {
      found: false,
      reason: 'WebKitWebDriver not found (Debian: apt-get install webkit2gtk-driver)',
    };
  } else if (!miniBrowser) {
    webkit = {
      found: false,
      reason:
        'WebKitGTK MiniBrowser not found (Debian: apt-get install webkit2gtk-driver, or set MINIBROWSER_PATH)',
    };
  } else if (!xvfb && !hasDisplay) {
    webkit = {
      found: false,
      reason: 'no X display and no Xvfb to make one (Debian: apt-get install xvfb xauth)',
    };
  } else {
    webkit = { found: true, driver, miniBrowser, xvfb: hasDisplay ? undefined : xvfb };
  }
  return { chromium, firefox, webkit };
}

/** Display names, in the order the runner shows them. */
export const engineNames = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** True when a missing engine must fail the run instead of being skipped. */
export function isCI() {
  const ci = process.env.CI;
  return Boolean(ci) && ci !== 'false' && ci !== '0';
}
