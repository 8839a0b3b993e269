/**
 * Component tests: the TypeScript sources in real browsers, one configuration for every pass. Without
 * `--group` it is the Chromium pass, on Lit's development build (`npx web-test-runner
 * test/elements/x.test.ts` runs one file); `--group <name>` runs one pass of PASSES below (Firefox,
 * WebKit, and WebKit started dark). Browsers are found by scripts/ensure-browser.js. The middleware serves
 * the built-in glossaries where the source expects them and offers a few misbehaving endpoints (held
 * until released, huge, wrong type) for the store's failure tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, ensureBrowser } from './scripts/ensure-browser.js';
import { countsReporter } from './scripts/test-counts.js';

/** Whether every media feature asked for already holds in the page `evaluate` runs in. */
const alreadyIn = (evaluate, features) =>
  evaluate((asked) => asked.every(({ name, value }) => matchMedia(`(${name}: ${value})`).matches), features);

/**
 * Commands of our own, answered for every engine (the standard set's `set-viewport` and media
 * emulation support puppeteer and Playwright only, and a plugin can add commands but not take over a
 * standard one): `tap`, a real touch through the DevTools protocol; `media`, any emulated media feature
 * (forced-colors among them); `viewport`, the page's size (viewport() in test/helpers.ts).
 */
const mediaSessions = new WeakMap();
const browserCommands = {
  name: 'browser-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap' && command !== 'media' && command !== 'viewport') return undefined;
    if (session.browser.type === 'webdriver') {
      // WebKit (scripts/webkit-launcher.js): no DevTools protocol, no touch.
      if (command === 'viewport') {
        await session.browser.setViewport(payload);
        return true;
      }
      if (command === 'media') {
        if (await alreadyIn((fn, arg) => session.browser.evaluate(fn, arg), payload.features)) return true;
        throw new Error('WebKit cannot emulate media features; run this test in the WebKit pass launched with them');
      }
      throw new Error('WebKit has no synthesized touch here: define this test with itInChromium');
    }
    const page = session.browser.getPage(session.id);
    if (command === 'viewport') {
      await page.setViewport(payload);
      return true;
    }
    if (command === 'tap') {
      await page.touchscreen.tap(payload.x, payload.y);
      return true;
    }
    if (page.browser().protocol === 'webDriverBiDi') {
      await firefoxMedia(page, payload.features);
      return true;
    }
    // The session stays attached: detaching one resets the emulation it set.
    let client = mediaSessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      mediaSessions.set(page, client);
    }
    await client.send('Emulation.setEmulatedMedia', { features: payload.features });
    return true;
  },
};

/**
 * Firefox preferences behind each media feature it is asked to emulate. WebDriver BiDi has no media
 * emulation in Firefox (puppeteer's emulateMediaFeatures needs the DevTools protocol, and Firefox answers
 * `emulation.setForcedColorsModeThemeOverride` with "unknown command"), but these preferences take effect
 * in open pages as soon as they change.
 */
const FIREFOX_MEDIA = {
  'prefers-color-scheme': (value) => ({
    'ui.systemUsesDarkTheme': value === 'dark' ? 1 : 0,
    'layout.css.prefers-color-scheme.content-override': value === 'dark' ? 0 : 1,
  }),
  'forced-colors': (value) => ({ 'browser.display.document_color_use': value === 'active' ? 2 : 0 }),
  'prefers-reduced-motion': (value) => ({ 'ui.prefersReducedMotion': value === 'reduce' ? 1 : 0 }),
};
const FIREFOX_MEDIA_PREFS = Object.values(FIREFOX_MEDIA).flatMap((prefs) => Object.keys(prefs('')));
/** The browser window's own (chrome) browsing context, where preferences can be set, per browser. */
const firefoxChrome = new WeakMap();

/**
 * Emulates media features in Firefox as Chromium's Emulation.setEmulatedMedia does (the features
 * given replace any set before; none clears them), by setting preferences from the browser window's
 * own scope (Firefox is launched with -remote-allow-system-access, which lets WebDriver BiDi evaluate
 * there). The tests run one page at a time, so a browser-wide preference is the page's. Resolves once
 * the page matches every feature asked for.
 */
async function firefoxMedia(page, features) {
  const browser = page.browser();
  let context = firefoxChrome.get(browser);
  if (!context) {
    const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    context = result.contexts[0].context;
    firefoxChrome.set(browser, context);
  }
  const prefs = {};
  for (const { name, value } of features) {
    if (!FIREFOX_MEDIA[name]) throw new Error(`Firefox here cannot emulate the media feature ${name}`);
    Object.assign(prefs, FIREFOX_MEDIA[name](value));
  }
  const { result } = await browser.connection.send('script.evaluate', {
    expression: `(() => {
      for (const name of ${JSON.stringify(FIREFOX_MEDIA_PREFS)}) Services.prefs.clearUserPref(name);
      for (const [name, value] of Object.entries(${JSON.stringify(prefs)})) Services.prefs.setIntPref(name, value);
    })()`,
    target: { context },
    awaitPromise: false,
  });
  if (result.type !== 'success') throw new Error(`Firefox refused the media preferences: ${JSON.stringify(result)}`);
  // The page restyles on its next frames; a handful is plenty, and the test fails with a reason if not.
  const evaluate = (fn, arg) => page.evaluate(fn, arg);
  for (let frame = 0; frame < 10; frame++) {
    if (await alreadyIn(evaluate, features)) return;
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  throw new Error(`Firefox did not take up ${JSON.stringify(features)}`);
}

const faultyEndpoints = async (context, next) => {
  const url = new URL(context.url, 'http://localhost');
  // The built-in glossary beside the script (src/ in tests): its index, hints, full document and entries.
  const builtin = /^\/src\/(glossary\.\w+(?:\.terms|\.sense)?\.json|glossary\.\w+\/[a-z0-9-]+\.json)$/.exec(
    url.pathname,
  );
  if (builtin) {
    context.url = `/generated/${builtin[1]}`;
    return next();
  }
  // A source held until the test releases it (heldSource() in test/helpers.ts): a loading state that
  // lasts as long as the test needs, with no fixed delay for a busy machine to outrun or overrun.
  if (url.pathname === '/faults/held.json') {
    await held(url.searchParams.get('key')).promise;
    context.type = 'application/json';
    context.body = '{"schema":1,"locale":"en","terms":[]}';
    return undefined;
  }
  if (url.pathname === '/faults/release') {
    held(url.searchParams.get('key')).release();
    context.type = 'application/json';
    context.body = '{"released":true}';
    return undefined;
  }
  if (url.pathname === '/faults/big.json') {
    context.type = 'application/json';
    context.body = `{"schema":1,"locale":"en","terms":[],"padding":"${'x'.repeat(Number(url.searchParams.get('bytes') ?? 100000))}"}`;
    return undefined;
  }
  if (url.pathname === '/faults/html.json') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>Sorry';
    return undefined;
  }
  if (url.pathname.startsWith('/faults/redirect/')) {
    // Answers with a redirect to `to`: a file a glossary names must never follow one off its origin.
    context.status = 302;
    context.set('Location', url.searchParams.get('to') ?? '/');
    return undefined;
  }
  if (url.pathname.startsWith('/faults/other-entry/')) {
    // A valid entry file that holds another entry than the one its name promises.
    context.type = 'application/json';
    context.body = JSON.stringify({
      schema: 1,
      locale: 'en',
      terms: [{ id: 'someone-else', title: 'Someone else', aliases: [], short: 'Not the entry asked for.' }],
    });
    return undefined;
  }
  if (url.pathname === '/faults/count') {
    // Counts requests per source so a test can prove one request serves many elements.
    context.type = 'application/json';
    context.body = JSON.stringify({ count: requestCounts.get(url.searchParams.get('key')) ?? 0 });
    return undefined;
  }
  if (url.pathname.startsWith('/faults/counted/')) {
    const key = url.pathname.slice('/faults/counted/'.length);
    requestCounts.set(key, (requestCounts.get(key) ?? 0) + 1);
    context.url = '/test/fixtures/glossary.small.json';
    return next();
  }
  return next();
};
const requestCounts = new Map();
/** Held requests by key: a release that comes first lets the request through when it arrives. */
const heldRequests = new Map();
function held(key) {
  let entry = heldRequests.get(key);
  if (!entry) {
    let release = () => {};
    const promise = new Promise((resolve) => (release = resolve));
    entry = { promise, release };
    heldRequests.set(key, entry);
  }
  return entry;
}

/**
 * The passes, one group each (`web-test-runner --group <name>`; scripts/test.js runs each as a stage
 * of the same key). Chromium (DevTools protocol) and Firefox (preferences set at run time, firefoxMedia
 * above) emulate every colour scheme, so their one pass each covers light, dark and forced colours.
 * WebKit cannot: MiniBrowser takes dark mode only as a start-up switch (`--dark-mode`), has no forced
 * colours, and classic WebDriver has no media command; so its dark scheme is a pass of its own that runs
 * only the element tests written for it (`[media: <scheme>]`, itInScheme in test/helpers.ts).
 * Tests defined with itInChromium (the accessibility tree, synthesized touch) exist only in Chromium.
 *
 * The Chromium pass runs on Lit's development build, which checks what the production build trusts (an
 * update scheduled after an update, class fields that shadow reactive properties, and the like) and
 * warns; a warning fails the test that caused it (usePageState() in test/helpers.ts). Running it as well
 * as a production pass in the same engine ran every test twice there for nothing a reader sees: Firefox
 * and WebKit run the production build, and the end-to-end tests run the built dist/ in Chromium.
 */
export const PASSES = [
  { name: 'chromium', engine: 'chromium', scheme: 'light', lit: 'development' },
  { name: 'firefox', engine: 'firefox', scheme: 'light' },
  { name: 'webkit', engine: 'webkit', scheme: 'light' },
  { name: 'webkit-dark', engine: 'webkit', scheme: 'dark' },
];

/**
 * The browser of one pass. Made only for the group that runs: looking for Firefox or WebKit (and
 * installing it when missing) must not happen for a Chromium run.
 */
async function browserOf({ engine, scheme }) {
  if (engine === 'chromium') return chromium;
  if (engine === 'firefox') {
    // Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi through the Chrome launcher's
    // custom-puppeteer option; system access lets the `media` command set preferences (firefoxMedia).
    const puppeteer = await import('puppeteer-core');
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: ensureBrowser('firefox'),
        headless: true,
        args: ['-remote-allow-system-access'],
      },
    });
  }
  // WebKit, the engine of every iPhone browser: WebKitGTK's MiniBrowser on a virtual display, driven
  // through WebKitWebDriver (scripts/webkit-launcher.js); `--dark-mode` starts it dark. MiniBrowser has
  // no forced-colours mode.
  const { WebKitLauncher } = await import('./scripts/webkit-launcher.js');
  return new WebKitLauncher({ binary: ensureBrowser('webkit'), dark: scheme === 'dark' });
}

/** The element test files that define tests for a scheme other than light. */
function schemeFiles() {
  // Only files that have such tests: mocha counts a file whose every test the grep filters out as failed.
  return readdirSync('test/elements')
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/elements/${name}`)
    .filter((file) => readFileSync(file, 'utf8').includes('itInScheme('));
}

/**
 * The test page of a pass on Lit's development build: Lit's "dev mode" notice is expected there and
 * silenced; every other Lit warning fails the test that caused it (usePageState() in test/helpers.ts).
 */
const litDevelopmentPage = (testFramework) => `<!doctype html>
<html>
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;

/** The group named on the command line (`--group name` or `--group=name`), if any. */
export function selectedGroup(argv = process.argv) {
  const at = argv.findIndex((arg) => arg === '--group' || arg.startsWith('--group='));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].slice('--group='.length) : argv[at + 1];
}

/** What one pass runs: its files, its browser, its page. */
async function groupOf(pass) {
  const group = { name: pass.name, browsers: [await browserOf(pass)] };
  if (pass.lit === 'development') group.testRunnerHtml = litDevelopmentPage;
  if (pass.scheme !== 'light') group.files = schemeFiles();
  return group;
}

const chromium = chromeLauncher({
  launchOptions: { executablePath: ensureBrowser(), headless: true, args: CHROME_ARGS },
});

const group = selectedGroup();
/** Whether a group was asked for: without one (or with web-test-runner's own `default`) it is Chromium. */
const grouped = group !== undefined && group !== 'default';
const pass = PASSES.find(({ name }) => name === (grouped ? group : 'chromium'));
if (!pass) {
  throw new Error(`No group named "${group}": the groups are ${PASSES.map(({ name }) => name).join(', ')}`);
}

/**
 * A port the system has just handed out. The gate runs passes side by side, and web-test-runner's own
 * search upward from 8000 let two passes that started together both take 8000 (EADDRINUSE).
 */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const config = {
  port: await freePort(),
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/content/**', '!test/cli/**', '!test/gate/**', '!test/soak/**'],
  // Module resolution belongs to the server, not to a group: the Chromium pass resolves Lit's
  // `development` export condition, the others `production`. So each pass runs as its own `--group`,
  // and a run without one is the Chromium pass.
  nodeResolve: { exportConditions: [pass.lit ?? 'production'] },
  ...(pass.lit === 'development' ? { testRunnerHtml: litDevelopmentPage } : {}),
  concurrency: 1,
  // forbidOnly: a committed `.only` fails the run instead of quietly running one test.
  testFramework: {
    config: {
      // The development build checks as it goes and runs slower (the hostile-data test opening 115
      // entries of every kind needs more than 10 s on a busy machine); MiniBrowser paints in software on
      // a virtual display and is driven over classic WebDriver: its axe checks overran 10 s at load 24.
      timeout: pass.lit || pass.engine === 'webkit' ? 30000 : 10000,
      forbidOnly: true,
      // A pass started in a scheme other than light runs only the tests marked for it.
      ...(pass.scheme !== 'light' ? { grep: `\\[media: ${pass.scheme}\\]` } : {}),
    },
  },
  // The counts scripts/test.js reads (passed, failed, skipped per test) come from this reporter, not
  // from the printed summary.
  reporters: [
    defaultReporter(),
    ...(process.env.TEST_COUNTS_FILE ? [countsReporter(process.env.TEST_COUNTS_FILE)] : []),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    browserCommands,
    a11ySnapshotPlugin(),
  ],
  middleware: [faultyEndpoints],
  browsers: [chromium],
  // Only the group asked for is built: each pass's browser is found (or installed) when it runs.
  groups: grouped ? [await groupOf(pass)] : [],
};
export default config;
