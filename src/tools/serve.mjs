// Serves the built site (dist/) the way a static host would: files as they
// are, `index.html` for folders, the 404 page for anything missing, and the
// site under its base path. Used by `npm start` and by the browser tests. With
// `compress`, text files are sent gzip-compressed to a browser that asks for it,
// as a real host sends them (`npm start` and Lighthouse's bench use it; the
// other tests and benches count bytes themselves and get the files as they are).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The types a host compresses: text. Images and Pagefind's files (compressed already) go as they are. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/**
 * Creates (but does not start) a static file server for `root`, mounted at
 * `base` (such as `/` or `/selvhjelp/`); `compress` sends text gzip-compressed
 * to a browser that accepts it.
 */
export function createStaticServer(root, base = '/', { compress = false } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const notFound = join(dir, '404.html');
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    const gzip = compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (res, status, file) => sendFile(res, status, file, gzip);
    if (!pathname.startsWith(prefix)) return send(res, 404, notFound);
    const relative = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    if (!file.startsWith(dir)) return send(res, 404, notFound);
    if (kind(file) === 'directory') {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (kind(file) !== 'file') return send(res, 404, notFound);
    return send(res, 200, file);
  });
}

/** Whether a path is a file, a folder, or nothing (also when it goes away while it is looked at). */
function kind(path) {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

function sendFile(res, status, file, gzip) {
  // Read whole (the site's files are small), so a file removed while it is sent is a plain 404.
  let body;
  try {
    body = readFileSync(file);
  } catch {
    res
      .writeHead(status === 200 ? 404 : status, { 'content-type': 'text/plain; charset=utf-8' })
      .end('Not found');
    return;
  }
  const zipped = gzip && COMPRESSED.has(extname(file));
  res.writeHead(status, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(zipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  res.end(zipped ? gzipSync(body) : body);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? '/';
  createStaticServer('dist', base, { compress: true }).listen(port, '127.0.0.1', () => {
    console.log(`Groundwork is served at http://localhost:${port}${base}  (Ctrl+C to stop)`);
  });
}
