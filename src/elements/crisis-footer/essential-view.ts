/**
 * The crisis footer's essential view, built with DOM calls and no Lit: what the main script shows at
 * once, before the rest of the footer (a lazy chunk) arrives, and for good when it cannot. It draws the
 * markup of the chunk's Lit templates (view.ts) node for node, whitespace that shows included, so the
 * compact footer, which this view already is in full, is redrawn by the chunk without moving. Every
 * text goes in as a text node: nothing here is parsed as HTML.
 */
import { fill, type CoreStrings } from '../../i18n/strings.js';
import type { SupportedLocale } from '../../i18n/locale.js';
import { NEUTRAL_NUMBERS, numbersInWords } from '../../region/emergency.js';
import { essentialOf, ESSENTIAL, INTERNATIONAL_DIRECTORY, type EssentialLine } from '../../region/essential-lines.js';
import { regionWords } from '../../region/words.js';
import {
  callNumbers,
  emergencyLead,
  nameAfterNumber,
  OTHER,
  outsideLine,
  quickContacts,
  spokenDigits,
  type FooterView,
  type QuickContact,
} from './footer-view.js';

type Child = Node | string | false | undefined;

/** An element with its attributes (undefined: left out) and children (strings become text nodes). */
function h(tag: string, attributes: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

/** A heading at any level, as src/elements/shared/heading.ts draws it. */
function heading(level: number, text: string, depth: number, id?: string): HTMLElement {
  return h(
    'p',
    { class: `heading depth-${depth}`, role: 'heading', 'aria-level': String(Math.min(level, 6)), id },
    text,
  );
}

/** A link text with its `{number}` shown as written but spoken digit by digit. */
function withNumber(template: string, display: string): Child[] {
  const [before = '', after = ''] = template.split('{number}');
  return [
    before,
    h('span', { 'aria-hidden': 'true' }, display),
    h('span', { class: 'visually-hidden' }, spokenDigits(display)),
    after,
  ];
}

/** A call, relay or text link (view.ts `quickLink`). */
function quickLink(line: EssentialLine, contact: QuickContact, t: CoreStrings, locale: SupportedLocale): HTMLElement {
  const after = () =>
    h('span', { class: 'visually-hidden' }, `, ${nameAfterNumber(line.name[locale], contact.display)}`);
  switch (contact.kind) {
    case 'call': {
      const note = contact.note?.[locale];
      return h(
        'a',
        { part: 'link', class: 'link call', href: `tel:${contact.tel}` },
        ...withNumber(t.crisisCall, contact.display),
        note && h('span', { class: 'note' }, `, ${note}`),
        after(),
      );
    }
    case 'relay':
      return h(
        'a',
        { part: 'link', class: 'link relay', href: `tel:${contact.tel}` },
        ...withNumber(t.crisisRelayLink, contact.display),
        h(
          'span',
          { class: 'visually-hidden' },
          `, ${fill(t.crisisRelayName, { number: numbersInWords(callNumbers(line), locale) })}`,
        ),
      );
    case 'text': {
      const keyword = contact.keyword?.[locale];
      const template = keyword ? fill(t.crisisTextKeyword, { keyword }) : t.crisisText;
      return h(
        'a',
        { part: 'link', class: 'link text', href: `sms:${contact.sms}` },
        ...withNumber(template, contact.display),
        after(),
      );
    }
  }
}

/** Where the reader's place is not known: every supported region's emergency number, with where it is dialled. */
function neutralLinks(view: FooterView): HTMLElement[] {
  const { t, locale } = view;
  return NEUTRAL_NUMBERS.map(({ number, where }) =>
    h(
      'a',
      { part: 'link', class: 'link call', href: `tel:${number}` },
      ...withNumber(t.crisisCall, number),
      h('span', { class: 'where' }, ` ${fill(t.crisisCallWhere, { where: where[locale] })}`),
    ),
  );
}

/** The region switcher and the live region after it (view.ts `regionSwitcher`). */
function regionSwitcher(view: FooterView): HTMLElement[] {
  const { t, locale, code } = view;
  const option = (value: string, name: string) =>
    h('option', { value, selected: value === code ? '' : undefined }, name);
  const select = h(
    'select',
    { class: 'control', id: 'region' },
    ...Object.entries(ESSENTIAL).map(([value, region]) => option(value, region.name[locale])),
    option(OTHER, t.crisisOtherRegion),
  );
  select.addEventListener('change', view.onRegionChange);
  return [
    h('div', { part: 'region', class: 'region' }, h('label', { for: 'region' }, t.crisisRegionLabel), select),
    h('p', { class: 'visually-hidden', role: 'status' }, view.announcement || undefined),
  ];
}

/** The emergency number(s), any relay route, the switcher, and in `full` the overdose steps (view.ts `emergencyBlock`). */
function emergencyBlock(view: FooterView, emergency: EssentialLine | undefined): HTMLElement {
  const { t, locale } = view;
  const numbers = emergency ? callNumbers(emergency) : [];
  const number = numbersInWords(numbers, locale);
  const links = (kind: 'call' | 'relay') =>
    emergency
      ? emergency.contacts.flatMap((contact) =>
          contact.kind === kind ? [quickLink(emergency, contact, t, locale)] : [],
        )
      : [];
  const buttons = (emergency ? links('call') : neutralLinks(view)).map((link) => h('li', {}, link));
  return h(
    'div',
    { part: 'emergency', class: 'emergency' },
    h('p', { class: 'lead' }, emergencyLead(view, emergency, number)),
    buttons.length > 0 && h('ul', { class: 'contacts', role: 'list' }, ...buttons),
    ...links('relay').map((link) => h('p', { class: 'relay' }, `${fill(t.crisisRelayLead, { number })} `, link)),
    ...regionSwitcher(view),
    ...(view.variant === 'full'
      ? [
          heading(view.level + 1, t.crisisOverdoseHeading, 1),
          h(
            'ol',
            { class: 'steps' },
            ...regionWords(numbers, t, locale).overdoseSteps.map((step) => h('li', {}, step)),
          ),
        ]
      : []),
  );
}

/** The international directory: a website, so never the only help shown. */
function directory(t: CoreStrings): HTMLElement {
  return h(
    'p',
    { class: 'directory' },
    h(
      'a',
      {
        part: 'link',
        class: 'link web',
        href: INTERNATIONAL_DIRECTORY,
        target: '_blank',
        rel: 'noopener noreferrer',
      },
      t.crisisDirectory,
    ),
  );
}

function notes(view: FooterView): HTMLElement | undefined {
  const { t } = view;
  if (view.hideMedicalNote && view.hideIndependenceNote) return undefined;
  return h(
    'div',
    { part: 'notes', class: 'notes' },
    !view.hideMedicalNote && h('p', {}, t.crisisMedicalNote),
    !view.hideIndependenceNote && h('p', {}, t.crisisIndependenceNote),
  );
}

/**
 * One service with its name, who it serves and when it answers, then its call and text links; the
 * spaces between them are those the Lit template leaves, so a narrow screen wraps the row alike.
 */
function compactLine(line: EssentialLine, t: CoreStrings, locale: SupportedLocale): HTMLElement {
  const name = h(
    'span',
    { class: 'name' },
    line.name[locale],
    line.serves && ' ',
    line.serves && h('span', { class: 'serves' }, `(${line.serves[locale]})`),
    line.open && ',\u00a0',
    line.open && h('span', { class: 'open' }, line.open[locale]),
    ':',
  );
  const quick = quickContacts(line).flatMap((contact) => [
    h('span', { class: 'quick' }, quickLink(line, contact, t, locale)),
    ' ',
  ]);
  return h('li', { part: 'line', class: 'compact-line' }, name, ' ', ...quick);
}

/** The compact footer (view.ts `renderCompact`): the emergency box, then the crisis and support groups. */
function compact(view: FooterView, emergency: EssentialLine | undefined, shown: readonly EssentialLine[]): HTMLElement {
  const { t, locale } = view;
  const group = (name: 'crisis' | 'support', label: string) => {
    const lines = shown.filter((line) => line.group === name);
    return (
      lines.length > 0 &&
      h(
        'div',
        { class: `group ${name}` },
        h('p', { class: 'group-name' }, label),
        h('ul', { class: 'compact-lines', role: 'list' }, ...lines.map((line) => compactLine(line, t, locale))),
      )
    );
  };
  return h(
    'section',
    { part: 'base', class: 'footer compact surface', 'aria-label': view.label ?? t.crisisHeading, lang: locale },
    emergencyBlock(view, emergency ?? outsideLine(view)),
    ...(emergency ? [group('crisis', t.crisisCompactLead), group('support', t.crisisSupportHeading)] : [directory(t)]),
    notes(view),
  );
}

/**
 * What the footer shows before the rest of its code arrives, or when it cannot: the region's emergency
 * number(s) and its main crisis line (`compact`: every line of the compact footer, with its hours; or,
 * outside the six regions, what the full footer leads with there), inside the same landmark and
 * headings as the full footer. No download, no glossary, no Lit.
 */
export function essentialView(view: FooterView): HTMLElement {
  const { t, locale } = view;
  const region = essentialOf(view.code);
  if (view.variant === 'compact') return compact(view, region?.emergency, region ? [region.main, ...region.more] : []);
  return h(
    'section',
    {
      part: 'base',
      class: `footer full surface${view.reserve ? ' reserve' : ''}`,
      'aria-labelledby': 'heading',
      lang: locale,
    },
    heading(view.level, t.crisisHeading, 0, 'heading'),
    emergencyBlock(view, region?.emergency ?? outsideLine(view)),
    ...(region
      ? [
          heading(view.level + 1, t.crisisLinesHeading, 1),
          h('ul', { class: 'compact-lines', role: 'list' }, compactLine(region.main, t, locale)),
        ]
      : [directory(t)]),
    notes(view),
  );
}

/**
 * Brings `target` in line with `source` (a freshly built view), keeping every node that can stay: the
 * region switcher keeps the reader's focus and the live region stays the node a screen reader watches,
 * which a view rebuilt from scratch would lose. Nodes are matched by position and name, which suffices
 * here: one view's structure changes only where a line or a block is added or dropped.
 */
export function patch(target: Element, source: Element): void {
  for (const { name } of [...target.attributes]) if (!source.hasAttribute(name)) target.removeAttribute(name);
  for (const { name, value } of [...source.attributes])
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  let current = target.firstChild;
  for (const node of [...source.childNodes]) {
    if (current && current.nodeName === node.nodeName) {
      if (current instanceof Element && node instanceof Element) patch(current, node);
      else if (current.nodeValue !== node.nodeValue) current.nodeValue = node.nodeValue;
      current = current.nextSibling;
    } else {
      target.insertBefore(node, current);
    }
  }
  while (current) {
    const next: ChildNode | null = current.nextSibling;
    current.remove();
    current = next;
  }
}
