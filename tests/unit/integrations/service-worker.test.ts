/**
 * The offline service worker, evaluated from its generated source with a fake
 * `self`, `clients`, `caches` and `fetch`: what install stores (the core of the
 * visitor's language, and the page they have open), what activate keeps and
 * deletes, which requests it answers and how, the offline page it shows, and
 * what a build precaches and how it versions it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_STORED, workerSource, type WorkerOptions } from '../../../src/integrations/sw-template.ts';
import {
  SHARED_SCRIPT,
  normalizeBase,
  precacheFiles,
  precacheVersion,
  writeServiceWorker,
} from '../../../src/integrations/service-worker.ts';

const ORIGIN = 'https://groundwork.example';

const coreOf = (lang: string) => [
  '/_astro/Base.r.js',
  '/_astro/app.abc.js',
  `/${lang}/`,
  `/${lang}/builder/`,
  `/${lang}/help-now/`,
  `/${lang}/offline/`,
  '/favicon.svg',
];

const OPTIONS: WorkerOptions = {
  version: 'v2',
  base: '/',
  languages: ['en', 'nb'],
  core: { en: coreOf('en'), nb: coreOf('nb') },
  optional: ['/favicon.svg'],
  offline: { en: '/en/offline/', nb: '/nb/offline/' },
  onlineOnly: ['/en/search/', '/nb/search/'],
  assets: '/_astro/',
};

const page = (title: string, scripts = ['/_astro/Base.r.js']) =>
  `<title>${title} · Groundwork</title>${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}<h1>${title}</h1>`;

const offlinePage = (lang: string, title: string) =>
  page(title) +
  `<p data-offline-search hidden>${lang}: search needs a connection</p>` +
  `<ul data-offline-list><li><a href="/${lang}/">Home</a></li><li><a href="/${lang}/help-now/">Help</a></li></ul>`;

/** What the fake network serves, by path; anything else is a 404. */
function site(): Record<string, string> {
  return {
    '/en/': page('Start'),
    '/nb/': page('Start på norsk'),
    '/en/builder/': page('Builder', ['/_astro/Base.r.js', '/_astro/app.abc.js']),
    '/nb/builder/': page('Lag en avtale', ['/_astro/Base.r.js', '/_astro/app.abc.js']),
    '/en/help-now/': page('Help now'),
    '/nb/help-now/': page('Få hjelp nå'),
    '/en/offline/': offlinePage('en', 'You are offline'),
    '/nb/offline/': offlinePage('nb', 'Du er uten nett'),
    '/en/search/': page('Search'),
    '/en/guides/ground-rules/': page('Ground rules'),
    '/en/guides/running-a-meeting/': page('Running a meeting', ['/_astro/Base.r.js', '/_astro/meeting.m.js']),
    '/nb/guides/ground-rules/': page('Grunnregler'),
    '/_astro/Base.r.js': 'register',
    '/_astro/app.abc.js': 'app',
    '/_astro/meeting.m.js': 'meeting',
    '/_astro/lazy.l.js': 'lazy',
    '/favicon.svg': 'icon',
    '/robots.txt': 'robots',
  };
}

const typeOf = (path: string) =>
  path.endsWith('/')
    ? 'text/html; charset=utf-8'
    : path.endsWith('.js')
      ? 'text/javascript'
      : 'image/svg+xml';

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

const key = (request: FakeRequest | Request | string, ignoreSearch = false) => {
  const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN);
  if (ignoreSearch) url.search = '';
  return url.href;
};

/** A Map-backed Cache with just what the worker uses; `put` moves an entry to the end, as the Cache API does. */
class FakeCache {
  entries = new Map<string, Response>();
  async match(request: FakeRequest | Request | string, options: { ignoreSearch?: boolean } = {}) {
    const wanted = key(request, options.ignoreSearch);
    for (const [url, response] of this.entries) {
      if (key(url, options.ignoreSearch) === wanted) return response.clone();
    }
    return undefined;
  }
  async put(request: FakeRequest | Request | string, response: Response) {
    this.entries.delete(key(request));
    this.entries.set(key(request), response);
  }
  async delete(request: FakeRequest | Request | string) {
    return this.entries.delete(key(request));
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  paths() {
    return [...this.entries.keys()].map((url) => new URL(url).pathname + new URL(url).search);
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
    if (this.broken) throw new Error('storage is blocked');
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

type Listener = (event: unknown) => void;

interface Start {
  options?: WorkerOptions;
  windows?: string[];
  caches?: FakeCaches;
}

/** Evaluates the worker's source with fakes and returns handles to drive and inspect it. */
function startWorker({
  options = OPTIONS,
  windows = [`${ORIGIN}/en/guides/ground-rules/`],
  caches,
}: Start = {}) {
  const listeners = new Map<string, Listener>();
  const network = { online: true, site: site(), requests: [] as string[] };
  const state = { skippedWaiting: false, claimed: false, windows };
  const self = {
    location: new URL(`${ORIGIN}${options.base}sw.js`),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => {
      state.skippedWaiting = true;
    },
    clients: {
      matchAll: async () => state.windows.map((url) => ({ url })),
      claim: async () => {
        state.claimed = true;
      },
    },
  };
  const store = caches ?? new FakeCaches();
  const fetch = async (request: FakeRequest | string) => {
    const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN);
    network.requests.push(url.pathname + url.search);
    if (!network.online) throw new TypeError('Failed to fetch');
    const path = url.pathname.slice(options.base.length - 1);
    const body = url.origin === ORIGIN ? network.site[path] : undefined;
    const response =
      body === undefined
        ? new Response('missing', { status: 404, headers: { 'content-type': 'text/html' } })
        : new Response(body, { headers: { 'content-type': typeOf(path) } });
    // Same-origin answers are "basic" in a browser.
    Object.defineProperty(response, 'type', { value: 'basic' });
    return response;
  };
  new Function('self', 'caches', 'fetch', workerSource(options))(self, store, fetch);

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
    while (waits.length > 0) await waits.shift();
    return response;
  }

  const navigate = (url: string) => request(url, { mode: 'navigate' });
  const core = () => store.stores.get(`groundwork-core-${options.version}`);
  const pages = () => store.stores.get('groundwork-pages');
  return { caches: store, core, pages, network, state, extendable, request, navigate };
}

async function installed(start?: Start) {
  const worker = startWorker(start);
  await worker.extendable('install');
  await worker.extendable('activate');
  worker.network.requests.length = 0;
  return worker;
}

describe('install', () => {
  it("stores the core of the open page's language and the open page itself, then takes over at once", async () => {
    const worker = startWorker();
    await worker.extendable('install');
    expect(worker.core()!.paths().sort()).toEqual([...coreOf('en')].sort());
    expect(await worker.core()!.text('/en/builder/')).toContain('<h1>Builder</h1>');
    expect(worker.pages()!.paths()).toEqual(['/en/guides/ground-rules/']);
    expect(worker.state.skippedWaiting).toBe(true);
  });

  it.each<[string, string[], string[]]>([
    ['a Norwegian page', [`${ORIGIN}/nb/guides/ground-rules/`], ['/nb/']],
    ['pages in both languages', [`${ORIGIN}/en/`, `${ORIGIN}/nb/`], ['/en/', '/nb/']],
    ['the language chooser: the default language', [`${ORIGIN}/`], ['/en/']],
    ['no open page: the default language', [], ['/en/']],
  ])('for %s stores the right homes', async (_name, windows, homes) => {
    const worker = startWorker({ windows });
    await worker.extendable('install');
    expect(
      worker
        .core()!
        .paths()
        .filter((p) => /^\/\w\w\/$/.test(p))
        .sort(),
    ).toEqual(homes);
  });

  it('fetches nothing beyond the core and the open page, however many pages the site has', async () => {
    const worker = startWorker();
    for (let i = 0; i < 1000; i += 1) worker.network.site[`/en/guides/guide-${i}/`] = page(`Guide ${i}`);
    await worker.extendable('install');
    expect(worker.network.requests.sort()).toEqual([...coreOf('en'), '/en/guides/ground-rules/'].sort());
  });

  it.each([
    ['an optional file is missing', '/favicon.svg', 'resolves'],
    ['a core page is missing', '/en/help-now/', 'rejects'],
    ['the offline page is missing', '/en/offline/', 'rejects'],
    ['a build file is missing', '/_astro/app.abc.js', 'rejects'],
  ])('when %s, the install %s', async (_, path, outcome) => {
    const worker = startWorker();
    delete worker.network.site[path];
    const install = worker.extendable('install');
    if (outcome === 'resolves') {
      await expect(install).resolves.toBeUndefined();
      expect(await worker.core()!.match(path)).toBeUndefined();
    } else {
      await expect(install).rejects.toThrow(path);
      expect(worker.state.skippedWaiting).toBe(false);
    }
  });

  it('still installs when the open page cannot be fetched', async () => {
    const worker = startWorker();
    delete worker.network.site['/en/guides/ground-rules/'];
    await expect(worker.extendable('install')).resolves.toBeUndefined();
    expect(worker.pages()?.paths() ?? []).toEqual([]);
  });
});

describe('activate, and a new build', () => {
  it('deletes older groundwork caches, keeps the visited pages and every other cache, and claims the pages', async () => {
    const caches = new FakeCaches();
    for (const name of ['groundwork-old1234', 'groundwork-core-v1', 'other-app-v1', 'workbox-precache']) {
      await caches.open(name);
    }
    const worker = startWorker({ caches });
    await worker.extendable('install');
    await worker.extendable('activate');
    expect((await caches.keys()).sort()).toEqual([
      'groundwork-core-v2',
      'groundwork-pages',
      'other-app-v1',
      'workbox-precache',
    ]);
    expect(worker.state.claimed).toBe(true);
  });

  it("keeps an old build's visited pages whole: copies the files they need, drops a page whose file is gone", async () => {
    // Build 1: a visitor reads two guides; one loads a script only build 1 has, kept in its core.
    const caches = new FakeCaches();
    const v1 = {
      ...OPTIONS,
      version: 'v1',
      core: { en: [...coreOf('en'), '/_astro/old.o.js'], nb: coreOf('nb') },
    };
    const first = startWorker({ options: v1, caches });
    first.network.site['/_astro/old.o.js'] = 'old';
    first.network.site['/en/guides/ground-rules/'] = page('Ground rules', [
      '/_astro/Base.r.js',
      '/_astro/old.o.js',
    ]);
    await first.extendable('install');
    await first.extendable('activate');
    await first.navigate('/en/guides/running-a-meeting/');
    await caches.stores.get('groundwork-pages')!.delete(`${ORIGIN}/_astro/meeting.m.js`);
    expect(await caches.stores.get('groundwork-core-v1')!.match('/_astro/old.o.js')).toBeDefined();

    // Build 2 has other files; its worker takes over.
    const second = startWorker({ caches });
    await second.extendable('install');
    await second.extendable('activate');
    expect(await caches.keys()).not.toContain('groundwork-core-v1');
    const pages = second.pages()!;
    expect(await pages.text('/_astro/old.o.js')).toBe('old');
    expect(await pages.match('/en/guides/ground-rules/')).toBeDefined();
    // Its script was in no cache any more: the page is dropped rather than shown broken.
    expect(await pages.match('/en/guides/running-a-meeting/')).toBeUndefined();

    second.network.online = false;
    expect(await (await second.navigate('/en/guides/ground-rules/'))?.text()).toContain('Ground rules');
    expect(await (await second.request('/_astro/old.o.js'))?.text()).toBe('old');
    expect(await (await second.navigate('/en/guides/running-a-meeting/'))?.text()).toContain(
      'You are offline',
    );
  });

  it('keeps the cores of the languages an older build had stored', async () => {
    const caches = new FakeCaches();
    const v1 = { ...OPTIONS, version: 'v1' };
    const first = startWorker({ options: v1, caches, windows: [`${ORIGIN}/nb/`] });
    await first.extendable('install');
    await first.extendable('activate');
    const second = startWorker({ caches, windows: [`${ORIGIN}/en/`] });
    await second.extendable('install');
    expect(await second.core()!.match('/nb/offline/')).toBeDefined();
    expect(await second.core()!.match('/en/offline/')).toBeDefined();
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
    ['a POST', '/en/builder/', { method: 'POST', mode: 'navigate' }],
    ['a HEAD (the register script asking for sw.js)', '/sw.js', { method: 'HEAD' }],
    ['the worker script', '/sw.js', {}],
    ["search's index", '/pagefind/pagefind.js', {}],
    ["search's index, as a page", '/pagefind/pagefind-entry.json', { mode: 'navigate' }],
  ])('%s is not handled', async (_, url, init) => {
    const worker = await installed();
    expect(await worker.request(url, init)).toBeUndefined();
    expect(worker.network.requests).toEqual([]);
  });

  it('leaves paths outside the base path alone', async () => {
    const worker = startWorker({ options: { ...OPTIONS, base: '/selvhjelp/' }, windows: [] });
    expect(await worker.navigate('/en/builder/')).toBeUndefined();
    expect(worker.network.requests).toEqual([]);
  });
});

describe('pages', () => {
  it('online: from the network, and stored (without the query) for later', async () => {
    const worker = await installed();
    worker.network.site['/en/guides/running-a-meeting/'] = page('Running a meeting, newer');
    const response = await worker.navigate('/en/guides/running-a-meeting/?from=home');
    expect(await response?.text()).toContain('newer');
    expect(worker.network.requests).toEqual(['/en/guides/running-a-meeting/?from=home']);
    expect(await worker.pages()!.text('/en/guides/running-a-meeting/')).toContain('newer');
  });

  it('online: a core page is refreshed in the core', async () => {
    const worker = await installed();
    worker.network.site['/en/help-now/'] = page('Help now, checked again');
    await worker.navigate('/en/help-now/');
    expect(await worker.core()!.text('/en/help-now/')).toContain('checked again');
    expect(await worker.pages()!.match('/en/help-now/')).toBeUndefined();
  });

  it.each([
    ['the help-now page (in the core)', '/en/help-now/', 'Help now'],
    ['the builder with a query', '/en/builder/?step=rules', 'Builder'],
    ['the builder from a preset link', '/en/builder/?preset=rehab-centre', 'Builder'],
    ['the page that was open at install', '/en/guides/ground-rules/', 'Ground rules'],
  ])('offline: %s from the store', async (_, url, title) => {
    const worker = await installed();
    worker.network.online = false;
    const response = await worker.navigate(url);
    expect(response?.status).toBe(200);
    expect(await response?.text()).toContain(`<h1>${title}</h1>`);
  });

  it('offline, a page never stored: the offline page of its language, listing what is stored', async () => {
    const worker = await installed();
    await worker.navigate('/en/guides/running-a-meeting/');
    await worker.navigate('/nb/guides/ground-rules/');
    worker.network.online = false;
    const response = await worker.navigate('/en/guides/why-groups-help/');
    expect(response?.status).toBe(200);
    const html = await response!.text();
    expect(html).toContain('<h1>You are offline</h1>');
    const list = /<ul data-offline-list>(.*?)<\/ul>/.exec(html)?.[1];
    expect(list).toBe(
      '<li><a href="/en/">Home</a></li><li><a href="/en/help-now/">Help</a></li>' +
        '<li><a href="/en/builder/">Builder</a></li>' +
        '<li><a href="/en/guides/ground-rules/">Ground rules</a></li>' +
        '<li><a href="/en/guides/running-a-meeting/">Running a meeting</a></li>',
    );
    expect(html).toContain('<p data-offline-search hidden>');
  });

  it('offline, search: never stored, and the offline page says that search needs a connection', async () => {
    const worker = await installed();
    const online = await worker.navigate('/en/search/?q=rules');
    expect(await online?.text()).toContain('<h1>Search</h1>');
    expect(await worker.pages()!.match('/en/search/')).toBeUndefined();
    worker.network.online = false;
    const html = await (await worker.navigate('/en/search/?q=rules'))!.text();
    expect(html).toContain('<h1>You are offline</h1>');
    expect(html).toContain('<p data-offline-search>en: search needs a connection</p>');
  });

  it("offline, a page in a language whose core is not stored: the other language's offline page", async () => {
    const worker = await installed();
    worker.network.online = false;
    expect(await (await worker.navigate('/nb/guides/ground-rules/'))?.text()).toContain('You are offline');
  });

  it("online, a page in another language: that language's core is stored in the background", async () => {
    const worker = await installed();
    await worker.navigate('/nb/guides/ground-rules/');
    expect(worker.network.requests.sort()).toEqual(
      ['/nb/guides/ground-rules/', '/nb/', '/nb/builder/', '/nb/help-now/', '/nb/offline/'].sort(),
    );
    worker.network.online = false;
    const html = await (await worker.navigate('/nb/guides/listening/'))!.text();
    expect(html).toContain('<h1>Du er uten nett</h1>');
    expect(html).toContain('<a href="/nb/guides/ground-rules/">Grunnregler</a>');
    expect(await (await worker.navigate('/nb/help-now/'))?.text()).toContain('Få hjelp nå');
  });

  it("online, a missing page: the host's 404, not stored", async () => {
    const worker = await installed();
    const response = await worker.navigate('/en/nothing/');
    expect(response?.status).toBe(404);
    expect(await response?.text()).toBe('missing');
    expect(await worker.pages()!.match('/en/nothing/')).toBeUndefined();
  });

  it('fails like the network when offline and the cache cannot be opened', async () => {
    const worker = await installed();
    worker.network.online = false;
    worker.caches.broken = true;
    await expect(worker.navigate('/en/builder/')).rejects.toThrow('Failed to fetch');
  });

  it('works online even when the cache cannot be opened', async () => {
    const worker = await installed();
    worker.caches.broken = true;
    expect(await (await worker.navigate('/en/builder/'))?.text()).toContain('Builder');
  });
});

describe('files', () => {
  it('serves build files from the store first, without asking the network', async () => {
    const worker = await installed();
    worker.network.site['/_astro/app.abc.js'] = 'changed on the host';
    expect(await (await worker.request('/_astro/app.abc.js'))?.text()).toBe('app');
    expect(worker.network.requests).toEqual([]);
  });

  it('fetches a build file it does not have, and stores it', async () => {
    const worker = await installed();
    expect(await (await worker.request('/_astro/lazy.l.js'))?.text()).toBe('lazy');
    worker.network.online = false;
    expect(await (await worker.request('/_astro/lazy.l.js'))?.text()).toBe('lazy');
  });

  it("passes on the host's answer for a build file that is gone, and stores nothing", async () => {
    const worker = await installed();
    expect((await worker.request('/_astro/gone.g.js'))?.status).toBe(404);
    expect(await worker.pages()!.match('/_astro/gone.g.js')).toBeUndefined();
  });

  it('fails like the network for a build file it does not have, offline', async () => {
    const worker = await installed();
    worker.network.online = false;
    await expect(worker.request('/_astro/lazy.l.js')).rejects.toThrow('Failed to fetch');
  });

  it('serves other files from the network first, and from the store offline', async () => {
    const worker = await installed();
    worker.network.site['/favicon.svg'] = 'new icon';
    expect(await (await worker.request('/favicon.svg'))?.text()).toBe('new icon');
    expect(await worker.core()!.text('/favicon.svg')).toBe('new icon');
    await worker.request('/robots.txt');
    worker.network.online = false;
    expect(await (await worker.request('/favicon.svg'))?.text()).toBe('new icon');
    expect(await (await worker.request('/robots.txt'))?.text()).toBe('robots');
  });

  it(`keeps at most ${MAX_STORED} visited files, the oldest going first`, async () => {
    const worker = await installed();
    for (let i = 0; i < MAX_STORED + 5; i += 1) {
      worker.network.site[`/files/${i}.txt`] = String(i);
      await worker.request(`/files/${i}.txt`);
    }
    const stored = worker.pages()!.paths();
    expect(stored).toHaveLength(MAX_STORED);
    expect(stored).not.toContain('/files/0.txt');
    expect(stored).toContain(`/files/${MAX_STORED + 4}.txt`);
  });
});

describe('the generated source', () => {
  it('names its version and caches, holds each core, and carries no bundler helpers', () => {
    const source = workerSource(OPTIONS);
    expect(source).toContain('const VERSION = "v2";');
    expect(source).toContain("const CORE_CACHE = PREFIX + 'core-' + VERSION;");
    expect(source).toContain(`const CORE = ${JSON.stringify(OPTIONS.core)};`);
    expect(source).not.toMatch(/__vite|__vi_|__name\(|import\.meta/);
    expect(() => new Function(source)).not.toThrow();
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

describe('the shared script', () => {
  it.each([
    ['_astro/Base.astro_astro_type_script_index_0_lang.yCigVPai.js', true],
    ['_astro/Base.astro_astro_type_script_index_1_lang.a-b_c.js', true],
    ['_astro/search.astro_astro_type_script_index_0_lang.CkfnqnDp.js', false],
    ['_astro/Base.CV-IO4xj.css', false],
  ])('%s is the layout script: %s', (path, shared) => {
    expect(SHARED_SCRIPT.test(path)).toBe(shared);
  });
});

describe('a build', () => {
  let dist: string;
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const shell = (extra = '') =>
    `<link rel="icon" href="/s/favicon.svg"><script type="module" src="/s/_astro/Base.r.js"></script>${extra}<h1>x</h1>`;

  /** A built site under the base `/s/` with `guides` guides in each language. */
  function built(guides: number): { dir: string; pathnames: string[] } {
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-sw-'));
    const write = (path: string, content: string | Buffer) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    };
    const pathnames = [''];
    for (const lang of ['en', 'nb']) {
      const slugs = Array.from({ length: guides }, (_, i) => `guide-${i}`);
      const pages: Record<string, string> = {
        '': shell(),
        'guides/': shell(slugs.map((s) => `<a href="/s/${lang}/guides/${s}/">${s}</a>`).join('')),
        'builder/': shell(
          '<link rel="stylesheet" href="/s/_astro/index.c.css"><link rel="modulepreload" href="/s/_astro/Builder.b.js">' +
            '<astro-island component-url="/s/_astro/Builder.b.js" renderer-url="/s/_astro/client.c.js"></astro-island>',
        ),
        'builder/worksheet/': shell('<link rel="stylesheet" href="/s/_astro/worksheet.w.css">'),
        'help-now/': shell(),
        'offline/': shell(),
        'rules/': shell(),
        'search/': shell('<script type="module" src="/s/_astro/search.s.js"></script>'),
        'for-centres/': shell('<script type="module" src="/s/_astro/centres.q.js"></script>'),
      };
      for (const slug of slugs) pages[`guides/${slug}/`] = shell();
      for (const [path, html] of Object.entries(pages)) {
        write(`${lang}/${path}index.html`, html);
        pathnames.push(`${lang}/${path}`);
      }
    }
    write('index.html', shell());
    write('404.html', 'not found');
    write('favicon.svg', '<svg/>');
    write('_astro/Base.r.js', 'register');
    write('_astro/Builder.b.js', 'import{h}from"./preact.p.js";const c=()=>import(`./codec.d.js`);');
    write('_astro/client.c.js', 'import{h}from"./preact.p.js";');
    write('_astro/preact.p.js', 'export const h=1');
    write('_astro/codec.d.js', 'export const d=1');
    write('_astro/index.c.css', 'p{}');
    write('_astro/worksheet.w.css', 'p{}');
    write('_astro/search.s.js', 'search');
    write('_astro/centres.q.js', 'qr');
    write('_astro/huge.big.js', Buffer.alloc(1024 * 1024 + 1));
    write('pagefind/pagefind.js', 'search');
    return { dir, pathnames };
  }

  const versionOf = (dir: string) =>
    /const VERSION = "([0-9a-f]+)";/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1];

  it('precaches each language core under the base: its pages, their files, the builder graph, and nothing else', () => {
    const site = built(13);
    dist = site.dir;
    const files = precacheFiles(dist, '/s', site.pathnames);
    expect(files.map((f) => f.url)).toEqual([
      '/s/_astro/Base.r.js',
      '/s/_astro/Builder.b.js',
      '/s/_astro/client.c.js',
      '/s/_astro/codec.d.js',
      '/s/_astro/index.c.css',
      '/s/_astro/preact.p.js',
      '/s/en/',
      '/s/en/builder/',
      '/s/en/guides/',
      '/s/en/help-now/',
      '/s/en/offline/',
      '/s/favicon.svg',
      '/s/nb/',
      '/s/nb/builder/',
      '/s/nb/guides/',
      '/s/nb/help-now/',
      '/s/nb/offline/',
    ]);
    expect(files.find((f) => f.url === '/s/en/')?.langs).toEqual(['en']);
    expect(files.find((f) => f.url === '/s/_astro/Base.r.js')?.langs).toEqual(['en', 'nb']);
    expect(files.filter((f) => f.optional).map((f) => f.url)).toEqual(['/s/favicon.svg']);
  });

  it('precaches the same files for 13 guides and for 1,000', () => {
    const small = built(13);
    const urls = precacheFiles(small.dir, '/s/', small.pathnames).map((f) => f.url);
    rmSync(small.dir, { recursive: true, force: true });
    const large = built(1000);
    dist = large.dir;
    expect(large.pathnames.length).toBeGreaterThan(2000);
    expect(precacheFiles(dist, '/s/', large.pathnames).map((f) => f.url)).toEqual(urls);
  });

  it('writes sw.js with a new version when a core file changes, and the same one when a guide changes', () => {
    const site = built(3);
    dist = site.dir;
    const first = writeServiceWorker(dist, '/s/', site.pathnames);
    expect(first.perLanguage).toEqual({ en: 12, nb: 12 });
    expect(versionOf(dist)).toBe(first.version);
    writeFileSync(join(dist, 'en/guides/guide-1/index.html'), shell('<p>Revised</p>'));
    expect(writeServiceWorker(dist, '/s/', site.pathnames).version).toBe(first.version);
    writeFileSync(join(dist, 'nb/help-now/index.html'), shell('<p>Nye numre</p>'));
    const second = writeServiceWorker(dist, '/s/', site.pathnames);
    expect(second.version).not.toBe(first.version);
    expect(versionOf(dist)).toBe(second.version);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain(
      'const OFFLINE = {"en":"/s/en/offline/","nb":"/s/nb/offline/"};',
    );
  });

  it('stops the build when no language has an offline core', () => {
    dist = mkdtempSync(join(tmpdir(), 'groundwork-sw-'));
    expect(() => writeServiceWorker(dist, '/', ['en/', 'en/guides/'])).toThrow(/no offline core/);
  });
});
