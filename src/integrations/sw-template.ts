/**
 * The offline service worker's source, as plain JavaScript in a string.
 * src/integrations/service-worker.ts fills in one build's values and writes
 * the result to `<dist>/sw.js`; tests/unit/integrations/service-worker.test.ts
 * evaluates it with a fake `self`, `caches` and `fetch`. Its decisions are the
 * pure functions of src/lib/offline.ts, copied in as they are.
 *
 * Two caches:
 * - `groundwork-core-<version>`: the core (src/lib/offline-core.ts) of the
 *   languages the visitor uses, stored on install. The version is a hash of
 *   every core file, so a build that changes one gets a new cache, and
 *   activate deletes the old one.
 * - `groundwork-pages`: every other page (and its files) as it is visited. It
 *   is kept across builds, so what someone read stays readable offline after
 *   an update: on activate, the files its pages still need are copied over
 *   from the old core before that is deleted, and a page whose styles or
 *   scripts cannot be found is dropped (its offline page stands in), so no
 *   stored page ever points at a file that is gone. At most `MAX_STORED`
 *   files; the oldest go first.
 *
 * Requests (see `requestKind`): pages come from the network first, so nobody
 * sees an old page online, and are stored; offline from the store (any
 * `?query` ignored), else the offline page of the page's language, which lists
 * the stored pages. Search pages are never stored: offline the offline page
 * stands in and says that search needs a connection. Hashed build files come
 * from the store first, and from the network (then stored) when missing. Other
 * files of the site come from the network first, then the store. Other origins,
 * `sw.js`, `pagefind/` and every method but GET are left to the browser. Every
 * cache operation is in try/catch: a full or blocked store only means that less
 * works offline, never that a page breaks.
 */
import {
  languageOf,
  listedPages,
  offlineCandidates,
  offlineList,
  pageAssets,
  pageKey,
  pageTitle,
  requestKind,
  withOfflineList,
} from '../lib/offline.ts';

/** The prefix of every cache the worker owns; activate deletes the ones of older builds. */
export const CACHE_PREFIX = 'groundwork-';

/** The cache of visited pages, kept across builds. */
export const PAGES_CACHE = `${CACHE_PREFIX}pages`;

/** The most files the visited-pages cache holds; the oldest are deleted first. */
export const MAX_STORED = 400;

/** One build's values for the worker. */
export interface WorkerOptions {
  /** A hash of every core file, so every build that changes one gets a new core cache. */
  version: string;
  /** The site's base path with a trailing slash (`/`, `/selvhjelp/`); the worker handles nothing outside it. */
  base: string;
  /** The built languages, the default first. */
  languages: readonly string[];
  /** Each language's core: same-origin paths, base path included, stored on install. */
  core: Readonly<Record<string, readonly string[]>>;
  /** Paths in a core that may fail to download without failing the install (icons). */
  optional: readonly string[];
  /** Each language's offline page (`/en/offline/`). */
  offline: Readonly<Record<string, string>>;
  /** Pages that are never stored, and offline get the offline page with its search note (`/en/search/`). */
  onlineOnly: readonly string[];
  /** The folder of content-hashed build files, such as `/_astro/`, served from the store first. */
  assets: string;
}

/** The functions of src/lib/offline.ts the worker runs, copied in as source. */
const LIB = [
  requestKind,
  pageKey,
  languageOf,
  offlineCandidates,
  pageAssets,
  pageTitle,
  offlineList,
  withOfflineList,
  listedPages,
];

/**
 * A function's source as the worker gets it. Loaders that strip TypeScript's types may leave blanks
 * where they were (`url     ;`); those go, so the file reads as plain JavaScript. (Prettier keeps
 * the project's code free of double spaces, and these functions have none in strings.)
 */
function sourceOf(fn: (...args: never[]) => unknown): string {
  return fn.toString().replace(/(?<=\S)[ ]{2,}(?=[,)(;={])/g, '');
}

/** Returns the service worker's JavaScript for one build. */
export function workerSource(options: WorkerOptions): string {
  const value = (v: unknown) => JSON.stringify(v);
  return `// Groundwork's offline service worker. Generated at build time by
// src/integrations/service-worker.ts from src/integrations/sw-template.ts and
// src/lib/offline.ts: edit those, not this file.
//
// To turn offline use off, delete this file (sw.js) from the host. Browsers keep a
// worker whose script answers 404, so the site's script (src/scripts/register-sw.ts)
// unregisters it and deletes its caches on a visitor's next visit.
'use strict';

const VERSION = ${value(options.version)};
const PREFIX = ${value(CACHE_PREFIX)};
const CORE_CACHE = PREFIX + 'core-' + VERSION;
const PAGES_CACHE = ${value(PAGES_CACHE)};
const MAX_STORED = ${value(MAX_STORED)};
const BASE = ${value(options.base)};
const LANGUAGES = ${value(options.languages)};
const CORE = ${value(options.core)};
const OPTIONAL = new Set(${value(options.optional)});
const OFFLINE = ${value(options.offline)};
const SCOPE = {
  origin: self.location.origin,
  base: BASE,
  assets: ${value(options.assets)},
  onlineOnly: ${value(options.onlineOnly)},
  never: [BASE + 'sw.js', BASE + 'pagefind/'],
};
// The name of a stored page, for the offline page's list (see storeResponse).
const TITLE = 'x-groundwork-title';
// Hosts may send Vary headers; a stored copy is the right answer whatever the request's headers.
const MATCH = { ignoreVary: true };

${LIB.map(sourceOf).join('\n\n')}

const absolute = (path) => new URL(path, self.location.href).href;
const corePaths = new Set(Object.values(CORE).flat().map(absolute));
// The languages whose core is known to be stored, so a navigation does not check again.
const storedLanguages = new Set();

async function open(name) {
  try {
    return await caches.open(name);
  } catch {
    return undefined;
  }
}

// The stored copy of a request, from the core first, then the visited pages.
async function fromStore(request, options = MATCH) {
  for (const name of [CORE_CACHE, PAGES_CACHE]) {
    try {
      const cache = await caches.open(name);
      const found = await cache.match(request, options);
      if (found) return found;
    } catch {
      // A blocked store: look in the next one, then give up.
    }
  }
  return undefined;
}

function storable(response) {
  return response.ok && response.type === 'basic' && !response.redirected;
}

// Stores a response (a page's HTML with its name in a header, for the offline page's list). The core
// cache holds the core's files; everything else goes to the visited pages, which are then trimmed.
async function storeResponse(key, response) {
  try {
    let stored = response;
    const type = response.headers.get('content-type') || '';
    if (type.includes('text/html')) {
      const html = await response.text();
      stored = new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: { 'content-type': type, [TITLE]: encodeURIComponent(pageTitle(html)) },
      });
    }
    const name = corePaths.has(key) ? CORE_CACHE : PAGES_CACHE;
    const cache = await caches.open(name);
    await cache.put(key, stored);
    if (name === PAGES_CACHE) await trim(cache);
  } catch {
    // A full or blocked store only means this file is not kept for offline use.
  }
}

async function trim(cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_STORED)).map((k) => cache.delete(k)));
}

// The languages of the pages the visitor has open (the default language when none has one), and of
// the cores an earlier build had stored: those are the cores this worker keeps.
async function languagesInUse() {
  const found = new Set();
  try {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const client of windows) {
      const lang = languageOf(new URL(client.url).pathname, BASE, LANGUAGES);
      if (lang) found.add(lang);
    }
  } catch {
    // No list of windows: the default language, below.
  }
  for (const lang of LANGUAGES) {
    if (!found.has(lang) && (await inOldCore(absolute(OFFLINE[lang])))) found.add(lang);
  }
  if (found.size === 0 && LANGUAGES.length > 0) found.add(LANGUAGES[0]);
  return [...found];
}

async function oldCaches() {
  try {
    const names = await caches.keys();
    return names.filter((n) => n.startsWith(PREFIX) && n !== CORE_CACHE && n !== PAGES_CACHE);
  } catch {
    return [];
  }
}

async function inOldCore(href) {
  for (const name of await oldCaches()) {
    const cache = await open(name);
    if (cache && (await cache.match(href, MATCH))) return true;
  }
  return false;
}

// Stores the cores of some languages. On install every file must come (strict): otherwise the install
// fails, the previous worker (if any) stays, and the browser tries again later. A later language's core
// is stored as well as it can be, its offline page last, so that this page is there only with the rest.
async function storeCore(langs, strict) {
  const cache = await caches.open(CORE_CACHE);
  const wanted = [...new Set(langs.flatMap((lang) => CORE[lang] || []))];
  const last = new Set(langs.map((lang) => OFFLINE[lang]));
  const fetchOne = async (path) => {
    const href = absolute(path);
    if (await cache.match(href, MATCH)) return;
    try {
      // Hashed files never change under their name, so the browser's copy is fine; the rest is checked.
      const fresh = path.startsWith(SCOPE.assets) ? {} : { cache: 'no-cache' };
      const response = await fetch(href, fresh);
      if (!response.ok) throw new Error(path + ' answered ' + response.status);
      await storeResponse(href, response);
      if (!(await cache.match(href, MATCH))) throw new Error(path + ' could not be stored');
    } catch (error) {
      if (strict && !OPTIONAL.has(path)) throw error;
      if (!OPTIONAL.has(path)) return error;
    }
  };
  const problems = await Promise.all(wanted.filter((p) => !last.has(p)).map(fetchOne));
  if (problems.some(Boolean)) return;
  await Promise.all([...last].map(fetchOne));
  for (const lang of langs) storedLanguages.add(lang);
}

// The pages the visitor had open when the worker was installed were loaded before it: store them
// (and their files) too, as any visited page. The browser's own copies serve, so this costs little.
async function storeOpenPages() {
  let windows = [];
  try {
    windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  } catch {
    return;
  }
  for (const client of windows) {
    if (requestKind(client.url, 'GET', 'navigate', SCOPE) !== 'page') continue;
    const key = pageKey(client.url);
    try {
      if (await fromStore(key)) continue;
      const response = await fetch(key);
      if (!storable(response)) continue;
      const html = await response.clone().text();
      await storeResponse(key, response);
      for (const asset of pageAssets(html, key)) {
        if (await fromStore(asset.href)) continue;
        const file = await fetch(asset.href);
        if (storable(file)) await storeResponse(asset.href, file);
      }
    } catch {
      // That page is stored the next time it is opened online.
    }
  }
}

// Before the old core goes: every visited page keeps the files it needs (copied from the old core
// when this build has other ones), and a page that cannot keep them is dropped.
async function keepVisitedPagesWhole(old) {
  const pages = await open(PAGES_CACHE);
  if (!pages || old.length === 0) return;
  const olds = (await Promise.all(old.map(open))).filter(Boolean);
  for (const request of await pages.keys()) {
    const response = await pages.match(request, MATCH);
    if (!response || !(response.headers.get('content-type') || '').includes('text/html')) continue;
    const html = await response.text();
    for (const asset of pageAssets(html, request.url)) {
      if (await fromStore(asset.href)) continue;
      let copy;
      for (const cache of olds) copy = copy || (await cache.match(asset.href, MATCH));
      if (copy) await pages.put(asset.href, copy);
      else if (asset.needed) {
        await pages.delete(request);
        break;
      }
    }
  }
}

async function removeOldCaches(old) {
  await Promise.all(old.map((name) => caches.delete(name).catch(() => false)));
}

// The stored pages of one language, with their names, for the offline page's list.
async function storedPages() {
  const found = [];
  for (const name of [CORE_CACHE, PAGES_CACHE]) {
    const cache = await open(name);
    if (!cache) continue;
    for (const request of await cache.keys()) {
      const response = await cache.match(request, MATCH);
      const title = response && response.headers.get(TITLE);
      if (title) found.push({ href: request.url, title: decodeURIComponent(title) });
    }
  }
  return found;
}

// The offline page for a page that is neither reachable nor stored, in the page's language when
// that one is stored, listing what can be opened without a connection.
async function offlinePage(url, search) {
  for (const path of offlineCandidates(url.pathname, BASE, LANGUAGES, OFFLINE)) {
    const stored = await fromStore(absolute(path));
    if (!stored) continue;
    try {
      const html = await stored.text();
      const lang = languageOf(new URL(absolute(path)).pathname, BASE, LANGUAGES);
      const exclude = [
        ...Object.values(OFFLINE).map(absolute),
        ...SCOPE.onlineOnly.map(absolute),
        ...listedPages(html, absolute(path)),
      ];
      const list = offlineList(await storedPages(), lang, BASE, exclude);
      return new Response(withOfflineList(html, list, search), {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    } catch {
      return stored;
    }
  }
  return undefined;
}

async function page(event, onlineOnly) {
  const request = event.request;
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (!onlineOnly && storable(response)) event.waitUntil(storeResponse(pageKey(request.url), response.clone()));
    // A page in a language whose core is not stored yet: store it now, in the background.
    const lang = languageOf(url.pathname, BASE, LANGUAGES);
    if (lang && !storedLanguages.has(lang) && response.ok) {
      event.waitUntil(
        fromStore(absolute(OFFLINE[lang]))
          .then((found) => (found ? storedLanguages.add(lang) : storeCore([lang], false)))
          .catch(() => undefined),
      );
    }
    return response;
  } catch (error) {
    const stored = onlineOnly
      ? undefined
      : await fromStore(pageKey(request.url), { ignoreSearch: true, ignoreVary: true });
    const answer = stored || (await offlinePage(url, onlineOnly));
    if (answer) return answer;
    throw error;
  }
}

async function asset(event) {
  const request = event.request;
  const stored = await fromStore(request);
  if (stored) return stored;
  // Not stored (a file loaded on demand, or one this build no longer has): the network decides.
  const response = await fetch(request);
  if (storable(response)) event.waitUntil(storeResponse(request.url, response.clone()));
  return response;
}

async function file(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    if (storable(response)) event.waitUntil(storeResponse(request.url, response.clone()));
    return response;
  } catch (error) {
    const stored = await fromStore(request);
    if (stored) return stored;
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    languagesInUse()
      .then((langs) => storeCore(langs, true))
      .then(storeOpenPages)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = await oldCaches();
      try {
        await keepVisitedPagesWhole(old);
      } catch {
        // Visited pages are checked again on the next build.
      }
      await removeOldCaches(old);
      try {
        await self.clients.claim();
      } catch {
        // The open pages are served from their next load instead.
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const kind = requestKind(request.url, request.method, request.mode, SCOPE);
  if (kind === 'page' || kind === 'online-only') event.respondWith(page(event, kind === 'online-only'));
  else if (kind === 'asset') event.respondWith(asset(event));
  else if (kind === 'file') event.respondWith(file(event));
});
`;
}
