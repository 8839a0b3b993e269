/**
 * The embed-code page: turns the partner's choices into the reserved-space stylesheet's link and one
 * script tag, with the version pinned and the Subresource Integrity hashes the build wrote to
 * dist/integrity.json, and previews the choices
 * live through TwelvaGlossary.configure().
 */
import { copyOnClick } from './copy-button.js';

const form = document.getElementById('embed-form');
const output = document.getElementById('embed-output');
const summary = document.getElementById('embed-summary');
const autolinkError = document.getElementById('autolink-error');

const manifest = await fetch('/dist/integrity.json').then((response) => response.json());
const field = (name) => form.elements.namedItem(name);
const hostNote = document.getElementById('host-note');
/** Where the CDN serves this version once it is on npm. */
const published = `https://cdn.jsdelivr.net/npm/@twelva/glossary-widgets@${manifest.version}/dist/`;
field('base').value = published;

/**
 * What the partner must know about the address: the CDN's works only once the version is published;
 * anywhere else, the hashes are this build's and the server must send the CORS header.
 */
function describeHost(base) {
  hostNote.textContent =
    base === published
      ? `The CDN serves version ${manifest.version} only once it is published on npm. Until then, host the files yourself and enter their address.`
      : `Warning: this is not the published CDN. Host every file of this build there (npm run bundle lists them), and make that server send Access-Control-Allow-Origin, or the browser blocks the script (partner guide, Hosting). The integrity hash is of this build's files.`;
}

/** Attribute values as HTML: the partner's text can never break out of the attribute. */
const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A start tag with one attribute a line. */
const startTag = (name, attributes) =>
  `<${name}\n${attributes.map(([key, value]) => `  ${key}="${attribute(value)}"`).join('\n')}\n>`;

/** The folder URL with one trailing slash, or undefined when it is not an http(s) URL. */
function baseUrl() {
  try {
    const url = new URL(field('base').value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}

/** The selector, or undefined with a message when the browser cannot parse it. */
function autolinkSelector() {
  const selector = field('autolink').value.trim();
  autolinkError.textContent = '';
  if (!selector) return '';
  try {
    document.querySelector(selector);
    return selector;
  } catch {
    autolinkError.textContent = `"${selector}" is not a CSS selector the browser understands.`;
    return undefined;
  }
}

function render() {
  const base = baseUrl();
  const classic = field('build').value === 'classic';
  const file = classic ? 'glossary-widgets.iife.js' : 'glossary-widgets.js';
  const selector = autolinkSelector();
  hostNote.textContent = '';
  if (base) describeHost(base);
  if (!base || selector === undefined) {
    output.textContent = base
      ? 'Fix the selector above to get your code.'
      : 'Enter the https:// address of the folder.';
    return;
  }
  const settings = [
    ['data-locale', field('locale').value],
    ['data-region', field('region').value],
    ['data-theme', field('theme').value],
    ['data-autolink', selector],
    ['data-term-url', field('termUrl').value.trim()],
  ].filter(([, value]) => value);
  const attributes = [
    ...(classic ? [] : [['type', 'module']]),
    ['src', `${base}${file}`],
    ['integrity', manifest.files[file]],
    ['crossorigin', 'anonymous'],
    ['referrerpolicy', 'no-referrer'],
    ...settings,
  ];
  const tag = `${startTag('script', attributes)}</script>`;
  // Before the script: the page holds each widget's space from its first paint (no layout shift), and
  // a file passes a style-src policy that names the host, where an inline <style> would not.
  const stylesheet = startTag('link', [
    ['rel', 'stylesheet'],
    ['href', `${base}reserve.css`],
    ['integrity', manifest.files['reserve.css']],
    ['crossorigin', 'anonymous'],
    ['referrerpolicy', 'no-referrer'],
  ]);
  const pinChunks = !classic && field('pinChunks').checked;
  const importMap = pinChunks
    ? `<script type="importmap">\n${JSON.stringify(
        {
          integrity: Object.fromEntries(
            Object.entries(manifest.files)
              .filter(([name]) => name.startsWith('chunks/'))
              .map(([name, hash]) => [`${base}${name}`, hash]),
          ),
        },
        null,
        2,
      ).replace(/</g, '\\u003c')}\n</script>\n`
    : '';
  output.textContent = `${stylesheet}\n${importMap}${tag}`;
  field('pinChunks').disabled = classic;
  summary.textContent = `Version ${manifest.version}, ${classic ? 'classic' : 'module'} build, ${
    settings.length ? `${settings.length} setting${settings.length === 1 ? '' : 's'}` : 'default settings'
  }.`;
}

/** Shows the language, scheme and region choices on the preview widgets straight away. */
function preview() {
  const value = (name) => field(name).value || undefined;
  window.TwelvaGlossary?.configure({ locale: value('locale'), theme: value('theme'), region: value('region') });
}

form.addEventListener('input', () => {
  render();
  preview();
});
form.addEventListener('submit', (event) => event.preventDefault());

copyOnClick(document.getElementById('copy-embed'), output, document.getElementById('copy-status'));

render();
