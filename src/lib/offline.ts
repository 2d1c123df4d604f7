/**
 * What the offline service worker decides, as pure functions: which requests
 * it handles and how, which language a page is in, which offline page stands
 * in for a page that was never stored, which files a page needs, and the list
 * of stored pages the offline page shows.
 *
 * The worker is plain JavaScript written at build time
 * (src/integrations/sw-template.ts), and these functions are copied into it
 * as they are, with `Function.prototype.toString()`. So each one is a function
 * declaration that uses only its parameters, the other functions of this file
 * and what every browser's worker has (`URL`, strings, arrays): no imports, no
 * constants from outside, no TypeScript-only syntax that leaves code behind.
 */

/** What the worker knows about its site. */
export interface OfflineScope {
  /** The site's origin, such as `https://groundwork.example`. */
  origin: string;
  /** The base path with a trailing slash (`/`, `/selvhjelp/`); nothing outside it is handled. */
  base: string;
  /** The folder of content-hashed build files (`/_astro/`): a name never changes its content. */
  assets: string;
  /** Pages that need a connection to be of any use (search): never stored, and offline the offline page stands in. */
  onlineOnly: readonly string[];
  /** Paths left to the browser: a path that ends in `/` leaves out everything under it (`/pagefind/`). */
  never: readonly string[];
}

/**
 * How the worker treats a request: `skip` leaves it to the browser; `page` (a navigation) comes from
 * the network first and is stored, from the store when offline, else the offline page; `online-only`
 * comes from the network and is never stored; `asset` (a hashed build file) comes from the store
 * first; `file` (any other file of the site) comes from the network first and is stored.
 */
export type RequestKind = 'skip' | 'page' | 'online-only' | 'asset' | 'file';

/** Decides how the worker treats a request, from its address, method and mode. */
export function requestKind(href: string, method: string, mode: string, scope: OfflineScope): RequestKind {
  if (method !== 'GET') return 'skip';
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'skip';
  }
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.base)) return 'skip';
  const path = url.pathname;
  if (scope.never.some((p) => path === p || (p.endsWith('/') && path.startsWith(p)))) return 'skip';
  if (mode === 'navigate') return scope.onlineOnly.includes(path) ? 'online-only' : 'page';
  if (path.startsWith(scope.assets)) return 'asset';
  return 'file';
}

/** The address a page is stored under: without its `?query` and `#fragment`, so `?step=` and `?preset=` links find it. */
export function pageKey(href: string): string {
  const url = new URL(href);
  return url.origin + url.pathname;
}

/** The language of a path (`/selvhjelp/nb/guides/` → `nb`), or undefined when it has none (`/`). */
export function languageOf(pathname: string, base: string, languages: readonly string[]): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const first = pathname.slice(base.length).split('/')[0] ?? '';
  return languages.includes(first) ? first : undefined;
}

/**
 * The offline pages to try, best first, for a page that is neither reachable nor stored: the one in the
 * page's language, then the others in the site's order. `offline` maps each language to its page.
 */
export function offlineCandidates(
  pathname: string,
  base: string,
  languages: readonly string[],
  offline: Readonly<Record<string, string>>,
): string[] {
  const lang = languageOf(pathname, base, languages);
  const order = lang === undefined ? [...languages] : [lang, ...languages.filter((l) => l !== lang)];
  return order.map((l) => offline[l]).filter((path): path is string => typeof path === 'string');
}

/** A file a page refers to: `needed` when the page is broken without it (its styles and scripts), not for icons. */
export interface PageAsset {
  /** The file's absolute address. */
  href: string;
  /** Whether the page needs it to work. */
  needed: boolean;
}

/**
 * The files of this site a page's HTML loads: stylesheets, module scripts and their preloads, other
 * preloaded files (the builder's data), islands' component and renderer modules (needed), and icons
 * and the manifest (not needed).
 * Addresses are made absolute against the page's own; other origins are left out.
 */
export function pageAssets(html: string, pageHref: string): PageAsset[] {
  const origin = new URL(pageHref).origin;
  const found = new Map<string, boolean>();
  const add = (raw: string | undefined, needed: boolean) => {
    if (!raw) return;
    let url: URL;
    try {
      url = new URL(raw.replace(/&amp;/g, '&'), pageHref);
    } catch {
      return;
    }
    if (url.origin !== origin) return;
    url.hash = '';
    found.set(url.href, (found.get(url.href) ?? false) || needed);
  };
  for (const tag of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (/\brel="([^"]*)"/i.exec(tag[0])?.[1] ?? '').toLowerCase().split(/\s+/);
    const href = /\bhref="([^"]*)"/i.exec(tag[0])?.[1];
    // A preload is a file the page fetches as it starts (the builder's data): it is needed too.
    if (rel.includes('stylesheet') || rel.includes('modulepreload') || rel.includes('preload'))
      add(href, true);
    else if (rel.includes('icon') || rel.includes('apple-touch-icon') || rel.includes('manifest')) {
      add(href, false);
    }
  }
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) add(/\bsrc="([^"]*)"/i.exec(tag[0])?.[1], true);
  for (const attr of html.matchAll(/\b(?:component|renderer)-url="([^"]*)"/gi)) add(attr[1], true);
  return [...found].map(([href, needed]) => ({ href, needed }));
}

/**
 * A page's name for a list: the text of its first `<h1>` (tags removed, HTML entities kept, so it can
 * go back into HTML as it is), or its `<title>`, or an empty string.
 */
export function pageTitle(html: string): string {
  const clean = (text: string | undefined) =>
    (text ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/[<>]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const h1 = clean(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]);
  return h1 !== '' ? h1 : clean(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]);
}

/** A stored page, as the offline page lists it. */
export interface StoredPage {
  /** Its absolute address. */
  href: string;
  /** Its name (see `pageTitle`). */
  title: string;
}

/**
 * The stored pages the offline page of one language lists: that language's pages with a name, each
 * once, not the ones in `exclude` (absolute addresses: the offline pages, search, the pages the
 * offline page lists already), sorted by name in that language.
 */
export function offlineList(
  pages: readonly StoredPage[],
  lang: string,
  base: string,
  exclude: readonly string[],
): StoredPage[] {
  const seen = new Set(exclude);
  const kept: StoredPage[] = [];
  for (const page of pages) {
    let path: string;
    try {
      path = new URL(page.href).pathname;
    } catch {
      continue;
    }
    if (page.title === '' || seen.has(page.href) || !path.startsWith(`${base}${lang}/`)) continue;
    seen.add(page.href);
    kept.push(page);
  }
  return kept.sort((a, b) => a.title.localeCompare(b.title, lang));
}

/**
 * The offline page's HTML with the stored pages added at the end of its list (`<ul data-offline-list>`,
 * which holds the pages every visitor has), and, when it stands in for search, its note that search
 * needs a connection shown (`<p data-offline-search hidden>`).
 */
export function withOfflineList(html: string, pages: readonly StoredPage[], search: boolean): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const items = pages
    .map((p) => `<li><a href="${attr(new URL(p.href).pathname)}">${p.title.replace(/[<>]/g, '')}</a></li>`)
    .join('');
  let out = html.replace(/(<ul\b[^>]*\bdata-offline-list\b[^>]*>[\s\S]*?)(<\/ul>)/i, (_, list, end) => {
    return `${list}${items}${end}`;
  });
  if (search) {
    out = out.replace(/<p\b[^>]*\bdata-offline-search\b[^>]*>/i, (tag) =>
      tag.replace(/\s+hidden(="[^"]*")?/i, ''),
    );
  }
  return out;
}

/** The absolute addresses (`href`s, made absolute against `pageHref`) the offline page's own list links to. */
export function listedPages(html: string, pageHref: string): string[] {
  const list = /<ul\b[^>]*\bdata-offline-list\b[^>]*>([\s\S]*?)<\/ul>/i.exec(html)?.[1] ?? '';
  return [...list.matchAll(/\bhref="([^"]*)"/gi)].map((m) => new URL(m[1] ?? '', pageHref).href);
}
