/**
 * Types the tools share: what the page gives each island, the translator of their own strings, and
 * what the group can go through.
 */
import type { Draft } from '../../lib/charter/draft.ts';
import type { UiKey } from '../../lib/i18n.ts';
import type { Translator, UiString } from '../../lib/translate.ts';

/**
 * What the page gives either tool's island, prepared on the server (`src/data/tools.ts`): its own
 * strings and where the charter's texts are. The texts themselves are fetched (`useCharterTexts`).
 */
export interface ToolData {
  /** The page's language. */
  lang: 'en' | 'nb';
  /** The tool's strings, in the page's language. */
  strings: Record<string, UiString>;
  /** The builder's data file of each language, which holds the charter's texts. */
  hrefs: Record<'en' | 'nb', string>;
  /** The builder's address. */
  builderUrl: string;
}

/** Translates a key of the page's language. */
export type TogetherT = Translator<UiKey>;

/** What the group can go through: the builder's draft, or one opened from a file or a link. */
export interface Candidate {
  draft: Draft;
  from: 'device' | 'opened';
}
