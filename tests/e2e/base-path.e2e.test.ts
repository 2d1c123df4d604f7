/**
 * A copy served under a sub-path, as a centre may host it: built with
 * BASE_PATH=/selvhjelp/, every page, asset and internal link works under it,
 * and so do search and the builder. The same build is then served by a real
 * nginx with the configuration the build writes (`dist/nginx.conf`): the
 * security headers, the caching, the manifest's type and the 404 page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/tools/serve.mjs';
import { build } from './global-setup.ts';
import { brokenLinks } from '../support/links-check.ts';
import { builtPages, openPage, startBrowser } from '../support/browser.ts';

const BASE = '/selvhjelp/';
const outDir = fileURLToPath(new URL('../../dist-base/', import.meta.url));
let origin = '';
let server: Server;
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  build(outDir, { BASE_PATH: BASE });
  pages = builtPages(outDir).map((p) => `${BASE}${p.slice(1)}`);
  server = createStaticServer(outDir, BASE);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await startBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('a copy under /selvhjelp/', () => {
  it('builds every page under the base path, and every internal link resolves', () => {
    expect(pages).toContain(`${BASE}en/builder/`);
    expect(pages).toContain(`${BASE}nb/guides/ground-rules/`);
    const broken = [...pages, `${BASE}404.html`].flatMap((page) =>
      brokenLinks(outDir, page, BASE).map((problem) => `${page}: ${problem}`),
    );
    expect(broken).toEqual([]);
  });

  it('serves every page with its assets from under the base path, with the offline worker', async () => {
    const { page, log, close } = await openPage(browser, { serviceWorkers: 'allow' });
    try {
      for (const path of pages) {
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status(), path).toBe(200);
      }
      // Every request of every page, including what loaded after a page's load event.
      await page.waitForLoadState('networkidle');
      const outside = log.requests.filter((url) => !new URL(url).pathname.startsWith(BASE));
      expect(outside).toEqual([]);
      expect(log.errors).toEqual([]);
      // The worker took the base path as its scope, and stored its core from under it.
      const scope = await page.evaluate(() =>
        navigator.serviceWorker.ready.then((r) => new URL(r.scope).pathname),
      );
      expect(scope).toBe(BASE);
      const stored = await page.evaluate(async () => {
        const names = await caches.keys();
        const lists = await Promise.all(
          names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
        );
        return lists.flat().map((url) => new URL(url).pathname);
      });
      expect(stored).toContain(`${BASE}en/offline/`);
      expect(stored.filter((path) => !path.startsWith(BASE))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs the builder under the base path', async () => {
    const { page, log, close } = await openPage(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    try {
      await page.goto(`${origin}${BASE}nb/builder/?preset=online-group`, { waitUntil: 'networkidle' });
      await page.waitForSelector('.builder.is-ready');
      await page.locator('button[aria-describedby="preset-online-group"]').click();
      await page.waitForURL(/step=group/);
      expect(new URL(page.url()).pathname).toBe(`${BASE}nb/builder/`);
      await page.fill('#group-name', 'Under en sti');
      await page.locator('#next-step').click();
      await page.waitForURL(/step=rules/);
      // The rules step works under the base path: its themes open, and show the catalogue's cards.
      const closed = page.locator('.theme-toggle[aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
      expect(await page.locator('.rule-card').count()).toBeGreaterThan(30);
      expect(log.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('searches under the base path', async () => {
    const { page, log, close } = await openPage(browser);
    try {
      await page.goto(`${origin}${BASE}nb/search/?q=klem`);
      await page.locator('[data-search-status]:not(:empty)').waitFor({ timeout: 15_000 });
      const links = await page.$$eval('[data-search-results] li > a', (found) =>
        found.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((link) => !link.startsWith(`${BASE}nb/`))).toEqual([]);
      expect(log.requests.some((url) => url.startsWith(`${origin}${BASE}pagefind/pagefind.js`))).toBe(true);
      expect(await page.getAttribute('header nav a[href$="/search/"]', 'href')).toBe(`${BASE}nb/search/`);
      const response = await page.goto(`${origin}${links[0]}`);
      expect(response?.status()).toBe(200);
      expect(log.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** A free port on the loopback address. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('the built nginx configuration, served by nginx', () => {
  const nginxPath = process.env.NGINX_PATH || '/usr/sbin/nginx';
  let nginx: ChildProcess | undefined;
  let folder = '';
  let site = '';

  beforeAll(async () => {
    if (!existsSync(nginxPath)) {
      throw new Error(
        `nginx was not found at ${nginxPath}. Install it (Debian: apt-get install nginx) or set NGINX_PATH.`,
      );
    }
    // nginx's own prefix, config, logs and temp folders in a temp folder; the site at <root>/selvhjelp/.
    folder = mkdtempSync(join(tmpdir(), 'groundwork-nginx-'));
    mkdirSync(join(folder, 'root'));
    symlinkSync(outDir, join(folder, 'root', 'selvhjelp'));
    const conf = readFileSync(join(outDir, 'nginx.conf'), 'utf8');
    expect(conf).toMatch(/^root \/var\/www\/groundwork;$/m);
    writeFileSync(join(folder, 'site.conf'), conf.replace(/^root .*;$/m, `root ${join(folder, 'root')};`));
    const port = await freePort();
    const asRoot = process.getuid?.() === 0;
    writeFileSync(
      join(folder, 'nginx.conf'),
      [
        asRoot ? 'user root;' : '',
        'worker_processes 1;',
        'daemon off;',
        `pid ${folder}/nginx.pid;`,
        `error_log ${folder}/error.log;`,
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (t) => `  ${t}_temp_path ${folder}/${t};`,
        ),
        `  server { listen 127.0.0.1:${port}; server_name localhost; include ${folder}/site.conf; }`,
        '}',
      ].join('\n'),
    );
    nginx = spawn(nginxPath, ['-p', folder, '-c', join(folder, 'nginx.conf')], { stdio: 'ignore' });
    site = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i += 1) {
      if (nginx.exitCode !== null) break;
      try {
        await fetch(`${site}${BASE}`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const log = existsSync(join(folder, 'error.log')) ? readFileSync(join(folder, 'error.log'), 'utf8') : '';
    throw new Error(`nginx did not start:\n${log}`);
  }, 30_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const done = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await done;
    }
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** The security headers every answer must carry. */
  function expectSecurityHeaders(headers: Headers, what: string) {
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).toContain("default-src 'self'");
    expect(csp, what).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp, what).not.toContain("'unsafe-inline'");
    expect(headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(headers.get('referrer-policy'), what).toBe('no-referrer');
  }

  it('serves every page with the security headers, and asks browsers to check pages again', async () => {
    for (const path of [...pages, `${BASE}`]) {
      const response = await fetch(`${site}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expectSecurityHeaders(response.headers, path);
    }
  });

  it('caches the hashed build files for a year, and keeps its own files private', async () => {
    const html = readFileSync(join(outDir, 'en', 'builder', 'index.html'), 'utf8');
    const asset = /(?:src|href)="(\/selvhjelp\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const response = await fetch(`${site}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(response.headers, asset!);
    for (const file of ['nginx.conf', '_headers']) {
      expect((await fetch(`${site}${BASE}${file}`)).status, file).toBe(404);
    }
  });

  it('answers a missing page with 404 and the 404 page, with the headers', async () => {
    const response = await fetch(`${site}${BASE}en/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('id="nf-en"');
    expectSecurityHeaders(response.headers, '404');
    expect((await fetch(`${site}/elsewhere/`)).status).toBe(404);
  });

  it('sends the manifest as a manifest and a folder without its slash to the folder', async () => {
    const manifest = await fetch(`${site}${BASE}nb/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect((await manifest.json()).start_url).toBe(`${BASE}nb/`);
    const folderWithoutSlash = await fetch(`${site}${BASE}nb`, { redirect: 'manual' });
    expect(folderWithoutSlash.status).toBe(301);
    expect(folderWithoutSlash.headers.get('location')).toBe(`${BASE}nb/`);
  });

  it('runs search and the builder in Chromium under the header policy, with no errors', async () => {
    const { page, log, close } = await openPage(browser);
    try {
      await page.goto(`${site}${BASE}nb/search/?q=klem`);
      await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
      await page.goto(`${site}${BASE}en/builder/`);
      await page.waitForSelector('.builder.is-ready');
      await page.goto(`${site}${BASE}en/for-centres/poster/`, { waitUntil: 'networkidle' });
      expect(await page.locator('.strip [data-qr] svg').count()).toBeGreaterThan(0);
      expect(log.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
