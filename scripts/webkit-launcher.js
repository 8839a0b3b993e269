/**
 * A web-test-runner launcher for WebKit: WebKitGTK's MiniBrowser on a virtual display (Xvfb), driven by
 * WebKitWebDriver through @web/test-runner-webdriver. MiniBrowser has no headless mode, so the launcher
 * starts its own Xvfb unless WEBKIT_DISPLAY names one, and its own driver on a free port; both stop
 * with the run.
 *
 * WebKitWebDriver speaks classic WebDriver only (no BiDi), and differs from the other drivers where the
 * tests notice:
 * - a `keys` action with several keys presses them all, then releases them all, so "zzz" types one z:
 *   this launcher sends each key down and up on its own;
 * - the window cannot be narrower than about 447 px, and its height includes MiniBrowser's toolbar:
 *   `setViewport` sizes the window so that the page gets the asked-for size, and refuses a narrower one
 *   (the `viewport` command of web-test-runner.config.js calls it; the standard `set-viewport` command
 *   supports puppeteer and Playwright only).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { onPath } from './ensure-browser.js';

/** The narrowest page MiniBrowser lays out: its window refuses to shrink further. */
export const WEBKIT_MIN_WIDTH = 447;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on the first free display and resolves with its name (":N"). */
function startDisplay(children) {
  // -displayfd makes Xvfb pick a free display and write its number to fd 3 once it accepts clients.
  const xvfb = spawn(onPath('Xvfb'), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  children.push(xvfb);
  return new Promise((resolve, reject) => {
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${errors}`)));
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
  });
}

/** Starts WebKitWebDriver on `port` and resolves once it answers. */
async function startDriver(port, display, children) {
  const driver = spawn(onPath('WebKitWebDriver'), [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  children.push(driver);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

export class WebKitLauncher extends WebdriverLauncher {
  #children = [];

  /** @param {{ binary: string, dark?: boolean }} options */
  constructor({ binary, dark = false }) {
    super({
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation', ...(dark ? ['--dark-mode'] : [])] },
      },
    });
    process.once('exit', () => this.#children.forEach((child) => child.kill()));
  }

  async initialize(config) {
    await super.initialize(config);
    const display = process.env.WEBKIT_DISPLAY ?? (await startDisplay(this.#children));
    this.options.port = await freePort();
    await startDriver(this.options.port, display, this.#children);
    this.name = 'WebKit (MiniBrowser)';
  }

  async stop() {
    await super.stop();
    for (const child of this.#children.splice(0)) child.kill();
  }

  /** Each key is pressed and released before the next, so repeated letters type repeatedly. */
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  /** Sizes the window so that the page (not the window) is `width` × `height` CSS pixels. */
  async setViewport({ width, height }) {
    if (width < WEBKIT_MIN_WIDTH) {
      throw new Error(`MiniBrowser cannot be narrower than ${WEBKIT_MIN_WIDTH} px; asked for ${width} px`);
    }
    const chrome = await this.driver.execute(() => window.outerHeight - window.innerHeight);
    await this.driver.setWindowSize(width, height + chrome);
  }

  /** Runs `fn(arg)` in the page under test. */
  evaluate(fn, arg) {
    return this.driver.execute(fn, arg);
  }
}
