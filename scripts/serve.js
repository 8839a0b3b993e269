#!/usr/bin/env node
/**
 * A small static server for the demo and the end-to-end tests: `/` serves demo/, `/dist/` the build
 * (to any origin: it sends `Access-Control-Allow-Origin: *`), `/site/` the pre-rendered glossary site
 * (dist/site/; its `assets/` to any origin too).
 * `npm start` runs it after building and prints the address; tests start it on a free port and may
 * add headers (a strict Content-Security-Policy, say) per path.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Maps a request path to a file: `/dist/*` from dist/, `/test/*` from test/ (fixtures for the
 * end-to-end pages), everything else from demo/. A mount's folder is relative to the project, or
 * absolute (an app built elsewhere). Paths that climb out of those folders are refused.
 */
function fileFor(pathname, mounts) {
  const decoded = decodeURIComponent(pathname);
  for (const [prefix, folder] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const base = resolve(root, folder);
    let file = normalize(join(base, decoded.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : undefined;
  }
  return undefined;
}

/**
 * The header every host of dist/ must send (docs/partner-guide.md, Hosting): a page on another origin
 * loads the module script and its chunks in CORS mode, and either script fetches the glossary with
 * `fetch()`. Without it, a partner page on another port could not use the running demo's files (the
 * widgets in /dist/, or the site script with hydration support in /site/assets/).
 */
const CORS = { 'access-control-allow-origin': '*' };

/** Types a CDN would compress; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.map', '.svg', '.txt']);

/**
 * Starts the server. `headers(pathname)` may return extra response headers; `handle(req, res)` may
 * answer a request itself (return true) before files are looked up. With `gzip`, text is sent
 * gzip -9 to clients that accept it, as a partner's CDN would: the benchmark counts bytes on the wire.
 */
export function startServer({
  port = 0,
  host = '127.0.0.1',
  headers = () => ({}),
  handle = () => false,
  mounts,
  gzip = false,
} = {}) {
  const table = mounts ?? [
    ['/dist/', 'dist'],
    ['/site/', 'dist/site'],
    ['/test/', 'test'],
    ['/', 'demo'],
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (handle(req, res, url)) return;
    let file;
    try {
      file = fileFor(url.pathname, table);
    } catch {
      file = undefined;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const common = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(/^\/(?:dist|site\/assets)\//.test(url.pathname) ? CORS : {}),
      ...headers(url.pathname),
    };
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const body = gzipSync(readFileSync(file), { level: 9 });
      res.writeHead(200, {
        ...common,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'accept-encoding',
      });
      res.end(body);
      return;
    }
    res.writeHead(200, common);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, port: actual, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.env.PORT ?? 5173);
  let started;
  for (let port = wanted; port < wanted + 20 && !started; port++) {
    try {
      started = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  if (!started) throw new Error(`No free port from ${wanted} to ${wanted + 19}`);
  const local = `http://localhost:${started.port}/`;
  console.log(
    `\n  Twelva glossary widgets demo: ${local}\n  Pre-rendered glossary site: ${local}site/en/\n  (Ctrl+C to stop)\n`,
  );
}
