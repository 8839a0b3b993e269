import { widgetContext } from '../config.js';
import { uiStrings } from '../i18n/strings.js';
import { defineTag, LAZY_TAGS } from './registry.js';

/** Marks an element that was told its module could not load, so it is told once. */
const UNAVAILABLE = 'data-glossary-unavailable';

/**
 * Loads the larger elements only when a page uses them: the first time a lazy tag of the registry
 * appears in the document, its module is fetched and the tag defined (with the elements it renders);
 * until then the browser keeps the element as plain, unstyled content. A failed download is tried
 * again the next time the tag appears, or when the browser is back online.
 */
function scan(root: ParentNode): void {
  for (const element of [root, ...root.querySelectorAll(LAZY_TAGS.join(','))]) {
    const tag = element instanceof Element ? element.localName : '';
    if (LAZY_TAGS.includes(tag) && !customElements.get(tag)) {
      defineTag(tag).catch(() => sayUnavailable(tag, element.ownerDocument ?? document));
    }
  }
}

/**
 * A lazy element whose module cannot load (offline, blocked) is an unknown element, and a card or an
 * index has no text of its own: the reader would see nothing at all. Each such element gets one line
 * saying so, in its language, in its light DOM; once a later try defines the tag, its shadow root
 * (which has no slot) hides the line.
 */
function sayUnavailable(tag: string, doc: Document): void {
  if (customElements.get(tag)) return;
  for (const element of doc.querySelectorAll(tag)) {
    if (element.hasAttribute(UNAVAILABLE)) continue;
    element.setAttribute(UNAVAILABLE, '');
    const note = doc.createElement('p');
    note.setAttribute('role', 'status');
    // The context an element of this tag would have had: the same language and partner strings.
    const { language, strings } = widgetContext(element, { locale: element.getAttribute('locale') });
    note.textContent = uiStrings(language, strings).unavailable;
    element.append(note);
  }
}

/** Watches the document and loads each lazy element on first sight; stops watching once all are defined. */
export function autoload(doc: Document = document): void {
  scan(doc);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (LAZY_TAGS.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.defaultView?.addEventListener('online', () => scan(doc));
}
