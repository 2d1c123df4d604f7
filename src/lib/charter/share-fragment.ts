/**
 * Telling a share link's fragment from any other (such as a theme anchor),
 * without loading the code that reads one (`share.ts`, which needs zod): the
 * builder checks every address with this and loads `share.ts` only for a link.
 */

/** The name of the fragment parameter that holds the draft: `#c=…` (compressed with a checksum). */
export const SHARE_PARAM = 'c';

/** The parameter of the first links (`#d=…`, raw deflate without a checksum), still read. */
export const LEGACY_SHARE_PARAM = 'd';

/** Whether a fragment (with or without `#`) looks like a share link, old or new. */
export function isShareFragment(fragment: string): boolean {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return text.startsWith(`${SHARE_PARAM}=`) || text.startsWith(`${LEGACY_SHARE_PARAM}=`);
}
