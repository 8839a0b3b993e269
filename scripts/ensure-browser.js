#!/usr/bin/env node
/**
 * Finds a Chrome or Chromium for the tests: $CHROME_PATH, then the usual install places. With none,
 * running as root on Debian or Ubuntu, it installs Debian's chromium (npm packages cannot download
 * browsers on locked-down machines); otherwise it stops and prints the exact command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const CANDIDATES = [
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

/** The browser to use, or undefined. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH is set to ${fromEnv}, which is not an executable file; looking elsewhere.`);
  }
  return CANDIDATES.find(executable);
}

const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

/** Returns a browser path, installing Debian's chromium when that is possible and needed. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chrome or Chromium found: installing Debian's chromium (about a minute)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = findBrowser();
    if (install && install.status === 0 && installed) return installed;
  }
  console.error(
    `\nNo Chrome or Chromium was found for the browser tests.\n` +
      `Install one, for example:\n\n  ${INSTALL}\n\n` +
      `or point CHROME_PATH at an existing Chrome or Chromium executable.\n`,
  );
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = ensureBrowser();
  console.log(`${path} (${execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()})`);
}
