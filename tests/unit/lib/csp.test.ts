import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  inlineBlocks,
  metaPolicy,
  policyAlgorithm,
  withOwnHashes,
  withOwnPolicy,
} from '../../../src/lib/csp.ts';

const sha = (text: string, algorithm = 'sha256') =>
  `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;

describe('cspHash', () => {
  it.each<[string, string, 'sha256' | 'sha384' | 'sha512', string]>([
    ['empty, sha256', '', 'sha256', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['text, sha256', 'a{color:red}', 'sha256', sha('a{color:red}')],
    ['non-ASCII as UTF-8', 'p::after{content:"ø"}', 'sha256', sha('p::after{content:"ø"}')],
    ['sha384', 'x()', 'sha384', sha('x()', 'sha384')],
  ])('%s', (_name, text, algorithm, expected) => {
    expect(cspHash(text, algorithm)).toBe(expected);
  });
});

describe('inlineBlocks', () => {
  it.each<[string, string, { scripts: string[]; styles: string[] }]>([
    ['none', '<p>Hi</p>', { scripts: [], styles: [] }],
    ['a style, as written', '<style>a{b:c}\n</style>', { scripts: [], styles: ['a{b:c}\n'] }],
    ['a style with attributes', '<style media="print">p{}</style>', { scripts: [], styles: ['p{}'] }],
    ['a classic script', '<script>go()</script>', { scripts: ['go()'], styles: [] }],
    ['a module script', '<script type="module">go()</script>', { scripts: ['go()'], styles: [] }],
    ['a JavaScript type', "<script type='text/javascript'>go()</script>", { scripts: ['go()'], styles: [] }],
    ['an empty inline script', '<script></script>', { scripts: [''], styles: [] }],
    ['not one with a src', '<script type="module" src="/a.js"></script>', { scripts: [], styles: [] }],
    ['not JSON-LD (data)', '<script type="application/ld+json">{}</script>', { scripts: [], styles: [] }],
    ['not JSON (data)', '<script type="application/json">{}</script>', { scripts: [], styles: [] }],
    ['not inside a comment', '<!-- <style>x</style> --><p>a</p>', { scripts: [], styles: [] }],
    [
      'several, in page order',
      '<style>a</style><body><script>1</script><svg><style>b</style></svg><script>2</script>',
      { scripts: ['1', '2'], styles: ['a', 'b'] },
    ],
    [
      'a tag name in a script ends nothing early',
      '<script>x="<style>"</script><style>s</style>',
      { scripts: ['x="<style>"'], styles: ['s'] },
    ],
  ])('%s', (_name, html, expected) => {
    expect(inlineBlocks(html)).toEqual(expected);
  });
});

describe('policyAlgorithm', () => {
  it.each([
    ["style-src 'self' 'sha384-abc'", 'sha384'],
    ["script-src 'self' 'SHA512-abc'", 'sha512'],
    ["default-src 'self'", 'sha256'],
  ])('%s → %s', (policy, expected) => {
    expect(policyAlgorithm(policy)).toBe(expected);
  });
});

describe('withOwnHashes', () => {
  const site =
    "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=' 'sha256-DDD=';";
  it.each<[string, string, { scripts: string[]; styles: string[] }, string]>([
    [
      'a page with one style and no script keeps every other source',
      site,
      { scripts: [], styles: ['a{}'] },
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${sha('a{}')}`,
    ],
    [
      'a page with scripts and styles, each hash once',
      site,
      { scripts: ['x()', 'y()'], styles: ['a{}', 'a{}'] },
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${sha('x()')} ${sha('y()')}; style-src 'self' ${sha('a{}')}`,
    ],
    [
      'a page with nothing inline',
      site,
      { scripts: [], styles: [] },
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    ],
    [
      'the algorithm the policy uses',
      "style-src 'self' 'sha384-XYZ'",
      { scripts: [], styles: ['a{}'] },
      `style-src 'self' ${sha('a{}', 'sha384')}`,
    ],
    [
      'a directive added only when there is a hash for it',
      "default-src 'self'",
      { scripts: ['x()'], styles: [] },
      `default-src 'self'; script-src ${sha('x()')}`,
    ],
    [
      'other directives untouched, even with hashes',
      "script-src-attr 'sha256-KEEP='; style-src 'self' 'sha256-OLD='",
      { scripts: [], styles: [] },
      "script-src-attr 'sha256-KEEP='; style-src 'self'",
    ],
  ])('%s', (_name, policy, blocks, expected) => {
    expect(withOwnHashes(policy, blocks)).toBe(expected);
  });
});

describe('metaPolicy and withOwnPolicy', () => {
  const page = (policy: string, body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body>${body}</body></html>`;

  it('reads a policy, its entities decoded', () => {
    expect(metaPolicy(page('style-src &#39;self&#39;', ''))).toBe("style-src 'self'");
    expect(metaPolicy('<p>no policy</p>')).toBeUndefined();
  });

  it("rewrites a page's policy to its own hashes and leaves the rest of the page as it was", () => {
    const before = page("style-src 'self' 'sha256-OTHER='; script-src 'self' 'sha256-OTHER2='", '<p>Hi</p>');
    const after = withOwnPolicy(before);
    expect(metaPolicy(after)).toBe(`style-src 'self' ${sha('a{}')}; script-src 'self'`);
    expect(after.replace(/content="[^"]*"/, '')).toBe(before.replace(/content="[^"]*"/, ''));
  });

  it('leaves a page without a policy as it is', () => {
    expect(withOwnPolicy('<style>a{}</style>')).toBe('<style>a{}</style>');
  });
});
