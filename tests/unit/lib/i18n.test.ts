import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import nb from '../../../src/i18n/nb.json' with { type: 'json' };
import { fill, formatDate, otherLang, translator } from '../../../src/lib/i18n.ts';
import { makeTranslator, pick, type UiString } from '../../../src/lib/translate.ts';
import { root } from '../../support/paths.ts';

const languages: Record<string, Record<string, UiString>> = { en, nb };
const reference = en as Record<string, UiString>;

/** A string's texts: itself, or each of its plural forms. */
const forms = (value: UiString): string[] => (typeof value === 'string' ? [value] : Object.values(value));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  const keys = Object.keys(reference).sort();
  for (const [lang, strings] of Object.entries(languages)) {
    it(`${lang} has exactly the same keys as en`, () => {
      const own = Object.keys(strings).sort();
      expect(
        keys.filter((k) => !own.includes(k)),
        `keys missing in ${lang}.json`,
      ).toEqual([]);
      expect(
        own.filter((k) => !keys.includes(k)),
        `keys in ${lang}.json but not en.json`,
      ).toEqual([]);
    });

    it(`${lang} has no empty strings, the same placeholders as en, and plurals where en has them`, () => {
      for (const key of keys) {
        const value = strings[key];
        const base = reference[key];
        if (value === undefined || base === undefined) continue;
        expect(typeof value, `${lang}: ${key} is plural in one language only`).toBe(typeof base);
        for (const text of forms(value)) expect(text.trim(), `${lang}: ${key} is empty`).not.toBe('');
        // The "other" form has every placeholder; the "one" form may leave {count} out ("Remove it").
        const main = (v: UiString) => (typeof v === 'string' ? v : v.other);
        expect(placeholders(main(value)), `${lang}: ${key}`).toEqual(placeholders(main(base)));
        for (const text of forms(value)) {
          for (const name of placeholders(text))
            expect(placeholders(main(base)), `${lang}: ${key}`).toContain(name);
        }
        if (typeof value !== 'string') {
          expect(value.other, `${lang}: ${key} needs an "other" form`).toBeTruthy();
        }
      }
    });
  }

  it('has no two keys with the same English sentence (one sentence, one key)', () => {
    const byText = new Map<string, string[]>();
    for (const [key, value] of Object.entries(reference)) {
      const text = forms(value).join('|');
      // Single words and short labels ("Name", "Date") may rightly repeat under different headings.
      if (text.split(' ').length < 5) continue;
      byText.set(text, [...(byText.get(text) ?? []), key]);
    }
    expect([...byText.values()].filter((k) => k.length > 1)).toEqual([]);
  });
});

/** Every source file that may use a string key. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });
}

describe('no dead keys', () => {
  const code = sourceFiles(join(root, 'src'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  // A key is used when the code names it in quotes, or builds it from a fixed start: `builder.step.${step}`.
  const literals = new Set([...code.matchAll(/['"`]([a-zA-Z][\w.-]*)['"`]/g)].map((m) => m[1]));
  const prefixes = [...code.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((m) => m[1] ?? '');
  // Numbered keys (`centres.checklist.before1`, …) are built from their stem and a number.
  const stem = (key: string) => key.replace(/\d+$/, '');

  it('every key is used somewhere in src/', () => {
    const dead = Object.keys(reference).filter(
      (key) => !literals.has(key) && !literals.has(stem(key)) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(dead).toEqual([]);
  });
});

describe('the translator', () => {
  it.each([
    ['Call {phone}', { phone: '113' }, 'Call 113'],
    ['{a} and {b}', { a: 1, b: 2 }, '1 and 2'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{constructor}', {}, '{constructor}'],
  ])('fill(%j, %j) → %j', (template, vars, expected) => {
    expect(fill(template, vars)).toBe(expected);
  });

  it('translates in each language', () => {
    expect(translator('en')('nav.builder')).toBe(en['nav.builder']);
    expect(translator('nb')('nav.builder')).toBe(nb['nav.builder']);
    expect(translator('nb')('help.call', { phone: '116 123' })).toBe(
      fill(nb['help.call'], { phone: '116 123' }),
    );
  });

  it.each([
    ['en', 0, '0 rules chosen'],
    ['en', 1, '1 rule chosen'],
    ['en', 2, '2 rules chosen'],
    ['nb', 1, '1 regel valgt'],
    ['nb', 5, '5 regler valgt'],
  ] as const)('%s: %i → %j', (lang, count, expected) => {
    expect(translator(lang)('builder.rules.chosen', { count })).toBe(expected);
  });

  it('picks the "other" form when a language has no "one"', () => {
    expect(pick('en', { other: '{count} things' }, { count: 1 })).toBe('{count} things');
  });

  it('shows an unknown key as itself, so it is noticed', () => {
    expect(makeTranslator<string>('en', {})('no.such.key')).toBe('no.such.key');
  });

  it.each([
    ['en', 'nb'],
    ['nb', 'en'],
  ] as const)('the other language of %s is %s', (from, to) => {
    expect(otherLang(from)).toBe(to);
  });

  it('formats dates the way each language writes them', () => {
    const date = new Date('2026-11-26T00:00:00Z');
    expect(formatDate(date, 'en')).toBe('26 November 2026');
    expect(formatDate(date, 'nb')).toBe('26. november 2026');
  });
});
