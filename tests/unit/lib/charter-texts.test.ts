import { describe, expect, it } from 'vitest';
import { hasTexts, textLoader } from '../../../src/lib/charter-texts.ts';
import { pickLanguage } from '../../../src/lib/localized.ts';

const LANGS = ['en', 'nb'] as const;
const HREFS = { en: '/en/builder/data.json', nb: '/nb/builder/data.json' };

/** Both languages of a small builder data file; each language's file is picked from it. */
const whole = () => ({
  lang: 'en',
  strings: { 'builder.title': 'Builder' },
  rules: [
    { id: 'a', theme: 'safety', title: { en: 'A', nb: 'Å' } },
    { id: 'b', theme: 'meetings', title: { en: 'B', nb: 'Be' } },
  ],
  themes: ['safety', 'meetings'],
  presets: [{ id: 'p', name: { en: 'P', nb: 'Pe' }, rules: ['a'] }],
  charterStrings: { en: { 'charter.title': 'Charter' }, nb: { 'charter.title': 'Avtale' } },
  crisis: { en: { heading: 'Help' }, nb: { heading: 'Hjelp' } },
});

function file(lang: 'en' | 'nb') {
  const picked = pickLanguage(whole(), lang, LANGS);
  return {
    ...picked,
    lang,
    charterStrings: { [lang]: whole().charterStrings[lang] },
    crisis: { [lang]: whole().crisis[lang] },
  };
}

/** A fetch that serves each language's file, counts calls, and fails the addresses in `down`. */
function server(down = new Set<string>(), files: Record<string, unknown> = {}) {
  const calls: string[] = [];
  const fetchJson = async (href: string) => {
    calls.push(href);
    await Promise.resolve();
    if (down.has(href)) throw new Error('offline');
    return structuredClone(files[href] ?? file(href === HREFS.nb ? 'nb' : 'en'));
  };
  return { calls, fetchJson };
}

describe('textLoader', () => {
  it('loads a language once, and then has it', async () => {
    const { calls, fetchJson } = server();
    const loader = textLoader(HREFS, fetchJson, LANGS);
    expect(loader.texts).toBeUndefined();
    expect(await Promise.all([loader.load('en'), loader.load('en')])).toEqual([true, true]);
    expect(await loader.load('en')).toBe(true);
    expect(calls).toEqual([HREFS.en]);
    expect(hasTexts(loader.texts, 'en')).toBe(true);
    expect(hasTexts(loader.texts, 'nb')).toBe(false);
  });

  it.each([
    ['the page language first', ['en', 'nb']],
    ['the other language first', ['nb', 'en']],
    ['both at once', ['both']],
  ] as const)('adds the other language to the same objects: %s', async (_name, order) => {
    const loader = textLoader(HREFS, server().fetchJson, LANGS);
    if (order[0] === 'both') {
      expect(await Promise.all([loader.load('en'), loader.load('nb')])).toEqual([true, true]);
    } else {
      await loader.load(order[0]);
      const rules = loader.texts!.rules;
      expect(await loader.load(order[1]!)).toBe(true);
      // The catalogue made from the first file keeps working: its objects gain the texts.
      expect(loader.texts!.rules).toBe(rules);
    }
    const texts = loader.texts!;
    expect(texts.rules).toEqual(whole().rules);
    expect(texts.charterStrings).toEqual(whole().charterStrings);
    expect(texts.crisis).toEqual(whole().crisis);
    expect(hasTexts(texts, 'en') && hasTexts(texts, 'nb')).toBe(true);
  });

  it('says a file that cannot be fetched, changes nothing, and fetches it when asked again', async () => {
    const down = new Set([HREFS.nb]);
    const { calls, fetchJson } = server(down);
    const loader = textLoader(HREFS, fetchJson, LANGS);
    await loader.load('en');
    const before = structuredClone(loader.texts);
    expect(await loader.load('nb')).toBe(false);
    expect(loader.texts).toEqual(before);
    down.clear();
    expect(await loader.load('nb')).toBe(true);
    expect(calls).toEqual([HREFS.en, HREFS.nb, HREFS.nb]);
  });

  it.each([
    ['not an object', 'Not found'],
    ['no rules', { ...file('nb'), rules: undefined }],
    ['no charter strings', { ...file('nb'), charterStrings: null }],
    ['crisis contacts that are text', { ...file('nb'), crisis: 'none' }],
    ['another catalogue', { ...file('nb'), rules: file('nb').rules.slice(1) }],
    ['another language than asked for', file('en')],
  ])('refuses a file with %s, and changes nothing', async (_name, bad) => {
    const loader = textLoader(HREFS, server(new Set(), { [HREFS.nb]: bad }).fetchJson, LANGS);
    await loader.load('en');
    const before = structuredClone(loader.texts);
    expect(await loader.load('nb')).toBe(false);
    expect(loader.texts).toEqual(before);
    expect(hasTexts(loader.texts, 'nb')).toBe(false);
  });

  it('refuses a first file without the language it was asked for', async () => {
    const loader = textLoader(HREFS, server(new Set(), { [HREFS.nb]: file('en') }).fetchJson, LANGS);
    expect(await loader.load('nb')).toBe(false);
    expect(loader.texts).toBeUndefined();
  });
});
