/**
 * The offline service worker, evaluated from its generated source with a fake
 * `self`, `caches` and `fetch`: what install stores, what activate deletes,
 * which requests it answers and how, and how the build versions it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workerSource, type WorkerOptions } from '../../../src/integrations/sw-template.ts';
import {
  normalizeBase,
  precacheFiles,
  precacheVersion,
  writeServiceWorker,
} from '../../../src/integrations/service-worker.ts';

const ORIGIN = 'https://groundwork.example';

const OPTIONS: WorkerOptions = {
  version: 'v2',
  base: '/',
  precache: [
    '/en/',
    '/en/builder/',
    '/en/guides/ground-rules/',
    '/_astro/app.abc.js',
    '/favicon.svg',
    '/404.html',
  ],
  optional: ['/favicon.svg', '/404.html'],
  notFound: '/404.html',
  assets: '/_astro/',
};

/** What the fake network serves, by path; anything else is a 404. */
const SITE: Record<string, string> = {
  '/en/': 'home',
  '/en/builder/': 'builder',
  '/en/guides/ground-rules/': 'ground rules',
  '/_astro/app.abc.js': 'app',
  '/favicon.svg': 'icon',
  '/404.html': 'not found',
};

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

const key = (request: FakeRequest | string, ignoreSearch = false) => {
  const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN);
  if (ignoreSearch) url.search = '';
  return url.href;
};

/** A Map-backed CacheStorage with just what the worker uses. */
class FakeCache {
  entries = new Map<string, Response>();
  async match(request: FakeRequest | string, options: { ignoreSearch?: boolean } = {}) {
    const wanted = key(request, options.ignoreSearch);
    for (const [url, response] of this.entries) {
      if (key(url, options.ignoreSearch) === wanted) return response.clone();
    }
    return undefined;
  }
  async put(request: FakeRequest | string, response: Response) {
    this.entries.set(key(request), response);
  }
  async text(path: string) {
    return (await this.match(path))?.text();
  }
}

class FakeCaches {
  stores = new Map<string, FakeCache>();
  broken = false;
  async open(name: string) {
    if (this.broken) throw new Error('storage is blocked');
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

type Listener = (event: unknown) => void;

/** Evaluates the worker's source with fakes and returns handles to drive and inspect it. */
function startWorker(options: WorkerOptions = OPTIONS) {
  const listeners = new Map<string, Listener>();
  const network = { online: true, site: { ...SITE }, requests: [] as string[] };
  const state = { skippedWaiting: false, claimed: false };
  const self = {
    location: new URL(`${ORIGIN}${options.base}sw.js`),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => {
      state.skippedWaiting = true;
    },
    clients: {
      claim: async () => {
        state.claimed = true;
      },
    },
  };
  const caches = new FakeCaches();
  const fetch = async (request: FakeRequest | string) => {
    const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN);
    network.requests.push(url.pathname + url.search);
    if (!network.online) throw new TypeError('Failed to fetch');
    const body = url.origin === ORIGIN ? network.site[url.pathname] : undefined;
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(body);
  };
  new Function('self', 'caches', 'fetch', workerSource(options))(self, caches, fetch);

  /** Runs an extendable event (install, activate) and waits for it. */
  async function extendable(type: string): Promise<void> {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  }

  /** Sends a request through the fetch handler; `undefined` when the worker leaves it to the browser. */
  async function request(url: string, init: { method?: string; mode?: string } = {}) {
    let answer: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    listeners.get('fetch')!({
      request: { url: new URL(url, ORIGIN).href, method: init.method ?? 'GET', mode: init.mode ?? 'cors' },
      respondWith: (p: Promise<Response>) => {
        answer = p;
      },
      waitUntil: (p: Promise<unknown>) => waits.push(p),
    });
    if (!answer) return undefined;
    const response = await answer;
    await Promise.all(waits);
    return response;
  }

  const cache = () => caches.stores.get(`groundwork-${options.version}`);
  return { caches, cache, network, state, extendable, request };
}

async function installed(options?: WorkerOptions) {
  const worker = startWorker(options);
  await worker.extendable('install');
  await worker.extendable('activate');
  worker.network.requests.length = 0;
  return worker;
}

describe('install', () => {
  it('stores every precached file in the versioned cache and takes over at once', async () => {
    const worker = startWorker();
    await worker.extendable('install');
    const cache = worker.cache()!;
    expect([...cache.entries.keys()].sort()).toEqual(OPTIONS.precache.map((p) => `${ORIGIN}${p}`).sort());
    expect(await cache.text('/en/builder/')).toBe('builder');
    expect(worker.state.skippedWaiting).toBe(true);
  });

  it.each([
    ['an optional file is missing', '/favicon.svg', 'resolves'],
    ['a page is missing', '/en/builder/', 'rejects'],
    ['a build file is missing', '/_astro/app.abc.js', 'rejects'],
  ])('when %s, the install %s', async (_, path, outcome) => {
    const worker = startWorker();
    delete worker.network.site[path];
    const install = worker.extendable('install');
    if (outcome === 'resolves') {
      await expect(install).resolves.toBeUndefined();
      expect(await worker.cache()!.match(path)).toBeUndefined();
    } else {
      await expect(install).rejects.toThrow(path);
      expect(worker.state.skippedWaiting).toBe(false);
    }
  });
});

describe('activate', () => {
  it('deletes older groundwork caches, keeps every other cache and claims the open pages', async () => {
    const worker = startWorker();
    for (const name of ['groundwork-v1', 'groundwork-old', 'other-app-v1', 'workbox-precache']) {
      await worker.caches.open(name);
    }
    await worker.extendable('install');
    await worker.extendable('activate');
    expect((await worker.caches.keys()).sort()).toEqual([
      'groundwork-v2',
      'other-app-v1',
      'workbox-precache',
    ]);
    expect(worker.state.claimed).toBe(true);
  });

  it('still claims the pages when the caches cannot be listed', async () => {
    const worker = startWorker();
    worker.caches.keys = async () => {
      throw new Error('blocked');
    };
    await worker.extendable('activate');
    expect(worker.state.claimed).toBe(true);
  });
});

describe('requests it leaves to the browser', () => {
  it.each([
    ['a GET to another origin', 'https://elsewhere.example/en/', {}],
    ['a page on another origin', 'https://elsewhere.example/en/builder/', { mode: 'navigate' }],
    ['a look-alike origin', 'https://groundwork.example.evil.example/_astro/app.abc.js', {}],
    ['a POST', '/en/builder/', { method: 'POST' }],
    ['a HEAD (the register script asking for sw.js)', '/sw.js', { method: 'HEAD' }],
    ['a same-origin file that is not precached', '/pagefind/pagefind.js', {}],
    ['a build file not in this version', '/_astro/app.new.js', {}],
    ['a precached file with a query', '/favicon.svg?v=2', {}],
  ])('%s is not handled', async (_, url, init) => {
    const worker = await installed();
    expect(await worker.request(url, init)).toBeUndefined();
    expect(worker.network.requests).toEqual([]);
  });

  it('leaves paths outside the base path alone', async () => {
    const worker = await installed({ ...OPTIONS, base: '/selvhjelp/' });
    expect(await worker.request('/en/builder/', { mode: 'navigate' })).toBeUndefined();
  });
});

describe('pages', () => {
  it.each([
    ['online: from the network', true, '/en/builder/', 'builder', ['/en/builder/']],
    ['offline: from the cache', false, '/en/builder/', 'builder', ['/en/builder/']],
    [
      'offline, with a query: the cached page',
      false,
      '/en/builder/?step=rules',
      'builder',
      ['/en/builder/?step=rules'],
    ],
    [
      'offline, a preset link: the cached page',
      false,
      '/en/builder/?preset=rehab-centre',
      'builder',
      ['/en/builder/?preset=rehab-centre'],
    ],
    ['offline, a guide', false, '/en/guides/ground-rules/', 'ground rules', ['/en/guides/ground-rules/']],
    ['offline, a page never cached: the cached 404 page', false, '/en/search/', 'not found', ['/en/search/']],
    ["online, a missing page: the host's 404", true, '/en/nothing/', 'missing', ['/en/nothing/']],
  ])('%s', async (_, online, url, body, requests) => {
    const worker = await installed();
    worker.network.site['/en/builder/'] = online ? 'builder' : 'builder, newer';
    worker.network.online = online;
    const response = await worker.request(url, { mode: 'navigate' });
    expect(await response?.text()).toBe(body);
    expect(worker.network.requests).toEqual(requests);
  });

  it('fails like the network when offline and the cache cannot be opened', async () => {
    const worker = await installed();
    worker.network.online = false;
    worker.caches.broken = true;
    await expect(worker.request('/en/builder/', { mode: 'navigate' })).rejects.toThrow('Failed to fetch');
  });

  it('works online even when the cache cannot be opened', async () => {
    const worker = await installed();
    worker.caches.broken = true;
    const response = await worker.request('/en/builder/', { mode: 'navigate' });
    expect(await response?.text()).toBe('builder');
  });
});

describe('files', () => {
  it('serves build files from the cache first, without asking the network', async () => {
    const worker = await installed();
    worker.network.site['/_astro/app.abc.js'] = 'changed on the host';
    const response = await worker.request('/_astro/app.abc.js');
    expect(await response?.text()).toBe('app');
    expect(worker.network.requests).toEqual([]);
  });

  it('fetches and stores again a precached build file that went missing from the cache', async () => {
    const worker = await installed();
    worker.cache()!.entries.delete(`${ORIGIN}/_astro/app.abc.js`);
    expect(await (await worker.request('/_astro/app.abc.js'))?.text()).toBe('app');
    expect(await worker.cache()!.text('/_astro/app.abc.js')).toBe('app');
  });

  it('serves other precached files from the cache and refreshes them in the background', async () => {
    const worker = await installed();
    worker.network.site['/favicon.svg'] = 'new icon';
    expect(await (await worker.request('/favicon.svg'))?.text()).toBe('icon');
    expect(worker.network.requests).toEqual(['/favicon.svg']);
    expect(await worker.cache()!.text('/favicon.svg')).toBe('new icon');
  });

  it('serves a precached file offline from the cache', async () => {
    const worker = await installed();
    worker.network.online = false;
    expect(await (await worker.request('/favicon.svg'))?.text()).toBe('icon');
    expect(await (await worker.request('/_astro/app.abc.js'))?.text()).toBe('app');
  });

  it('never grows the cache beyond the precache list', async () => {
    const worker = await installed();
    worker.network.site['/robots.txt'] = 'robots';
    await worker.request('/robots.txt');
    await worker.request('/en/builder/?step=group', { mode: 'navigate' });
    expect(worker.cache()!.entries.size).toBe(OPTIONS.precache.length);
  });
});

describe('the generated source', () => {
  it('names its version and cache, and holds the precache list', () => {
    const source = workerSource(OPTIONS);
    expect(source).toContain('const VERSION = "v2";');
    expect(source).toContain('const CACHE = "groundwork-" + VERSION;');
    expect(source).toContain(JSON.stringify(OPTIONS.precache));
  });
});

describe('versions', () => {
  const files = [
    { url: '/en/', content: 'home' },
    { url: '/_astro/app.abc.js', content: 'app' },
  ];

  it.each([
    ['a file changes', [{ url: '/en/', content: 'home!' }, files[1]!]],
    ['a file is added', [...files, { url: '/nb/', content: 'hjem' }]],
    ['a file is removed', [files[0]!]],
    ['a file moves', [{ url: '/en/start/', content: 'home' }, files[1]!]],
    [
      'bytes move between files',
      [
        { url: '/en/', content: 'homea' },
        { url: '/_astro/app.abc.js', content: 'pp' },
      ],
    ],
  ])('change when %s', (_, changed) => {
    expect(precacheVersion(changed)).not.toBe(precacheVersion(files));
  });

  it('stay the same for the same files in any order', () => {
    expect(precacheVersion([...files].reverse())).toBe(precacheVersion(files));
    expect(precacheVersion(files)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['/', '/'],
    ['', '/'],
    ['/selvhjelp', '/selvhjelp/'],
    ['/selvhjelp/', '/selvhjelp/'],
  ])('base %j is used as %j', (base, normalized) => {
    expect(normalizeBase(base)).toBe(normalized);
  });
});

describe('a build', () => {
  let dist: string;
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const PAGES = [
    '',
    'en/',
    'nb/',
    'en/guides/',
    'en/guides/ground-rules/',
    'en/rules/',
    'en/builder/',
    'en/builder/worksheet/',
    'en/help-now/',
    'en/privacy/',
    'en/accessibility/',
    'en/search/',
    'en/for-centres/',
  ];

  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-sw-'));
    const write = (path: string, content: string | Buffer) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    };
    for (const page of PAGES) write(`${page}index.html`, `<h1>${page}</h1>`);
    write('404.html', 'not found');
    write('favicon.svg', '<svg/>');
    write('robots.txt', 'robots');
    write('_astro/app.abc.js', 'app');
    write('_astro/style.def.css', 'css');
    write('_astro/huge.big.js', Buffer.alloc(1024 * 1024 + 1));
    write('pagefind/pagefind.js', 'search');
    return dir;
  }

  const versionOf = (dir: string) =>
    /const VERSION = "([0-9a-f]+)";/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1];

  it('precaches the main pages, build files and favicon under the base, and nothing else', () => {
    dist = site();
    const urls = precacheFiles(dist, '/selvhjelp', PAGES).map((f) => f.url);
    expect(urls).toEqual([
      '/selvhjelp/404.html',
      '/selvhjelp/_astro/app.abc.js',
      '/selvhjelp/_astro/style.def.css',
      '/selvhjelp/en/',
      '/selvhjelp/en/accessibility/',
      '/selvhjelp/en/builder/',
      '/selvhjelp/en/builder/worksheet/',
      '/selvhjelp/en/guides/',
      '/selvhjelp/en/guides/ground-rules/',
      '/selvhjelp/en/help-now/',
      '/selvhjelp/en/privacy/',
      '/selvhjelp/en/rules/',
      '/selvhjelp/favicon.svg',
      '/selvhjelp/nb/',
    ]);
  });

  it('writes sw.js with a new version when a second build changes a file, and the same one when nothing changes', () => {
    dist = site();
    const first = writeServiceWorker(dist, '/', PAGES);
    expect(versionOf(dist)).toBe(first.version);
    expect(writeServiceWorker(dist, '/', PAGES).version).toBe(first.version);
    writeFileSync(join(dist, 'en/guides/ground-rules/index.html'), '<h1>Ground rules, revised</h1>');
    const second = writeServiceWorker(dist, '/', PAGES);
    expect(second.version).not.toBe(first.version);
    expect(versionOf(dist)).toBe(second.version);
  });

  it('stops the build when there are no pages to keep', () => {
    dist = mkdtempSync(join(tmpdir(), 'groundwork-sw-'));
    expect(() => writeServiceWorker(dist, '/', [])).toThrow(/no pages/);
  });
});
