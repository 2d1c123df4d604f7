/**
 * Static paths helpers for pages under `src/pages/[lang]/`.
 */
import { LANGUAGES, type Lang } from '../schemas/common.ts';

/** One static path per site language, for `getStaticPaths`. */
export function languagePaths(): { params: { lang: Lang } }[] {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}
