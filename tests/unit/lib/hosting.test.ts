import { describe, expect, it } from 'vitest';
import { normaliseBase, resolveHosting } from '../../../src/lib/hosting.ts';

const file = { languages: ['en', 'nb'] as const };

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['selvhjelp', '/selvhjelp/'],
    ['/selvhjelp', '/selvhjelp/'],
    ['//a/b//', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('resolveHosting', () => {
  it('uses the defaults when nothing is set', () => {
    expect(resolveHosting(file, {})).toEqual({ site: undefined, base: '/', languages: ['en', 'nb'] });
  });

  it("takes the file's settings", () => {
    expect(
      resolveHosting({ url: 'https://rehab.example.org', basePath: '/selvhjelp/', languages: ['nb'] }, {}),
    ).toEqual({ site: 'https://rehab.example.org', base: '/selvhjelp/', languages: ['nb'] });
  });

  it('lets the environment override the file', () => {
    expect(
      resolveHosting(
        { url: 'https://a.example', basePath: '/a/', languages: ['en', 'nb'] },
        { SITE_URL: 'https://b.example', BASE_PATH: 'b', SITE_LANGUAGES: 'nb, en' },
      ),
    ).toEqual({ site: 'https://b.example', base: '/b/', languages: ['nb', 'en'] });
  });

  it.each([
    [{ SITE_LANGUAGES: 'de' }, /SITE_LANGUAGES has de/],
    [{ SITE_URL: 'not a url' }, /SITE_URL "not a url" is not a web address/],
    [{ SITE_URL: 'ftp://example.org' }, /must start with https/],
    [{ BASE_PATH: '/sel vhjelp/' }, /BASE_PATH/],
  ])('stops with a clear message for %j', (env, message) => {
    expect(() => resolveHosting(file, env)).toThrow(message);
  });
});
