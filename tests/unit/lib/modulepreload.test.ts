import { describe, expect, it } from 'vitest';
import { moduleEntries, preloadList, staticImports, withPreloads } from '../../../src/lib/modulepreload.ts';

describe('staticImports', () => {
  it.each<[string, string, string[]]>([
    [
      'named, minified',
      'import{r as e}from"./preact.js";import{a as t,b}from"./hooks.js";f()',
      ['./preact.js', './hooks.js'],
    ],
    ['default and namespace', 'import e from"./a.js";import*as n from"./b.js";', ['./a.js', './b.js']],
    ['side effect only', 'import"./styles.js";x()', ['./styles.js']],
    [
      'spaced and single-quoted',
      "import { a } from './a.js';\nimport b from '../b.js';",
      ['./a.js', '../b.js'],
    ],
    [
      'after a preamble line',
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/x.js"])))=>i.map(i=>d[i]);\nimport{t}from"./a.js";',
      ['./a.js'],
    ],
    ['not import() (stays lazy)', 'const m=await import(`./lazy.js`);import("./lazy2.js").then(f)', []],
    ['not a property called import', 'a.import("./x.js");b.import`./y.js`', []],
    ['nothing', 'console.log(1)', []],
  ])('%s', (_name, code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('moduleEntries', () => {
  it('finds island components and renderers and module scripts with a src', () => {
    const html = [
      '<astro-island uid="a" component-url="/_astro/Builder.js" renderer-url="/_astro/client.js" props="{}">',
      '<script type="module" src="/_astro/page.js"></script>',
      '<script type="module">inline()</script>',
      '<script src="/classic.js"></script>',
      '<astro-island uid="b" component-url="/_astro/Builder.js" renderer-url="/_astro/client.js">',
    ].join('');
    expect(moduleEntries(html)).toEqual(['/_astro/Builder.js', '/_astro/client.js', '/_astro/page.js']);
  });

  it('finds nothing on a page without scripts', () => {
    expect(moduleEntries('<html><head></head><body><p>Plain</p></body></html>')).toEqual([]);
  });
});

describe('preloadList', () => {
  const files: Record<string, string> = {
    '/base/_astro/entry.js': 'import{a}from"./a.js";import"./b.js";const l=()=>import(`./lazy.js`);',
    '/base/_astro/a.js': 'import{b}from"./b.js";import{c}from"./sub/c.js";',
    '/base/_astro/b.js': 'import{a}from"./a.js";',
    '/base/_astro/sub/c.js': 'import{x}from"../missing.js";import{y}from"https://cdn.invalid/y.js";',
    '/base/_astro/lazy.js': 'import{a}from"./a.js";',
  };
  const read = (path: string) => files[path];

  it('follows static imports through cycles and folders, in the order first reached, and leaves lazy ones out', () => {
    expect(preloadList(['/base/_astro/entry.js'], read)).toEqual([
      '/base/_astro/entry.js',
      '/base/_astro/a.js',
      '/base/_astro/b.js',
      '/base/_astro/sub/c.js',
    ]);
  });

  it('skips entries that are not files of the site', () => {
    expect(preloadList(['/nowhere.js', '/base/_astro/b.js'], read)).toEqual([
      '/base/_astro/b.js',
      '/base/_astro/a.js',
      '/base/_astro/sub/c.js',
    ]);
  });
});

describe('withPreloads', () => {
  const page = '<html><head><title>T</title></head><body></body></html>';

  it('adds one link per path at the end of the head', () => {
    expect(withPreloads(page, ['/a.js', '/b.js'])).toBe(
      '<html><head><title>T</title><link rel="modulepreload" href="/a.js"><link rel="modulepreload" href="/b.js"></head><body></body></html>',
    );
  });

  it('adds nothing twice, and leaves a page without paths or a head alone', () => {
    const once = withPreloads(page, ['/a.js']);
    expect(withPreloads(once, ['/a.js'])).toBe(once);
    expect(withPreloads(page, [])).toBe(page);
    expect(withPreloads('<p>fragment</p>', ['/a.js'])).toBe('<p>fragment</p>');
  });

  it('escapes a path for the attribute', () => {
    expect(withPreloads(page, ['/a".js?x=1&y=<2>'])).toContain('href="/a&quot;.js?x=1&amp;y=&lt;2>"');
  });
});
