/** The languages this copy is built in, as decided by `astro.config.mjs` (see `src/lib/hosting.ts`). */
import { LANGUAGES, type Lang } from '../schemas/common.ts';

const configured = String(import.meta.env.GW_LANGUAGES ?? LANGUAGES.join(','))
  .split(',')
  .filter((l): l is Lang => (LANGUAGES as readonly string[]).includes(l));

/** The languages built, the first being the default. */
export const BUILD_LANGUAGES: readonly Lang[] = configured.length > 0 ? configured : LANGUAGES;

/** One static path per built language, for `getStaticPaths` of pages under `src/pages/[lang]/`. */
export function languagePaths(): { params: { lang: Lang } }[] {
  return BUILD_LANGUAGES.map((lang) => ({ params: { lang } }));
}
