/**
 * Component tests: the TypeScript sources, in real headless Chromium (see scripts/ensure-browser.js).
 * The middleware serves the built-in glossaries where the source expects them and offers a few
 * misbehaving endpoints (held until released, huge, wrong type) for the store's failure tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, ensureBrowser } from './scripts/ensure-browser.js';
import { countsReporter } from './scripts/test-counts.js';

/**
 * Commands the standard set lacks in Chromium: `tap`, a real touch through the DevTools protocol,
 * and `media`, any emulated media feature (forced-colors among them).
 */
const mediaSessions = new WeakMap();
const devtoolsPlugin = {
  name: 'devtools-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap' && command !== 'media') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'tap') {
      await page.touchscreen.tap(payload.x, payload.y);
      return true;
    }
    if (page.browser().protocol === 'webDriverBiDi') {
      // Firefox over WebDriver BiDi cannot emulate media; its passes are launched in one scheme each
      // (web-test-runner.firefox.config.js), so a request is granted only when it is already so.
      const on = await page.evaluate(
        (features) => features.every(({ name, value }) => matchMedia(`(${name}: ${value})`).matches),
        payload.features,
      );
      if (on) return true;
      throw new Error('Firefox cannot emulate media features; run this test in the Firefox pass launched with them');
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
 * What a pass launched in one colour scheme runs (Firefox and WebKit cannot switch scheme at run
 * time): only the element tests written for that scheme, marked `[media: <scheme>]` by itInScheme in
 * test/helpers.ts. The light pass runs everything.
 */
export function schemePass(media) {
  if (media === 'light') return {};
  // Only files that have such tests: mocha counts a file whose every test the grep filters out as failed.
  const files = readdirSync('test/elements')
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/elements/${name}`)
    .filter((file) => readFileSync(file, 'utf8').includes('itInScheme('));
  return {
    files,
    testFramework: { config: { ...config.testFramework.config, grep: `\\[media: ${media}\\]` } },
  };
}

const config = {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/content/**', '!test/cli/**', '!test/gate/**', '!test/soak/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  // forbidOnly: a committed `.only` fails the run instead of quietly running one test (every
  // configuration spreads this one's mocha options).
  testFramework: { config: { timeout: 10000, forbidOnly: true } },
  // The counts scripts/test.js reads (passed, failed, skipped per test) come from this reporter, not
  // from the printed summary.
  reporters: [
    defaultReporter(),
    ...(process.env.TEST_COUNTS_FILE ? [countsReporter(process.env.TEST_COUNTS_FILE)] : []),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    devtoolsPlugin,
    a11ySnapshotPlugin(),
  ],
  middleware: [faultyEndpoints],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureBrowser(), headless: true, args: CHROME_ARGS },
    }),
  ],
};
export default config;
