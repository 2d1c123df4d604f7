import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../../src/lib/localized.ts';
import { addLanguage, mergeLanguages } from '../../../../src/lib/on-demand/merge-languages.ts';

const LANGS = ['en', 'nb'] as const;

describe('mergeLanguages', () => {
  const full = () => ({
    rules: [
      {
        id: 'a',
        title: { en: 'A', nb: 'Å' },
        options: [{ id: 'x', label: { en: 'X', nb: 'Ks' } }],
        order: 1,
      },
      { id: 'b', title: { en: 'B', nb: 'Be' }, order: 2 },
    ],
    charterStrings: { en: { 'charter.title': 'Charter' }, nb: { 'charter.title': 'Avtale' } },
  });

  it('puts two one-language halves back into the whole', () => {
    const into = pickLanguage(full(), 'en', LANGS);
    expect(mergeLanguages(into, pickLanguage(full(), 'nb', LANGS), LANGS)).toBe(true);
    expect(into).toEqual(full());
  });

  it.each([
    ['lists of different lengths', (v: ReturnType<typeof full>) => v.rules.pop()],
    ['an entry with another id in the same place', (v: ReturnType<typeof full>) => v.rules.reverse()],
    ['a key that is not a language', (v: ReturnType<typeof full>) => Object.assign(v, { other: 1 })],
    ['an object where a list was', (v: ReturnType<typeof full>) => Object.assign(v, { rules: {} })],
  ])('refuses %s, and changes nothing', (_name, change) => {
    const into = pickLanguage(full(), 'en', LANGS);
    const before = structuredClone(into);
    const extra = pickLanguage(full(), 'nb', LANGS);
    change(extra);
    expect(mergeLanguages(into, extra, LANGS)).toBe(false);
    expect(into).toEqual(before);
  });

  it('keeps the objects it changes, so lookups made before the merge see the new texts', () => {
    const into = pickLanguage(full(), 'en', LANGS);
    const rule = into.rules[0]!;
    mergeLanguages(into, pickLanguage(full(), 'nb', LANGS), LANGS);
    expect(rule.title).toEqual({ en: 'A', nb: 'Å' });
  });
});

describe('addLanguage', () => {
  // One language's data file, as src/data/builder.ts makes it: texts cut to the language, and the
  // charter's strings and crisis contacts keyed by it.
  const file = (lang: 'en' | 'nb') => ({
    lang,
    strings: { 'builder.title': lang === 'en' ? 'Builder' : 'Verktøy' },
    ...pickLanguage(
      {
        rules: [{ id: 'a', title: { en: 'A', nb: 'Å' } }],
        presets: [{ id: 'p', name: { en: 'P', nb: 'Pe' } }],
      },
      lang,
      LANGS,
    ),
    charterStrings: { [lang]: { t: lang === 'en' ? 'Charter' : 'Avtale' } },
    crisis: { [lang]: { lines: [] } },
  });

  it('adds the charter texts of the other language, and leaves the page strings alone', () => {
    const into = file('en');
    expect(addLanguage(into, file('nb'), 'nb', LANGS)).toBe(true);
    expect(into.rules[0]?.title).toEqual({ en: 'A', nb: 'Å' });
    expect(into.presets[0]?.name).toEqual({ en: 'P', nb: 'Pe' });
    expect(into.charterStrings).toEqual({ en: { t: 'Charter' }, nb: { t: 'Avtale' } });
    expect(Object.keys(into.crisis)).toEqual(['en', 'nb']);
    expect(into.strings).toEqual({ 'builder.title': 'Builder' });
  });

  it('says no, and changes nothing, when the file is of another build (a rule more)', () => {
    const into = file('en');
    const before = structuredClone(into);
    const other = file('nb');
    other.rules.push({ id: 'b', title: { nb: 'Be' } as never });
    expect(addLanguage(into, other, 'nb', LANGS)).toBe(false);
    expect(into).toEqual(before);
  });

  it('says no when the file does not have the language asked for', () => {
    expect(addLanguage(file('en'), file('en'), 'nb', LANGS)).toBe(false);
  });
});
