/**
 * Long work split into slices, so no task blocks the reader's page for long: the page stays
 * responsive to taps, scrolling and typing while a large glossary loads or a long article is linked.
 */

/** How long one slice may run before it yields (well under the 50 ms that makes a long task). */
export const SLICE_MS = 8;

/** Gives the browser a turn: `scheduler.yield()` where it exists (it keeps our place in line), else a task. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits until the browser has drawn a frame (or 100 ms, for hidden tabs where frames stop). Work that
 * changes the page waits for this between slices, so each frame restyles only a slice's changes
 * instead of many slices' worth at once.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Runs a generator that yields between small steps, giving the browser a turn whenever a slice has
 * run for {@link SLICE_MS}. The same generator can be run to the end at once where no page waits
 * (the content build, tests).
 */
export async function runInSlices<T>(steps: Generator<unknown, T>): Promise<T> {
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToBrowser();
      deadline = performance.now() + SLICE_MS;
    }
  }
}

/** Runs a stepped generator to its end in one go. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
