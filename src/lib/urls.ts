/**
 * Site addresses. Pages are written with root-relative paths (`/en/guides/`)
 * and pass through {@link withBase} so that a copy served under a sub-path
 * (such as `/selvhjelp/`) still links correctly.
 */
import type { Lang } from '../schemas/common.ts';

/** Puts the site's base path in front of a root-relative path: (`/selvhjelp/`, `/en/`) → `/selvhjelp/en/`. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}

/** The path of a page in a language: (`nb`, `guides/`) → `/nb/guides/`. */
export function langPath(lang: Lang, page = ''): string {
  return `/${lang}/${page.replace(/^\/+/, '')}`;
}
