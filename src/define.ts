import { warnOnce } from './warn.js';

/**
 * Registers `constructor` as `tag` unless the tag is taken. A second copy of the script, or another
 * library that already owns the name, gets a warning instead of the exception `define` would throw,
 * so the rest of the partner's page keeps working.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, registry = customElements): void {
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, constructor);
    return;
  }
  if (existing !== constructor) {
    warnOnce(
      `define:${tag}`,
      `<${tag}> is already defined on this page (another copy of the widgets, or another library); keeping the first definition.`,
    );
  }
}
