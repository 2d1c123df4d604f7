/**
 * Every internal link and asset reference in the built HTML resolves to a
 * built file, and every #fragment to an element on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from './support.ts';

/** The attribute values that point somewhere: href and src. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const direct = join(distDir, decoded);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(distDir, decoded, 'index.html');
  if (decoded.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

const pages = [...builtPages(), '/404.html'];

describe.each(pages)('%s', (path) => {
  it('links only to pages, files and anchors that exist', () => {
    const source = readFileSync(fileFor(path)!, 'utf8');
    const here = new URL(path, 'http://site.test');
    const broken: string[] = [];
    for (const ref of references(source)) {
      if (/^(mailto|tel|data):/.test(ref)) continue;
      const url = new URL(ref, here);
      if (url.origin !== here.origin) continue;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${ref} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html')) {
        const target = readFileSync(file, 'utf8');
        if (!ids(target).has(fragment)) broken.push(`${ref} (no element with id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('page size does not grow with the number of guides', () => {
  it('no page but the guides index links to every guide', () => {
    for (const lang of ['en', 'nb']) {
      const guides = builtPages().filter((p) => p.startsWith(`/${lang}/guides/`) && p !== `/${lang}/guides/`);
      expect(guides.length).toBeGreaterThan(3);
      const listing = builtPages().filter((page) => {
        const html = readFileSync(fileFor(page)!, 'utf8');
        return guides.every((g) => html.includes(`href="${g}"`));
      });
      expect(listing).toEqual([`/${lang}/guides/`]);
    }
  });
});
