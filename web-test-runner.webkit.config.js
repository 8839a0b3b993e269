/**
 * The component tests in WebKit, the engine of every iPhone browser: WebKitGTK's MiniBrowser on a
 * virtual display, driven through WebKitWebDriver (scripts/webkit-launcher.js).
 *
 * WebKit cannot emulate media features at run time, so the dark scheme is a launch flag: the default
 * pass runs every test in the light scheme; `WEBKIT_MEDIA=dark` launches MiniBrowser with
 * `--dark-mode` and runs only the element tests marked `[media: dark]` (itInScheme in test/helpers.ts).
 * MiniBrowser has no forced-colours mode. Tests defined with itInChromium (the accessibility tree,
 * synthesized touch) exist only in the Chromium pass.
 */
import { ensureBrowser } from './scripts/ensure-browser.js';
import { WebKitLauncher, webkitCommandsPlugin } from './scripts/webkit-launcher.js';
import config, { schemePass } from './web-test-runner.config.js';

const media = process.env.WEBKIT_MEDIA ?? 'light';
if (media !== 'light' && media !== 'dark') throw new Error(`WEBKIT_MEDIA must be dark, not "${media}"`);

const pass = { ...config, ...schemePass(media) };

export default {
  ...pass,
  // MiniBrowser paints in software on a virtual display and is driven over classic WebDriver: its axe
  // checks overran 10 s on a busy machine (load 24 on 2 cores), so it gets more time per test.
  testFramework: { config: { ...pass.testFramework.config, timeout: 30000 } },
  // The Chromium configuration's DevTools commands cannot reach a WebDriver browser.
  plugins: [webkitCommandsPlugin, ...config.plugins.filter((plugin) => plugin.name !== 'devtools-commands')],
  browsers: [new WebKitLauncher({ binary: ensureBrowser('webkit'), dark: media === 'dark' })],
};
