/** Types the tools share: the translator of their own strings, and what the group can go through. */
import type { Draft } from '../../lib/charter/draft.ts';
import type { UiKey } from '../../lib/i18n.ts';
import type { Translator } from '../../lib/translate.ts';

/** Translates a key of the page's language. */
export type TogetherT = Translator<UiKey>;

/** What the group can go through: the builder's draft, or one opened from a file or a link. */
export interface Candidate {
  draft: Draft;
  from: 'device' | 'opened';
}
