import { defineTag, LAZY_TAGS } from './registry.js';

/**
 * Loads the larger elements only when a page uses them: the first time a lazy tag of the registry
 * appears in the document, its module is fetched and the tag defined (with the elements it renders);
 * until then the browser keeps the element as plain, unstyled content. A failed download is tried
 * again the next time the tag appears.
 */
function scan(root: ParentNode): void {
  for (const element of [root, ...root.querySelectorAll(LAZY_TAGS.join(','))]) {
    const tag = element instanceof Element ? element.localName : '';
    if (LAZY_TAGS.includes(tag) && !customElements.get(tag)) defineTag(tag).catch(() => undefined);
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
}
