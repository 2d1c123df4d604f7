/**
 * A copy served under a sub-path, as a centre may host it: built with
 * BASE_PATH=/selvhjelp/, every page, asset and internal link works under it,
 * and so do search and the builder.
 */
import { rmSync } from 'node:fs';
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
        log.requests.length = 0;
        const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        expect(response?.status(), path).toBe(200);
        const outside = log.requests.filter((url) => !new URL(url).pathname.startsWith(BASE));
        expect(outside, path).toEqual([]);
      }
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
