/**
 * Interface strings. Each language has a flat JSON file of dotted keys in
 * `src/i18n/`; English is the reference set of keys, and a unit test fails
 * when another language lacks one or has one too many.
 */
import en from '../i18n/en.json' with { type: 'json' };
import nb from '../i18n/nb.json' with { type: 'json' };
import type { Lang } from '../schemas/common.ts';
import { makeTranslator, type Translator, type UiString } from './translate.ts';

export { fill, formatDate } from './format.ts';

/** A key of the interface strings. */
export type UiKey = keyof typeof en;

/** Every language's strings. */
export const STRINGS: Record<Lang, Record<UiKey, UiString>> = { en, nb };

/** The other language, for the language switcher. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'nb' : 'en';
}

/** Returns a translator for one language: `t('nav.guides')`, `t('help.call', { phone })`. */
export function translator(lang: Lang): Translator<UiKey> {
  return makeTranslator(lang, STRINGS[lang]);
}
