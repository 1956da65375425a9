// A small static file server on a free loopback port, serving folders at URL prefixes (the
// built widget at a sub-path, a test blog at another) under the strict Content-Security-Policy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The built widget: the build tree, or the folder GSC_BUNDLE names (the release package, unzipped). */
export const DIST = resolve(process.env.GSC_BUNDLE ?? resolve(import.meta.dirname, '../../../dist'));
export const PAGES = resolve(import.meta.dirname, '../pages');

/** The policy every mode of the widget must run under. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Serves folders on 127.0.0.1. `mounts` maps URL prefixes to folders (the longest prefix wins);
 * `headers(path)` adds response headers. Returns { url, requests, mount, close }.
 */
export async function serve({ mounts = { '/': DIST }, headers = () => ({}) } = {}) {
  const table = new Map(Object.entries(mounts));
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const prefix = [...table.keys()].filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const root = table.get(prefix);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'content-security-policy': CSP,
        ...headers(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    /** Serves `dir` at `prefix` from now on (a new version of the widget, say). */
    mount: (prefix, dir) => table.set(prefix, dir),
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(done);
    }),
  };
}
