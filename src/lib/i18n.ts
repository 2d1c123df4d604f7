/**
 * Interface strings. Each language has a flat JSON file of dotted keys in
 * `src/i18n/`; English is the reference set of keys, and a unit test fails
 * when another language lacks one or has one too many.
 */
import en from '../i18n/en.json' with { type: 'json' };
import nb from '../i18n/nb.json' with { type: 'json' };
import { LANGUAGES, type Lang } from '../schemas/common.ts';
import { fill } from './format.ts';

export { fill, formatDate } from './format.ts';

/** A key of the interface strings. */
export type UiKey = keyof typeof en;

/** Every language's strings. */
export const STRINGS: Record<Lang, Record<UiKey, string>> = { en, nb };

/** Whether a value is one of the site's language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The other language, for the language switcher. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'nb' : 'en';
}

/** Returns a translator for one language: `t('nav.guides')`, `t('help.call', { phone })`. */
export function translator(lang: Lang): (key: UiKey, vars?: Record<string, string | number>) => string {
  const strings = STRINGS[lang];
  return (key, vars) => fill(strings[key], vars);
}
