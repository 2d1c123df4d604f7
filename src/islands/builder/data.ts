/**
 * The builder's data as the island receives it (`src/data/builder.ts` makes it on the server): one
 * language's strings, catalogue, presets, charter strings and crisis contacts.
 */
import type { CatalogueRule, CataloguePreset } from '../../lib/charter/catalogue.ts';
import type { Theme } from '../../schemas/rule.ts';
import type { CrisisByLang, Strings } from './context.ts';

/**
 * What the builder needs from the server, in the page's language. The catalogue's and presets' texts,
 * the charter's strings and the crisis contacts come in that language only, and gain the other
 * language's when a charter is written in it (the typed records say every language; the island only
 * reads a language once {@link hasCharterLang} says it is there).
 */
export interface BuilderData {
  /** The page's language. */
  lang: 'en' | 'nb';
  /** Interface strings in the page's language. */
  strings: Strings;
  /** The charter's own strings (headings, declaration, themes), by language. */
  charterStrings: Record<'en' | 'nb', Strings>;
  /** The rule catalogue, in display order. */
  rules: CatalogueRule[];
  /** The themes, in display order. */
  themes: Theme[];
  /** The presets, in display order. */
  presets: CataloguePreset[];
  /** Short labels of the sources, by id. */
  sources: Record<string, string>;
  /** Crisis contacts for the charter, per language. */
  crisis: CrisisByLang;
  /** The address of the paper worksheet. */
  worksheetUrl: string;
}

/** Whether the data holds a charter language's texts yet. */
export function hasCharterLang(data: BuilderData, lang: 'en' | 'nb'): boolean {
  return lang in data.charterStrings && lang in data.crisis;
}

/** What a charter language is doing while its texts load: loading, or it could not be loaded. */
export type LangLoad = { lang: 'en' | 'nb'; failed: boolean } | undefined;
