import type { ReactiveElement } from 'lit';

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
 * elements update as usual. Returns what `scheduleUpdate` should return.
 */
export function afterHydrationData(
  host: ReactiveElement,
  ready: () => Promise<unknown>,
  update: () => ScheduleResult,
): ScheduleResult {
  if (!hasServerContent(host)) return update();
  return ready().then(update, update);
}
