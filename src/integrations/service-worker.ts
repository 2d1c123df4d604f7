import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerSource } from './sw-template.ts';

/** The pages kept for offline use, by their path inside a language (`guides/`, `builder/worksheet/`). */
const OFFLINE_PAGES =
  /^[^/]+\/(?:|guides\/|guides\/[^/]+\/|rules\/|builder\/|builder\/worksheet\/|help-now\/|privacy\/|accessibility\/)$/;

/** Files larger than this are never precached: offline use should not cost a visitor megabytes. */
const MAX_BYTES = 1024 * 1024;

/** The folder of Astro's content-hashed build files. */
const ASSETS_DIR = '_astro';

/** One file the worker stores on install. */
export interface PrecacheFile {
  /** Its address, base path included (`/selvhjelp/en/guides/`). */
  url: string;
  /** The file on disk that answers that address. */
  file: string;
  /** Whether the install may go on without it. */
  optional: boolean;
}

/** Code-point order, the same on every machine (unlike `localeCompare`), so a build's version does not depend on its locale. */
const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** Puts a trailing (and leading) slash on the configured base: `/selvhjelp` → `/selvhjelp/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Lists what the worker precaches from a built site in `outDir`: both
 * languages' main pages (from Astro's `pages`, as `en/guides/`), the 404
 * page, every build file under `_astro/` and the favicon. Search's
 * `pagefind/` files and anything over 1 MB are left out.
 */
export function precacheFiles(outDir: string, base: string, pathnames: readonly string[]): PrecacheFile[] {
  const prefix = normalizeBase(base);
  const url = (path: string) => encodeURI(`${prefix}${path}`);
  const found: PrecacheFile[] = [];
  const add = (path: string, file: string, optional: boolean) => {
    if (!existsSync(file) || statSync(file).size > MAX_BYTES) return;
    if (!found.some((f) => f.file === file)) found.push({ url: url(path), file, optional });
  };
  for (const raw of pathnames) {
    const path = `${raw.replace(/^\/+|\/+$/g, '')}/`;
    if (OFFLINE_PAGES.test(path)) add(path, join(outDir, path, 'index.html'), false);
  }
  add('404.html', join(outDir, '404.html'), true);
  for (const file of filesUnder(join(outDir, ASSETS_DIR))) {
    add(relative(outDir, file).split(sep).join('/'), file, false);
  }
  for (const name of ['favicon.svg', 'favicon.ico']) add(name, join(outDir, name), true);
  return found.sort(byUrl);
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

/** Writes `<outDir>/sw.js` for a built site and returns its version and how many files it precaches. */
export function writeServiceWorker(
  outDir: string,
  base: string,
  pathnames: readonly string[],
): { version: string; count: number } {
  const prefix = normalizeBase(base);
  const files = precacheFiles(outDir, prefix, pathnames);
  if (!files.some((f) => !f.optional && f.url.endsWith('/'))) {
    throw new Error(`The service worker found no pages to keep for offline use in ${outDir}`);
  }
  const version = precacheVersion(files.map((f) => ({ url: f.url, content: readFileSync(f.file) })));
  const source = workerSource({
    version,
    base: prefix,
    precache: files.map((f) => f.url),
    optional: files.filter((f) => f.optional).map((f) => f.url),
    notFound: encodeURI(`${prefix}404.html`),
    assets: encodeURI(`${prefix}${ASSETS_DIR}/`),
  });
  writeFileSync(join(outDir, 'sw.js'), source);
  return { version, count: files.length };
}

/**
 * Writes the offline service worker, `sw.js`, at the root of the built site
 * (under the base path) after every build. Pages that ship JavaScript
 * register it (src/scripts/register-sw.ts). Deleting `sw.js` from the host
 * turns offline use off again.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'groundwork:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const { version, count } = writeServiceWorker(
          outDir,
          base,
          pages.map((p) => p.pathname),
        );
        logger.info(
          `service worker: ${count} files precached, version ${version} → ${join(outDir, 'sw.js')}`,
        );
      },
    },
  };
}
