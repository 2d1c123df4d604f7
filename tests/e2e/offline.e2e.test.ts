/**
 * Offline use in a real browser, in both languages, on a phone and a laptop:
 * after one visit to one guide, with the network off, the help-now page, that
 * guide and the builder (hydrated, a draft made offline reopens) work; a guide
 * never visited gets the offline page in its language, with the crisis numbers
 * and the list of stored pages, never the 404 page; search says it needs a
 * connection; the footer says when a page is stored. The offline page is
 * axe-clean. Agree it together and Meeting mode open and start offline once
 * visited, also with a draft saved (the charter's texts are in the offline core).
 * Deleting `sw.js` from the host turns it all off again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nb from '../../src/i18n/nb.json' with { type: 'json' };
import { createStaticServer } from '../../src/tools/serve.mjs';
import { baseUrl, distDir, openPage, runAxe, startBrowser } from '../support/browser.ts';
import { presetDraft } from '../support/catalogue.ts';
import { storedText } from '../support/builder.ts';

const STRINGS = { en, nb } as const;

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const coreCache = () =>
  `groundwork-core-${/const VERSION = "([0-9a-f]+)";/.exec(readFileSync(join(distDir, 'sw.js'), 'utf8'))?.[1]}`;

/** Waits until the worker is active and controls the page, reloading once if it took over after the load. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const CASES = [
  { lang: 'en', viewport: { width: 390, height: 844 }, guide: 'ground-rules', never: 'running-a-meeting' },
  { lang: 'nb', viewport: { width: 390, height: 844 }, guide: 'running-a-meeting', never: 'ground-rules' },
  {
    lang: 'en',
    viewport: { width: 1280, height: 800 },
    guide: 'why-groups-help',
    never: 'when-it-gets-hard',
  },
  {
    lang: 'nb',
    viewport: { width: 1280, height: 800 },
    guide: 'when-it-gets-hard',
    never: 'why-groups-help',
  },
] as const;

describe.each(CASES)('$lang at $viewport.width px', ({ lang, viewport, guide, never }) => {
  const t = STRINGS[lang];

  it('after one guide: help-now, that guide, the builder and the offline page work offline', async () => {
    const { page, log, close } = await openPage(browser, { viewport, serviceWorkers: 'allow' });
    const context = page.context();
    try {
      const guideUrl = `${baseUrl}/${lang}/guides/${guide}/`;
      await page.goto(guideUrl, { waitUntil: 'load' });
      await waitForWorker(page);
      const note = page.locator('[data-offline-note]');
      // The page says, at the very end of its footer, once it is stored.
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.textContent()).toBe(t['footer.offline']);
      expect(await page.locator('footer.site-footer > :last-child').getAttribute('data-offline-note')).toBe(
        '',
      );
      expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([coreCache()]));

      await context.setOffline(true);

      const help = await page.goto(`${baseUrl}/${lang}/help-now/`);
      expect(help?.status()).toBe(200);
      expect(help?.fromServiceWorker()).toBe(true);
      expect(await page.locator('main h1').textContent()).toBe(t['help.title']);
      expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(3);
      await expect.poll(() => note.isVisible()).toBe(true);

      const again = await page.goto(guideUrl);
      expect(again?.status()).toBe(200);
      expect(again?.fromServiceWorker()).toBe(true);

      // A guide never visited: the offline page, in the guide's language, with the crisis numbers.
      const missed = await page.goto(`${baseUrl}/${lang}/guides/${never}/`);
      expect(missed?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('main h1').textContent()).toBe(t['offline.title']);
      const main = await page.locator('main').innerText();
      expect(main).not.toContain(t['notFound.title']);
      expect(main).toContain(t['offline.lead']);
      expect(await page.locator('main .crisis-box a[href^="tel:"]').count()).toBeGreaterThan(3);
      const listed = await page.$$eval('[data-offline-list] a', (links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(listed).toEqual(
        expect.arrayContaining([
          `/${lang}/`,
          `/${lang}/help-now/`,
          `/${lang}/builder/`,
          `/${lang}/guides/${guide}/`,
        ]),
      );
      expect(listed).not.toContain(`/${lang}/guides/${never}/`);
      expect(await page.locator('[data-offline-search]').isHidden()).toBe(true);
      expect(await note.isHidden()).toBe(true);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

      // Search needs a connection, and says so.
      await page.goto(`${baseUrl}/${lang}/search/?q=rules`);
      expect(await page.locator('main h1').textContent()).toBe(t['offline.title']);
      expect(await page.locator('[data-offline-search]').textContent()).toBe(t['offline.search']);
      expect(await page.locator('[data-offline-search]').isVisible()).toBe(true);

      // The builder, hydrated; a draft made offline opens again offline (its checks load on demand).
      await page.goto(`${baseUrl}/${lang}/builder/`);
      await page.waitForSelector('.builder.is-ready');
      await page.locator('.presets button').first().click();
      await page.waitForURL(/step=group/);
      await page.fill('#group-name', 'Offline group');
      await page.waitForFunction(() => localStorage.getItem('groundwork.charter')?.includes('Offline group'));
      await page.goto(`${baseUrl}/${lang}/builder/?step=group`);
      await page.waitForSelector('.builder.is-ready');
      expect(await page.inputValue('#group-name')).toBe('Offline group');

      expect(log.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
      expect(log.requests.filter((url) => new URL(url).origin !== baseUrl)).toEqual([]);
    } finally {
      await close();
    }
  });
});

it('stores a printable sheet when it is visited, and online a missing page is still the 404 page', async () => {
  const { page, close } = await openPage(browser, { serviceWorkers: 'allow' });
  const context = page.context();
  try {
    await page.goto(`${baseUrl}/en/`, { waitUntil: 'load' });
    await waitForWorker(page);
    await page.goto(`${baseUrl}/en/for-centres/handout/`, { waitUntil: 'networkidle' });
    const title = await page.locator('main h1').textContent();
    const missing = await page.goto(`${baseUrl}/en/no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('main h1').textContent()).toBe(en['notFound.title']);

    await context.setOffline(true);
    const sheet = await page.goto(`${baseUrl}/en/for-centres/handout/`);
    expect(sheet?.fromServiceWorker()).toBe(true);
    expect(await page.locator('main h1').textContent()).toBe(title);
    // The language chooser was never stored: the offline page of the default language stands in.
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('main h1').textContent()).toBe(en['offline.title']);
    expect(await page.$$eval('[data-offline-list] a', (links) => links.map((a) => a.textContent))).toContain(
      title,
    );
  } finally {
    await close();
  }
});

it('opens both meeting tools offline once they were visited, and they start with the saved draft', async () => {
  const { page, log, close } = await openPage(browser, { serviceWorkers: 'allow' });
  const context = page.context();
  const tools = [
    ['/nb/builder/together/', '.tool.together.is-ready'],
    ['/en/builder/meeting/', '.tool.meeting.is-ready'],
  ] as const;
  // Offline, a draft in the page's language opens: its texts are the builder's data file, in the offline core.
  const ready = { '/nb/builder/together/': '#together-begin', '/en/builder/meeting/': '#meeting-start' };
  try {
    await page.goto(`${baseUrl}/en/`, { waitUntil: 'load' });
    await waitForWorker(page);
    for (const [path, ready] of tools) {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForSelector(ready);
    }
    // Stored as they were visited, with the modules they load on demand at start.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    for (const [path, started] of tools) {
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await page.waitForSelector(started);
    }
    for (const [path, lang] of [
      ['/nb/builder/together/', 'nb'],
      ['/en/builder/meeting/', 'en'],
    ] as const) {
      await page.evaluate(
        (text) => localStorage.setItem('groundwork.charter', text),
        storedText(presetDraft(lang)),
      );
      await page.goto(`${baseUrl}${path}`);
      await page.waitForSelector(ready[path]);
    }
    expect(log.errors).toEqual([]);
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
  const { page, close } = await openPage(browser, { serviceWorkers: 'allow' });
  try {
    await page.goto(`${origin}/en/guides/ground-rules/`, { waitUntil: 'load' });
    await waitForWorker(page);
    expect((await page.evaluate(() => caches.keys())).length).toBeGreaterThan(0);
    rmSync(join(copy, 'sw.js'));
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)))
      .toBe(0);
    // Without the worker, the pages come from the host again.
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(false);
    // And its stored copies are gone. (The worker keeps the page it controlled until that page closes,
    // and may store a refreshed file after the first clean-up; this load clears that too.)
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 }).toEqual([]);
  } finally {
    await close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(copy, { recursive: true, force: true });
  }
});
