import { describe, expect, it } from 'vitest';
import {
  canMatch,
  cssBlocks,
  fitTokens,
  importsOf,
  mayChangeMarkup,
  pageParts,
  pruneCss,
  scriptGraph,
  scriptsChangeMarkup,
  selectorList,
  withPageCss,
} from '../../../src/lib/page-css.ts';

describe('cssBlocks', () => {
  it.each<[string, string, { prelude: string; body?: string }[]]>([
    [
      'rules',
      'a{b:c}p{d:e}',
      [
        { prelude: 'a', body: 'b:c' },
        { prelude: 'p', body: 'd:e' },
      ],
    ],
    [
      'a nested at-rule stays one block',
      '@media print{a{b:c}p{d:e}}x{y:z}',
      [
        { prelude: '@media print', body: 'a{b:c}p{d:e}' },
        { prelude: 'x', body: 'y:z' },
      ],
    ],
    [
      'a statement',
      '@import "a.css";a{b:c}',
      [{ prelude: '@import "a.css"' }, { prelude: 'a', body: 'b:c' }],
    ],
    ['braces in a string', 'a:after{content:"}{"}', [{ prelude: 'a:after', body: 'content:"}{"' }]],
    ['a comment with a brace', '/* } */a{b:c}', [{ prelude: '/* } */a', body: 'b:c' }]],
  ])('%s', (_name, css, expected) => {
    expect(cssBlocks(css)).toEqual(expected);
  });
});

describe('selectorList', () => {
  it.each<[string, string[]]>([
    ['a,b', ['a', 'b']],
    [':is(.a,.b),c', [':is(.a,.b)', 'c']],
    ['[data-x="1,2"] p,q', ['[data-x="1,2"] p', 'q']],
  ])('%s', (prelude, expected) => {
    expect(selectorList(prelude)).toEqual(expected);
  });
});

describe('canMatch', () => {
  const page = { cids: new Set(['on']), classes: new Set(['here', 'gw-card']) };
  it.each<[string, boolean]>([
    ['p', true],
    ['.here p', true],
    ['.gone p', false],
    ['.key[data-astro-cid-on]', false],
    ['.here[data-astro-cid-on]', true],
    ['.here[data-astro-cid-off]', false],
    ['p:not(.gone)', true],
    [':is(.gone,.here) a', true],
    [':where(a,button)', true],
    ['a[href^=".gone"]', true],
    ['main a[href^=http]:after', true],
    ['.here>:last-child', true],
  ])('%s → %s', (selector, expected) => {
    expect(canMatch(selector, page)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['table td', false],
    ['p a', true],
    ['main>p+ul', true],
    ['li:before', true],
    [':where(table) p', true],
    ['.here>:last-child', true],
    ['P', true],
    ['svg|a', true],
    ['a[href^=table]', true],
  ])('with the kinds of element: %s → %s', (selector, expected) => {
    const elements = new Set(['main', 'p', 'a', 'ul', 'li']);
    expect(canMatch(selector, { ...page, elements })).toBe(expected);
  });

  it('keeps every class-based rule when the page runs a script (no class list)', () => {
    expect(canMatch('.gone p', { cids: new Set() })).toBe(true);
    expect(canMatch('.gone[data-astro-cid-off]', { cids: new Set() })).toBe(false);
  });
});

describe('pruneCss', () => {
  const page = { cids: new Set(['on']), classes: new Set(['here']) };
  it.each<[string, string, string]>([
    ['keeps what matches, as written', 'p{a:b}.here{c:d}', 'p{a:b}.here{c:d}'],
    ['drops a rule that cannot match', 'p{a:b}.gone{c:d}', 'p{a:b}'],
    ['drops only the selectors that cannot match', '.gone,.here{c:d}', '.here{c:d}'],
    [
      'prunes inside @media and drops it when empty',
      '@media print{.gone{a:b}}@media x{p{a:b}.gone{c:d}}',
      '@media x{p{a:b}}',
    ],
    [
      'keeps other at-rules',
      '@font-face{font-family:x}@keyframes k{0%{a:b}}',
      '@font-face{font-family:x}@keyframes k{0%{a:b}}',
    ],
    ['keeps statements', '@import "a.css";', '@import "a.css";'],
    [
      'drops a component not on the page',
      '.x[data-astro-cid-off]{a:b}p[data-astro-cid-on]{c:d}',
      'p[data-astro-cid-on]{c:d}',
    ],
    ['nothing left', '.gone{a:b}', ''],
  ])('%s', (_name, css, expected) => {
    expect(pruneCss(css, page)).toBe(expected);
  });
});

describe('pageParts and withPageCss', () => {
  const html =
    '<html><head><style>.key[data-astro-cid-k]{a:b}.rule[data-astro-cid-r]{c:d}.unused{e:f}.used{g:h}</style></head>' +
    '<body><!-- <p class="unused"> --><p class="key used" data-astro-cid-k>Hi</p></body></html>';

  it('reads the component ids, classes and elements of the markup, not of its styles or comments', () => {
    expect(pageParts(html, false)).toEqual({
      cids: new Set(['k']),
      classes: new Set(['key', 'used']),
      elements: new Set(['html', 'head', 'body', 'tbody', 'colgroup', 'p']),
    });
    expect(pageParts(html, true)).toEqual({ cids: new Set(['k']) });
  });

  it('prunes a page whose scripts add no markup by components and classes', () => {
    expect(withPageCss(html, [])).toBe(html.replace('.rule[data-astro-cid-r]{c:d}.unused{e:f}', ''));
    expect(withPageCss(html, ['e.hidden=!1'])).toBe(withPageCss(html, []));
  });

  it('prunes a page with a script that may add markup, or unknown scripts, by components only', () => {
    expect(withPageCss(html, ['e.classList.add(`x`)'])).toBe(
      html.replace('.rule[data-astro-cid-r]{c:d}', ''),
    );
    expect(withPageCss(html, undefined)).toBe(html.replace('.rule[data-astro-cid-r]{c:d}', ''));
  });

  it('removes a style left empty', () => {
    expect(withPageCss('<style>.gone{a:b}</style><p>x</p>', [])).toBe('<p>x</p>');
  });

  it('fits tokens only when the scripts are known, minding the other styles and the linked sheets', () => {
    const page =
      '<style>:root{--a:1rem;--b:2rem;--c:red}p{margin:var(--a)}</style><style>p{color:var(--c)}</style><p>x</p>';
    expect(withPageCss(page, [])).toBe(
      '<style>:root{--c:red}p{margin:1rem}</style><style>p{color:var(--c)}</style><p>x</p>',
    );
    expect(withPageCss(page, [], ['.x{padding:var(--b)}'])).toContain(':root{--b:2rem;--c:red}');
    expect(withPageCss(page, undefined)).toBe(page);
  });
});

describe('mayChangeMarkup', () => {
  it.each<[string, string, boolean]>([
    [
      'shows and hides, sets text',
      'let t=document.querySelector(`button`);t.hidden=!1;t.textContent=`x`',
      false,
    ],
    ['reads data attributes', 'e.dataset.stop??e.textContent', false],
    ['classList', 'e.classList.add(`on`)', true],
    ['className', 'e.className=`on`', true],
    ['a framework prop', 'h(`p`,{class:`x`})', true],
    ['markup as text', 'e.innerHTML=s', true],
    ['markup beside an element', 'e.insertAdjacentHTML(`beforeend`,s)', true],
    ['an attribute by name', 'e.setAttribute(n,v)', true],
    ['attributes toggled by name', 'e.toggleAttribute(n)', true],
    ['a parsed document', 'new DOMParser().parseFromString(s,`text/html`)', true],
    ['a new element', 'document.body.append(document.createElement(`table`))', true],
  ])('%s → %s', (_name, code, expected) => {
    expect(mayChangeMarkup(code)).toBe(expected);
  });
});

describe('importsOf', () => {
  it.each<[string, string, { specifiers: string[]; computed: boolean }]>([
    ['static', 'import{t as e}from"./speech.js";e()', { specifiers: ['./speech.js'], computed: false }],
    ['bare', 'import"./a.js";export{b}from"../b.js"', { specifiers: ['./a.js', '../b.js'], computed: false }],
    ['on demand', 'x(()=>import(`./later.js`))', { specifiers: ['./later.js'], computed: false }],
    ['a computed name', 'import(`./${name}.js`)', { specifiers: [], computed: true }],
    ['none', 'let a=1', { specifiers: [], computed: false }],
  ])('%s', (_name, code, expected) => {
    expect(importsOf(code)).toEqual(expected);
  });
});

describe('scriptGraph and scriptsChangeMarkup', () => {
  const files: Record<string, string> = {
    '/s/_astro/page.js': 'import{t}from"./speech.js";t()',
    '/s/_astro/speech.js': 'export function t(){return 1}',
    '/s/_astro/lazy.js': 'x(()=>import(`./view.js`))',
    '/s/_astro/view.js': 'e.classList.add(`open`)',
    '/s/_astro/bare.js': 'import"preact";',
    '/s/_astro/lost.js': 'import"./gone.js";',
  };
  const read = (path: string) => files[path];

  it.each<[string, string[], boolean]>([
    ['no scripts', [], false],
    ['a script and its import that only show and hide', ['/s/_astro/page.js'], false],
    ['a module imported on demand adds a class', ['/s/_astro/lazy.js'], true],
    ['one of several scripts adds a class', ['/s/_astro/page.js', '/s/_astro/view.js'], true],
    ['a bare import', ['/s/_astro/bare.js'], true],
    ['a module that is not a built file', ['/s/_astro/lost.js'], true],
    ['a script of another origin', ['https://example.org/x.js'], true],
  ])('%s → %s', (_name, entries, expected) => {
    expect(scriptsChangeMarkup(entries, read)).toBe(expected);
  });

  it('gives the code of the scripts and what they import, or undefined when it cannot be known', () => {
    expect(scriptGraph(['/s/_astro/page.js'], read)).toEqual([
      files['/s/_astro/page.js'],
      files['/s/_astro/speech.js'],
    ]);
    expect(scriptGraph(['/s/_astro/bare.js'], read)).toBeUndefined();
    expect(scriptGraph(['/s/_astro/lost.js'], read)).toBeUndefined();
  });
});

describe('fitTokens', () => {
  it.each<[string, string, string, string]>([
    ['writes in a token with one value', ':root{--s:1rem}p{margin:var(--s)}', '', 'p{margin:1rem}'],
    [
      'keeps a token set twice (light and dark), and reads it',
      ':root{--c:#000}@media (prefers-color-scheme:dark){:root{--c:#fff}}p{color:var(--c)}',
      '',
      ':root{--c:#000}@media (prefers-color-scheme:dark){:root{--c:#fff}}p{color:var(--c)}',
    ],
    [
      'drops what nothing reads, in every rule, and a rule left empty',
      ':root{--a:#000;color-scheme:light dark}@media print{:root{--a:#fff}}p{margin:0}',
      '',
      ':root{color-scheme:light dark}p{margin:0}',
    ],
    [
      'keeps a token another one reads',
      ':root{--a:var(--b);--b:red}p{color:var(--a)}',
      '',
      ':root{--a:var(--b);--b:red}p{color:var(--a)}',
    ],
    ['drops a chain nothing reads', ':root{--a:var(--b);--b:red}p{margin:0}', '', 'p{margin:0}'],
    [
      'keeps and does not write in a token named elsewhere',
      ':root{--s:1rem}p{margin:var(--s)}',
      'style="--s:2rem"',
      ':root{--s:1rem}p{margin:var(--s)}',
    ],
    [
      'keeps a token read with a fallback',
      ':root{--s:1rem}p{margin:var(--s,0)}',
      '',
      ':root{--s:1rem}p{margin:var(--s,0)}',
    ],
    [
      'keeps a token set outside :root as it is',
      '.x{--s:1rem}.x p{margin:var(--s)}',
      '',
      '.x{--s:1rem}.x p{margin:var(--s)}',
    ],
  ])('%s', (_name, css, elsewhere, expected) => {
    expect(fitTokens(css, elsewhere)).toBe(expected);
  });
});
