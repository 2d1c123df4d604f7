/**
 * Content in one language, and two languages put back together. The builder's page sends the
 * catalogue in its own language only (`pickLanguage` on the server); when a charter is to be written
 * in another language, the island fetches that language's file and adds its texts to what it has
 * (`mergeLanguages`, in `on-demand/merge-languages.ts`, loaded only then). A localized text is an object whose keys are all languages and whose values are
 * all strings (`{ en: '…', nb: '…' }`); nothing else is touched.
 */

/** Whether a value is a text in some of the given languages: an object with only language keys, all strings. */
export function isLocalized(value: object, languages: readonly string[]): value is Record<string, string> {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every(
      (key) => languages.includes(key) && typeof (value as Record<string, unknown>)[key] === 'string',
    )
  );
}

/**
 * A copy of `value` with every localized text cut down to `lang` (`{ en, nb }` → `{ nb }`). Arrays and
 * other objects are copied with their parts picked the same way; other values are kept.
 */
export function pickLanguage<T>(value: T, lang: string, languages: readonly string[]): T {
  const walk = (part: unknown): unknown => {
    if (Array.isArray(part)) return part.map(walk);
    if (part === null || typeof part !== 'object') return part;
    if (isLocalized(part, languages)) return lang in part ? { [lang]: part[lang] } : {};
    return Object.fromEntries(Object.entries(part).map(([key, inner]) => [key, walk(inner)]));
  };
  return walk(value) as T;
}
