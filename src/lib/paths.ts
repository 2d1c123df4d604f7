/**
 * Static paths helpers for pages under `src/pages/[lang]/`.
 */
import type { Lang } from '../schemas/common.ts';

/** One static path per language, for `getStaticPaths`. */
export function pathsFor(languages: readonly Lang[]): { params: { lang: Lang } }[] {
  return languages.map((lang) => ({ params: { lang } }));
}
