/**
 * The offline service worker's source, as plain JavaScript in a string.
 * src/integrations/service-worker.ts fills in one build's values and writes
 * the result to `<dist>/sw.js`; tests/unit/service-worker.test.ts evaluates
 * it with a fake `self`, `caches` and `fetch`.
 *
 * What the worker does:
 * - install: stores every precached file in one cache named after the build's
 *   version (`groundwork-<version>`), then takes over at once;
 * - activate: deletes older `groundwork-*` caches (no other cache) and starts
 *   serving the open pages;
 * - fetch: only GET requests to this origin under the base path. Pages come
 *   from the network first and from the cache when offline (any `?query`
 *   ignored), then the cached 404 page; build assets from the cache first;
 *   other precached files from the cache while a fresh copy is fetched. Every
 *   other request is left alone, so the cache never holds another origin's
 *   responses and never grows beyond the precache list.
 * - every cache operation is in try/catch: a full or blocked cache only means
 *   that less works offline, never that a page breaks.
 */

/** The prefix of every cache the worker owns; activate deletes the older ones. */
export const CACHE_PREFIX = 'groundwork-';

/** One build's values for the worker. */
export interface WorkerOptions {
  /** A hash of the precache list and every precached file, so every build that changes a file gets a new cache. */
  version: string;
  /** The site's base path with a trailing slash (`/`, `/selvhjelp/`); the worker handles nothing outside it. */
  base: string;
  /** Same-origin paths, base path included, stored on install. */
  precache: readonly string[];
  /** Paths in `precache` that may fail to download without failing the install (the favicon, the 404 page). */
  optional: readonly string[];
  /** The page shown when a page is neither reachable nor cached, such as `/404.html`. */
  notFound: string;
  /** The folder of content-hashed build files, such as `/_astro/`, served from the cache first. */
  assets: string;
}

/** Returns the service worker's JavaScript for one build. */
export function workerSource(options: WorkerOptions): string {
  const value = (v: unknown) => JSON.stringify(v);
  return `// Groundwork's offline service worker. Generated at build time by
// src/integrations/service-worker.ts from src/integrations/sw-template.ts: edit those, not this file.
//
// To turn offline use off, delete this file (sw.js) from the host. Browsers keep a
// worker whose script answers 404, so the site's script (src/scripts/register-sw.ts)
// unregisters it and deletes its caches on a visitor's next visit to the builder.
'use strict';

const VERSION = ${value(options.version)};
const CACHE = ${value(CACHE_PREFIX)} + VERSION;
const BASE = ${value(options.base)};
const ASSETS = ${value(options.assets)};
const NOT_FOUND = ${value(options.notFound)};
const PRECACHE = ${value(options.precache)};
const OPTIONAL = new Set(${value(options.optional)});
const PRECACHED = new Set(PRECACHE);
// Hosts may send Vary headers; a stored copy is the right answer whatever the request's headers.
const MATCH = { ignoreVary: true };

const absolute = (path) => new URL(path, self.location.href).href;

async function fromCache(request, options = MATCH) {
  try {
    const cache = await caches.open(CACHE);
    return (await cache.match(request, options)) || undefined;
  } catch {
    return undefined;
  }
}

async function toCache(request, response) {
  try {
    const cache = await caches.open(CACHE);
    await cache.put(request, response);
  } catch {
    // A full or blocked cache only means this file is not kept for offline use.
  }
}

// A redirected response cannot answer a page request, so keep only its body and headers.
async function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.map(async (path) => {
      try {
        const response = await fetch(absolute(path), { cache: 'reload' });
        if (!response.ok) throw new Error(path + ' answered ' + response.status);
        await cache.put(absolute(path), await unredirected(response));
      } catch (error) {
        // The pages and their scripts must all be there, or offline use would be half broken:
        // then the install fails, the previous worker (if any) stays, and the browser tries again later.
        if (!OPTIONAL.has(path)) throw error;
      }
    }),
  );
}

async function removeOldCaches() {
  try {
    const names = await caches.keys();
    await Promise.all(
      names
        .filter((name) => name.startsWith(${value(CACHE_PREFIX)}) && name !== CACHE)
        .map((name) => caches.delete(name)),
    );
  } catch {
    // Old caches left behind take space but do no harm: the worker only reads its own.
  }
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const page =
      (await fromCache(request, { ignoreSearch: true, ignoreVary: true })) ||
      (await fromCache(absolute(NOT_FOUND)));
    if (page) return page;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await fromCache(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await toCache(request, response.clone());
  return response;
}

function staleWhileRevalidate(event, request) {
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await toCache(request, response.clone());
    return response;
  });
  event.waitUntil(fresh.catch(() => undefined));
  return fromCache(request).then((cached) => cached || fresh);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    removeOldCaches().then(async () => {
      try {
        await self.clients.claim();
      } catch {
        // The open pages are served from their next load instead.
      }
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  let url;
  try {
    url = new URL(request.url);
  } catch {
    return;
  }
  // Never answer for another origin, nor for paths outside this site.
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
    return;
  }
  // Only the precached files are ever served or stored, so the cache never grows.
  if (!PRECACHED.has(url.pathname) || url.search !== '') return;
  if (url.pathname.startsWith(ASSETS)) event.respondWith(cacheFirst(request));
  else event.respondWith(staleWhileRevalidate(event, request));
});
`;
}
