import type { ReactiveElement } from 'lit';
import { warnOnce } from '../warn.js';

type ScheduleResult = ReturnType<ReactiveElement['scheduleUpdate']>;

/**
 * Whether `host` arrived with a shadow root rendered on the server (declarative shadow DOM) that its
 * first update will hydrate. A root the element attached itself is still empty at that point (styles
 * are adopted, not inserted); a server-rendered one already holds its styles and content.
 */
export function hasServerContent(host: ReactiveElement): boolean {
  return !host.hasUpdated && (host.shadowRoot?.firstChild ?? null) !== null;
}

/**
 * Runs `ready` before the first update of a server-rendered element, so that update renders what the
 * server rendered (hydration requires the same template) instead of a "loading" state over it; other
 * elements update as usual. When `ready` could not bring what the server rendered from (its glossary or
 * entry failed to load, or the entry was withdrawn since), `missing` says why, and the element keeps the
 * server's markup instead of updating into a mismatch: Lit would throw, and the reader would lose the
 * text. Returns what `scheduleUpdate` should return.
 */
export function afterHydrationData(
  host: ReactiveElement,
  ready: () => Promise<unknown>,
  update: () => ScheduleResult,
  missing: () => string | undefined = () => undefined,
): ScheduleResult {
  if (!hasServerContent(host)) return update();
  return ready().then(() => {
    const reason = missing();
    return reason === undefined ? update() : keepServerMarkup(host, reason);
  }, update);
}

/**
 * Leaves a server-rendered element as the server made it, for good: its first update never runs, so
 * Lit never compares the page with a template it cannot fill, and `updateComplete` settles (false)
 * so nothing waiting on it hangs. Its disclosures still open and close (a question's answer, "show
 * more"), through one listener on its shadow root, and an answer the browser's find-in-page reveals
 * marks its question open. `reason` is said once per page, for faults no store has warned about.
 */
export function keepServerMarkup(host: ReactiveElement, reason: string): void {
  if (reason) warnOnce(`kept:${reason}`, reason);
  const root = host.shadowRoot;
  if (!root) return;
  // Elements the server rendered inside this one wait for it to hydrate (Lit defers them), so this one
  // listener serves their disclosures too: a composed click names the button in its own shadow root.
  root.addEventListener('click', (event) => {
    const button = event
      .composedPath()
      .find((node): node is Element => node instanceof Element && node.matches('button[aria-controls]'));
    const scope = button?.getRootNode();
    const panel =
      scope instanceof ShadowRoot ? scope.getElementById(button?.getAttribute('aria-controls') ?? '') : null;
    if (!button || !panel) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    if (open) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'until-found');
  });
  // Find-in-page opens an answer itself ('beforematch' does not cross shadow roots): mark its question.
  const marked = (scope: ShadowRoot) => {
    scope.addEventListener('beforematch', (event) => {
      const panel = event.target as Element;
      scope.querySelector(`button[aria-controls="${CSS.escape(panel.id)}"]`)?.setAttribute('aria-expanded', 'true');
    });
    for (const nested of scope.querySelectorAll('*')) if (nested.shadowRoot) marked(nested.shadowRoot);
  };
  marked(root);
}
