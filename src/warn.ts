/** Console output of the widgets: one prefix, and each distinct problem said once per page. */

const said = new Set<string>();

/** Logs `message` as a warning unless the same `key` was already warned about on this page. */
export function warnOnce(key: string, message: string): void {
  if (said.has(key)) return;
  said.add(key);
  console.warn(`[glossary-widgets] ${message}`);
}
