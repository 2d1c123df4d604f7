/**
 * Offline use in a real browser: after one visit to the builder, the service
 * worker serves the builder (hydrated, with the saved draft), the guides and
 * the other language with the network off; pages it never kept get the 404
 * page; and deleting `sw.js` from the host turns it off again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStaticServer } from '../../src/tools/serve.mjs';
import { baseUrl, distDir, openPage, startBrowser } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const version = (dir: string) =>
  /const VERSION = "([0-9a-f]+)";/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1];

const notFoundTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(join(distDir, '404.html'), 'utf8'))?.[1];

/** Waits until the worker is active and controls the page, reloading once if it took over after the load. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

it('serves the builder, the guides and the other language offline after one visit', async () => {
  const { page, log, close } = await openPage(browser);
  const context = page.context();
  try {
    await page.goto(`${baseUrl}/en/builder/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.builder.is-ready');
    await waitForWorker(page);
    expect(await page.evaluate(() => caches.keys())).toEqual([`groundwork-${version(distDir)}`]);
    // A draft, so that ?step=group has something to show.
    await page.locator('button[aria-describedby="preset-community-group"]').click();
    await page.waitForURL(/step=group/);
    await page.fill('#group-name', 'Offline group');
    await page.goto(`${baseUrl}/en/guides/ground-rules/`, { waitUntil: 'networkidle' });
    expect(log.errors).toEqual([]);

    await context.setOffline(true);
    await page.goto(`${baseUrl}/en/builder/`);
    await page.reload();
    await page.waitForSelector('.builder.is-ready');
    expect(await page.locator('h1').count()).toBe(1);

    const guide = await page.goto(`${baseUrl}/en/guides/running-a-meeting/`);
    expect(guide?.status()).toBe(200);
    expect(guide?.fromServiceWorker()).toBe(true);
    expect(await page.locator('main h1').textContent()).not.toBe('');

    const other = await page.goto(`${baseUrl}/nb/builder/`);
    expect(other?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.waitForSelector('.builder.is-ready');

    await page.goto(`${baseUrl}/en/builder/?step=group`);
    await page.waitForSelector('.builder.is-ready');
    expect(await page.inputValue('#group-name')).toBe('Offline group');

    // The language chooser at / was never kept: the cached 404 page stands in for it.
    await page.goto(`${baseUrl}/`);
    expect(await page.title()).toBe(notFoundTitle);

    await context.setOffline(false);
    const online = await page.goto(`${baseUrl}/`);
    expect(online?.status()).toBe(200);
    expect(await page.title()).not.toBe(notFoundTitle);
    expect(log.requests.filter((url) => new URL(url).origin !== baseUrl)).toEqual([]);
  } finally {
    await close();
  }
});

it('goes away when the host deletes sw.js', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'groundwork-offline-'));
  cpSync(distDir, copy, { recursive: true });
  const server = createStaticServer(copy, '/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { page, close } = await openPage(browser);
  try {
    await page.goto(`${origin}/en/builder/`, { waitUntil: 'networkidle' });
    await waitForWorker(page);
    rmSync(join(copy, 'sw.js'));
    await page.reload();
    await page.waitForSelector('.builder.is-ready');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)))
      .toBe(0);
    // Without the worker, the pages come from the host again.
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(false);
    await page.waitForSelector('.builder.is-ready');
    // And its stored copies are gone. (The worker keeps the page it controlled until that page closes,
    // and may store a refreshed file after the first clean-up; this load clears that too.)
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 }).toEqual([]);
  } finally {
    await close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(copy, { recursive: true, force: true });
  }
});
