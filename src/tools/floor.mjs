// The physical floor of a page: the smallest reasonable page for the same
// content. That is the page's <main> content in a minimal valid HTML document
// with its language, a charset, a viewport and its title, and no CSS, no head
// links, no header or footer. Astro's data-astro-cid-* attributes are dropped
// from the content, as they only serve the styles, and so are script elements
// (a page's script may sit inside its <main>: it is not content). bench.mjs reports each
// guide's first-visit bytes against this floor's gzip size.
//   node src/tools/floor.mjs [dist] [page path …]   e.g. node src/tools/floor.mjs dist /en/guides/ground-rules/
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzip bytes at the best level, as the bench counts them. */
export const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/** The floor document for a built page, or undefined when it has no <main>. */
export function floorPage(html) {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1];
  if (main === undefined) return undefined;
  const lang = /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'en';
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  return [
    `<!doctype html><html lang="${lang}"><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><main>${main
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/\sdata-astro-cid-[\w-]+(?:="[^"]*")?/g, '')}</main>`,
  ].join('');
}

/** The floor's gzip bytes for a built page, or undefined when it has no <main>. */
export function floorGzip(html) {
  const page = floorPage(html);
  return page === undefined ? undefined : gzipBytes(page);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dist = 'dist', ...paths] = process.argv.slice(2);
  for (const path of paths.length > 0 ? paths : ['/en/guides/ground-rules/']) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    console.log(`${path}: page ${gzipBytes(html)} B gzip, floor ${floorGzip(html)} B gzip`);
  }
}
