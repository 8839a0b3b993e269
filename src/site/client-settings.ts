/**
 * Settings the pre-rendered site's script applies before any element wakes, so each element's first
 * render in the browser is the one the server made (hydration needs the same output):
 * - the card's site headings ("Keep reading", "Where to go & trusted sources");
 * - the crisis footer's region as the server rendered it, read from the footer's own markup. The
 *   reader's region follows later (see followReaderRegion).
 */
import { configure } from '../config.js';
import { SITE_UI_STRINGS } from './strings.js';

const footer = document.querySelector('crisis-footer');
const serverRegion = footer?.shadowRoot?.querySelector('select')?.value;

configure({ strings: SITE_UI_STRINGS, ...(serverRegion ? { region: serverRegion } : {}) });

/**
 * Lets the crisis footer follow the reader's region (their time zone) once it has woken. Its lines
 * change length with the region, so the switch is made only when it cannot move anything the reader
 * sees: while the footer is below the visible part of the page, or right after the reader's first tap
 * or key press (layout changes just after input are expected, and not counted as shifts).
 */
export async function followReaderRegion(): Promise<void> {
  if (!footer || !serverRegion) return;
  await customElements.whenDefined('crisis-footer');
  await (footer as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  let done = false;
  const observer = new IntersectionObserver(([entry]) => {
    if (entry && !entry.isIntersecting && entry.boundingClientRect.top > 0) release();
  });
  const release = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    removeEventListener('pointerdown', release, true);
    removeEventListener('keydown', release, true);
    configure({ region: undefined });
  };
  observer.observe(footer);
  addEventListener('pointerdown', release, true);
  addEventListener('keydown', release, true);
}
