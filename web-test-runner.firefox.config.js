/**
 * The same component tests in Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver
 * BiDi through the Chrome launcher's custom-puppeteer option. Tests defined with itInChromium
 * (test/helpers.ts) exist only in the Chromium pass: they need media-feature emulation or the
 * accessibility tree, which only the DevTools protocol offers the test runner, or synthesized touch.
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { ensureBrowser } from './scripts/ensure-browser.js';
import config from './web-test-runner.config.js';

export default {
  ...config,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: ensureBrowser('firefox'), headless: true },
    }),
  ],
};
