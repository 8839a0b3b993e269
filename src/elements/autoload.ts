/**
 * Loads the larger elements only when a page uses them: the first time a `<glossary-card>`,
 * `<glossary-faq>` or `<glossary-index>` appears in the document, its module is fetched and the tag
 * defined; until then the browser keeps the element as plain, unstyled content.
 */
const LAZY: Record<string, () => Promise<unknown>> = {
  'glossary-card': () => import('./glossary-card/register.js'),
  'glossary-faq': () => import('./glossary-faq/register.js'),
  'glossary-index': () => import('./glossary-index/register.js'),
};
const SELECTOR = Object.keys(LAZY).join(',');
const started = new Set<string>();

function load(tag: string): void {
  const loader = LAZY[tag];
  if (!loader || started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  loader().catch(() => {
    started.delete(tag); // a failed download may succeed the next time the tag appears
  });
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.localName in LAZY) load(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) load(element.localName);
}

/** Watches the document and loads each lazy element on first sight; stops watching once all have loaded. */
export function autoload(doc: Document = document): void {
  scan(doc);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (Object.keys(LAZY).every((tag) => started.has(tag))) observer.disconnect();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}
