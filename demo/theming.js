/**
 * The theming page: form controls write --glossary-* custom properties onto the preview and print
 * the CSS a partner would paste. Defaults are read from the widgets themselves (their private --_
 * variables resolve to the built-in value), so this page cannot disagree with the library.
 */
import { copyOnClick } from './copy-button.js';

const form = document.getElementById('theme-form');
const preview = document.getElementById('preview');
const output = document.getElementById('css-output');
const COLORS = ['accent', 'surface', 'text', 'muted', 'border', 'focus-ring'];
const TAGS = ['glossary-term', 'glossary-card', 'glossary-faq', 'crisis-footer'];

/** What the partner changed: colours per scheme, and the scheme-free properties. */
const chosen = { light: {}, dark: {}, shared: {} };

const scheme = () => form.elements.namedItem('scheme').value;
const widgets = () => [...preview.querySelectorAll(TAGS.join(','))];
const publicName = (name, forScheme) => `--glossary-${name}${forScheme === 'dark' ? '-dark' : ''}`;
const privateName = (name) => (name === 'focus-ring' ? '--_focus' : `--_${name}`);

async function settled() {
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await Promise.all(widgets().map((el) => el.updateComplete));
}

/** Shows the built-in value of every control the partner has not changed, for the scheme in view. */
async function showDefaults() {
  await settled();
  const sample = preview.querySelector('glossary-card');
  const computed = getComputedStyle(sample);
  for (const name of COLORS) {
    const input = form.elements.namedItem(name);
    input.value = chosen[scheme()][name] ?? computed.getPropertyValue(privateName(name)).trim();
  }
  for (const name of ['radius', 'space']) {
    const input = form.elements.namedItem(name);
    const value = chosen.shared[name] ?? computed.getPropertyValue(privateName(name)).trim();
    input.value = parseFloat(value);
    form.elements.namedItem(`${name}-value`).value = `${parseFloat(value)}em`;
  }
}

function apply() {
  for (const forScheme of ['light', 'dark']) {
    for (const name of COLORS) {
      const value = chosen[forScheme][name];
      if (value) preview.style.setProperty(publicName(name, forScheme), value);
      else preview.style.removeProperty(publicName(name, forScheme));
    }
  }
  for (const name of ['radius', 'space', 'font-family']) {
    const value = chosen.shared[name];
    if (value) preview.style.setProperty(`--glossary-${name}`, value);
    else preview.style.removeProperty(`--glossary-${name}`);
  }
  const lines = [
    ...Object.entries(chosen.light).map(([name, value]) => `  ${publicName(name, 'light')}: ${value};`),
    ...Object.entries(chosen.dark).map(([name, value]) => `  ${publicName(name, 'dark')}: ${value};`),
    ...Object.entries(chosen.shared).map(([name, value]) => `  --glossary-${name}: ${value};`),
  ];
  output.textContent = lines.length
    ? `/* Twelva glossary widgets */\n:root {\n${lines.join('\n')}\n}`
    : '/* Nothing changed yet: the widgets use their built-in theme. */';
}

form.addEventListener('input', (event) => {
  const { name, value } = event.target;
  if (name === 'scheme') return;
  if (COLORS.includes(name)) chosen[scheme()][name] = value;
  else if (name === 'radius' || name === 'space') {
    chosen.shared[name] = `${value}em`;
    form.elements.namedItem(`${name}-value`).value = `${value}em`;
  } else if (name === 'font-family') {
    if (value) chosen.shared['font-family'] = value;
    else delete chosen.shared['font-family'];
  }
  apply();
});

// Editing dark colours shows the preview in dark mode, and light in light, whatever the system says.
form.addEventListener('change', (event) => {
  if (event.target.name !== 'scheme') return;
  for (const el of widgets()) el.setAttribute('theme', scheme());
  void showDefaults();
});

form.addEventListener('reset', () => {
  chosen.light = {};
  chosen.dark = {};
  chosen.shared = {};
  // The form resets its fields after this event; read the defaults once it has.
  setTimeout(() => {
    for (const el of widgets()) el.setAttribute('theme', scheme());
    apply();
    void showDefaults();
  });
});

copyOnClick(document.getElementById('copy-css'), output, document.getElementById('copy-status'));

// Start with the scheme the reader's system is in.
if (matchMedia('(prefers-color-scheme: dark)').matches) form.elements.namedItem('scheme').value = 'dark';
for (const el of widgets()) el.setAttribute('theme', scheme());
apply();
void showDefaults();
