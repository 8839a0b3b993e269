/**
 * Word-sense hints kept apart from a term index (`glossary.<locale>.sense.json`). Only the auto-linker
 * reads them, so pages of hand-marked terms never download them; see docs/autolink.md.
 */
import { warnOnce } from '../warn.js';
import type { validateSenseFile } from './schema.js';
import type { GlossarySenseFile, GlossaryTerm, SenseFileResult } from './types.js';
import { fetchText, GlossaryLoadError, type GlossaryStore } from './store.js';

const loads = new WeakMap<GlossaryStore, Promise<readonly GlossaryTerm[]>>();

/**
 * The terms of a ready store as the auto-linker matches them, each with its word-sense hints. A term
 * index that names a hints file (`sense`) gets them from that file, fetched once per store; any other
 * document carries them on its entries already, and is returned as it is.
 *
 * Without its hints the auto-linker cannot tell which names are ordinary words too ("withdrawal",
 * "recovery", "MAT"), so a hints file that cannot be read (network, 404, not JSON, another origin, the
 * wrong shape) links nothing from that glossary, with one warning: a missing link costs less than a
 * wrong definition. An entry whose own hints are refused is left out; the others link as usual.
 */
export function termsWithSense(store: GlossaryStore): Promise<readonly GlossaryTerm[]> {
  let terms = loads.get(store);
  if (!terms) {
    terms = load(store);
    loads.set(store, terms);
  }
  return terms;
}

async function load(store: GlossaryStore): Promise<readonly GlossaryTerm[]> {
  const name = store.document?.sense;
  if (!name) return store.terms;
  const { url, label } = store.named(name, 'sense');
  // The built-in index's own hints were checked against its entries by the build that made both (see
  // GlossarySourceRef.builtin); hints named by any other index go through the validator.
  const { builtin } = store.source;
  try {
    const [text, validate] = await Promise.all([
      fetchText(url, true, store.source.limits),
      builtin ? builtinSense : senseValidator(),
    ]);
    const { sense, refused, problems } = validate(JSON.parse(text), store.terms);
    if (problems.length > 0) {
      const list = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
      warnOnce(
        `sense-problems:${url}`,
        `Word-sense hints ${label}: left out ${problems.length} item(s), not auto-linked: ${list}`,
      );
    }
    return store.terms
      .filter((term) => !refused.has(term.id))
      .map((term) => {
        const hints = sense.get(term.id);
        return hints ? { ...term, sense: hints } : term;
      });
  } catch (error) {
    warnOnce(
      `sense-failed:${url}`,
      `Could not load the word-sense hints from ${label}: ${(error as Error).message}. Nothing is auto-linked from ${store.source.label}.`,
    );
    return [];
  }
}

/** The validator of hints files, named in the import as in the store (see `glossaryValidator` there). */
async function senseValidator(): Promise<typeof validateSenseFile> {
  const { validateSenseFile } = await import('./schema.js');
  return validateSenseFile;
}

/**
 * The built-in hints file as the build wrote it (empty lists left out), read without the validator:
 * only its shape is checked, so that something else served in its place is reported like any file
 * that cannot be read.
 */
function builtinSense(data: unknown): SenseFileResult {
  const file = data as GlossarySenseFile | null;
  if (file?.schema !== 1 || typeof file.terms !== 'object') {
    throw new GlossaryLoadError('it is not a schema-1 hints file');
  }
  const sense = new Map(
    Object.entries(file.terms).map(([id, hints]) => [
      id,
      { ambiguous: [], cues: [], against: [], otherSenses: [], ...hints },
    ]),
  );
  return { sense, refused: new Set(), problems: [] };
}
