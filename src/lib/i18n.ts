/**
 * Interface strings. Each language has a flat JSON file of dotted keys in
 * `src/i18n/`; English is the reference set of keys, and a unit test fails
 * when another language lacks one or has one too many.
 */
import en from '../i18n/en.json' with { type: 'json' };
import nb from '../i18n/nb.json' with { type: 'json' };
import { LANGUAGES, type Lang } from '../schemas/common.ts';

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

/** Fills `{name}` placeholders in a string. Unknown placeholders are left as they are. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** Returns a translator for one language: `t('nav.guides')`, `t('help.call', { phone })`. */
export function translator(lang: Lang): (key: UiKey, vars?: Record<string, string | number>) => string {
  const strings = STRINGS[lang];
  return (key, vars) => fill(strings[key], vars);
}

/** Formats a date as people write it in that language, such as "26 November 2026" or "26. november 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
