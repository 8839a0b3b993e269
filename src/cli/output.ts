/**
 * The folder `build-glossary` writes into. Every path is resolved inside it without following links:
 * a symbolic link already in the folder (`en` → somewhere else) would otherwise carry pages out of it,
 * so a planned path that runs through a link is refused before anything is written. The folder itself
 * may be a link; it is resolved once, as the partner named it.
 *
 * With a manifest (`--site`), it remembers the files it wrote; the next build removes those it no
 * longer writes (the page of a withdrawn entry) and never touches a file it did not write.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, posix, sep } from 'node:path';

/** The manifest's name inside the output folder. */
export const MANIFEST = '.build-glossary-manifest.json';

/** A path the folder refuses to write; the CLI prints the message as it is. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** `en/naloxone/index.html`: relative, `/`-separated, no `.`, `..` or empty segment. */
function isInside(path: string): boolean {
  const parts = path.split('/');
  return !path.startsWith('/') && !path.includes('\\') && parts.every((part) => part && part !== '.' && part !== '..');
}

export class OutputFolder {
  /** The folder's real path. */
  readonly root: string;
  private readonly written = new Set<string>();
  private readonly checked = new Set<string>();

  constructor(folder: string) {
    mkdirSync(folder, { recursive: true });
    this.root = realpathSync(folder);
  }

  /** A path relative to the folder, `/`-separated and normalized; a path that leaves it is refused. */
  relative(path: string): string {
    const inside = posix.normalize(path.split(sep).join('/'));
    if (!isInside(inside)) throw new OutputError(`${path}: not a path inside the output folder ${this.root}`);
    return inside;
  }

  /** What is at `path` (relative), read without following a link; undefined when nothing is. */
  private kind(path: string): 'link' | 'folder' | 'file' | 'other' | undefined {
    try {
      const stat = lstatSync(join(this.root, path));
      if (stat.isSymbolicLink()) return 'link';
      return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
    } catch {
      return undefined;
    }
  }

  /** The first folder or file on the way to `path` that is a link (or not what the path needs). */
  private obstacle(path: string): string | undefined {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const last = i === parts.length;
      if (!last && this.checked.has(prefix)) continue;
      const kind = this.kind(prefix);
      if (kind === undefined) return undefined;
      if (kind === 'link' || kind === 'other' || (!last && kind === 'file') || (last && kind === 'folder'))
        return prefix;
      if (!last) this.checked.add(prefix);
    }
    return undefined;
  }

  /**
   * Refuses, before anything is written, paths that would run through a link or into something that
   * is not a plain folder or file: one error naming every such place.
   */
  check(paths: Iterable<string>): void {
    const found = new Set<string>();
    for (const path of paths) {
      const obstacle = this.obstacle(this.relative(path));
      if (obstacle) found.add(obstacle);
    }
    if (found.size === 0) return;
    const list = [...found].map((path) => join(this.root, path)).join(', ');
    throw new OutputError(
      `${list}: ${found.size === 1 ? 'is a symbolic link or not a plain file or folder' : 'are symbolic links or not plain files or folders'}; build-glossary writes only plain files and folders inside its output folder, so it would land outside it. Remove ${found.size === 1 ? 'it' : 'them'}, or write to another folder.`,
    );
  }

  /** Writes one file (its path relative to the folder), creating its folders. */
  write(path: string, data: string | Uint8Array): void {
    const inside = this.relative(path);
    this.check([inside]);
    const parts = inside.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (this.checked.has(prefix)) continue;
      if (this.kind(prefix) === undefined) mkdirSync(join(this.root, prefix));
      this.checked.add(prefix);
    }
    writeFileSync(join(this.root, inside), data);
    this.written.add(inside);
  }

  /** Copies a folder's files (read as they are, links left out) to `to` under this folder. */
  copyFolder(from: string, to: string): void {
    for (const path of filesUnder(from)) this.write(`${to}/${path}`, readFileSync(join(from, path)));
  }

  /** The files under `from` that {@link copyFolder} would write, relative and `/`-separated. */
  static filesUnder(from: string): string[] {
    return filesUnder(from);
  }

  /** The files written by the last build that kept a manifest here (entries that leave the folder dropped). */
  previous(): string[] {
    if (this.kind(MANIFEST) !== 'file') return [];
    try {
      const data = JSON.parse(readFileSync(join(this.root, MANIFEST), 'utf8')) as { files?: unknown };
      return Array.isArray(data.files)
        ? data.files.filter((file): file is string => typeof file === 'string' && isInside(file))
        : [];
    } catch {
      return [];
    }
  }

  /**
   * Writes the manifest of this build's files and removes what the last build wrote and this one did
   * not (then any folder that leaves empty). Only plain files reached without a link are removed.
   * Returns the removed paths.
   */
  finish(): string[] {
    const removed: string[] = [];
    for (const path of this.previous()) {
      if (this.written.has(path) || path === MANIFEST) continue;
      if (this.obstacle(path) !== undefined || this.kind(path) !== 'file') continue;
      unlinkSync(join(this.root, path));
      removed.push(path);
      const parts = path.split('/');
      for (let i = parts.length - 1; i > 0; i--) {
        try {
          rmdirSync(join(this.root, ...parts.slice(0, i)));
        } catch {
          break; // not empty: a file of this build, or of the partner's
        }
      }
    }
    const files = [...this.written].sort();
    this.write(MANIFEST, `${JSON.stringify({ generator: 'build-glossary', files }, null, 1)}\n`);
    return removed;
  }
}

function filesUnder(from: string, prefix = ''): string[] {
  return readdirSync(join(from, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(from, path);
      return entry.isFile() ? [path] : [];
    });
}
