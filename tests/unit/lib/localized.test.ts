import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/lib/localized.ts';

const LANGS = ['en', 'nb'] as const;

describe('pickLanguage', () => {
  it.each([
    ['a localized text', { en: 'Hello', nb: 'Hei' }, 'nb', { nb: 'Hei' }],
    ['a text without the language', { en: 'Hello' }, 'nb', {}],
    [
      'nested in arrays and objects',
      [{ id: 'a', title: { en: 'A', nb: 'Å' } }],
      'en',
      [{ id: 'a', title: { en: 'A' } }],
    ],
    [
      'plain strings, numbers and null',
      { id: 'x', n: 3, none: null, on: true },
      'nb',
      { id: 'x', n: 3, none: null, on: true },
    ],
    ['an object with other keys too', { en: 'A', nb: 'B', note: 'c' }, 'nb', { en: 'A', nb: 'B', note: 'c' }],
    [
      'a map by language of objects',
      { en: { a: 'x' }, nb: { a: 'y' } },
      'nb',
      { en: { a: 'x' }, nb: { a: 'y' } },
    ],
    ['an empty object', {}, 'en', {}],
  ])('%s', (_name, value, lang, expected) => {
    expect(pickLanguage(value, lang, LANGS)).toEqual(expected);
  });

  it('leaves the original as it was', () => {
    const value = { title: { en: 'A', nb: 'B' } };
    pickLanguage(value, 'en', LANGS);
    expect(value).toEqual({ title: { en: 'A', nb: 'B' } });
  });
});
