/**
 * Writes docs/reference.md, the element reference (attributes, events, slots, parts, custom properties) from
 * custom-elements.json, which `npm run build` generates from the elements' JSDoc, so the reference
 * cannot drift from the code.
 *
 *   node scripts/api-reference.js           rewrite docs/reference.md between the markers
 *   node scripts/api-reference.js --check   fail if docs/reference.md is out of date, or if a documented
 *                                           custom property's default differs from the stylesheets
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const START = '<!-- api-reference:start -->';
const END = '<!-- api-reference:end -->';
/** The reference follows the element registry's order (src/elements/registry.ts: one `tag:` per element). */
const ORDER = [
  ...readFileSync(new URL('src/elements/registry.ts', root), 'utf8').matchAll(/^\s*\{\s*tag: '([a-z]+-[a-z-]+)'/gm),
].map((match) => match[1]);

const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && ORDER.includes(declaration.tagName))
  .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));

/** Table cells hold one line; a pipe would end the cell. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => '`' + text + '`';

function table(headings, rows) {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function elementSection(element) {
  const parts = [`### ${code(`<${element.tagName}>`)}`, '', cell(element.summary ?? element.description)];
  if (element.attributes?.length) {
    const rows = element.attributes.map((attribute) => {
      const member = element.members?.find((m) => m.name === attribute.fieldName);
      const type = (attribute.type?.text ?? '').replace(/ \| undefined$/, '');
      const initial = member?.default ?? attribute.default;
      return [code(attribute.name), type ? code(type) : '', attribute.description ?? '', initial ? code(initial) : ''];
    });
    parts.push('', table(['attribute', 'type', 'what it does', 'initial value'], rows));
  }
  if (element.slots?.length) {
    const rows = element.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description ?? '']);
    parts.push('', table(['slot', 'what goes in it'], rows));
  }
  if (element.events?.length) {
    const rows = element.events.map((event) => [code(event.name), event.description ?? '']);
    parts.push('', table(['event (bubbles, composed)', 'when'], rows));
  }
  if (element.cssParts?.length) {
    const rows = element.cssParts.map((part) => [code(`::part(${part.name})`), part.description ?? '']);
    parts.push('', table(['part', 'what it is'], rows));
  }
  return parts.join('\n');
}

function customPropertySection() {
  const byName = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const entry = byName.get(property.name) ?? { ...property, tags: [] };
      entry.tags.push(element.tagName);
      byName.set(property.name, entry);
    }
  }
  // Properties every element honours first, then those of fewer elements.
  const rows = [...byName.values()]
    .sort((a, b) => b.tags.length - a.tags.length)
    .map((p) => [
      code(p.name),
      p.default ? code(p.default) : '',
      p.description ?? '',
      p.tags.length === elements.length ? 'all' : p.tags.map((tag) => code(tag)).join(', '),
    ]);
  return ['### Custom properties', '', table(['property', 'default', 'what it sets', 'elements'], rows)].join('\n');
}

/** Every `var(--glossary-…, fallback)` in the stylesheets, with its fallback. */
function stylesheetDefaults() {
  const files = [
    'src/styles/shared-css.ts',
    ...readdirSync(new URL('src/elements/', root), { recursive: true })
      .filter((name) => String(name).endsWith('.styles.ts'))
      .map((name) => `src/elements/${name}`),
  ];
  const defaults = new Map();
  for (const file of files) {
    const text = readFileSync(new URL(file, root), 'utf8');
    for (const match of text.matchAll(/var\((--glossary-[a-z-]+),\s*/g)) {
      let depth = 1;
      let end = match.index + match[0].length;
      while (depth > 0 && end < text.length) {
        if (text[end] === '(') depth++;
        if (text[end] === ')') depth--;
        end++;
      }
      defaults.set(match[1], text.slice(match.index + match[0].length, end - 1).trim());
    }
  }
  return defaults;
}

const generated = [
  START,
  '<!-- Generated from custom-elements.json by `npm run docs`: edit the JSDoc in src/elements, not this. -->',
  '',
  ...elements.map((element) => elementSection(element) + '\n'),
  customPropertySection(),
  END,
].join('\n');

const readmeUrl = new URL('docs/reference.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`docs/reference.md: the markers ${START} … ${END} are missing`);
const updated = readme.slice(0, start) + generated + readme.slice(end + END.length);

if (process.argv.includes('--check')) {
  const problems = [];
  for (const tag of ORDER.filter((tag) => !elements.some((element) => element.tagName === tag)))
    problems.push(`${tag}: in the element registry but not in custom-elements.json (is its class JSDoc missing @tag?)`);
  if (updated !== readme) problems.push('docs/reference.md: the element reference is out of date; run `npm run docs`.');
  const defaults = stylesheetDefaults();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const actual = defaults.get(property.name);
      if (actual === undefined) problems.push(`${element.tagName}: ${property.name} is documented but never used`);
      else if (actual !== property.default)
        problems.push(
          `${element.tagName}: ${property.name} documented as "${property.default}", styles say "${actual}"`,
        );
    }
  }
  for (const name of defaults.keys()) {
    if (!elements.some((element) => element.cssProperties?.some((p) => p.name === name)))
      problems.push(`${name} is used in the styles but no element documents it`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`docs/reference.md matches custom-elements.json (${elements.length} elements).`);
} else {
  writeFileSync(readmeUrl, updated);
  console.log('docs/reference.md: element reference written from custom-elements.json.');
}
