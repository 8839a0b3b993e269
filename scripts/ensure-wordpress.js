#!/usr/bin/env node
/**
 * Finds what the WordPress plugin's test needs on this machine: WordPress (Debian's `wordpress`
 * package, in /usr/share/wordpress), the PHP command line with its MySQL driver, and MariaDB's server.
 * With any missing, running as root on Debian or Ubuntu, it installs Debian's packages, as
 * scripts/ensure-browser.js does for browsers; otherwise it stops and prints the command to run.
 * Nothing is downloaded from anywhere but the system's package mirror.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { aptInstall, onPath } from './ensure-browser.js';

/** Debian's packages: WordPress 6.1 (Debian 12) and its default theme, PHP with mysqli, MariaDB, and phpcs for the lint. */
export const WORDPRESS_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'php-cli',
  'php-mysql',
  'mariadb-server',
  'php-codesniffer',
];

/** The folder of Debian's WordPress; WORDPRESS_PATH points at another unpacked WordPress. */
const wordpressDir = () => process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';

function phpHasMysqli(php) {
  try {
    return execFileSync(php, ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli');
  } catch {
    return false;
  }
}

/** What is found, or undefined when anything is missing. */
export function findWordPress() {
  const php = onPath('php');
  const mariadbd = onPath('mariadbd') ?? ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync);
  const installDb = onPath('mariadb-install-db') ?? onPath('mysql_install_db');
  const client = onPath('mariadb') ?? onPath('mysql');
  const wordpress = wordpressDir();
  if (!php || !phpHasMysqli(php) || !mariadbd || !installDb || !client) return undefined;
  if (
    !existsSync(`${wordpress}/wp-includes/version.php`) ||
    !existsSync(`${wordpress}/wp-content/themes/twentytwentythree`)
  )
    return undefined;
  return { php, mariadbd, installDb, client, wordpress, phpcs: onPath('phpcs') };
}

/** Returns the programs' paths, installing Debian's packages when that is possible and needed. */
export function ensureWordPress() {
  const found = findWordPress();
  if (found) return found;
  if (aptInstall(WORDPRESS_PACKAGES, 'WordPress, PHP or MariaDB is missing')) {
    const installed = findWordPress();
    if (installed) return installed;
  }
  console.error(
    `\nWordPress, PHP (with mysqli) and MariaDB are needed for the WordPress plugin's test.\n` +
      `Install them, for example:\n\n  sudo apt-get update && sudo apt-get install -y ${WORDPRESS_PACKAGES.join(' ')}\n\n` +
      `or point WORDPRESS_PATH at an unpacked WordPress.\n`,
  );
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(ensureWordPress(), null, 2));
}
