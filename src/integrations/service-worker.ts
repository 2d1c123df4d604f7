import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerSource } from './sw-template.ts';
import { OFFLINE_PAGE, ONLINE_ONLY_PAGES, coreFiles, coreLanguages } from '../lib/offline-core.ts';

/** Files larger than this are never precached: offline use should not cost a visitor megabytes. */
const MAX_BYTES = 1024 * 1024;

/** The folder of Astro's content-hashed build files. */
const ASSETS_DIR = '_astro';

/**
 * The layout's shared script (the worker's registration, src/scripts/register-sw.ts): Astro would
 * inline a script this small, which would put its hash in every page's Content-Security-Policy. As a
 * file of its own it is fetched once and cached, and the policy needs no hash for it.
 */
export const SHARED_SCRIPT = /(?:^|\/)Base\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

/** One file the worker stores on install. */
export interface PrecacheFile {
  /** Its address, base path included (`/selvhjelp/en/guides/`). */
  url: string;
  /** The file on disk that answers that address. */
  file: string;
  /** Whether the install may go on without it (icons). */
  optional: boolean;
  /** The languages whose core holds it. */
  langs: string[];
}

/** Code-point order, the same on every machine (unlike `localeCompare`), so a build's version does not depend on its locale. */
const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** Puts a trailing (and leading) slash on the configured base: `/selvhjelp` → `/selvhjelp/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Lists what the worker precaches from a built site in `outDir`: for each language with an offline
 * page, its core (src/lib/offline-core.ts: home, guides index, builder, help-now and offline pages,
 * the files they load and the builder's on-demand modules). `pathnames` are the site's pages as
 * Astro lists them (`en/guides/`). The list is the same size however many guides there are; files
 * over 1 MB are left out.
 */
export function precacheFiles(outDir: string, base: string, pathnames: readonly string[]): PrecacheFile[] {
  const prefix = normalizeBase(base);
  const fileOf = (path: string) =>
    join(outDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  const readable = (path: string) => {
    const file = fileOf(path);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
  const found = new Map<string, PrecacheFile>();
  for (const lang of coreLanguages(pathnames)) {
    const files = coreFiles(lang, prefix, {
      page: readable,
      code: (path) => (path.endsWith('.js') ? readable(path) : undefined),
    });
    for (const { path, optional } of files) {
      const file = fileOf(path);
      if (!existsSync(file) || statSync(file).size > MAX_BYTES) continue;
      const url = encodeURI(`${prefix}${path}`);
      const entry = found.get(url) ?? { url, file, optional, langs: [] };
      entry.optional &&= optional;
      entry.langs.push(lang);
      found.set(url, entry);
    }
  }
  return [...found.values()].sort(byUrl);
}

/** A short hash of the precache list and every listed file's bytes: any change to one of them changes it. */
export function precacheVersion(files: readonly { url: string; content: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  for (const { url, content } of [...files].sort(byUrl)) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    hash.update(`${url}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Writes `<outDir>/sw.js` for a built site and returns its version and how many files each language's core has. */
export function writeServiceWorker(
  outDir: string,
  base: string,
  pathnames: readonly string[],
): { version: string; count: number; perLanguage: Record<string, number> } {
  const prefix = normalizeBase(base);
  const files = precacheFiles(outDir, prefix, pathnames);
  const languages = coreLanguages(pathnames);
  if (languages.length === 0 || files.length === 0) {
    throw new Error(
      `The service worker found no offline core in ${outDir}: every language needs its home, guides, builder, help-now and offline pages`,
    );
  }
  const version = precacheVersion(files.map((f) => ({ url: f.url, content: readFileSync(f.file) })));
  const core = Object.fromEntries(
    languages.map((lang) => [lang, files.filter((f) => f.langs.includes(lang)).map((f) => f.url)]),
  );
  const url = (lang: string, page: string) => encodeURI(`${prefix}${lang}/${page}`);
  const source = workerSource({
    version,
    base: prefix,
    languages,
    core,
    optional: files.filter((f) => f.optional).map((f) => f.url),
    offline: Object.fromEntries(languages.map((lang) => [lang, url(lang, OFFLINE_PAGE)])),
    onlineOnly: languages.flatMap((lang) => ONLINE_ONLY_PAGES.map((page) => url(lang, page))),
    assets: encodeURI(`${prefix}${ASSETS_DIR}/`),
  });
  writeFileSync(join(outDir, 'sw.js'), source);
  const perLanguage = Object.fromEntries(Object.entries(core).map(([lang, urls]) => [lang, urls.length]));
  return { version, count: files.length, perLanguage };
}

/**
 * Writes the offline service worker, `sw.js`, at the root of the built site
 * (under the base path) after every build. Every page registers it
 * (src/scripts/register-sw.ts, loaded by the layout as a file of its own).
 * Deleting `sw.js` from the host turns offline use off again.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'groundwork:service-worker',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Keep the layout's registration script a file of its own (see SHARED_SCRIPT); for every other
        // file, Vite's and Astro's own choice (undefined).
        updateConfig({
          vite: {
            build: { assetsInlineLimit: (path: string) => (SHARED_SCRIPT.test(path) ? false : undefined) },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const { version, count, perLanguage } = writeServiceWorker(
          outDir,
          base,
          pages.map((p) => p.pathname),
        );
        const cores = Object.entries(perLanguage)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        logger.info(
          `service worker: ${count} files in the offline cores (${cores}), version ${version} → ${join(outDir, 'sw.js')}`,
        );
      },
    },
  };
}
