/**
 * Two languages of the same content put back together (see `../localized.ts`): loaded by the builder
 * only when a charter is to be written in a language its page did not send.
 */
import { isLocalized } from '../localized.ts';

/**
 * Adds the texts of `extra` (the same content picked for other languages) to `into`, in place: every
 * localized text of `into` gains the languages `extra` has at the same place. Objects keyed by
 * language (`{ en: {…} }`) gain the other languages' entries. Arrays are matched by position, and
 * objects that carry an `id` must carry the same one, so that a text never lands on the wrong entry.
 * Returns false, and changes nothing, when the two do not have the same shape.
 */
export function mergeLanguages(into: unknown, extra: unknown, languages: readonly string[]): boolean {
  const changes: (() => void)[] = [];
  const walk = (a: unknown, b: unknown): boolean => {
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
      return a.every((item, i) => walk(item, b[i]));
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      return typeof a === typeof b && (typeof a !== 'object' || a === b);
    }
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    if (isLocalized(left, languages) && isLocalized(right, languages)) {
      changes.push(() => Object.assign(left, right));
      return true;
    }
    if ('id' in left || 'id' in right) {
      if (left.id !== right.id) return false;
    }
    for (const key of Object.keys(right)) {
      if (!(key in left)) {
        // A language the content is keyed by that this side does not have yet (`charterStrings.nb`).
        if (!languages.includes(key)) return false;
        changes.push(() => {
          left[key] = right[key];
        });
        continue;
      }
      if (!walk(left[key], right[key])) return false;
    }
    return true;
  };
  if (!walk(into, extra)) return false;
  for (const change of changes) change();
  return true;
}

/** The parts of the builder's data that are in a charter's language (the rest is the page's). */
interface LanguageParts {
  rules: unknown;
  presets: unknown;
  charterStrings: object;
  crisis: object;
}

/**
 * Adds another language's charter texts (from its data file, `other`) to the builder's data `into`, in
 * place. Returns whether `into` now has that language; a file of another shape changes nothing.
 */
export function addLanguage(
  into: LanguageParts,
  other: LanguageParts,
  lang: string,
  languages: readonly string[],
): boolean {
  const pick = (d: LanguageParts) => ({
    rules: d.rules,
    presets: d.presets,
    charterStrings: d.charterStrings,
    crisis: d.crisis,
  });
  return (
    mergeLanguages(pick(into), pick(other), languages) && lang in into.charterStrings && lang in into.crisis
  );
}
