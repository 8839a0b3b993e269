/**
 * The `build-glossary` command: reads its arguments (Node's util.parseArgs), checks every option and
 * address before reading a file, builds each locale folder (build-content.ts) reporting every problem
 * of every folder at once, then writes the glossary JSON (`--out`) and/or the site (`--site`,
 * build-site.ts). `npm run build:content` and `npm run build:site` run the same command.
 *
 * Exit status: 0 built; 1 the content has problems (one line each, `file: field: message`) or a file
 * could not be written; 2 the command itself is wrong (one line saying how to fix it).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import type { GlossaryDocument } from '../data/types.js';
import { glossaryDocumentName } from '../data/layout.js';
import { safeUrl } from '../text/urls.js';
import {
  buildLocale,
  ContentBuildError,
  DEFAULT_NAMES,
  glossaryFiles,
  localeFolders,
  oversizedFiles,
  readName,
  termSetForSearchEngines,
  unreadableFiles,
  writeGlossary,
  type ContentError,
} from './build-content.js';
import { assetsFolder, buildSite, DEFAULT_BASE_URL, SITE_LOCALES, siteLocale } from './build-site.js';
import { checkLedgerDates } from './ledger.js';
import { OutputError, OutputFolder } from './output.js';

export const USAGE = `Usage: build-glossary <folder> --out <path> | --site <folder> [options]

Compiles a glossary written in Markdown into the JSON the widgets read, and/or a pre-rendered site.
<folder> holds <id>.md entries (its name is their locale: en, es, …), or locale folders that do.

Output (at least one):
  -o, --out <path>          glossary.<locale>.json with its term index, hints file and entry files,
                            in this folder; a path ending in .json names the file (one locale only)
  -s, --site <folder>       the pre-rendered site: a page per entry, A–Z pages, sitemap, script, data;
                            pages of entries withdrawn since the last build are removed (see its
                            .build-glossary-manifest.json), files it did not write are never touched

Content:
      --locale <code>       the locale of a single folder of entries (default: the folder's name)
      --name <text>         the glossary's name, on every page and in the data
                            (default: name in the folder's _glossary.md, else "${DEFAULT_NAMES['en']}")
      --jsonld <file>       also write a schema.org DefinedTermSet
      --term-url <url>      each term's address in --jsonld, {id} for its id:
                            https://example.org/glossary/{id} or /glossary/{id}

Site (with --site):
      --base-url <url>      the site's address, which starts every absolute URL
                            (default: GLOSSARY_SITE_URL, else ${DEFAULT_BASE_URL} with a warning)
      --app-url <url>       adds the "Get Twelva" link, {id} for the entry's id (default: GLOSSARY_APP_URL)
      --region <code>       the crisis footer's country in the pages (default: US)
      --independence-note   keep the crisis footer's note that Twelva is independent (Twelva's own site)

  -q, --quiet               no progress lines and no warnings, only errors
  -h, --help                this help
      --version             the version

Addresses must be http or https, without a user name or password.
Exit status: 0 built; 1 problems in the content, each as "file: field: message"; 2 a wrong command.`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  site: { type: 'string', short: 's' },
  locale: { type: 'string' },
  name: { type: 'string' },
  jsonld: { type: 'string' },
  'term-url': { type: 'string' },
  'base-url': { type: 'string' },
  'app-url': { type: 'string' },
  region: { type: 'string' },
  'independence-note': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** A wrong command: printed on one line with its fix, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Where the command writes; tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

const HELP_HINT = 'See build-glossary --help.';

/**
 * An address the command writes into pages or data, checked like every link in the content (the same
 * `safeUrl`) and held to http(s); a user name or password is refused, since it would be copied into
 * every page. `{id}` stands for an entry id. With `rootRelative`, `/glossary/{id}` is accepted too.
 */
export function checkedAddress(value: string, label: string, rootRelative = false): string {
  const text = value.trim();
  const sample = text.replaceAll('{id}', 'id');
  const local = rootRelative && text.startsWith('/') && !text.startsWith('//');
  const href = safeUrl(sample, local ? 'https://example.invalid/' : undefined);
  const url = href === undefined ? undefined : new URL(href);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(
      `${label} must be an http or https address${rootRelative ? ' (or a path from /)' : ''}, such as https://example.org/glossary/; got ${JSON.stringify(text.slice(0, 80))}.`,
    );
  }
  if (url.username || url.password) {
    throw new UsageError(
      `${label} holds a user name or password, which would be copied into every page and file: give the address without "user:password@".`,
    );
  }
  return text;
}

/**
 * Progress for long runs, on stderr: nothing in the first second (short runs stay quiet), then at most
 * a line a second. Nothing at all when stderr is not a terminal (a log, a CI job) or with --quiet.
 */
export function progressReporter(
  stream: Io['stderr'],
  enabled: boolean,
  now: () => number = Date.now,
): (message: string) => void {
  if (!enabled || !stream.isTTY) return () => {};
  let last = now();
  return (message) => {
    const time = now();
    if (time - last < 1000) return;
    last = time;
    stream.write(`build-glossary: ${message}\n`);
  };
}

interface Folder {
  folder: string;
  locale: string;
}

type Values = ReturnType<typeof readArgs>['values'];

/** Edit distance, for "did you mean": small words only, so the table stays tiny. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The candidate nearest `word` (at most two edits, and less than half of it), as " Did you mean …?". */
export function didYouMean(word: string, candidates: readonly string[]): string {
  if (word.length > 64) return '';
  const near = candidates
    .map((candidate) => ({ candidate, edits: distance(word, candidate) }))
    .filter(({ edits }) => edits <= Math.min(2, Math.floor(word.length / 2)))
    .sort((a, b) => a.edits - b.edits)[0];
  return near ? ` Did you mean ${near.candidate}?` : '';
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // util.parseArgs says what is wrong ("Unknown option '--outt'"); the fix is the nearest option, or the help.
    const message = (error as Error).message.split('\n')[0]?.replace(/\.? *To specify a positional.*$/, '') ?? '';
    const unknown = /^Unknown option '(--[^']+)'/.exec(message)?.[1];
    const hint = unknown
      ? didYouMean(
          unknown,
          Object.keys(OPTIONS).map((name) => `--${name}`),
        )
      : '';
    throw new UsageError(`${message.replace(/\.$/, '')}.${hint} ${HELP_HINT}`);
  }
}

/** The folders beside `path` (for "did you mean"), none when its parent cannot be read. */
function siblings(path: string): string[] {
  try {
    return readdirSync(dirname(path), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** The one folder named, as locale folders: a one-line usage error for a missing or wrong path. */
function foldersOf(input: string | undefined, values: Values, io: Io): Folder[] {
  if (!input)
    throw new UsageError(
      `give the folder of your Markdown entries: build-glossary <folder> --out <path>. ${HELP_HINT}`,
    );
  let isFolder: boolean;
  try {
    isFolder = statSync(resolve(io.cwd, input)).isDirectory();
  } catch {
    throw new UsageError(
      `no folder "${input}" (from ${io.cwd}).${didYouMean(basename(input), siblings(resolve(io.cwd, input)))} Give the folder that holds your .md entries, or the one that holds your locale folders (en/, es/…).`,
    );
  }
  if (!isFolder) throw new UsageError(`"${input}" is a file: give the folder that holds it.`);
  const folders = localeFolders(resolve(io.cwd, input), values.locale).map((found) => ({
    folder: relative(io.cwd, found.folder) || '.',
    locale: found.locale,
  }));
  if (folders.length === 0) {
    throw new UsageError(
      `"${input}" has no .md entries, and no folder of them (en/, es/…): give the folder that does.`,
    );
  }
  if (values.locale !== undefined && folders.length > 1) {
    throw new UsageError(
      `--locale is for one folder of entries, and "${input}" holds ${folders.length} (${folders.map((f) => basename(f.folder)).join(', ')}), each named by its locale: leave --locale out.`,
    );
  }
  return folders;
}

/** Every option checked before any file is read: a wrong command fails at once, whole. */
function checkOptions(values: Values, folders: Folder[], io: Io) {
  const site = values.site;
  if (values.out === undefined && site === undefined) {
    throw new UsageError(
      `say where to write: --out <folder or file.json> for the glossary JSON, --site <folder> for the site. ${HELP_HINT}`,
    );
  }
  if (values.out?.endsWith('.json') && folders.length > 1) {
    throw new UsageError(
      `--out names one file, and there are ${folders.length} locales (${folders.map((f) => f.locale).join(', ')}): give a folder, and each becomes glossary.<locale>.json.`,
    );
  }
  if (values['term-url'] !== undefined && values.jsonld === undefined) {
    throw new UsageError(
      '--term-url sets the addresses in the --jsonld file: give --jsonld too, or leave --term-url out.',
    );
  }
  for (const option of ['base-url', 'app-url', 'region', 'independence-note'] as const) {
    if (values[option] !== undefined && site === undefined) {
      throw new UsageError(`--${option} is for the site: give --site <folder> too, or leave --${option} out.`);
    }
  }
  if (values.region !== undefined && !/^[A-Za-z]{2}$/.test(values.region)) {
    throw new UsageError(
      `--region takes a two-letter country code such as US, CA or GB; got ${JSON.stringify(values.region)}.`,
    );
  }
  if (values.name !== undefined && !values.name.trim()) throw new UsageError("--name needs the glossary's name.");
  if (site !== undefined) {
    const refused = folders.filter((folder) => !siteLocale(folder.locale));
    if (refused.length > 0) {
      throw new UsageError(
        `the site has pages in ${SITE_LOCALES.join(' and ')} only, and ${refused.map((f) => `${f.folder} is "${f.locale}"`).join(', ')}: build ${refused.length === 1 ? 'it' : 'them'} with --out (the widgets read a glossary in any language), or leave ${refused.length === 1 ? 'it' : 'them'} out of --site.`,
      );
    }
    const taken = new Map<string, string>();
    for (const { folder, locale } of folders) {
      const pages = siteLocale(locale) ?? locale;
      const other = taken.get(pages);
      if (other)
        throw new UsageError(`${other} and ${folder} would both make the "${pages}" pages: build them one at a time.`);
      taken.set(pages, folder);
    }
  }
  const fromEnv = (option: 'base-url' | 'app-url', variable: string) =>
    values[option] !== undefined
      ? { value: values[option], label: `--${option}` }
      : site !== undefined && io.env[variable]
        ? { value: io.env[variable], label: `${variable} (environment)` }
        : undefined;
  const base = fromEnv('base-url', 'GLOSSARY_SITE_URL');
  const app = fromEnv('app-url', 'GLOSSARY_APP_URL');
  return {
    baseUrl: base && checkedAddress(base.value, base.label),
    appUrl: app && checkedAddress(app.value, app.label),
    termUrl: values['term-url'] === undefined ? undefined : checkedAddress(values['term-url'], '--term-url', true),
  };
}

/** Writes `--out`: one folder's files, refused whole when a path runs through a link. */
function writeOut(out: string, documents: GlossaryDocument[], io: Io): string[] {
  const single = out.endsWith('.json');
  const folder = new OutputFolder(resolve(io.cwd, single ? dirname(out) : out));
  const targets = documents.map((document) => (single ? basename(out) : glossaryDocumentName(document.locale)));
  folder.check(documents.flatMap((document, i) => [...glossaryFiles(targets[i] ?? '', document).keys()]));
  documents.forEach((document, i) =>
    writeGlossary(targets[i] ?? '', document, (path, text) => folder.write(path, text)),
  );
  return targets.map((target) => join(single ? dirname(out) : out, target));
}

/** Runs the command; returns its exit status. */
export async function run(argv: string[], io: Io): Promise<number> {
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const fail = (text: string) => io.stderr.write(`build-glossary: ${text}\n`);
  try {
    const { values, positionals } = readArgs(argv);
    if (values.help) {
      say(USAGE);
      return 0;
    }
    if (values.version) {
      say(pkg.version);
      return 0;
    }
    if (positionals.length > 1) {
      throw new UsageError(`one folder at a time; got ${positionals.map((p) => `"${p}"`).join(', ')}. ${HELP_HINT}`);
    }
    const folders = foldersOf(positionals[0], values, io);
    const { baseUrl, appUrl, termUrl } = checkOptions(values, folders, io);
    const quiet = values.quiet ?? false;
    const warn = (text: string) => {
      if (!quiet) io.stderr.write(`build-glossary: warning: ${text}\n`);
    };
    const progress = progressReporter(io.stderr, !quiet);

    // Every folder's problems, then the sizes of what would be written, reported together.
    const errors: ContentError[] = [];
    const documents: GlossaryDocument[] = [];
    for (const { folder, locale } of folders) {
      progress(`reading ${folder}`);
      try {
        const built = buildLocale(resolve(io.cwd, folder), locale);
        documents.push(values.name === undefined ? built : { ...built, name: values.name.trim() });
        if (values.name === undefined && readName(resolve(io.cwd, folder)) === undefined) {
          warn(
            `${folder}: the glossary has no name, so it is called "${documents.at(-1)?.name}": give it one with name: in ${join(folder, '_glossary.md')}, or --name.`,
          );
        }
      } catch (error) {
        if (!(error instanceof ContentBuildError)) throw error;
        errors.push(...error.errors);
      }
    }
    for (const document of documents) {
      const files = glossaryFiles(glossaryDocumentName(document.locale), document);
      errors.push(...oversizedFiles(files), ...unreadableFiles(files));
    }
    // Claims that expire (`until` in a ledger): a warning within 45 days, an error after. The ledger sits
    // in the content root, or beside the locale folder given; a partner folder without one passes.
    const input = resolve(io.cwd, positionals[0] ?? '.');
    const dates = checkLedgerDates(existsSync(join(input, 'ledger')) ? input : join(input, '..'));
    for (const problem of dates.warnings)
      warn(`${relative(io.cwd, problem.file) || problem.file}: ${problem.field}: ${problem.message}`);
    errors.push(...dates.errors);
    if (errors.length > 0) {
      for (const error of errors) {
        io.stderr.write(`${relative(io.cwd, error.file) || error.file}: ${error.field}: ${error.message}\n`);
      }
      fail(`${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was written.`);
      return 1;
    }

    if (values.out !== undefined) {
      const written = writeOut(values.out, documents, io);
      documents.forEach((document, i) =>
        say(`${folders[i]?.folder}: ${document.terms.length} entries → ${written[i]}`),
      );
    }
    if (values.jsonld !== undefined) {
      const jsonld = values.jsonld;
      for (const document of documents) {
        const file = documents.length > 1 ? jsonld.replace(/(\.json(ld)?)?$/, `.${document.locale}$1`) : jsonld;
        const set = termSetForSearchEngines(document, termUrl);
        new OutputFolder(resolve(io.cwd, dirname(file))).write(basename(file), `${JSON.stringify(set, null, 2)}\n`);
        say(`  schema.org DefinedTermSet → ${file}`);
      }
    }
    if (values.site !== undefined) {
      if (!baseUrl)
        warn(`no --base-url (or GLOSSARY_SITE_URL): absolute URLs use ${DEFAULT_BASE_URL}, fine for a preview only.`);
      const report = await buildSite({
        documents,
        out: resolve(io.cwd, values.site),
        baseUrl: baseUrl ?? DEFAULT_BASE_URL,
        appUrl,
        region: values.region?.toUpperCase(),
        independenceNote: values['independence-note'] ?? false,
        assets: assetsFolder(),
        progress,
      });
      say(
        `site: ${report.pages} pages, ${(report.bytes / 1024).toFixed(0)} KiB of HTML (largest ${report.largest.path}, ${(report.largest.bytes / 1024).toFixed(0)} KiB) → ${values.site}`,
      );
      if (report.removed.length > 0) {
        say(
          `site: removed ${report.removed.length} file(s) an earlier build wrote and this one did not: ${report.removed.join(', ')}`,
        );
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.message);
      return 2;
    }
    // A file that cannot be written, or a fault: its message, not a stack trace.
    fail(error instanceof OutputError ? error.message : ((error as Error).message ?? String(error)));
    return 1;
  }
}
