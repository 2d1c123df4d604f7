import { describe, expect, it } from 'vitest';
import { inSitemap, isUnlisted, sitemapLinks, webManifest } from '../../../src/lib/seo.ts';
import { withBase } from '../../../src/lib/urls.ts';

const SITE = 'https://example.org';

describe('isUnlisted', () => {
  it.each([
    ['for-centres/handout/', true],
    ['/for-centres/poster/', true],
    ['offline/', true],
    ['for-centres/', false],
    ['for-centres/declaration/', false],
    ['', false],
  ])('%j → %s', (page, expected) => {
    expect(isUnlisted(page)).toBe(expected);
  });
});

describe('inSitemap', () => {
  it.each([
    [`${SITE}/`, '/', true],
    [`${SITE}/en/`, '/', true],
    [`${SITE}/nb/guides/ground-rules/`, '/', true],
    [`${SITE}/nb/for-centres/handout/`, '/', false],
    [`${SITE}/en/for-centres/poster/`, '/', false],
    [`${SITE}/en/offline/`, '/', false],
    [`${SITE}/404/`, '/', false],
    [`${SITE}/404.html`, '/', false],
    [`${SITE}/selvhjelp/nb/for-centres/handout/`, '/selvhjelp/', false],
    [`${SITE}/selvhjelp/nb/for-centres/`, '/selvhjelp/', true],
    [`${SITE}/selvhjelp/404/`, '/selvhjelp/', false],
  ])('%s under %s → %s', (address, base, expected) => {
    expect(inSitemap(address, base)).toBe(expected);
  });
});

describe('sitemapLinks', () => {
  it('gives a page its address in every language and the root as x-default', () => {
    expect(sitemapLinks(`${SITE}/nb/guides/ground-rules/`, '/', ['en', 'nb'])).toEqual([
      { lang: 'en', url: `${SITE}/en/guides/ground-rules/` },
      { lang: 'nb', url: `${SITE}/nb/guides/ground-rules/` },
      { lang: 'x-default', url: `${SITE}/` },
    ]);
  });

  it("gives the root address each language's home page", () => {
    expect(sitemapLinks(`${SITE}/selvhjelp/`, '/selvhjelp/', ['nb'])).toEqual([
      { lang: 'nb', url: `${SITE}/selvhjelp/nb/` },
      { lang: 'x-default', url: `${SITE}/selvhjelp/` },
    ]);
  });

  it.each([`${SITE}/fr/guides/`, `${SITE}/other/`, `${SITE}/elsewhere/nb/`])(
    'gives no alternates to %s',
    (address) => {
      expect(sitemapLinks(address, '/', ['en', 'nb'])).toEqual([]);
    },
  );
});

describe('webManifest', () => {
  it('opens the home page of its language under the base path, with a plain and a maskable icon', () => {
    const manifest = webManifest({
      lang: 'nb',
      name: 'Selvhjelp Solvang',
      description: 'Start en gruppe.',
      url: (path) => withBase('/selvhjelp/', path),
    });
    expect(manifest).toMatchObject({
      id: '/selvhjelp/nb/',
      start_url: '/selvhjelp/nb/',
      scope: '/selvhjelp/nb/',
      lang: 'nb',
      name: 'Selvhjelp Solvang',
      short_name: 'Selvhjelp So',
      display: 'standalone',
    });
    expect(manifest.icons.map((i) => [i.src, i.sizes, i.purpose])).toEqual([
      ['/selvhjelp/icons/icon-192.png', '192x192', 'any'],
      ['/selvhjelp/icons/icon-512.png', '512x512', 'any'],
      ['/selvhjelp/icons/maskable-512.png', '512x512', 'maskable'],
    ]);
  });

  it('keeps a short name as it is', () => {
    expect(webManifest({ lang: 'en', name: 'Groundwork', description: 'x', url: (p) => p }).short_name).toBe(
      'Groundwork',
    );
  });
});
