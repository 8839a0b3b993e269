/**
 * The component tests in Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi
 * through the Chrome launcher's custom-puppeteer option.
 *
 * Firefox cannot emulate media features at run time, so colour schemes are preferences set at launch:
 * the default pass runs every test in the light scheme; `FIREFOX_MEDIA=dark` and
 * `FIREFOX_MEDIA="forced colors"` launch Firefox in that scheme and run only the element tests marked
 * `[media: dark]` or `[media: forced colors]` (itInScheme in test/helpers.ts). Tests defined with
 * itInChromium (the accessibility tree, synthesized touch) exist only in the Chromium pass.
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { ensureBrowser } from './scripts/ensure-browser.js';
import config, { schemePass } from './web-test-runner.config.js';

const PREFERENCES = {
  light: {},
  dark: { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 },
  'forced colors': { 'browser.display.document_color_use': 2 },
};
const media = process.env.FIREFOX_MEDIA ?? 'light';
if (!(media in PREFERENCES)) throw new Error(`FIREFOX_MEDIA must be dark or "forced colors", not "${media}"`);

export default {
  ...config,
  ...schemePass(media),
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: ensureBrowser('firefox'),
        headless: true,
        extraPrefsFirefox: PREFERENCES[media],
      },
    }),
  ],
};
