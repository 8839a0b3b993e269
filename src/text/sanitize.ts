/**
 * The one place where strings from a glossary become markup. `sanitizeHtml` turns glossary HTML into a
 * DOM fragment through DOMPurify with a strict allowlist; this module and DOMPurify load the first time
 * HTML has to be shown, so pages with only terms never download them. Links are checked by urls.ts.
 */
import type { Config, DOMPurify } from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { safeUrl } from './urls.js';

/**
 * What glossary HTML may contain: text structure, emphasis, lists, simple tables, links, and the
 * `<aside role="note">` a shared safety caveat is built into (see {@link addNoteRule}).
 */
const ALLOWED_TAGS = [
  'aside',
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'code',
  'abbr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
];
/**
 * No id, name, class or style: nothing that can clobber the DOM or restyle the page. `role` survives
 * only as `role="note"` on an `<aside>` (see {@link addNoteRule}).
 */
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir', 'scope', 'colspan', 'rowspan', 'role'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

let purifier: Promise<DOMPurify> | undefined;

/**
 * Adds the link rule to a DOMPurify instance: every link that survives is checked once more with the
 * same rule as every other URL, and leaves the page without telling the destination where the reader
 * came from. Used for the browser's instance and for the server's (DOMPurify over jsdom).
 */
export function addLinkRule(purify: DOMPurify): DOMPurify {
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = safeUrl(node.getAttribute('href'));
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('href');
    }
  });
  return purify;
}

/**
 * Adds the note rule: the one role glossary HTML may carry is `note`, on an `<aside>`, which is how
 * the content build marks a shared safety caveat for assistive technology. Any other role, or a role
 * on any other element, is removed: a role can make text pose as a button, an alert or a dialog.
 */
export function addNoteRule(purify: DOMPurify): DOMPurify {
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'role' && !(node.nodeName === 'ASIDE' && data.attrValue === 'note')) data.keepAttr = false;
  });
  return purify;
}

/**
 * Our own DOMPurify instance, made from the library's factory rather than its shared default: under the
 * npm build an app that uses DOMPurify itself imports the same module, and our link rule and allowlist
 * must not change its sanitizer. The allowlist is set once: passed to every call, DOMPurify would parse
 * it again for each of the dozens of fragments a card sanitizes.
 */
function loadPurifier(): Promise<DOMPurify> {
  purifier ??= import('dompurify').then(({ default: createPurifier }) => {
    const purify = addNoteRule(addLinkRule(createPurifier(window)));
    purify.setConfig(CONFIG);
    return purify;
  });
  return purifier;
}

/** The same allowlist as a string result, for a server-side DOMPurify instance. */
export const SERVER_SANITIZE_CONFIG: Config = { ...CONFIG, RETURN_DOM_FRAGMENT: false };

let serverSanitizer: ((html: string) => string) | undefined;

/**
 * Installs the server's synchronous sanitizer (the pre-rendering build calls it with DOMPurify over
 * jsdom, configured by {@link addLinkRule}, {@link addNoteRule} and {@link SERVER_SANITIZE_CONFIG}): a server render cannot
 * wait for a lazy import, and has no document of its own.
 */
export function useServerSanitizer(sanitize: (html: string) => string): void {
  serverSanitizer = sanitize;
}

/**
 * Glossary HTML for a server render: sanitized by the installed server sanitizer and rendered as
 * markup (the browser later keeps that markup and records the fragment `sanitizeHtml` made from the
 * same HTML, so nothing is rendered twice). Empty when no server sanitizer is installed.
 */
export function serverHtml(html: string): ReturnType<typeof unsafeHTML> | string {
  return serverSanitizer ? unsafeHTML(serverSanitizer(html)) : '';
}

/** Starts loading the sanitizer early (when HTML will surely be needed soon). */
export function preloadSanitizer(): void {
  void loadPurifier().catch(() => undefined);
}

/**
 * Glossary HTML as a fragment that is safe to insert: scripts, event handlers, styles, forms, SVG,
 * MathML, dangerous URLs and DOM-clobbering names removed; the text and allowed structure kept.
 */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const purify = await loadPurifier();
  // DOMPurify returns null, despite its types, for input it cannot parse into a body (a bare
  // `<frameset>`, say): that shows as nothing.
  const fragment = purify.sanitize(html) as unknown as DocumentFragment | null;
  return fragment ?? document.createDocumentFragment();
}
