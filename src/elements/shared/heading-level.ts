/** Kept apart from heading.ts, without Lit: the crisis footer's essential view reads it in the main script. */
/** The heading level a host asked for, kept within 2–6 (the page has its own h1). */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(Math.max(level, 2), 6) : fallback;
}
