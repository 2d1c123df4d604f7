import { describe, expect, it } from 'vitest';
import {
  CORE_PAGES,
  coreFiles,
  coreLanguages,
  onDemandImports,
  type CoreReader,
} from '../../../src/lib/offline-core.ts';

const core = (lang: string) => CORE_PAGES.map((p) => `${lang}/${p}`);

describe('coreLanguages', () => {
  it.each<[string, string[], string[]]>([
    ['both languages', ['', ...core('en'), ...core('nb'), 'en/rules/'], ['en', 'nb']],
    ['slashes as Astro gives them', ['/', ...core('nb').map((p) => `/${p.replace(/\/$/, '')}`)], ['nb']],
    ['not a language missing its offline page', [...core('en'), 'nb/', 'nb/guides/', 'nb/builder/'], ['en']],
    ['none', ['', '404'], []],
  ])('%s', (_name, pathnames, langs) => {
    expect(coreLanguages(pathnames)).toEqual(langs);
  });
});

describe('onDemandImports', () => {
  it.each<[string, string, string[], string[]]>([
    ['import() with backticks, as Vite writes it', 'await import(`./codec.abc.js`)', ['./codec.abc.js'], []],
    ['import() with quotes', 'import("./a.js");import(\'../b.js\')', ['./a.js', '../b.js'], []],
    ['not a template with a value in it', 'import(`${base}pagefind/pagefind.js`)', [], []],
    ['not a bare package name', 'import("preact")', [], []],
    ['not a static import', 'import{a}from"./a.js";', [], []],
    [
      "Vite's preload list",
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/files.a.js","_astro/codec.b.js"])))=>i.map(i=>d[i]);',
      [],
      ['_astro/files.a.js', '_astro/codec.b.js'],
    ],
  ])('%s', (_name, code, relative, fromBase) => {
    expect(onDemandImports(code)).toEqual({ relative, fromBase });
  });
});

describe('coreFiles', () => {
  const pages: Record<string, string> = {
    'en/':
      '<link rel="icon" href="/s/favicon.svg"><script type="module" src="/s/_astro/Base.r.js"></script><h1>Home</h1>',
    'en/guides/':
      '<script type="module" src="/s/_astro/Base.r.js"></script><a href="/s/en/guides/one/">One</a>',
    'en/builder/': [
      '<link rel="stylesheet" href="/s/_astro/index.c.css">',
      '<link rel="modulepreload" href="/s/_astro/Builder.b.js">',
      '<astro-island component-url="/s/_astro/Builder.b.js" renderer-url="/s/_astro/client.c.js"></astro-island>',
      '<script type="module" src="/s/_astro/Base.r.js"></script>',
      '<img src="https://elsewhere.example/x.png">',
    ].join(''),
    'en/help-now/': '<script type="module" src="/s/_astro/Base.r.js"></script>',
    'en/offline/': '<script type="module" src="/s/_astro/Base.r.js"></script>',
    'en/guides/one/': '<script type="module" src="/s/_astro/guide-only.g.js"></script>',
  };
  const code: Record<string, string> = {
    '_astro/Base.r.js': 'navigator.serviceWorker',
    '_astro/Builder.b.js':
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/files.f.js"])))=>i;import{h}from"./preact.p.js";const c=()=>import(`./codec.d.js`);import("https://elsewhere.example/x.js")',
    '_astro/client.c.js': 'import{h}from"./preact.p.js";',
    '_astro/preact.p.js': 'export const h=1',
    '_astro/codec.d.js': 'import{z}from"./schemas.z.js";',
    '_astro/schemas.z.js': 'export const z=1',
    '_astro/files.f.js': 'export const f=1',
    '_astro/guide-only.g.js': 'export const g=1',
  };
  const read: CoreReader = { page: (p) => pages[p], code: (p) => code[p] };

  it('holds the core pages, their files, and every module the builder can load, and nothing else', () => {
    const files = coreFiles('en', '/s/', read);
    expect(files.map((f) => f.path).sort()).toEqual([
      '_astro/Base.r.js',
      '_astro/Builder.b.js',
      '_astro/client.c.js',
      '_astro/codec.d.js',
      '_astro/files.f.js',
      '_astro/index.c.css',
      '_astro/preact.p.js',
      '_astro/schemas.z.js',
      'en/',
      'en/builder/',
      'en/guides/',
      'en/help-now/',
      'en/offline/',
      'favicon.svg',
    ]);
    expect(files.filter((f) => f.optional).map((f) => f.path)).toEqual(['favicon.svg']);
  });

  it('leaves out core pages that are not built, and languages it does not have', () => {
    expect(coreFiles('nb', '/s/', read)).toEqual([]);
    const partial = coreFiles('en', '/s/', {
      page: (p) => (p === 'en/help-now/' ? pages[p] : undefined),
      code: read.code,
    });
    expect(partial.map((f) => f.path)).toEqual(['en/help-now/', '_astro/Base.r.js']);
  });
});
