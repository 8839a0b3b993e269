/**
 * Settings the pre-rendered site's script applies before any element wakes, so each element's first
 * render in the browser is the one the server made (hydration needs the same output):
 * - the card's site headings ("Keep reading", "Where to go & trusted sources");
 * - the region the server rendered for (the build's `--region`, else `ZZ`, the neutral help for
 *   everyone) comes as a value, the script tag's `data-region`, which the script-tag entry reads with
 *   the other settings: the footers, cards and questions wake with the words they were rendered with.
 *   The reader's region follows later (see followReaderRegion).
 */
import { configure } from '../config.js';
import { SITE_UI_STRINGS } from './strings.js';

const footer = document.querySelector('crisis-footer');

configure({ strings: SITE_UI_STRINGS });

/** The elements whose words follow the region: the footers, and the cards with their questions. */
const REGION_WORDS = 'crisis-footer, glossary-card, glossary-faq';

type Waking = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * Lets every element follow the reader's region (their time zone) once it has woken: the footers'
 * lines and the cards' and questions' emergency words change length with the region, so the switch is
 * made only when it cannot move anything the reader sees: while every such element is below the
 * visible part of the page, or just after the reader's first tap or key press (layout changes just
 * after input are expected, and not counted as shifts). The switch waits for the end of that tap or
 * key press, so a link being tapped is never changed under the finger. A region the reader picks in a
 * switcher applies at once, whatever this is waiting for.
 */
export async function followReaderRegion(): Promise<void> {
  if (!footer) return;
  const elements = [...document.querySelectorAll<Waking>(REGION_WORDS)];
  await Promise.all(
    [...new Set(elements.map((element) => element.localName))].map((tag) => customElements.whenDefined(tag)),
  );
  await Promise.all(elements.map((element) => element.updateComplete));
  let done = false;
  const below = new Map<Element, boolean>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) below.set(entry.target, !entry.isIntersecting && entry.boundingClientRect.top > 0);
    if (below.size === elements.length && [...below.values()].every(Boolean)) release();
  });
  const afterInput = () => setTimeout(release);
  const release = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    removeEventListener('click', afterInput, true);
    removeEventListener('keyup', afterInput, true);
    configure({ region: undefined });
  };
  for (const element of elements) observer.observe(element);
  addEventListener('click', afterInput, true);
  addEventListener('keyup', afterInput, true);
}
