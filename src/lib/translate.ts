/**
 * The one translator: looks a key up in a table of interface strings, picks
 * the plural form for `{count}` with `Intl.PluralRules`, and fills `{name}`
 * placeholders. It imports no strings itself, so the builder island can use
 * it with the strings the server hands it, and the pages with all of them.
 *
 * A string is either text, or its plural forms by `Intl.PluralRules`
 * category: `{ "one": "{count} rule", "other": "{count} rules" }`.
 */
import { fill } from './format.ts';

/** One interface string: text, or its plural forms. */
export type UiString = string | PluralForms;

/** Plural forms by `Intl.PluralRules` category; `other` is always there. */
export interface PluralForms {
  /** The form for one (English "1 rule", Norwegian "1 regel"). */
  one?: string;
  /** Every other count. */
  other: string;
}

/** A translator over a table of strings with keys `K`. */
export type Translator<K extends string = string> = (
  key: K,
  vars?: Record<string, string | number>,
) => string;

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of a count in a language, with one rule set per language made on first use. */
function pluralOf(lang: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang === 'nb' ? 'nb-NO' : lang);
    rules.set(lang, rule);
  }
  return rule.select(count);
}

/** The text of a string for the given values: its plural form for `count`, when it has forms. */
export function pick(
  lang: string,
  value: UiString | undefined,
  vars: Record<string, string | number> = {},
): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const count = Number(vars.count ?? 0);
  const form = pluralOf(lang, count);
  return (form === 'one' ? value.one : undefined) ?? value.other;
}

/** Makes a translator over a table of strings in one language. An unknown key shows itself, so it is noticed. */
export function makeTranslator<K extends string>(
  lang: string,
  strings: Partial<Record<K, UiString>>,
): Translator<K> {
  return (key, vars) => fill(pick(lang, strings[key], vars) ?? key, vars);
}
