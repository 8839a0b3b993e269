/**
 * The space each block element holds while it loads, so that nothing on the partner's page moves
 * when the element arrives (cumulative layout shift 0). One table serves three places: the CSS
 * partners paste for the moments before the script arrives (`reservedSpaceCss`, docs/performance.md),
 * the same rules the script adopts for elements whose code is still on its way, and each element's own
 * loading state (`reserve`), so the three never disagree.
 *
 * Sizes: an index, a full card, all questions and the full footer are taller than any screen once
 * loaded (the bench measured 84–220em), so they hold one screen (`100vh`): whatever follows them is
 * off screen before and after, and off-screen movement is no layout shift. Compact cards, one entry's
 * questions and the compact footer hold about their usual height, which is only an estimate: an entry
 * much longer or shorter than usual still moves what follows. `--glossary-reserved-size` on an element
 * sets its figure exactly where a partner knows it.
 */
export const RESERVED_SPACE: readonly { tag: string; when: string; size: string }[] = [
  { tag: 'glossary-index', when: '', size: '100vh' },
  { tag: 'glossary-card', when: ":not([variant='compact'])", size: '100vh' },
  // Text wraps more on a narrow screen: measured 38–49em at 412 px, 28–36em at 1280 px.
  { tag: 'glossary-card', when: "[variant='compact']", size: 'clamp(26em, 44em - 20vw, 44em)' },
  { tag: 'glossary-faq', when: ':not([term])', size: '100vh' },
  // Two or three questions, closed: measured 8.7em at 412 px, 6.6em at 1280 px.
  { tag: 'glossary-faq', when: '[term]', size: 'max(6em, 9.2em - 3vw)' },
  { tag: 'crisis-footer', when: ":not([variant='compact'])", size: '100vh' },
  // Its switcher, lines with their hours, and notes: measured 45–67em at 320 px, 33–58em at 412 px,
  // 25–37em at 768 px, 22–31em at 1280 px and wider (US English, the default: 57, 46, 31 and 28em).
  { tag: 'crisis-footer', when: "[variant='compact']", size: 'clamp(27em, 62em - 50vw, 57em)' },
];

/**
 * The stylesheet beside the script (dist/reserve.css, written from {@link reservedSpaceCss} by the build)
 * that the quick-start snippet links before the script.
 */
export const RESERVED_SPACE_FILE = 'reserve.css';

/** CSS for a page: every element that is not defined yet holds its space. */
export function reservedSpaceCss(): string {
  return RESERVED_SPACE.map(
    ({ tag, when, size }) =>
      `${tag}${when}:not(:defined) { display: block; min-block-size: var(--glossary-reserved-size, ${size}); }`,
  ).join('\n');
}

/**
 * An element's own loading state, as CSS text: its `.reserve` part holds the same space until the
 * content arrives. Text, not a Lit style: the crisis footer adopts it without Lit; the Lit elements
 * wrap it with `unsafeCSS`.
 */
export function reserve(tag: string): string {
  const rules = RESERVED_SPACE.filter((row) => row.tag === tag)
    .map(({ when, size }) => `${when ? `:host(${when})` : ':host'} { --_reserve: ${size}; }`)
    .join('\n');
  return `${rules}
    .reserve {
      box-sizing: border-box;
      min-block-size: var(--glossary-reserved-size, var(--_reserve));
    }`;
}

let adopted = false;

/**
 * Adopts {@link reservedSpaceCss} into the document once: elements whose code loads on first sight
 * (cards, questions, the index) hold their space until it arrives, even on a page without the CSS.
 */
export function reserveSpaceInDocument(doc: Document = document): void {
  if (adopted || !('adoptedStyleSheets' in doc)) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reservedSpaceCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
