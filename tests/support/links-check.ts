/**
 * Checks the links of built HTML without a browser: every internal href and
 * src must name a built file, and every #fragment an element on the target
 * page. Works for a site built under a base path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The attribute values that point somewhere: href and src. */
export function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

/** The built file for a URL path under a base path (`/selvhjelp/en/` → `<dist>/en/index.html`), if any. */
export function fileFor(distDir: string, pathname: string, base = '/'): string | undefined {
  const decoded = decodeURIComponent(pathname);
  if (!decoded.startsWith(base)) return undefined;
  const inner = `/${decoded.slice(base.length)}`;
  const direct = join(distDir, inner);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(distDir, inner, 'index.html');
  if (inner.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

/** The broken links of one built page (given by its URL path under the base), with the reason for each. */
export function brokenLinks(distDir: string, path: string, base = '/'): string[] {
  const page = fileFor(distDir, path, base);
  if (!page) return [`${path} (the page itself was not built)`];
  const here = new URL(path, 'http://site.test');
  const broken: string[] = [];
  for (const ref of references(readFileSync(page, 'utf8'))) {
    if (/^(mailto|tel|data):/.test(ref)) continue;
    const url = new URL(ref, here);
    if (url.origin !== here.origin) continue;
    const file = fileFor(distDir, url.pathname, base);
    if (!file) {
      broken.push(`${ref} (no such file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !ids(readFileSync(file, 'utf8')).has(fragment)) {
      broken.push(`${ref} (no element with id "${fragment}")`);
    }
  }
  return broken;
}
