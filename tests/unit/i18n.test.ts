import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nb from '../../src/i18n/nb.json' with { type: 'json' };
import { fill, formatDate, isLang, otherLang, translator } from '../../src/lib/i18n.ts';

const languages = { en, nb } as Record<string, Record<string, string>>;

describe('interface strings', () => {
  const reference = Object.keys(en).sort();
  for (const [lang, strings] of Object.entries(languages)) {
    it(`${lang} has exactly the same keys as en`, () => {
      const keys = Object.keys(strings).sort();
      expect(
        reference.filter((k) => !keys.includes(k)),
        `keys missing in ${lang}.json`,
      ).toEqual([]);
      expect(
        keys.filter((k) => !reference.includes(k)),
        `keys in ${lang}.json but not en.json`,
      ).toEqual([]);
    });

    it(`${lang} has no empty strings and the same placeholders as en`, () => {
      for (const key of reference) {
        const value = strings[key] ?? '';
        expect(value.trim(), `${lang}: ${key} is empty`).not.toBe('');
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(value), `${lang}: ${key} placeholders`).toEqual(
          placeholders(en[key as keyof typeof en]),
        );
      }
    });
  }
});

describe('i18n helpers', () => {
  it.each([
    ['Call {phone}', { phone: '113' }, 'Call 113'],
    ['{a} and {b}', { a: 1, b: 2 }, '1 and 2'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{constructor}', {}, '{constructor}'],
  ])('fill(%j, %j) → %j', (template, vars, expected) => {
    expect(fill(template, vars)).toBe(expected);
  });

  it('translates in each language', () => {
    expect(translator('en')('nav.guides')).toBe('Guides');
    expect(translator('nb')('nav.guides')).toBe('Guider');
    expect(translator('nb')('help.call', { phone: '116 123' })).toBe('Ring 116 123');
  });

  it.each([
    ['en', 'nb'],
    ['nb', 'en'],
  ] as const)('the other language of %s is %s', (from, to) => {
    expect(otherLang(from)).toBe(to);
  });

  it.each([
    ['en', true],
    ['nb', true],
    ['no', false],
    ['EN', false],
    [undefined, false],
  ])('isLang(%j) is %s', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });

  it('formats dates the way each language writes them', () => {
    const date = new Date('2026-11-26T00:00:00Z');
    expect(formatDate(date, 'en')).toBe('26 November 2026');
    expect(formatDate(date, 'nb')).toBe('26. november 2026');
  });
});
