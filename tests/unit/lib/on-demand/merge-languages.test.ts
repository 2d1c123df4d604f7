import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../../src/lib/localized.ts';
import { mergeLanguages } from '../../../../src/lib/on-demand/merge-languages.ts';

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
