// WebKit for the test runner: WebKitGTK's MiniBrowser driven through WebKitWebDriver (W3C
// WebDriver), with an Xvfb display started here when there is none. Built on
// @web/test-runner-webdriver, which on its own supports only sendKeys press/type and the mouse;
// this launcher also answers setViewport, emulateMedia and sendKeys down/up, so a test written
// with @web/test-runner-commands runs unchanged in all three engines (see test/README.md).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { browserEmulateMedia } from './media-emulation.mjs';

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display number and resolves with ":N". */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      xvfb,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-nolisten', 'unix'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
    );
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
}

/**
 * A GTK configuration folder whose style sheet shrinks MiniBrowser's own toolbar to nothing.
 * Without it the toolbar gives the window a minimum width of about 447 px, and a phone-sized
 * viewport (360 px) cannot be had. Web content is not styled by GTK: pages render the same.
 */
function gtkConfigHome() {
  const dir = mkdtempSync(join(tmpdir(), 'wtr-webkit-gtk-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(
    join(dir, 'gtk-3.0', 'gtk.css'),
    'window * { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
  return dir;
}

/** Waits until WebKitWebDriver answers /status. */
async function waitForDriver(port, child) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 15 s');
}

// Key names as the other launchers take them (Puppeteer/Playwright style) to WebDriver key codes.
const keyCodes = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  ' ': ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
  F1: '\uE031',
  F2: '\uE032',
  F3: '\uE033',
  F4: '\uE034',
  F5: '\uE035',
  F6: '\uE036',
  F7: '\uE037',
  F8: '\uE038',
  F9: '\uE039',
  F10: '\uE03A',
  F11: '\uE03B',
  F12: '\uE03C',
};

function keyCode(name) {
  if (name in keyCodes) return keyCodes[name];
  if ([...name].length === 1) return name;
  throw new Error(`WebKit launcher: unknown key "${name}"`);
}

const buttons = { left: 0, middle: 1, right: 2 };

/**
 * A page object in the shape @web/test-runner-commands expects from Playwright, implemented with
 * WebDriver calls, so the standard commands run unchanged in WebKit.
 */
class WebDriverPage {
  constructor(driver) {
    this.driver = driver;
    this.keyboard = {
      type: (text) => this.keys([...text].flatMap((c) => [down(c), up(c)])),
      press: (combo) => {
        const parts = combo.split('+').map(keyCode);
        return this.keys([...parts.map(down), ...parts.reverse().map(up)]);
      },
      down: (key) => this.keys([down(keyCode(key))]),
      up: (key) => this.keys([up(keyCode(key))]),
    };
    this.mouse = {
      move: (x, y) => this.pointer([{ type: 'pointerMove', duration: 0, x, y }]),
      click: (x, y, { button = 'left' } = {}) =>
        this.pointer([
          { type: 'pointerMove', duration: 0, x, y },
          { type: 'pointerDown', button: buttons[button] },
          { type: 'pointerUp', button: buttons[button] },
        ]),
      down: ({ button = 'left' } = {}) =>
        this.pointer([{ type: 'pointerDown', button: buttons[button] }]),
      up: ({ button = 'left' } = {}) =>
        this.pointer([{ type: 'pointerUp', button: buttons[button] }]),
    };
    function down(value) {
      return { type: 'keyDown', value };
    }
    function up(value) {
      return { type: 'keyUp', value };
    }
  }

  keys(actions) {
    // Modifiers held with keyboard.down stay held (the actions state lives in the session)
    // until keyboard.up releases them, as in the other launchers.
    return this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  }

  pointer(actions) {
    return this.driver.performActions([
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions },
    ]);
  }

  /**
   * Sizes the window so that the page's viewport (innerWidth x innerHeight) is the one asked.
   * Should the window refuse a size (a GTK theme that keeps a minimum width), the test gets the
   * nearest size, with one warning in the log.
   */
  async setViewportSize({ width, height }) {
    let rect = { width, height };
    let inner = [0, 0];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await this.driver.setWindowRect(null, null, rect.width, rect.height);
      inner = await this.driver.execute('return [window.innerWidth, window.innerHeight]');
      if (inner[0] === width && inner[1] === height) return;
      rect = {
        width: Math.max(1, rect.width + width - inner[0]),
        height: Math.max(1, rect.height + height - inner[1]),
      };
    }
    if (!this.warnedViewport) {
      this.warnedViewport = true;
      console.warn(
        `WebKit: asked for a ${width}x${height} viewport, got ${inner[0]}x${inner[1]} ` +
          '(MiniBrowser windows have a minimum width).',
      );
    }
  }

  emulateMedia(emulation) {
    return this.driver.executeAsync(
      `const done = arguments[arguments.length - 1];
       (${browserEmulateMedia})(arguments[0]).then(done, (error) => done(String(error)));`,
      emulation,
    );
  }
}

/** WebKitGTK MiniBrowser through WebKitWebDriver, one session, tests one file at a time. */
export class WebKitLauncher extends WebdriverLauncher {
  constructor({ driver, miniBrowser, xvfb }) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    this.paths = { driver, miniBrowser, xvfb };
    this.children = [];
    // One file at a time in one window: the WebDriver launcher runs tests in iframes otherwise,
    // where keyboard focus, viewport and pointer actions are not those of a real page.
    this.concurrency = 1;
    // The commands in @web/test-runner-commands dispatch on this type; getPage() gives them a
    // Playwright-shaped page implemented with WebDriver calls.
    this.type = 'playwright';
  }

  async initialize(config, testFiles) {
    // WebdriverLauncher picks its session manager from the global concurrency: ask for the
    // single-window one that supports actions.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    const env = { ...process.env };
    if (this.paths.xvfb) {
      const { child, display } = await startXvfb(this.paths.xvfb);
      this.children.push(child);
      env.DISPLAY = display;
    }
    this.gtkConfig = gtkConfigHome();
    env.XDG_CONFIG_HOME = this.gtkConfig;
    const port = await freePort();
    const driver = spawn(this.paths.driver, [`--port=${port}`], {
      env: { ...env, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
      stdio: 'ignore',
    });
    this.children.push(driver);
    process.once('exit', () => this.killChildren());
    await waitForDriver(port, driver);
    this.options.port = port;
  }

  getPage() {
    if (!this.driver) throw new Error('WebKit launcher: no WebDriver session yet');
    return (this.page ??= new WebDriverPage(this.driver));
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }

  killChildren() {
    for (const child of this.children.splice(0)) {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
    if (this.gtkConfig) rmSync(this.gtkConfig, { recursive: true, force: true });
    this.gtkConfig = undefined;
  }
}

export function webkitLauncher(paths) {
  return new WebKitLauncher(paths);
}
