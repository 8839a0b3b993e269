#!/usr/bin/env node
/**
 * Finds the browsers for the tests: Chrome or Chromium ($CHROME_PATH, then the usual install places),
 * Firefox ($FIREFOX_PATH, then the usual places) and WebKit ($WEBKIT_PATH, then WebKitGTK's MiniBrowser,
 * which needs WebKitWebDriver and Xvfb beside it). With none, running as root on Debian or Ubuntu,
 * it installs Debian's packages (chromium; firefox-esr; libwebkit2gtk-4.1-0, webkit2gtk-driver and
 * xvfb): npm packages cannot download browsers on locked-down machines. Otherwise it stops and prints
 * the exact command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

// MiniBrowser is not on PATH: it sits in WebKitGTK's library folder (Debian's libwebkit2gtk-4.1-0).
const WEBKIT_CANDIDATES = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf'].flatMap((arch) =>
  ['4.1', '4.0'].map((api) => `/usr/lib/${arch}/webkit2gtk-${api}/MiniBrowser`),
);
WEBKIT_CANDIDATES.push('/usr/libexec/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.0/MiniBrowser');

const BROWSERS = {
  chrome: { name: 'Chrome or Chromium', env: 'CHROME_PATH', candidates: CHROME_CANDIDATES, debian: ['chromium'] },
  firefox: { name: 'Firefox', env: 'FIREFOX_PATH', candidates: FIREFOX_CANDIDATES, debian: ['firefox-esr'] },
  // WebKit has no headless mode and no puppeteer: MiniBrowser runs on a virtual display (Xvfb) and is
  // driven through WebKitWebDriver (scripts/webkit-launcher.js), so all three must be present.
  webkit: {
    name: 'WebKit (MiniBrowser, WebKitWebDriver and Xvfb)',
    env: 'WEBKIT_PATH',
    candidates: WEBKIT_CANDIDATES,
    requires: ['WebKitWebDriver', 'Xvfb'],
    debian: ['libwebkit2gtk-4.1-0', 'webkit2gtk-driver', 'xvfb'],
  },
};

/** Flags for a quiet, offline-friendly headless run (no sync, updates or background requests). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of a program found on PATH, or undefined. */
export function onPath(program) {
  return (process.env.PATH ?? '')
    .split(':')
    .map((folder) => `${folder}/${program}`)
    .find(executable);
}

/** The path of `kind` ('chrome', 'firefox' or 'webkit'), or undefined. */
export function findBrowser(kind = 'chrome') {
  const { env, candidates, requires = [] } = BROWSERS[kind];
  if (!requires.every(onPath)) return undefined;
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    console.warn(`${env} is set to ${fromEnv}, which is not an executable file; looking elsewhere.`);
  }
  return candidates.find(executable);
}

/**
 * Installs Debian packages with apt-get when this process runs as root on Debian or Ubuntu; returns
 * whether the install ran and succeeded (false, with nothing done, anywhere else). `reason` says why,
 * before apt-get's own output.
 */
export function aptInstall(packages, reason) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`${reason}: installing Debian's ${packages.join(', ')} (a minute or two)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0;
}

/** Returns a browser path, installing Debian's package when that is possible and needed. */
export function ensureBrowser(kind = 'chrome') {
  const { name, env: variable, debian } = BROWSERS[kind];
  const found = findBrowser(kind);
  if (found) return found;
  if (aptInstall(debian, `No ${name} found`)) {
    const installed = findBrowser(kind);
    if (installed) return installed;
  }
  console.error(
    `\nNo ${name} was found for the browser tests.\n` +
      `Install one, for example:\n\n  sudo apt-get update && sudo apt-get install -y ${debian.join(' ')}\n\n` +
      `or point ${variable} at an existing ${name} executable.\n`,
  );
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kind = process.argv[2] in BROWSERS ? process.argv[2] : 'chrome';
  const path = ensureBrowser(kind);
  // MiniBrowser cannot start without a display, even for --version.
  const version = kind === 'webkit' ? '' : ` (${execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()})`;
  console.log(`${path}${version}`);
}
