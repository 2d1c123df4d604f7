/**
 * Every internal link and asset reference in the built HTML resolves to a
 * built file, and every #fragment to an element on the target page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenLinks, fileFor } from '../support/links-check.ts';
import { builtPages, distDir } from '../support/browser.ts';

const pages = [...builtPages(), '/404.html'];

describe.each(pages)('%s', (path) => {
  it('links only to pages, files and anchors that exist', () => {
    expect(brokenLinks(distDir, path)).toEqual([]);
  });
});

describe('page size does not grow with the number of guides', () => {
  // The search page lists every guide too, for visitors without JavaScript (issue: search), and
  // nothing else does: every other page stays the same size as guides are added.
  it('no page but the guides index and the search page links to every guide', () => {
    for (const lang of ['en', 'nb']) {
      const guides = builtPages().filter((p) => p.startsWith(`/${lang}/guides/`) && p !== `/${lang}/guides/`);
      expect(guides.length).toBeGreaterThan(3);
      const listing = builtPages().filter((page) => {
        const html = readFileSync(fileFor(distDir, page)!, 'utf8');
        return guides.every((g) => html.includes(`href="${g}"`));
      });
      expect(listing.filter((page) => page !== `/${lang}/search/`)).toEqual([`/${lang}/guides/`]);
    }
  });
});
