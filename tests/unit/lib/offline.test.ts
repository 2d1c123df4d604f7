import { describe, expect, it } from 'vitest';
import {
  languageOf,
  listedPages,
  offlineCandidates,
  offlineList,
  pageAssets,
  pageKey,
  pageTitle,
  requestKind,
  withOfflineList,
  type OfflineScope,
  type RequestKind,
} from '../../../src/lib/offline.ts';

const O = 'https://groundwork.example';

const SCOPE: OfflineScope = {
  origin: O,
  base: '/',
  assets: '/_astro/',
  onlineOnly: ['/en/search/', '/nb/search/'],
  never: ['/sw.js', '/pagefind/'],
};

describe('requestKind', () => {
  it.each<[string, string, string, string, RequestKind, Partial<OfflineScope>?]>([
    ['a page', `${O}/en/guides/ground-rules/`, 'GET', 'navigate', 'page'],
    ['a page with a query', `${O}/en/builder/?step=rules`, 'GET', 'navigate', 'page'],
    ['the language chooser', `${O}/`, 'GET', 'navigate', 'page'],
    ['search', `${O}/en/search/`, 'GET', 'navigate', 'online-only'],
    ['search with words', `${O}/nb/search/?q=taushetsplikt`, 'GET', 'navigate', 'online-only'],
    ['a hashed build file', `${O}/_astro/app.abc.js`, 'GET', 'cors', 'asset'],
    ['a stylesheet', `${O}/_astro/index.abc.css`, 'GET', 'no-cors', 'asset'],
    ['the favicon', `${O}/favicon.svg`, 'GET', 'no-cors', 'file'],
    ['an icon with a query', `${O}/icons/icon-192.png?v=2`, 'GET', 'no-cors', 'file'],
    ['the worker script', `${O}/sw.js`, 'GET', 'same-origin', 'skip'],
    ['a search index file', `${O}/pagefind/pagefind.js`, 'GET', 'cors', 'skip'],
    ['a search fragment', `${O}/pagefind/fragment/en_1.pf_fragment`, 'GET', 'cors', 'skip'],
    ['a POST', `${O}/en/builder/`, 'POST', 'navigate', 'skip'],
    ['a HEAD (the register script asking for sw.js)', `${O}/sw.js`, 'HEAD', 'cors', 'skip'],
    ['another origin', 'https://elsewhere.example/en/', 'GET', 'navigate', 'skip'],
    ['a look-alike origin', 'https://groundwork.example.evil.example/_astro/a.js', 'GET', 'cors', 'skip'],
    ['another port', 'https://groundwork.example:8443/en/', 'GET', 'navigate', 'skip'],
    ['not an address', 'not a url', 'GET', 'navigate', 'skip'],
    ['outside the base', `${O}/en/`, 'GET', 'navigate', 'skip', { base: '/selvhjelp/' }],
    ['inside the base', `${O}/selvhjelp/en/`, 'GET', 'navigate', 'page', { base: '/selvhjelp/' }],
  ])('%s: %s', (_name, href, method, mode, kind, scope = {}) => {
    expect(requestKind(href, method, mode, { ...SCOPE, ...scope })).toBe(kind);
  });
});

describe('pageKey', () => {
  it.each([
    [`${O}/en/builder/?step=rules#top`, `${O}/en/builder/`],
    [`${O}/en/`, `${O}/en/`],
    [`${O}/nb/guides/gr%C3%B8nn/`, `${O}/nb/guides/gr%C3%B8nn/`],
  ])('%s → %s', (href, key) => {
    expect(pageKey(href)).toBe(key);
  });
});

describe('languageOf and offlineCandidates', () => {
  const OFFLINE = { en: '/s/en/offline/', nb: '/s/nb/offline/' };
  it.each<[string, string | undefined, string[]]>([
    ['/s/en/guides/ground-rules/', 'en', ['/s/en/offline/', '/s/nb/offline/']],
    ['/s/nb/', 'nb', ['/s/nb/offline/', '/s/en/offline/']],
    ['/s/', undefined, ['/s/en/offline/', '/s/nb/offline/']],
    ['/s/de/guides/', undefined, ['/s/en/offline/', '/s/nb/offline/']],
    ['/s/robots.txt', undefined, ['/s/en/offline/', '/s/nb/offline/']],
    ['/other/nb/', undefined, ['/s/en/offline/', '/s/nb/offline/']],
  ])('%s is in %s', (path, lang, candidates) => {
    expect(languageOf(path, '/s/', ['en', 'nb'])).toBe(lang);
    expect(offlineCandidates(path, '/s/', ['en', 'nb'], OFFLINE)).toEqual(candidates);
  });

  it('follows the site order, and skips a language without an offline page', () => {
    expect(offlineCandidates('/', '/', ['nb', 'en'], { en: '/en/offline/', nb: '/nb/offline/' })).toEqual([
      '/nb/offline/',
      '/en/offline/',
    ]);
    expect(offlineCandidates('/nb/', '/', ['nb', 'en'], { en: '/en/offline/' })).toEqual(['/en/offline/']);
  });
});

describe('pageAssets', () => {
  const page = `${O}/s/en/builder/`;
  it('finds styles, scripts, preloads and islands (needed), icons and the manifest (not needed)', () => {
    const html = [
      '<link rel="icon" href="/s/favicon.svg" type="image/svg+xml">',
      '<link rel="apple-touch-icon" href="/s/icons/apple.png">',
      '<link rel="manifest" href="/s/en/manifest.webmanifest">',
      '<link rel="stylesheet" href="/s/_astro/index.abc.css">',
      '<link rel="modulepreload" href="/s/_astro/app.abc.js">',
      '<link rel="preload" as="fetch" href="/s/en/builder/data.json?v=1" crossorigin="anonymous">',
      '<link rel="alternate" hreflang="nb" href="/s/nb/builder/">',
      '<link rel="canonical" href="https://groundwork.example/s/en/builder/">',
      '<script type="module" src="/s/_astro/Base.x.js"></script>',
      '<script type="application/ld+json">{}</script>',
      '<astro-island component-url="/s/_astro/Builder.abc.js" renderer-url="/s/_astro/client.abc.js">',
      '<link rel="stylesheet" href="https://cdn.example/x.css">',
      '<script src="../../_astro/relative.js?v=1&amp;x=2#a"></script>',
      '<link rel="modulepreload" href="/s/_astro/app.abc.js">',
    ].join('');
    expect(pageAssets(html, page)).toEqual([
      { href: `${O}/s/favicon.svg`, needed: false },
      { href: `${O}/s/icons/apple.png`, needed: false },
      { href: `${O}/s/en/manifest.webmanifest`, needed: false },
      { href: `${O}/s/_astro/index.abc.css`, needed: true },
      { href: `${O}/s/_astro/app.abc.js`, needed: true },
      { href: `${O}/s/en/builder/data.json?v=1`, needed: true },
      { href: `${O}/s/_astro/Base.x.js`, needed: true },
      { href: `${O}/s/_astro/relative.js?v=1&x=2`, needed: true },
      { href: `${O}/s/_astro/Builder.abc.js`, needed: true },
      { href: `${O}/s/_astro/client.abc.js`, needed: true },
    ]);
  });

  it('finds nothing in a page without files', () => {
    expect(pageAssets('<html><style>p{}</style><p>Hello</p></html>', page)).toEqual([]);
  });
});

describe('pageTitle', () => {
  it.each([
    [
      'the first h1',
      '<title>Ground rules · Groundwork</title><h1 data-astro-cid-x>Ground rules</h1>',
      'Ground rules',
    ],
    ['tags inside it removed, entities kept', '<h1>Rules <em>we</em> &amp; you</h1>', 'Rules we &amp; you'],
    ['spaces collapsed', '<h1>\n  Help\n  now </h1>', 'Help now'],
    ['the title when there is no h1', '<title>Groundwork: Start</title><h2>x</h2>', 'Groundwork: Start'],
    ['the title when the h1 is empty', '<title>Start</title><h1><span></span></h1>', 'Start'],
    ['nothing', '<p>text</p>', ''],
  ])('%s', (_name, html, title) => {
    expect(pageTitle(html)).toBe(title);
  });
});

describe('offlineList', () => {
  const pages = [
    { href: `${O}/en/guides/when-it-gets-hard/`, title: 'When it gets hard' },
    { href: `${O}/en/guides/ground-rules/`, title: 'Ground rules' },
    { href: `${O}/nb/guides/ground-rules/`, title: 'Grunnregler' },
    { href: `${O}/en/offline/`, title: 'You are offline' },
    { href: `${O}/en/`, title: 'Start and run a self-help group' },
    { href: `${O}/en/guides/ground-rules/`, title: 'Ground rules' },
    { href: `${O}/en/rules/`, title: '' },
    { href: `${O}/`, title: 'Groundwork' },
    { href: 'not a url', title: 'Broken' },
    { href: `${O}/en/for-centres/`, title: 'For rehabilitation centres' },
  ];

  it("keeps the language's named pages once each, leaves out the excluded ones, and sorts by name", () => {
    expect(offlineList(pages, 'en', '/', [`${O}/en/offline/`, `${O}/en/`]).map((p) => p.title)).toEqual([
      'For rehabilitation centres',
      'Ground rules',
      'When it gets hard',
    ]);
    expect(offlineList(pages, 'nb', '/', []).map((p) => p.href)).toEqual([`${O}/nb/guides/ground-rules/`]);
  });

  it('sorts as the language does', () => {
    const nb = [
      { href: `${O}/nb/b/`, title: 'Å være vert' },
      { href: `${O}/nb/a/`, title: 'Øvelser' },
      { href: `${O}/nb/c/`, title: 'Zebra' },
    ];
    expect(offlineList(nb, 'nb', '/', []).map((p) => p.title)).toEqual(['Zebra', 'Øvelser', 'Å være vert']);
  });

  it('only lists pages under the base', () => {
    expect(offlineList([{ href: `${O}/en/x/`, title: 'X' }], 'en', '/selvhjelp/', [])).toEqual([]);
  });
});

describe('withOfflineList and listedPages', () => {
  const html = [
    '<main><h1>You are offline</h1>',
    '<p class="search-note" data-offline-search hidden data-astro-cid-a>Search needs a connection.</p>',
    '<ul class="saved" data-offline-list data-astro-cid-a>',
    '<li data-astro-cid-a><a href="/en/" data-astro-cid-a>Home page</a></li>',
    '<li data-astro-cid-a><a href="/en/help-now/" data-astro-cid-a>Help now</a></li>',
    '</ul><ul><li>other list</li></ul></main>',
  ].join('');
  const stored = [
    { href: `${O}/en/guides/ground-rules/`, title: 'Ground rules' },
    { href: `${O}/en/guides/a"b<c/`, title: 'Odd <b>name</b> &amp; more' },
  ];

  it('adds the stored pages at the end of the list, escaped, and keeps the search note hidden', () => {
    const out = withOfflineList(html, stored, false);
    expect(out).toContain(
      '<a href="/en/help-now/" data-astro-cid-a>Help now</a></li>' +
        '<li><a href="/en/guides/ground-rules/">Ground rules</a></li>' +
        '<li><a href="/en/guides/a%22b%3Cc/">Odd bname/b &amp; more</a></li></ul><ul><li>other list</li>',
    );
    expect(out).toMatch(/data-offline-search hidden/);
  });

  it('shows the search note when it stands in for search', () => {
    const out = withOfflineList(html, [], true);
    expect(out).toContain('<p class="search-note" data-offline-search data-astro-cid-a>');
    expect(out.replace('<p class="search-note" data-offline-search data-astro-cid-a>', '')).toBe(
      html.replace('<p class="search-note" data-offline-search hidden data-astro-cid-a>', ''),
    );
  });

  it('leaves a page without a list as it is', () => {
    expect(withOfflineList('<p>no list</p>', stored, true)).toBe('<p>no list</p>');
  });

  it('reads the addresses the list links to', () => {
    expect(listedPages(html, `${O}/en/guides/x/`)).toEqual([`${O}/en/`, `${O}/en/help-now/`]);
    expect(listedPages('<p>none</p>', `${O}/en/`)).toEqual([]);
  });
});
