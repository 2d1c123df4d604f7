/** The translator of the meeting tools' own strings: a key that does not exist fails the type check. */
import type { UiKey } from '../../lib/i18n.ts';
import type { Translator } from '../../lib/translate.ts';

/** Translates a key of the page's language. */
export type TogetherT = Translator<UiKey>;
