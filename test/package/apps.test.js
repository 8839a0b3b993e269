/**
 * A partner's fresh React + Vite app and Vue + Vite app, each built from the packed tarball with the
 * snippets of docs/frameworks.md pasted as they are printed there, and opened in Chromium: a card must
 * show its definition and a term must open, both under Vite's dev server and from the production build.
 * (Compiling is not enough: the built-in glossary once compiled fine and never loaded, because Vite moved
 * the package's code away from the data files beside it.)
 *
 * Both apps are npm workspaces of one folder, so a single `npm install` fetches their dependencies
 * (pinned versions known to work on Node 20 with npm 11), from npm's cache when it has them; nothing
 * else is kept between runs. Run after `npm run build`; it needs the npm registry once.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureBrowser } from '../../scripts/ensure-browser.js';
import { startServer } from '../../scripts/serve.js';
import { closeServer } from '../e2e/browser.js';

const root = new URL('../../', import.meta.url).pathname;

/** What each app installs besides the package: the versions a fresh Vite template gets today, pinned. */
const VERSIONS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@vitejs/plugin-react': '6.3.1',
  vue: '3.5.47',
  '@vitejs/plugin-vue': '6.1.1',
  vite: '8.3.8',
};

/**
 * The first fenced block in `language` under the `## heading` of docs/frameworks.md: the tests paste
 * the very code partners copy.
 */
function snippet(heading, language) {
  const docs = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');
  const section = docs.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  assert.ok(section, `docs/frameworks.md has no "## ${heading}"`);
  const block = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(section);
  assert.ok(block, `docs/frameworks.md, "## ${heading}": no \`\`\`${language} block`);
  return block[1];
}

const page = (title, entry) =>
  `<!doctype html>\n<html lang="en">\n  <head><meta charset="utf-8" /><title>${title}</title><link rel="icon" href="data:," /></head>\n` +
  `  <body><div id="app"></div><script type="module" src="${entry}"></script></body>\n</html>\n`;

/** Each app as a fresh Vite template would lay it out, with the documented snippets as its own code. */
const APPS = {
  'react-app': {
    dependencies: ['react', 'react-dom'],
    devDependencies: ['vite', '@vitejs/plugin-react'],
    files: () => ({
      'index.html': page('React', '/src/main.tsx'),
      'vite.config.ts': `import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [react()] });\n`,
      'src/Definition.tsx': snippet('React 19', 'tsx'),
      'src/main.tsx': `import { createRoot } from 'react-dom/client';\nimport { Definition } from './Definition';\n\ncreateRoot(document.getElementById('app')!).render(<Definition />);\n`,
    }),
  },
  'vue-app': {
    dependencies: ['vue'],
    devDependencies: ['vite', '@vitejs/plugin-vue'],
    files: () => ({
      'index.html': page('Vue', '/src/main.ts'),
      'vite.config.ts': snippet('Vue 3', 'ts'),
      'src/App.vue': snippet('Vue 3', 'vue'),
      'src/main.ts': `import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n`,
    }),
  },
};

let folder;
let browser;
const children = [];

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'glossary-apps-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }),
  );
  const pin = (names) => Object.fromEntries(names.map((name) => [name, VERSIONS[name]]));
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'partner-apps', private: true, workspaces: Object.keys(APPS) }),
  );
  for (const [name, app] of Object.entries(APPS)) {
    const files = {
      'package.json': JSON.stringify({
        name,
        private: true,
        type: 'module',
        dependencies: { '@twelva/glossary-widgets': `file:../${packed.filename}`, ...pin(app.dependencies) },
        devDependencies: pin(app.devDependencies),
      }),
      ...app.files(),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, name, path)), { recursive: true });
      writeFileSync(join(folder, name, path), text);
    }
  }
  // --prefer-offline: the pinned versions come from npm's cache when it has them, with no request to ask
  // whether they changed (a pinned version never does); the registry is asked only for what is missing.
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: folder,
    stdio: 'pipe',
  });
  browser = await puppeteer.launch({ executablePath: ensureBrowser(), headless: true, args: CHROME_ARGS });
});

after(async () => {
  for (const child of children) child.kill();
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The built-in English entry the apps show, from the data that was packed. */
const naloxone = JSON.parse(readFileSync(join(root, 'dist/glossary.en.terms.json'), 'utf8')).terms.find(
  (term) => term.id === 'naloxone',
);

/** Starts `vite` (the dev server) in an app and resolves with its address once it is listening. */
function devServer(app) {
  const child = spawn(join(folder, 'node_modules/.bin/vite'), ['--port', '0', '--host', '127.0.0.1'], {
    cwd: join(folder, app),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk) => {
      output += chunk;
      const address = /Local:\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(output));
      if (address) resolve({ url: address[1], stop: () => child.kill() });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`vite exited (${code}) before listening:\n${output}`)));
  });
}

/**
 * Opens the app and checks what a reader would: the card shows the entry's definition, and the term,
 * once clicked, opens its definition. Returns the page's errors and failed requests.
 */
async function checkApp(url) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error' || /could not load/i.test(message.text())) problems.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab
      .waitForFunction(
        (short) => document.querySelector('glossary-card')?.shadowRoot?.textContent.includes(short),
        { timeout: 20_000 },
        naloxone.short,
      )
      .catch(async () => {
        const says = await tab.evaluate(() =>
          document.querySelector('glossary-card')?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim(),
        );
        assert.fail(`the card never showed the definition; it says "${says}" (${problems.join('; ')})`);
      });
    await tab.waitForFunction(() => document.querySelector('glossary-term')?.shadowRoot?.querySelector('#trigger'), {
      timeout: 20_000,
    });
    await tab.click('glossary-term');
    const definition = await tab.waitForFunction(
      () => {
        const panel = document.querySelector('glossary-term').shadowRoot.querySelector('[part="definition"]');
        return panel?.matches(':popover-open') && panel.textContent.replace(/\s+/g, ' ');
      },
      { timeout: 10_000 },
    );
    return { definition: await definition.jsonValue(), problems };
  } finally {
    await tab.close();
  }
}

for (const app of Object.keys(APPS)) {
  describe(`a fresh ${app.replace('-app', '')} + Vite app, from the packed tarball`, () => {
    it('in the dev server: the card shows its definition and the term opens', async () => {
      const server = await devServer(app);
      try {
        const { definition, problems } = await checkApp(server.url);
        assert.ok(definition.includes(naloxone.short), definition);
        assert.deepEqual(problems, []);
      } finally {
        server.stop();
      }
    });

    it('built (vite build): the card shows its definition and the term opens', async () => {
      execFileSync(join(folder, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
        cwd: join(folder, app),
        stdio: 'pipe',
      });
      const { server, url } = await startServer({ mounts: [['/', join(folder, app, 'dist')]] });
      try {
        const { definition, problems } = await checkApp(url);
        assert.ok(definition.includes(naloxone.short), definition);
        assert.deepEqual(problems, []);
      } finally {
        await closeServer(server);
      }
    });
  });
}
