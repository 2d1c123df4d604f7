/**
 * The offline core: the few pages and files the service worker stores as soon
 * as it is installed, for one language. It is the same size however many
 * guides there are: the home page, the guides index, the charter builder, the
 * help-now page and the offline page, the files those pages load (found in
 * their HTML: stylesheets, module scripts and the builder's module-preload
 * links, icons), and the builder's modules that load on demand (so a saved
 * draft opens, and files can be made, without a connection). Every other page
 * is stored when it is visited.
 */
import { staticImports } from './modulepreload.ts';
import { pageAssets } from './offline.ts';

/** The pages of the core, by their path inside a language (`''` is the home page). */
export const CORE_PAGES = ['', 'guides/', 'builder/', 'help-now/', 'offline/'] as const;

/** Pages whose modules loaded on demand (`import()`) are stored too, not only the ones they start with. */
export const WHOLE_GRAPH_PAGES: readonly string[] = ['builder/'];

/** Pages that are useless without a connection: never stored; offline, the offline page says so. */
export const ONLINE_ONLY_PAGES: readonly string[] = ['search/'];

/** The offline page, by its path inside a language. */
export const OFFLINE_PAGE = 'offline/';

/**
 * The languages that have an offline core: those with every core page built. `pathnames` are the
 * site's pages as Astro lists them (`en/guides/`, with or without slashes around them).
 */
export function coreLanguages(pathnames: readonly string[]): string[] {
  const pages = new Set(pathnames.map((p) => `${p.replace(/^\/+|\/+$/g, '')}/`));
  const langs = [...new Set([...pages].map((p) => p.split('/')[0] ?? '').filter((l) => l !== ''))];
  return langs.filter((lang) => CORE_PAGES.every((page) => pages.has(`${lang}/${page}`)));
}

/**
 * The modules a built chunk loads on demand: `import("./x.js")` (any quotes; not a template with
 * `${…}` in it, which names no one file) and the lists of files Vite's preload
 * helper keeps for them (`__vite__mapDeps`, written relative to the site's base: `_astro/x.js`).
 * Relative specifiers come back as they are written; the caller resolves them.
 */
export function onDemandImports(code: string): { relative: string[]; fromBase: string[] } {
  const relative = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`$]+)["'`]\s*\)/g)].map(
    (m) => m[1] ?? '',
  );
  const fromBase: string[] = [];
  for (const list of code.matchAll(/__vite__mapDeps\s*=\s*\([^)]*?\[([^\]]*)\]/g)) {
    for (const item of (list[1] ?? '').matchAll(/["']([^"']+)["']/g)) fromBase.push(item[1] ?? '');
  }
  return { relative, fromBase };
}

/** How the core reads the built site. */
export interface CoreReader {
  /** A page's HTML by its path inside the base (`en/builder/`), or undefined when it is not built. */
  page(path: string): string | undefined;
  /** A built JavaScript module's code by its path inside the base (`_astro/x.js`), or undefined. */
  code(path: string): string | undefined;
}

/** One file of the core, by its path inside the base (`en/`, `_astro/app.js`, `icons/favicon-48.png`). */
export interface CoreFile {
  /** Its path inside the base. */
  path: string;
  /** Whether the worker may do without it (icons): the install does not fail when it is missing. */
  optional: boolean;
}

/**
 * The core of one language: its core pages, the files they load, and for the builder every module it
 * can load later. Paths are inside the base; files of other origins are never part of it. A core page
 * that is not built is left out (the caller checks with `coreLanguages`).
 */
export function coreFiles(lang: string, base: string, read: CoreReader): CoreFile[] {
  const site = `https://site.invalid${base}`;
  const inside = (href: string) => {
    const url = new URL(href, site);
    return url.origin === new URL(site).origin && url.pathname.startsWith(base)
      ? decodeURI(url.pathname.slice(base.length))
      : undefined;
  };
  const files = new Map<string, boolean>();
  const add = (path: string | undefined, optional: boolean) => {
    if (path === undefined) return;
    files.set(path, (files.get(path) ?? true) && optional);
  };
  for (const page of CORE_PAGES) {
    const path = `${lang}/${page}`;
    const html = read.page(path);
    if (html === undefined) continue;
    add(path, false);
    const assets = pageAssets(html, new URL(path, site).href);
    for (const asset of assets) add(inside(asset.href), !asset.needed);
    if (!WHOLE_GRAPH_PAGES.includes(page)) continue;
    // Follow every module the page starts with through its static and on-demand imports.
    const queue = assets.map((a) => inside(a.href)).filter((p): p is string => p?.endsWith('.js') === true);
    const seen = new Set<string>();
    while (queue.length > 0) {
      const module = queue.shift()!;
      if (seen.has(module)) continue;
      seen.add(module);
      const code = read.code(module);
      if (code === undefined) continue;
      add(module, false);
      const here = new URL(module, site).href;
      const { relative, fromBase } = onDemandImports(code);
      const next = [
        ...[...staticImports(code), ...relative].map((spec) => inside(new URL(spec, here).href)),
        ...fromBase.map((spec) => inside(new URL(spec, site).href)),
      ];
      for (const path of next) if (path !== undefined) queue.push(path);
    }
  }
  return [...files].map(([path, optional]) => ({ path, optional }));
}
