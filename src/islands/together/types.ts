/**
 * Types the tools share: what the page gives each island, the translator of their own strings, and
 * what the group can go through.
 */
import type { CatalogueRule } from '../../lib/charter/catalogue.ts';
import type { Draft } from '../../lib/charter/draft.ts';
import type { CrisisModel } from '../../lib/crisis.ts';
import type { UiKey } from '../../lib/i18n.ts';
import type { Translator, UiString } from '../../lib/translate.ts';
import type { Theme } from '../../schemas/rule.ts';

/** What the page gives either tool's island, prepared on the server (`src/data/tools.ts`). */
export interface ToolData {
  lang: 'en' | 'nb';
  strings: Record<string, UiString>;
  charterStrings: Record<'en' | 'nb', Record<string, UiString>>;
  rules: CatalogueRule[];
  themes: Theme[];
  crisis: Record<'en' | 'nb', CrisisModel>;
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
