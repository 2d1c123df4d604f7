import { describe, expect, it } from 'vitest';
import { langPath, withBase } from '../../../src/lib/urls.ts';

describe('withBase', () => {
  it.each([
    ['/', '/en/', '/en/'],
    ['/selvhjelp/', '/en/', '/selvhjelp/en/'],
    ['/selvhjelp', '/nb/guides/', '/selvhjelp/nb/guides/'],
    ['/selvhjelp/', 'https://doi.org/10.1/x', 'https://doi.org/10.1/x'],
    ['/selvhjelp/', '//evil.example/', '//evil.example/'],
    ['/selvhjelp/', '#source-x', '#source-x'],
    ['/selvhjelp/', 'tel:113', 'tel:113'],
  ])('withBase(%j, %j) → %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('langPath', () => {
  it.each([
    ['en', '', '/en/'],
    ['nb', 'guides/', '/nb/guides/'],
    ['nb', '/rules/', '/nb/rules/'],
  ] as const)('langPath(%j, %j) → %j', (lang, page, expected) => {
    expect(langPath(lang, page)).toBe(expected);
  });
});
