/** Addresses of the site's own pages, with the configured base path in front. */
import type { Lang } from '../schemas/common.ts';
import { langPath, withBase } from '../lib/urls.ts';

/** The configured base path, such as `/` or `/selvhjelp/`. */
export const BASE = import.meta.env.BASE_URL;

/** The address of a page in a language: (`nb`, `guides/`) → `/nb/guides/` (under the base path). */
export function pageUrl(lang: Lang, page = ''): string {
  return withBase(BASE, langPath(lang, page));
}

/** The address of a root-relative path or file: `/favicon.svg` (under the base path). */
export function siteUrl(path: string): string {
  return withBase(BASE, path);
}
