/**
 * The charter's texts for the two meeting tools (Agree it together, meeting mode), from the builder's
 * own data files (`/<lang>/builder/data.json`, one language each: the catalogue, the themes, the
 * charter's strings and the crisis contacts). A tool asks for the languages of the drafts it shows;
 * the first file that arrives is kept, and another language's file adds its texts to the same objects
 * (`addLanguage`, loaded only then), so a catalogue made from the first keeps working. A file that
 * cannot be fetched, or has another shape, changes nothing, and can be asked for again.
 *
 * No DOM here: the tool passes in how a file is fetched.
 */
import type { CatalogueRule } from './charter/catalogue.ts';
import type { CrisisModel } from './crisis.ts';
import type { UiString } from './translate.ts';
import type { Theme } from '../schemas/rule.ts';

/** The parts of a builder data file the tools use (a file has more: the builder's own strings, presets). */
export interface CharterTexts {
  /** The rule catalogue, in display order, with texts in the languages loaded so far. */
  rules: CatalogueRule[];
  /** The themes, in display order. */
  themes: Theme[];
  /** The presets (not used by the tools, but matched when another language's texts are added). */
  presets: unknown;
  /** The charter's strings, by language loaded. */
  charterStrings: Partial<Record<'en' | 'nb', Record<string, UiString>>>;
  /** The crisis contacts the charter shows, by language loaded. */
  crisis: Partial<Record<'en' | 'nb', CrisisModel>>;
}

/** Whether the texts hold a charter language yet. */
export function hasTexts(texts: CharterTexts | undefined, lang: 'en' | 'nb'): boolean {
  return texts !== undefined && lang in texts.charterStrings && lang in texts.crisis;
}

/** Keeps the texts loaded so far and loads a language's file once at a time. */
export interface TextLoader {
  /** The texts so far: undefined until a first file has arrived. */
  readonly texts: CharterTexts | undefined;
  /** Loads a language's file, unless its texts are here; true once they are. Never rejects. */
  load: (lang: 'en' | 'nb') => Promise<boolean>;
}

/**
 * A loader over `fetchJson` (which fetches and parses a file, and rejects when it cannot), with each
 * language's file address in `hrefs`.
 */
export function textLoader(
  hrefs: Readonly<Record<'en' | 'nb', string>>,
  fetchJson: (href: string) => Promise<unknown>,
  languages: readonly ('en' | 'nb')[],
): TextLoader {
  let texts: CharterTexts | undefined;
  const pending = new Map<'en' | 'nb', Promise<boolean>>();
  // A file of another shape is refused: here, by `addLanguage`, or by `in` throwing on what is not an object.
  const add = async (value: unknown, lang: 'en' | 'nb'): Promise<boolean> => {
    const file = value as CharterTexts | null;
    if (!Array.isArray(file?.rules) || !Array.isArray(file.themes)) return false;
    if (hasTexts(texts, lang)) return true;
    if (texts === undefined) {
      if (!hasTexts(file, lang)) return false;
      texts = file;
      return true;
    }
    const { addLanguage } = await import('./on-demand/merge-languages.ts');
    return addLanguage(texts, file, lang, languages);
  };
  const load = (lang: 'en' | 'nb'): Promise<boolean> => {
    if (hasTexts(texts, lang)) return Promise.resolve(true);
    let loading = pending.get(lang);
    if (!loading) {
      loading = fetchJson(hrefs[lang])
        .then((file) => add(file, lang))
        .catch(() => false)
        .then((ok) => {
          pending.delete(lang);
          return ok;
        });
      pending.set(lang, loading);
    }
    return loading;
  };
  return {
    get texts() {
      return texts;
    },
    load,
  };
}
